/**
 * This week's cut beside the medical check (our rule; docs/coaching-domain.md, "A medical check after two weeks"): a
 * coach read of athlete04 (Jonas) found this week's cut after red readiness still leaving him a 75-min long run on
 * Sunday while the same review asked him to see a doctor first and made next week short easy sessions of 30 min at
 * most. The sessions still to come this week (the days after the review date, as the current-week cut counts them)
 * follow the medical-check week's rule: easy only, each `RETURN_RUN_MINUTES` at most, no long run or quality kept as
 * such; the doctor is recommended once, by the suggestion that carries the check.
 */
import { reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput } from '../src';
import { RETURN_RUN_MINUTES } from '../src/suggestions/current-week';
import type { DaySlot } from './factories/athlete-history.factory';
import { JONAS_WEEK, NO_MEDICAL_CHECK, jonasAt } from './factories/jonas.factory';
import { applied, get } from './factories/review-helpers';

/** Every session after `today` short and easy, with no key session, long run or intervals left as such. */
function shortAndEasyAfter(sessions: readonly PlannedSession[], today: number): void {
  const later = sessions.filter((x) => x.day > today && x.kind !== 'REST');
  expect(later.length).toBeGreaterThan(0);
  for (const x of later) {
    expect(x.minutes).toBeLessThanOrEqual(RETURN_RUN_MINUTES);
    expect(x.key === true).toBe(false);
    expect(x.intervals ?? null).toBeNull();
    if (x.effort.type === 'RPE') expect(x.effort.value).toBeLessThanOrEqual(4);
    else expect(x.effort.value).toBeLessThanOrEqual(2);
  }
}

