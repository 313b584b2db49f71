/**
 * The doctor's answer after a medical check (our rule; docs/coaching-domain.md, "A doctor's clearance"): the coach
 * records the day a doctor cleared the athlete (`AthleteProfile.medicalClearedOn`), and only the days after it count
 * toward the two weeks of both signals. A clearance on or after the day the signals began silences the doctor
 * recommendation and the medical-check week; the usual readiness rules still apply (red for two weeks is still the
 * deepest down week and this week's red cut). One before the signals began is for an earlier spell: the check stands.
 * Jonas-like history (athlete04): HRV and the check-ins' decline both since 2025-03-01, reviewed on 2025-03-14.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src/types';
import { RETURN_RUN_MINUTES } from '../src/suggestions/current-week';
import { jonasAt } from './factories/jonas.factory';
import { get } from './factories/review-helpers';

const REVIEW = '2025-03-14';

function clearedOn(input: ReviewInput, day: string | undefined): ReviewInput {
  return { ...input, athlete: { ...input.athlete, medicalClearedOn: day } };
}

function mentionsDoctor(r: ReturnType<typeof reviewAthlete>): boolean {
  return (
    /sees a doctor|until a doctor|doctor's (answer|all-clear)/.test(r.decision.reason) ||
    r.outlook.some((w) => /doctor/.test(w.note ?? '')) ||
    r.suggestions.some((s) =>
      /sees a doctor|until a doctor|seeing a doctor/i.test(`${s.rationale} ${s.athleteText}`),
    )
  );
}

describe("a doctor's clearance recorded by the coach (athlete04)", () => {
  const input = jonasAt(REVIEW);
  const without = reviewAthlete(input);

  it('should recommend the doctor and a medical-check week without a clearance (the case it answers)', () => {
    expect(get(without, 'RECOVERY_DOWN_WEEK').evidence.medicalCheck).toBe(true);
    expect(without.decision.targetMinutes).toBe(120);
    expect(mentionsDoctor(without)).toBe(true);
  });

  it('should silence the doctor and the medical-check week when a doctor cleared Sam after the signals began', () => {
    const r = reviewAthlete(clearedOn(input, '2025-03-10'));
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBeUndefined();
    expect(down.evidence.medicalClearedOn).toBe('2025-03-10');
    expect(mentionsDoctor(r)).toBe(false);
    // The usual escalated down week (−40 %), not the medical-check week's 120 min of 30-min sessions.
    expect(r.decision.type).toBe('DOWN');
    expect(r.decision.targetMinutes).toBeGreaterThan(120);
    expect(r.draft.sessions.some((x) => x.minutes > RETURN_RUN_MINUTES)).toBe(true);
    // Red readiness still cuts this week, as the red cut does (not the medical cut).
    const cut = get(r, 'CURRENT_WEEK_RECOVERY');
    expect(cut.evidence.medicalCut).toBeUndefined();
    // The coach reads the doctor's answer, with the days that count since it (2025-03-11 … 2025-03-14: 4).
    expect(down.rationale.startsWith('A doctor cleared Sam on 2025-03-10 (recorded by the coach)')).toBe(
      true,
    );
    expect(down.rationale).toContain('only the 4 days since count toward a new two-week spell');
    expect(down.athleteText).not.toContain('cleared');
  });

  it('should say the days after the clearance as they are: none yet on the review date, one the day after', () => {
    const today = reviewAthlete(clearedOn(input, REVIEW));
    expect(get(today, 'RECOVERY_DOWN_WEEK').rationale).toContain(
      `A doctor cleared Sam on ${REVIEW} (recorded by the coach): only the days after it will count toward a new two-week spell`,
    );
    expect(mentionsDoctor(today)).toBe(false);
    const one = reviewAthlete(clearedOn(input, '2025-03-13'));
    expect(get(one, 'RECOVERY_DOWN_WEEK').rationale).toContain(
      'only the day since counts toward a new two-week spell',
    );
    // A clearance after the review date is not on record yet for this review.
    expect(reviewAthlete(clearedOn(input, '2025-03-15'))).toEqual(without);
  });

  it('should silence them with a clearance on the day the signals began', () => {
    const r = reviewAthlete(clearedOn(input, '2025-03-01'));
    expect(get(r, 'RECOVERY_DOWN_WEEK').evidence.medicalClearedOn).toBe('2025-03-01');
    expect(mentionsDoctor(r)).toBe(false);
    expect(get(r, 'RECOVERY_DOWN_WEEK').rationale).toContain('only the 13 days since count');
  });

  it('should still recommend the doctor when the clearance came before the signals began', () => {
    const r = reviewAthlete(clearedOn(input, '2025-02-28'));
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.evidence.medicalClearedOn).toBeUndefined();
    expect(r.decision.targetMinutes).toBe(120);
    expect(down.rationale).not.toContain('A doctor cleared');
    // The coach reads why the doctor is recommended beside a clearance on record; otherwise the review is the one
    // without the clearance.
    const again =
      ' The clearance on record (a doctor cleared Sam on 2025-02-28) came before the two weeks of both signals that count, so the check is made again.';
    expect(down.rationale).toContain(again);
    const said = {
      ...r,
      suggestions: r.suggestions.map((x) =>
        x === down ? { ...x, rationale: x.rationale.replace(again, '') } : x,
      ),
    };
    expect(said).toEqual(without);
  });

  it('should recommend the doctor again once two weeks of both signals follow the clearance', () => {
    // HRV low since 2025-02-19 or earlier (24 days or more) and the check-ins declined over the last 14: a clearance
    // on 2025-02-20, inside the spell, leaves 22 days of low HRV and the whole 14-day decline after it, a new spell.
    const long = jonasAt(REVIEW);
    const longer: ReviewInput = {
      ...long,
      checkIns: long.checkIns.map((c) =>
        c.rmssd !== undefined && (c.date as string) >= '2025-02-13' && (c.date as string) < '2025-02-27'
          ? { ...c, rmssd: c.rmssd * Math.exp(-0.3) }
          : c,
      ),
    };
    const base = reviewAthlete(longer);
    expect(base.metrics.hrv.below?.days).toBeGreaterThanOrEqual(24);
    expect(get(base, 'RECOVERY_DOWN_WEEK').evidence.medicalCheck).toBe(true);
    const again = reviewAthlete(clearedOn(longer, '2025-02-20'));
    expect(get(again, 'RECOVERY_DOWN_WEEK').evidence.medicalCheck).toBe(true);
    expect(again.decision.targetMinutes).toBe(120);
    // The coach is told why the doctor is recommended again beside a clearance on record (it came before the two
    // weeks that count), and the athlete's text does not say it twice.
    expect(get(again, 'RECOVERY_DOWN_WEEK').rationale).toContain(
      'The clearance on record (a doctor cleared Sam on 2025-02-20) came before the two weeks of both signals that count, so the check is made again.',
    );
    expect(get(base, 'RECOVERY_DOWN_WEEK').rationale).not.toContain('clearance on record');
    // Cleared after 2025-02-28 instead: 13 days or fewer since, no new spell yet.
    const quiet = reviewAthlete(clearedOn(longer, '2025-03-02'));
    expect(get(quiet, 'RECOVERY_DOWN_WEEK').evidence.medicalCheck).toBeUndefined();
    expect(get(quiet, 'RECOVERY_DOWN_WEEK').rationale).toContain('only the 12 days since count');
  });

  it('should change nothing in a review with no medical check to silence', () => {
    const calm = jonasAt(REVIEW);
    const noDecline: ReviewInput = {
      ...calm,
      checkIns: calm.checkIns.map((c) => ({
        ...c,
        fatigue: 3,
        mood: 7,
        soreness: 3,
        sleepQuality: 7,
        stress: 3,
      })),
    };
    expect(reviewAthlete(clearedOn(noDecline, '2025-03-10'))).toEqual(reviewAthlete(noDecline));
  });
});
