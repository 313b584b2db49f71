/**
 * A down week after two weeks or more of red readiness keeps 2 full rest days (our rule; docs/coaching-domain.md,
 * "Severity scales with the evidence"). Coach read 11 (athlete04, Jonas: red readiness for 15 days, HRV below
 * its band, wellness low, a lasting decline, RPE drift): his escalated down week took 625 → 340 min but kept a
 * session on all 7 days. A coach's recovery week after two weeks of red readiness has fewer sessions, not only
 * shorter ones.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput, WeekPlan } from '../src';
import { buildHistory, planFromWeek } from './factories/athlete-history.factory';
import { JONAS_NEXT_MONDAY, JONAS_THIS_MONDAY, JONAS_WEEK, jonasAt } from './factories/jonas.factory';
import { get } from './factories/review-helpers';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function training(plan: WeekPlan): PlannedSession[] {
  return plan.sessions.filter((x) => x.kind !== 'REST');
}

/** The weekdays of `plan` without any session. */
function restDays(plan: WeekPlan): number[] {
  const days: number[] = [];
  for (let d = 0; d < 7; d++) if (!training(plan).some((x) => x.day === d)) days.push(d);
  return days;
}

function total(plan: WeekPlan): number {
  return training(plan).reduce((t, x) => t + x.minutes, 0);
}

function downWeek(input: ReviewInput) {
  const r = reviewAthlete(input);
  const s = get(r, 'RECOVERY_DOWN_WEEK');
  const a = applySuggestion(input.nextWeekDraft!, s);
  if (!a.ok) throw new Error(a.reason);
  return { r, s, plan: a.plan };
}

describe('an escalated red down week keeps 2 full rest days (coach read 11: athlete04)', () => {
  // Jonas, HRV below his band for 14 days and more, wellness low: the down week had kept a session on every day
  // (Mon–Fri easy runs, Saturday's spin, Sunday's long run), each only shorter.
  it('should drop whole easy runs until 2 days are free of training, never the long run, at or under the target', () => {
    const input = jonasAt('2025-03-14');
    const { r, s, plan } = downWeek(input);
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    const draft = input.nextWeekDraft!;
    const rest = restDays(plan);
    expect(rest.length).toBeGreaterThanOrEqual(2);
    // Not two rest days in a row (the week repeats: Sunday and Monday are neighbours too).
    for (const d of rest) expect(rest).not.toContain((d + 1) % 7);
    // One of them beside the long run (the day after it, or the day before).
    const long = training(plan).find((x) => x.key && /long run/i.test(x.purpose))!;
    expect(long).toBeDefined();
    expect(rest.some((d) => d === (long.day + 1) % 7 || d === (long.day + 6) % 7)).toBe(true);
    // Only easy sessions went, each whole: every day it emptied held one easy session in the draft.
    for (const d of rest) {
      const was = draft.sessions.filter((x) => x.day === d && x.kind !== 'REST');
      expect(was.length).toBe(1);
      expect(was[0].key).toBeFalsy();
      expect(was[0].kind).toBe('RUN');
    }
    // No session kept is longer than the draft had it, and the week lands at or under the target.
    for (const x of training(plan)) {
      const was = draft.sessions.find((y) => y.id === x.id);
      if (was !== undefined) expect(x.minutes).toBeLessThanOrEqual(was.minutes);
    }
    const after = total(plan);
    expect(after).toBeLessThanOrEqual(r.decision.targetMinutes);

    // The texts say it, with the applied plan's numbers.
    const names = rest.map((d) => DAYS[d]);
    const restWords = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are rest days`;
    expect(s.rationale).toContain(restWords);
    expect(s.athleteText).toContain(restWords);
    const dropped = rest.map((d) => draft.sessions.find((x) => x.day === d && x.kind !== 'REST')!);
    expect(s.rationale).toContain(
      `drop ${dropped.map((x) => `${DAYS[x.day]}'s`).join(' and ')} easy runs (${dropped.map((x) => x.minutes).join(' and ')} min)`,
    );
    expect(s.rationale).toContain(
      'after two weeks or more of red readiness the down week keeps 2 full rest days',
    );
    expect(s.rationale).toContain(`, to ${after} min.`);
    expect(s.rationale).toContain(`Sunday's long run comes down to ${long.minutes} min`);
    if (after < r.decision.targetMinutes)
      expect(s.rationale).toContain(
        `the week comes to ${after} min, ${r.decision.targetMinutes - after} min under the target of about ${r.decision.targetMinutes} min`,
      );
    // Every minute figure in the athlete's text is one of the applied plan's (its total or a session's).
    const figures = [...s.athleteText.matchAll(/(\d+) min/g)].map((m) => Number(m[1]));
    const known = new Set([after, total(draft), ...training(plan).map((x) => x.minutes)]);
    for (const f of figures) expect(known).toContain(f);
    // The applied week, reviewed again, is not cut again (its rest days stay rest days).
    const again = get(reviewAthlete({ ...input, nextWeekDraft: plan }), 'RECOVERY_DOWN_WEEK');
    expect(again.changes).toEqual([]);
  });

  it('should leave a down week for red readiness of under two weeks with its sessions on every day it had', () => {
    // The same athlete with HRV below the band for 9 days: a down week, not the escalated one.
    const history = buildHistory({
      reviewDate: '2025-03-14',
      days: 90,
      week: JONAS_WEEK,
      hrvDrop: { days: 9, ln: 0.3 },
      wellnessDrop: { days: 5, points: 3 },
      availability: [45, 75, 75, 45, 75, 60, 180],
    });
    const input: ReviewInput = {
      ...history,
      currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
      nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
    };
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    const s = get(r, 'RECOVERY_DOWN_WEEK');
    expect(s.changes.some((c) => c.type === 'INSERT_REST_DAYS')).toBe(false);
    expect(s.rationale).not.toContain('full rest days');
  });
});
