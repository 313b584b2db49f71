/**
 * The down week that carries the medical check is short easy sessions until a doctor has cleared the athlete (our
 * rule; docs/coaching-domain.md, "A medical check after two weeks"). A coach read of athlete04 (Jonas): his red down
 * week was still about 340 min of 75-min runs beside "recommend that Jonas sees a doctor"; a coach reading "see a
 * doctor first" prescribes only short easy running or rest until the doctor's answer. Sized as the graded return
 * after a rest for fever starts: each session 30 min at most (`RETURN_RUN_MINUTES`), about 25 min a day
 * (`RETURN_DAY_MINUTES`) on the days the escalated down week trains; the outlook does not build before the answer.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession } from '../src';
import { RETURN_DAY_MINUTES } from '../src/review/decide-week';
import { ESCALATED_REST_DAYS } from '../src/review/persistent-readiness';
import { RETURN_RUN_MINUTES } from '../src/suggestions/current-week';
import { planFromWeek } from './factories/athlete-history.factory';
import { jonasAt } from './factories/jonas.factory';
import { get } from './factories/review-helpers';

const REVIEW = '2025-03-14';

describe('a medical-check week: short easy sessions until a doctor has cleared the athlete (athlete04)', () => {
  const input = jonasAt(REVIEW);
  const r = reviewAthlete(input);
  const down = get(r, 'RECOVERY_DOWN_WEEK');

  it('should size the down week that carries the medical check as a graded return, every session short and easy', () => {
    expect(down.evidence.medicalCheck).toBe(true);
    // About RETURN_DAY_MINUTES a day on the days it trains, in whole sessions of the cap.
    const size =
      Math.floor(((7 - ESCALATED_REST_DAYS) * RETURN_DAY_MINUTES) / RETURN_RUN_MINUTES) * RETURN_RUN_MINUTES;
    expect(r.decision.targetMinutes).toBe(size);
    const applied = applySuggestion(input.nextWeekDraft!, down);
    expect(applied.ok).toBe(true);
    const plan = (applied as { plan: { sessions: readonly PlannedSession[] } }).plan;
    const sessions = plan.sessions.filter((x) => x.kind !== 'REST');
    expect(sessions.length).toBeGreaterThan(0);
    let total = 0;
    for (const x of sessions) {
      total += x.minutes;
      expect(x.minutes).toBeLessThanOrEqual(RETURN_RUN_MINUTES);
      expect(x.intervals ?? null).toBeNull();
      // No long run: a 30-min run is none, and it is no key session.
      expect(x.key === true).toBe(false);
      if (x.effort.type === 'RPE') expect(x.effort.value).toBeLessThanOrEqual(4);
      else expect(x.effort.value).toBeLessThanOrEqual(2);
    }
    expect(total).toBeLessThanOrEqual(size);
    // The texts say it is the doctor's answer the week waits for, with its cap, and the total the plan has.
    expect(r.decision.reason).toContain('until a doctor has cleared Sam');
    expect(down.rationale).toContain(
      `Until a doctor has cleared Sam, make next week short easy sessions only`,
    );
    expect(down.rationale).toContain(`each session ${RETURN_RUN_MINUTES} min at most`);
    expect(down.rationale).toContain(`to ${total} min`);
    expect(down.rationale).not.toMatch(/min available/);
    expect(down.athleteText).toContain(`about ${total} min`);
    expect(down.athleteText).toContain(
      `Until a doctor has cleared you, your sessions are short and easy, ${RETURN_RUN_MINUTES} min at most each.`,
    );
  });

  it("should leave the engine's own draft of it short and easy too, with no long run", () => {
    const own = reviewAthlete({ ...input, nextWeekDraft: undefined });
    expect(own.decision.targetMinutes).toBe(r.decision.targetMinutes);
    const sessions = own.draft.sessions.filter((x) => x.kind !== 'REST');
    expect(sessions.length).toBeGreaterThan(0);
    for (const x of sessions) {
      expect(x.minutes).toBeLessThanOrEqual(RETURN_RUN_MINUTES);
      expect(x.key === true).toBe(false);
    }
  });

  it("should not build in the outlook's next week before the doctor's answer", () => {
    const first = r.outlook[0];
    expect(first.maxMinutes).toBeLessThanOrEqual(Math.floor((r.decision.targetMinutes * 1.1) / 5) * 5);
    expect(first.note).toContain('until a doctor has cleared Sam');
  });

  it('should leave the down week without a medical check as it was (HRV alone for two weeks)', () => {
    const alone = reviewAthlete({
      ...input,
      checkIns: input.checkIns.map((c) => ({
        ...c,
        fatigue: 3,
        mood: 7,
        soreness: 3,
        sleepQuality: 7,
        stress: 3,
      })),
    });
    const d = alone.suggestions.find((s) => s.kind === 'RECOVERY_DOWN_WEEK');
    if (d !== undefined) {
      expect(d.evidence.medicalCheck).toBeUndefined();
      expect(d.rationale).not.toContain('until a doctor has cleared');
    }
  });
});

describe("a medical-check week's texts: the cap is the rule's, not the athlete's time (review of athlete04)", () => {
  it("should say a coach's session at the cap is at the rule's cap, not that its day has no time left", () => {
    const base = jonasAt(REVIEW);
    // A coach's draft of three sessions on days with more time than the cap.
    const input = {
      ...base,
      nextWeekDraft: planFromWeek('2025-03-17', [
        null,
        { minutes: 60, rpe: 3 },
        null,
        null,
        { minutes: 60, rpe: 3 },
        null,
        { minutes: 120, rpe: 3, key: true, purpose: 'Long run' },
      ]),
    };
    for (const d of [1, 4, 6])
      expect(input.athlete.availabilityMinutes[d]).toBeGreaterThan(RETURN_RUN_MINUTES);
    const down = get(reviewAthlete(input), 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.rationale).not.toContain(`${RETURN_RUN_MINUTES} min available`);
    expect(down.rationale).not.toContain('no time left');
    expect(down.rationale).toContain(
      `Tuesday's easy run, Friday's easy run and Sunday's easy run are at ${RETURN_RUN_MINUTES} min, the most a session has until a doctor has cleared Sam`,
    );
  });

  it("should count only free days with time as the medical-check week's, and name the days with none", () => {
    const base = jonasAt(REVIEW);
    // Time on Wednesday, Saturday and Sunday only: the four free days have no time, none is the rule's.
    const input = {
      ...base,
      nextWeekDraft: undefined,
      athlete: { ...base.athlete, availabilityMinutes: [0, 0, 45, 0, 0, 60, 180] },
    };
    const down = get(reviewAthlete(input), 'RECOVERY_DOWN_WEEK');
    expect(down.evidence.medicalCheck).toBe(true);
    expect(down.rationale).not.toContain('for the medical-check week');
    expect(down.rationale).toContain(
      "The engine's draft keeps Monday, Tuesday, Thursday and Friday free: Sam has no time on any of them; after two weeks",
    );
    // With time on one of them (Monday), that one is the medical-check week's, the others named apart.
    const one = reviewAthlete({
      ...input,
      athlete: { ...input.athlete, availabilityMinutes: [60, 0, 45, 0, 0, 60, 180] },
    });
    const d1 = get(one, 'RECOVERY_DOWN_WEEK');
    const free = [0, 1, 2, 3, 4, 5, 6].filter(
      (d) => !one.draft.sessions.some((x) => x.day === d && x.kind !== 'REST'),
    );
    const withTime = free.filter((d) => [60, 0, 45, 0, 0, 60, 180][d] > 0).length;
    const more = Math.min(withTime, free.length - ESCALATED_REST_DAYS);
    if (more > 0)
      expect(d1.rationale).toContain(
        `${more === 1 ? 'one more' : `${more} more`} for the medical-check week`,
      );
    else expect(d1.rationale).not.toContain('for the medical-check week');
  });
});