describe("this week's cut beside the medical check: short easy sessions until a doctor has cleared the athlete", () => {
  it("should cut Friday's review's Saturday to a 30-min easy session and make Sunday a rest day, no long run left", () => {
    const input = jonasAt('2025-03-14');
    const r = reviewAthlete(input);
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    const now = get(r, 'CURRENT_WEEK_RECOVERY');
    const plan = input.currentWeekPlan!;
    const after = applied(plan, now);
    shortAndEasyAfter(after.sessions, 4);
    // Today's run is left as it is (the current-week cut changes only the days after the review date).
    expect(after.sessions.find((x) => x.day === 4)?.minutes).toBe(90);
    // The doctor is recommended once: by the down week, which carries the check.
    expect(down.evidence.medicalCheck).toBe(true);
    expect(now.evidence.medicalCheck).toBeUndefined();
    expect(now.rationale).not.toContain('sees a doctor');
    expect(now.rationale).toContain('until a doctor has cleared Sam');
    expect(now.rationale).toContain(`${RETURN_RUN_MINUTES} min at most`);
    // Monday to Friday all train: of the two days left one is a rest day (the down week's 5 days of 7, pro rata),
    // the long run capped to an easy run goes whole before the easy spin on the bike (easy runs first).
    expect(now.rationale).toContain(
      "Saturday's easy spin on the bike 45 → 30 min and drop Sunday's long run (150 min). Sunday is a rest day:",
    );
    expect(after.sessions.some((x) => x.day === 6 && x.kind !== 'REST')).toBe(false);
    expect(now.rationale).not.toMatch(/half of it|−40 %|-40 %/);
    // The texts' figures are the plan's: the week as the metrics count it, less what the change takes off.
    const taken =
      plan.sessions.reduce((t, x) => t + x.minutes, 0) - after.sessions.reduce((t, x) => t + x.minutes, 0);
    expect(taken).toBe(195 - RETURN_RUN_MINUTES);
    const week = now.evidence.weekMinutes as number;
    expect(now.evidence.weekMinutesAfter).toBe(week - taken);
    expect(now.rationale).toContain(`goes from ${week} min to ${week - taken} min`);
    expect(now.rationale).toContain(`195 min → ${195 - taken} min`);
    expect(now.athleteText).toContain(`about ${week - taken} min`);
    expect(now.athleteText).toContain('Until a doctor has cleared you');
    expect(now.athleteText).not.toContain('worth seeing a doctor');
    // No long run is left this week (next week's is capped as every session of a medical-check week).
    expect(now.evidence.longRunMinutesAfter).toBeNull();
  });

  it('should make the hills still to come an easy run of 30 min at most, with no key flag', () => {
    const week: (DaySlot | null)[] = JONAS_WEEK.slice();
    week[5] = { minutes: 45, rpe: 6, key: true, purpose: 'Hill repeats' };
    const input = jonasAt('2025-03-13', week);
    const r = reviewAthlete(input);
    const after = applied(input.currentWeekPlan!, get(r, 'CURRENT_WEEK_RECOVERY'));
    shortAndEasyAfter(after.sessions, 3);
    expect(after.sessions.find((x) => x.day === 5)?.kind).toBe('RUN');
  });

  it('should cut a long run the red cut leaves whole (a marathon build at its dose), ranked after the down week', () => {
    const week: (DaySlot | null)[] = JONAS_WEEK.slice();
    week[5] = null;
    week[6] = { minutes: 90, rpe: 3, key: true, purpose: 'Long run' };
    const input: ReviewInput = {
      ...jonasAt('2025-03-14', week),
      races: [{ name: 'Spring Marathon', date: '2025-05-25', priority: 'A', expectedMinutes: 200 }],
    };
    const r = reviewAthlete(input);
    const kinds = r.suggestions.map((s) => s.kind);
    const at = kinds.indexOf('CURRENT_WEEK_RECOVERY');
    expect(at).toBe(kinds.indexOf('RECOVERY_DOWN_WEEK') + 1);
    const now = r.suggestions[at];
    expect(now.severity).toBe('URGENT');
    shortAndEasyAfter(applied(input.currentWeekPlan!, now).sessions, 4);
    expect(now.rationale).toContain("Sunday's long run 90 → 30 min");
    expect(now.rationale).toContain('until a doctor has cleared Sam');
  });

  it("should leave the review day's run as it is, not logged yet, and say so", () => {
    const base = jonasAt('2025-03-14');
    const input = { ...base, sessions: base.sessions.filter((x) => x.date !== '2025-03-14') };
    const now = get(reviewAthlete(input), 'CURRENT_WEEK_RECOVERY');
    const after = applied(input.currentWeekPlan!, now);
    expect(after.sessions.find((x) => x.day === 4)?.minutes).toBe(90);
    shortAndEasyAfter(after.sessions, 4);
    expect(now.rationale).toContain(
      `Change it now, the days after today, 195 min → ${RETURN_RUN_MINUTES} min (-85 %)`,
    );
    expect(now.rationale).toContain("Friday's easy run, today, is left as it is (90 min, not logged yet");
  });

  it("should tell both readers the rule holds from tomorrow and what to do with today's 90 min if not run yet", () => {
    const base = jonasAt('2025-03-14');
    const input = { ...base, sessions: base.sessions.filter((x) => x.date !== '2025-03-14') };
    const r = reviewAthlete(input);
    const now = get(r, 'CURRENT_WEEK_RECOVERY');
    // The review-day rule leaves today's run as it is, and the texts say what to do with it if it is not run yet.
    expect(applied(input.currentWeekPlan!, now).sessions.find((x) => x.day === 4)?.minutes).toBe(90);
    expect(now.rationale).toContain(
      `Friday's easy run, today, is left as it is (90 min, not logged yet: it may be done already), and counts as planned in this week's minutes; if it is not done yet, ask Sam to make it a ${RETURN_RUN_MINUTES}-min easy run or rest.`,
    );
    expect(now.rationale).not.toContain('too late');
    expect(now.athleteText).toContain(
      `Until a doctor has cleared you, the rest of this week, from tomorrow, is short easy sessions only, ${RETURN_RUN_MINUTES} min at most each.`,
    );
    expect(now.athleteText).toContain(
      `If you have not done today's easy run (90 min) yet, make it a ${RETURN_RUN_MINUTES}-min easy run or rest.`,
    );
    expect(now.athleteText).not.toMatch(/the rest of this week is short easy/);
  });

  it("should say nothing of today's run when it is logged already", () => {
    const now = get(reviewAthlete(jonasAt('2025-03-14')), 'CURRENT_WEEK_RECOVERY');
    expect(now.rationale).not.toContain('not done yet');
    expect(now.athleteText).not.toContain('today');
  });

  it("should carry the doctor's recommendation once when next week is no down week (a taper), the check first", () => {
    const input: ReviewInput = {
      ...jonasAt('2025-03-14'),
      races: [{ name: 'Test Marathon', date: '2025-03-23', priority: 'A', expectedMinutes: 200 }],
    };
    const r = reviewAthlete(input);
    expect(r.decision.rule).toBe('TAPER');
    const now = get(r, 'CURRENT_WEEK_RECOVERY');
    shortAndEasyAfter(applied(input.currentWeekPlan!, now).sessions, 4);
    expect(now.rationale.split('sees a doctor').length).toBe(2);
    expect(r.suggestions.filter((x) => /sees a doctor/.test(x.rationale)).map((x) => x.kind)).toEqual([
      'CURRENT_WEEK_RECOVERY',
    ]);
    // The check first, in both texts.
    expect(now.rationale).toMatch(
      /^With the HRV 7-day mean below the band for \d+ days .* recommend that Sam sees a doctor: /,
    );
    expect(now.athleteText).toMatch(
      /^Your HRV has been below your usual range for \d+ days and .*so it is worth seeing a doctor to rule out an illness behind it\. /,
    );
    expect(now.athleteText).toMatch(
      /Until a doctor has cleared you, the rest of this week is short easy sessions only, 30 min at most each\.$/,
    );
  });

  it('should leave the red cut as it is without a medical check (HRV alone for two weeks)', () => {
    const input = jonasAt('2025-03-14');
    const now = get(reviewAthlete(input, NO_MEDICAL_CHECK), 'CURRENT_WEEK_RECOVERY');
    expect(now.rationale).toContain("Sunday's long run 150 → 75 min");
    expect(now.rationale).not.toContain('until a doctor');
  });
});

