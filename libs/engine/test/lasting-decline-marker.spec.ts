/**
 * A lasting decline of the check-ins counts as the wellness signal persisting (`WellnessMetrics.declineCounts`, our
 * rule; docs/coaching-domain.md, "A lasting decline"). Jonas's demo review on a Sunday (HRV clearly below its band for
 * 15 days, fatigue 2.9 SD worse over 14 days) had read "a lasting decline: … One marker, but a persistent one; nothing
 * else agrees" and held at amber, with no doctor: the 28-day baseline the decline had lowered read his latest check-in
 * within the norm. And a below-norm check-in at the end of two weeks of worse check-ins had been "one reading, not a
 * trend". Readiness amber with a down week due had held the week at the usual volume, more than the down week.
 */
import { reviewAthlete } from '../src';
import type { CheckIn, Review, ReviewInput } from '../src';
import { buildHistory, planFromWeek } from './factories/athlete-history.factory';
import {
  JONAS_NEXT_MONDAY,
  JONAS_RED_AVAILABILITY,
  JONAS_THIS_MONDAY,
  JONAS_WEEK,
} from './factories/jonas.factory';
import { get } from './factories/review-helpers';

const REVIEW = '2025-03-14';

interface Story {
  /** HRV clearly low (ln −0.3) over the last `hrvDays` days (0: none). */
  readonly hrvDays: number;
  /** Every wellness item `points` worse over the last `days` days. */
  readonly wellness: { readonly days: number; readonly points: number };
  /** The latest check-in this many points worse still (negative: better). */
  readonly latest?: number;
  /** The check-in before the latest as usual (not worse). */
  readonly beforeUsual?: boolean;
  /** Last week (from 2025-03-03) a down week: its sessions at 70 %. */
  readonly downLastWeek?: boolean;
}

function shifted(c: CheckIn, k: number): CheckIn {
  return {
    ...c,
    sleepQuality: (c.sleepQuality as number) - k,
    mood: (c.mood as number) - k,
    fatigue: (c.fatigue as number) + k,
    soreness: (c.soreness as number) + k,
    stress: (c.stress as number) + k,
  };
}

function sam(o: Story): ReviewInput {
  const h = buildHistory({
    reviewDate: REVIEW,
    days: 90,
    week: JONAS_WEEK,
    ...(o.hrvDays > 0 ? { hrvDrop: { days: o.hrvDays, ln: 0.3 } } : {}),
    wellnessDrop: o.wellness,
    availability: JONAS_RED_AVAILABILITY,
  });
  const checkIns = h.checkIns.slice();
  const n = checkIns.length;
  if (o.latest !== undefined) checkIns[n - 1] = shifted(checkIns[n - 1], o.latest);
  if (o.beforeUsual) checkIns[n - 2] = shifted(checkIns[n - 2], -o.wellness.points);
  const sessions = o.downLastWeek
    ? h.sessions.map((s) =>
        (s.date as string) >= '2025-03-03' && (s.date as string) < JONAS_THIS_MONDAY
          ? { ...s, minutes: Math.round(s.minutes * 0.7) }
          : s,
      )
    : h.sessions;
  return {
    ...h,
    checkIns,
    sessions,
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

/** The readiness suggestion (the down week or the hold for it). */
function recovery(r: Review) {
  const s = r.suggestions.find((x) => x.kind === 'RECOVERY_DOWN_WEEK' || x.kind === 'RECOVERY_HOLD');
  if (s === undefined)
    throw new Error(`no readiness suggestion in ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

describe('a lasting decline beside HRV clearly low is the second marker', () => {
  it('should read red, two markers, and recommend a doctor after two weeks of both (the old seed: Jonas on a Sunday)', () => {
    const r = reviewAthlete(sam({ hrvDays: 16, wellness: { days: 16, points: 2 } }));
    const w = r.metrics.wellness;
    // The latest check-in reads within the norm the decline lowered.
    expect(w.composite.value!).toBeGreaterThan(-1);
    expect(w.composite.value!).toBeLessThan(0);
    expect(w.decline!.days).toBe(14);
    expect(w.declineCounts).toBe(true);
    expect(w.status).toBe('RED');
    expect(r.metrics.readiness).toBe('RED');
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    const s = recovery(r);
    expect(s.kind).toBe('RECOVERY_DOWN_WEEK');
    expect(s.severity).toBe('URGENT');
    expect(s.rationale).toMatch(/^Recommend that Sam sees a doctor/);
    expect(s.rationale).toContain(
      `has dropped with them, and the latest check-in (composite z ${w.composite.value!.toFixed(1)}) reads within it. Two markers agree.`,
    );
    expect(s.rationale).not.toContain('nothing else agrees');
    // Said once: no wellness sentence calls the check-in within norm and then names the decline again.
    expect(s.rationale.split('a lasting decline').length).toBe(2);
    // The adaptation component's summary, without the decline's own phrase, says why wellness counts.
    const adaptation = r.components.find((c) => c.component === 'ADAPTATION')!;
    expect(adaptation.summary).toContain(
      `the latest wellness check-in is within the athlete's norm (composite z ${w.composite.value!.toFixed(1)}), but that norm has dropped with a lasting decline of`,
    );
    expect(adaptation.summary).toContain('so wellness agrees with HRV');
  });

  it('should make it a down week, no doctor, before two weeks of HRV below its band', () => {
    const r = reviewAthlete(sam({ hrvDays: 8, wellness: { days: 20, points: 2 } }));
    expect(r.metrics.wellness.declineCounts).toBe(true);
    expect(r.metrics.readiness).toBe('RED');
    const s = recovery(r);
    expect(s.kind).toBe('RECOVERY_DOWN_WEEK');
    expect(s.rationale).toContain('Two markers agree.');
    expect(r.suggestions.some((x) => /sees? a doctor/.test(x.rationale))).toBe(false);
  });

  it('should not count it beside a latest check-in whose composite is not under 0, and say why', () => {
    // Better than usual this morning: the decline is history or turning.
    const r = reviewAthlete(
      sam({ hrvDays: 16, wellness: { days: 16, points: 2 }, latest: -4, downLastWeek: true }),
    );
    const w = r.metrics.wellness;
    expect(w.decline).not.toBeNull();
    expect(Math.round(w.composite.value! * 10)).toBeGreaterThanOrEqual(0);
    expect(w.declineCounts).toBe(false);
    expect(r.metrics.readiness).toBe('AMBER');
    const s = recovery(r);
    expect(s.kind).toBe('RECOVERY_HOLD');
    expect(s.rationale).not.toContain('nothing else agrees');
    expect(s.rationale).toContain(
      `One marker, but a persistent one; the lasting decline is not counted as a second while the latest check-in's composite (z ${w.composite.value!.toFixed(1)}) is not under 0 (our rule).`,
    );
  });
});

