/**
 * Coach read of the demo club (athlete13 Lea): the adaptation summary read "wellness is within the athlete's norm
 * (composite z 0.3)" while 5 of her 6 check-ins of the last 7 days were low (stress on 4; stress z -1.84 today), all
 * in a confirmed work-stress week. A confirmed event explains low check-ins on its days (the rule stands); the text
 * then says how many were low and that the event explains them. Checks seen to fail first.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import type { ReviewInput } from '../src/types';
import { REVIEW, shift } from './factories/coach-histories.factory';
import { withGaps } from './factories/coach-histories-2';
import { oskarHistory as history } from './factories/wellness-histories.factory';

/** Stress at 6 and sleep poor on the last 4 mornings, mood and fatigue better than usual (composite not under 0). */
const stressedWeek = history((c, u) =>
  c.daysAgo < 4 ? { ...u, stress: 6, fatigue: 1, mood: 10, soreness: 1 } : withGaps(c, u),
);
const work = {
  id: 'w1',
  kind: 'WORK_STRESS' as const,
  start: shift(REVIEW, -4),
  end: shift(REVIEW, 2),
  confirmed: true,
  note: 'Quarter-end close at work.',
};
const withEvent = (i: ReviewInput, confirmed: boolean): ReviewInput => ({
  ...i,
  contextEvents: [{ ...work, confirmed }],
});
function adaptation(i: ReviewInput) {
  const r = reviewAthlete(i);
  return { r, text: r.components.find((c) => c.component === 'ADAPTATION')!.summary };
}

describe('green wellness with low check-ins behind it says so', () => {
  it('counts the low check-ins and names the confirmed event that explains them (athlete13)', () => {
    const { r, text } = adaptation(withEvent(stressedWeek, true));
    const w = r.metrics.wellness;
    expect(w.status).toBe('GREEN');
    expect(w.composite.value!).toBeGreaterThanOrEqual(0);
    const win = w.recent!;
    expect(win.below).toBeGreaterThanOrEqual(2);
    expect(win.explained).toBe(win.below);
    expect(text).not.toMatch(/; wellness is within the athlete's norm \(composite z [-\d.]+\);/);
    expect(text).toContain(
      `the latest wellness check-in's composite is within the athlete's norm (z ${w.composite.value!.toFixed(1)}), but ${win.below} of the ${win.checkIns} check-ins of the last 7 days (since ${win.since}) were low (items at z -1.5 or below: stress on ${win.itemLow.stress}`,
    );
    expect(text).toContain(`stress z ${w.zScores.stress!.toFixed(1)} today)`);
    expect(text).toContain(
      `all ${win.below} on the days of the work stress ("Quarter-end close at work."), confirmed for ${work.start} to ${work.end}, which explain them`,
    );
  });

  it('counts them without an explanation when the event is not confirmed', () => {
    const { r, text } = adaptation(withEvent(stressedWeek, false));
    const win = r.metrics.wellness.recent;
    expect(r.metrics.wellness.status).toBe('GREEN');
    expect(win).not.toBeNull();
    expect(win!.explained).toBe(0);
    expect(text).toContain(`, but ${win!.below} of the`);
    expect(text).not.toContain('which explain');
  });

  it("keeps today's words when the week's check-ins were not low", () => {
    const { text } = adaptation(history((c, u) => withGaps(c, u)));
    expect(text).toMatch(/wellness is within the athlete's norm \(composite z -?\d\.\d\);/);
  });
});