describe('a race still to come this week beside the medical check (review of athlete04)', () => {
  it('should leave the race in the plan and say in both texts that it too waits for the doctor', () => {
    const week: (DaySlot | null)[] = JONAS_WEEK.slice();
    week[6] = { minutes: 100, rpe: 8, kind: 'RACE', purpose: 'Half marathon' } as DaySlot;
    const input = jonasAt('2025-03-14', week);
    const now = get(reviewAthlete(input), 'CURRENT_WEEK_RECOVERY');
    const after = applied(input.currentWeekPlan!, now);
    // No suggestion deletes a race: it is still there, as planned.
    const race = after.sessions.find((x) => x.day === 6);
    expect(race?.kind).toBe('RACE');
    expect(race?.minutes).toBe(100);
    // The texts say so rather than "the rest of this week is short easy sessions only" alone.
    expect(now.rationale).toContain('is short easy sessions only, the race aside (below)');
    expect(now.rationale).toContain(
      "Sunday's race (Half marathon, 100 min) stays in the plan (no suggestion removes a race) and waits for the doctor's all-clear too: whether Sam starts is the coach's call, and we recommend no racing before a doctor has cleared Sam.",
    );
    expect(now.athleteText).toContain('is short easy sessions only besides your race, 30 min at most each.');
    expect(now.athleteText).toContain(
      "Your race on Sunday (Half marathon) waits for the doctor's all-clear too: we recommend you do not race before a doctor has cleared you",
    );
  });

  it('should say nothing of a race without one', () => {
    const now = get(reviewAthlete(jonasAt('2025-03-14')), 'CURRENT_WEEK_RECOVERY');
    expect(now.rationale).not.toContain('race');
    expect(now.athleteText).not.toContain('race');
  });
});

/**
 * Jonas's week with a half marathon on Sunday; `within`: today's session short and easy already and Saturday a rest
 * day (the one of the two days left the cut would free).
 */
function halfOnSunday(within: boolean): (DaySlot | null)[] {
  const week: (DaySlot | null)[] = JONAS_WEEK.slice();
  if (within) {
    week[4] = { minutes: RETURN_RUN_MINUTES, rpe: 3 };
    // (Saturday a rest day: the week keeps one of its days left free, as the cut would make it.)
    week[5] = null;
  }
  week[6] = { minutes: 100, rpe: 8, kind: 'RACE', purpose: 'Half marathon' } as DaySlot;
  return week;
}

