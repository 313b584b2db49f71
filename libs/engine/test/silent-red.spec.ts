/**
 * A red athlete who goes quiet stays red (demo read of 2026-12-10, athlete04 Jonas): red for two weeks and more, told on
 * Monday and Tuesday to see a doctor and held to short easy sessions, Jonas had checked in last on Monday; on Thursday
 * the engine read "too few check-ins to read wellness", called him amber and proposed a 510-min hold, the doctor gone.
 * Silence after a low reading is no sign of recovery: the last amber or red wellness reading holds for up to
 * `READINESS_HOLD_DAYS` days (our rule), and the texts say it is the last check-in's. Also the illness span a hold cites
 * is the same whatever the review day while the illness is in the window (Ingrid: "from 2026-11-17" on Sunday, "from
 * 2026-11-21" on Saturday). Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput } from '../src';
import { READINESS_HOLD_DAYS } from '../src/metrics/compute-metrics';
import { buildHistory, planFromWeek } from './factories/athlete-history.factory';
import { demoInput } from './factories/demo-fixtures';
import {
  JONAS_NEXT_MONDAY,
  JONAS_RED_AVAILABILITY,
  JONAS_THIS_MONDAY,
  JONAS_WEEK,
} from './factories/jonas.factory';
import { get } from './factories/review-helpers';

/** Jonas's Monday input (last check-in Monday 2026-12-07), reviewed on a later day with nothing new. */
function jonasOn(date: string): Review {
  const input = demoInput('athlete04Monday');
  return reviewAthlete({ ...input, reviewDate: date });
}

/**
 * A generated athlete red for three weeks (HRV clearly low, wellness worse), silent for the last `silent` days; amber
 * with HRV as usual and wellness worse for the last `wellnessDays` only.
 */
function silentRed(silent: number, wellnessPoints = 3, hrvLn = 0.3, wellnessDays = 21): ReviewInput {
  const reviewDate = '2025-03-14';
  const h = buildHistory({
    reviewDate,
    days: 90,
    week: JONAS_WEEK,
    hrvDrop: { days: 21, ln: hrvLn },
    wellnessDrop: { days: wellnessDays, points: wellnessPoints },
    availability: JONAS_RED_AVAILABILITY,
    silentDays: silent,
  });
  return {
    ...h,
    currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
    nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
  };
}

describe('a red athlete who goes quiet stays red', () => {
  it('should keep Jonas red, with the doctor recommended, when his Monday input is reviewed on Thursday', () => {
    const mon = jonasOn('2026-12-07');
    expect(mon.metrics.readiness).toBe('RED');
    const r = jonasOn('2026-12-10');
    expect(r.metrics.readiness).toBe('RED');
    expect(r.metrics.wellness.heldDays).toBe(3);
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    expect(r.decision.targetMinutes).toBe(120);
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.rationale).toMatch(
      /^No check-in since 2026-12-07 \(3 days\); the last readings were red: the doctor's check still stands\. Recommend that Jonas sees a doctor/,
    );
    expect(down.rationale).toContain(
      'there has been no check-in since 2026-12-07 (3 days), and its red reading holds until a check-in says otherwise',
    );
    // Nothing of the held reading is called today's.
    expect(down.rationale).not.toMatch(/z -?\d\.\d today|today the composite/);
    expect(down.athleteText).toMatch(/^We have had no check-in from you since 2026-12-07/);
    for (const s of r.suggestions) expect(s.rationale).not.toContain('too few check-ins to read wellness');
    expect(r.suggestions.some((s) => s.kind === 'CURRENT_WEEK_RECOVERY')).toBe(true);
  });

  it("should hold Jonas's HRV too on Saturday, when too few readings are left in the 7 days, and say so", () => {
    const r = jonasOn('2026-12-12');
    expect(r.metrics.hrv.heldDays).toBe(5);
    expect(r.metrics.readiness).toBe('RED');
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.rationale).toMatch(/^No check-in since 2026-12-07 \(5 days\); the last readings were red/);
    // The spell's days are counted back from the last check-in, as Monday's review counted them.
    const mon = get(jonasOn('2026-12-07'), 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.lowReadinessDays).toBe(mon.evidence.lowReadinessDays);
    expect(down.evidence.lowReadinessSince).toBe(mon.evidence.lowReadinessSince);
    expect(down.rationale).toContain(
      ', as read on the last check-in 5 days ago (too few readings since, so it holds',
    );
    // The silence is still a concern of its own: reach out.
    expect(r.suggestions.some((s) => s.kind === 'NO_CONTACT_REACH_OUT')).toBe(true);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'should not read a red athlete silent for %i days as amber or better by wellness',
    (n) => {
      const fresh = reviewAthlete(silentRed(0));
      expect(fresh.metrics.readiness).toBe('RED');
      const r = reviewAthlete(silentRed(n));
      expect(r.metrics.wellness.status).toBe(fresh.metrics.wellness.status);
      expect(r.metrics.readiness).toBe('RED');
      expect(r.decision.type).not.toBe('BUILD');
    },
  );

  it('should hold an amber reading the same way, and stop holding after the limit', () => {
    const n = 3;
    const amber = reviewAthlete(silentRed(0, 2, 0, 9));
    expect(amber.metrics.wellness.status).toBe('AMBER');
    const quiet = reviewAthlete(silentRed(n, 2, 0, 9));
    expect(quiet.metrics.wellness.status).toBe('AMBER');
    expect(quiet.metrics.wellness.heldDays).toBe(n);
    expect(quiet.metrics.readiness).not.toBe('GREEN');
    const old = reviewAthlete(silentRed(READINESS_HOLD_DAYS + 1, 2, 0, 9));
    expect(old.metrics.wellness.status).toBe('UNKNOWN');
  });
});

describe('an illness span the same whatever the review day', () => {
  it("should cite Ingrid's illness from its first day on Saturday as on Sunday", () => {
    const sun = reviewAthlete(demoInput('athlete01'));
    const sat = reviewAthlete({ ...demoInput('athlete01'), reviewDate: '2026-12-12' });
    expect(sun.decision.reason).toContain('the athlete was ill from 2026-11-17 to 2026-11-22');
    expect(sat.decision.reason).toContain('the athlete was ill from 2026-11-17 to 2026-11-22');
  });
});