describe('a below-norm check-in at the end of a lasting decline is no single reading', () => {
  it('should hold the week, not leave it to a note', () => {
    const r = reviewAthlete(
      sam({
        hrvDays: 0,
        wellness: { days: 16, points: 2 },
        latest: 1,
        beforeUsual: true,
        downLastWeek: true,
      }),
    );
    const w = r.metrics.wellness;
    // Below norm today, the check-in before not: one reading by the check-ins alone.
    expect(w.trend!.checkIns).toBe(1);
    expect(w.singleReading).toBe(false);
    expect(w.declineCounts).toBe(true);
    expect(r.metrics.readiness).toBe('AMBER');
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    expect(r.suggestions.some((x) => x.kind === 'WELLNESS_NOTE')).toBe(false);
    const s = get(r, 'RECOVERY_HOLD');
    expect(s.rationale).toContain(
      'its own signal was not low on the check-in before it, but it is no single reading; a lasting decline: over the last 14 days',
    );
    expect(s.rationale).toContain('One marker, but a persistent one; nothing else agrees: ');
  });

  it('should still leave a below-norm check-in without a decline behind it to a note', () => {
    const r = reviewAthlete(
      sam({ hrvDays: 0, wellness: { days: 0, points: 0 }, latest: 3, downLastWeek: true }),
    );
    expect(r.metrics.wellness.decline).toBeNull();
    expect(r.metrics.wellness.singleReading).toBe(true);
    expect(r.metrics.readiness).toBe('GREEN');
    expect(r.suggestions.some((x) => x.kind === 'WELLNESS_NOTE')).toBe(true);
  });
});

describe('readiness amber with a down week due', () => {
  it('should take the down week, sized as the scheduled one, and say why it is not a hold', () => {
    const amber = reviewAthlete(sam({ hrvDays: 16, wellness: { days: 0, points: 0 } }));
    const green = reviewAthlete(sam({ hrvDays: 0, wellness: { days: 0, points: 0 } }));
    expect(amber.metrics.readiness).toBe('AMBER');
    expect(green.decision.rule).toBe('SCHEDULED_DOWN_WEEK');
    expect(amber.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(amber.decision.type).toBe('DOWN');
    // No bigger than the down week it was due anyway.
    expect(amber.decision.targetMinutes).toBeLessThanOrEqual(green.decision.targetMinutes);
    const s = get(amber, 'RECOVERY_DOWN_WEEK');
    const weeks = amber.metrics.weeksSinceDownWeek.value;
    expect(s.rationale).toContain(
      `(a down week is due after ${weeks} build weeks anyway, and a hold at the usual volume would give more than it)`,
    );
    expect(s.rationale).toMatch(/^Readiness is amber: /);
    // The decision's sentence says amber too (it had read "Readiness is red: a down week").
    expect(amber.decision.reason).toBe(
      `Readiness is amber and a down week is due: a down week (about ${amber.decision.targetMinutes} min).`,
    );
  });

  it('should hold at amber when the last down week was last week', () => {
    const r = reviewAthlete(sam({ hrvDays: 16, wellness: { days: 0, points: 0 }, downLastWeek: true }));
    expect(r.metrics.readiness).toBe('AMBER');
    expect(r.metrics.weeksSinceDownWeek.value).toBeLessThan(3);
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
  });
});