describe("a race still to come this week when this week's other sessions are within the medical rule already", () => {
  it('should name the race, waiting for the doctor too, in the texts of the suggestion that carries the check', () => {
    // Today's session short and easy already, Saturday a rest day: no cut of this week is left to make.
    const r = reviewAthlete(jonasAt('2025-03-14', halfOnSunday(true)));
    expect(r.suggestions.some((x) => x.kind === 'CURRENT_WEEK_RECOVERY')).toBe(false);
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.athleteText).toContain('Until a doctor has cleared you, your sessions are short and easy');
    expect(down.rationale).toContain(
      "Sunday's race this week (Half marathon, 100 min) stays in the plan (no suggestion removes a race) and waits for the doctor's all-clear too: whether Sam starts is the coach's call, and we recommend no racing before a doctor has cleared Sam.",
    );
    expect(down.athleteText).toContain(
      "Your race on Sunday this week (Half marathon) waits for the doctor's all-clear too: we recommend you do not race before a doctor has cleared you",
    );
    // Said once: no other suggestion names it.
    for (const x of r.suggestions)
      if (x !== down) expect(`${x.rationale} ${x.athleteText}`).not.toContain("doctor's all-clear");
  });
});

describe("today's session past the medical rule when this week's sessions after today need no cut", () => {
  /** Jonas reviewed on Friday, today's 90-min run not logged, Saturday a rest day and Sunday's run within the rule. */
  function withinAfterToday(logged = false): ReviewInput {
    const week: (DaySlot | null)[] = JONAS_WEEK.slice();
    // (Saturday a rest day: the week keeps one of its days left free, as the cut would make it.)
    week[5] = null;
    week[6] = { minutes: RETURN_RUN_MINUTES, rpe: 3 };
    const base = jonasAt('2025-03-14', week);
    return logged ? base : { ...base, sessions: base.sessions.filter((x) => x.date !== '2025-03-14') };
  }
  const TODAY_COACH = `Friday's easy run, today, goes past it (90 min, not logged yet: it may be done already); if it is not done yet, ask Sam to make it a ${RETURN_RUN_MINUTES}-min easy run or rest.`;
  const TODAY_ATHLETE = `If you have not done today's easy run (90 min) yet, make it a ${RETURN_RUN_MINUTES}-min easy run or rest.`;

  it('should ask, in both texts of the down week that carries the check, for a 30-min easy run or rest today', () => {
    const r = reviewAthlete(withinAfterToday());
    expect(r.suggestions.some((x) => x.kind === 'CURRENT_WEEK_RECOVERY')).toBe(false);
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.rationale).toContain(
      `Until a doctor has cleared Sam, the rest of this week is short easy sessions only, ${RETURN_RUN_MINUTES} min at most each: the sessions after today are within that already, so no suggestion cuts this week. ${TODAY_COACH}`,
    );
    expect(down.athleteText).toContain(
      `Until a doctor has cleared you, your sessions are short and easy, ${RETURN_RUN_MINUTES} min at most each. ${TODAY_ATHLETE} Next week`,
    );
    // Said once: no other suggestion says it.
    for (const x of r.suggestions)
      if (x !== down) expect(`${x.rationale} ${x.athleteText}`).not.toContain('not done');
  });

  it("should say what the rest of this week is beside today's run when next week's taper carries the check", () => {
    const r = reviewAthlete({
      ...withinAfterToday(),
      races: [{ name: 'Test Marathon', date: '2025-03-23', priority: 'A', expectedMinutes: 200 }],
    });
    expect(r.decision.rule).toBe('TAPER');
    expect(r.suggestions.some((x) => x.kind === 'CURRENT_WEEK_RECOVERY')).toBe(false);
    const taper = get(r, 'TAPER');
    expect(taper.evidence.medicalCheck).toBe(true);
    expect(taper.rationale).toContain(`recommend that Sam sees a doctor: fatigue and underperformance`);
    expect(taper.rationale).toContain(
      `Until a doctor has cleared Sam, the rest of this week is short easy sessions only, ${RETURN_RUN_MINUTES} min at most each: the sessions after today are within that already, so no suggestion cuts this week. ${TODAY_COACH}`,
    );
    expect(taper.athleteText).toContain(
      `so it is worth seeing a doctor to rule out an illness behind it. Until a doctor has cleared you, the rest of this week is short easy sessions only, ${RETURN_RUN_MINUTES} min at most each. ${TODAY_ATHLETE} Next week`,
    );
  });

  it("should say nothing of today's run when it is logged already", () => {
    const r = reviewAthlete(withinAfterToday(true));
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.rationale).not.toContain('not logged yet');
    expect(down.rationale).not.toContain('no suggestion cuts this week');
    expect(down.athleteText).not.toContain('today');
  });
});

