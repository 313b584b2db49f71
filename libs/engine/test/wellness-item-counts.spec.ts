/**
 * The wellness baseline counts each item over the check-ins that give it: a check-in without an item is one of the
 * baseline's entries, but not one of that item's. Checked against the z-scores worked out by hand from the input,
 * and whatever athlete was reviewed before (the baseline's sums are kept between reviews).
 */
import { toDayNumber } from '../src/dates/local-date';
import { reviewAthlete } from '../src/review/review-athlete';
import type { CheckIn, ReviewInput } from '../src/types';
import { withGaps } from './factories/coach-histories-2';
import { oskarHistory } from './factories/wellness-histories.factory';

const ITEMS = ['sleepQuality', 'fatigue', 'soreness', 'stress', 'mood'] as const;
/** Higher is better for sleep and mood, worse for the rest. */
const SIGN = [1, -1, -1, -1, 1];

/** The latest check-in's z-score per item on the 28 days before it (14 entries of the item at least; SD ≥ 1). */
function zByHand(input: ReviewInput): Record<string, number> {
  const dayOf = (c: CheckIn) => c.day ?? toDayNumber(c.date as string);
  const review = toDayNumber(input.reviewDate);
  const scored = input.checkIns.filter((c) => dayOf(c) <= review && ITEMS.some((it) => c[it] !== undefined));
  const latestDay = Math.max(...scored.map(dayOf));
  const latest = scored.find((c) => dayOf(c) === latestDay)!;
  const base = input.checkIns.filter((c) => dayOf(c) >= latestDay - 28 && dayOf(c) < latestDay);
  const out: Record<string, number> = {};
  ITEMS.forEach((it, k) => {
    const values = base.map((c) => c[it]).filter((v): v is number => v !== undefined);
    const v = latest[it];
    if (values.length < 14 || v === undefined) return;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sq = values.reduce((a, b) => a + b * b, 0) / values.length;
    const sd = Math.max(1, Math.sqrt(Math.max(0, sq - mean * mean)));
    out[it] = (SIGN[k] * (v - mean)) / sd;
  });
  return out;
}

/** Oskar's check-ins with mood left out every third morning and sleep every fifth (never today's). */
const patchy = oskarHistory((c, u) => {
  const w = withGaps(c, u);
  if (w === null || c.daysAgo === 0) return w;
  return {
    ...w,
    mood: c.daysAgo % 3 === 1 ? undefined : w.mood,
    sleepQuality: c.daysAgo % 5 === 2 ? undefined : w.sleepQuality,
  };
});
const whole = oskarHistory(withGaps);

function expectByHand(input: ReviewInput): void {
  const z = reviewAthlete(input).metrics.wellness.zScores as Record<string, number>;
  const hand = zByHand(input);
  expect(Object.keys(z).sort()).toEqual(Object.keys(hand).sort());
  for (const it of Object.keys(hand)) expect(Math.abs(z[it] - hand[it])).toBeLessThanOrEqual(0.005 + 1e-9);
}

describe('the wellness baseline counts each item over the check-ins that give it', () => {
  it('should score check-ins with items missing as worked out by hand', () => {
    expect(patchy.checkIns.some((c) => c.mood === undefined)).toBe(true);
    expectByHand(patchy);
  });

  it('should score the same whichever athlete was reviewed before', () => {
    const alone = reviewAthlete(patchy).metrics.wellness;
    reviewAthlete(whole);
    expect(reviewAthlete(patchy).metrics.wellness).toEqual(alone);
    expectByHand(whole);
    reviewAthlete(patchy);
    expectByHand(whole);
  });
});