describe('a race this week beside the medical check, each suggestion that may carry it (complete, said once)', () => {
  const TAPER_RACE: ReviewInput['races'] = [
    { name: 'Test Marathon', date: '2025-03-23', priority: 'A', expectedMinutes: 200 },
  ];
  /** Jonas reviewed on Friday with a half marathon on Sunday; `within`: today's and Saturday's sessions in the rule. */
  function raceWeek(within: boolean): ReviewInput {
    return { ...jonasAt('2025-03-14', halfOnSunday(within)), races: TAPER_RACE };
  }
  const times = (text: string, what: string): number => text.split(what).length - 1;

  it("should say what the rest of this week is before the race when next week's taper carries the check", () => {
    const r = reviewAthlete(raceWeek(true));
    expect(r.decision.rule).toBe('TAPER');
    expect(r.suggestions.some((x) => x.kind === 'CURRENT_WEEK_RECOVERY')).toBe(false);
    const taper = get(r, 'TAPER');
    expect(taper.evidence.medicalCheck).toBe(true);
    expect(taper.rationale).toContain(
      `Until a doctor has cleared Sam, the rest of this week is short easy sessions only, the race aside (below), ${RETURN_RUN_MINUTES} min at most each. Sunday's race this week (Half marathon, 100 min) stays in the plan (no suggestion removes a race) and waits for the doctor's all-clear too`,
    );
    expect(taper.athleteText).toContain(
      `so it is worth seeing a doctor to rule out an illness behind it. Until a doctor has cleared you, the rest of this week is short easy sessions only besides your race, ${RETURN_RUN_MINUTES} min at most each. Your race on Sunday this week (Half marathon) waits for the doctor's all-clear too: `,
    );
    expect(times(taper.athleteText, 'Until a doctor has cleared you')).toBe(1);
    for (const x of r.suggestions)
      if (x !== taper) expect(`${x.rationale} ${x.athleteText}`).not.toContain("doctor's all-clear");
  });

  it("should say the rule for this week before the race in the down week's coach text too", () => {
    const r = reviewAthlete({ ...raceWeek(true), races: [] });
    const down = get(r, 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.rationale).toContain(
      `Until a doctor has cleared Sam, the rest of this week is short easy sessions only, the race aside (below), ${RETURN_RUN_MINUTES} min at most each. Sunday's race this week`,
    );
    // The athlete's own sentence of the down week says the rule (for both weeks): not again.
    expect(times(down.athleteText, 'Until a doctor has cleared you')).toBe(1);
    expect(down.athleteText).toContain(
      `Until a doctor has cleared you, your sessions are short and easy, ${RETURN_RUN_MINUTES} min at most each. Your race on Sunday this week`,
    );
  });

  it("should leave the race to this week's cut when the cut carries the check, each said once", () => {
    const r = reviewAthlete(raceWeek(false));
    const cut = get(r, 'CURRENT_WEEK_RECOVERY');
    expect(cut.evidence.medicalCheck).toBe(true);
    expect(times(cut.athleteText, 'Until a doctor has cleared you')).toBe(1);
    expect(times(cut.athleteText, "doctor's all-clear")).toBe(1);
    expect(times(cut.rationale, "doctor's all-clear")).toBe(1);
    expect(cut.athleteText).toContain('is short easy sessions only besides your race, 30 min at most each.');
    for (const x of r.suggestions)
      if (x !== cut) expect(`${x.rationale} ${x.athleteText}`).not.toContain("doctor's all-clear");
  });
});
