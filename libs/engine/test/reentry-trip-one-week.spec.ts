/**
 * A re-entry week beside a trip (demo club, Tom on the Sunday tick 2026-12-13, the whole club silent for a week):
 * the cautious hold's target said about 255 min, its changes left 300 min (its long run halved 150 → 75 min under the
 * re-entry cap of 115 min, with no reason said), and the trip's suggestion said 405 min – three numbers for one week.
 * The missed-sessions note said the trip keeps Tuesday's steady blocks beside an easy-only re-entry week.
 * The suggestions now agree with each other and with the plan once applied: the hold's changes leave the week its
 * text says, within a few %, in either order with the trip's.
 *
 * Written, and seen to fail, before the engine was changed (issue #11).
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion, WeekPlan } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { applied, get } from './factories/review-helpers';

function total(plan: WeekPlan): number {
  let t = 0;
  for (const x of plan.sessions) t += x.minutes;
  return t;
}

/** The week a volume text says it takes the plan to ("…, to 255 min."). */
function statedWeek(s: Suggestion): number {
  const m = /, to (\d+) min\./.exec(s.rationale);
  if (m === null) throw new Error(`no "to N min" in: ${s.rationale}`);
  return Number(m[1]);
}

function longRun(plan: WeekPlan): number {
  let most = 0;
  for (const x of plan.sessions) if (x.kind === 'RUN' && x.key === true) most = Math.max(most, x.minutes);
  return most;
}

function reviewOn(input: ReviewInput, draft: WeekPlan): Review {
  return reviewAthlete({ ...input, nextWeekDraft: draft });
}

describe('a re-entry week beside a trip: one week, said once (demo club, Tom on Sunday 2026-12-13)', () => {
  const input = demoInput('athlete02NextSunday');
  const r: Review = reviewAthlete(input);
  const draft = input.nextWeekDraft as WeekPlan;
  const hold = get(r, 'CAUTIOUS_HOLD');
  const trip = get(r, 'LIFE_CONTEXT_REDUCTION');
  const afterHold = applied(draft, hold);

  it("should leave, applied, the week the hold's text says, and that week at the decision's target", () => {
    expect(r.decision.reason).toMatch(/^A re-entry week until Tom answers/);
    const stated = statedWeek(hold);
    expect(Math.abs(total(afterHold) - stated)).toBeLessThanOrEqual(stated * 0.03);
    expect(Math.abs(total(afterHold) - r.decision.targetMinutes)).toBeLessThanOrEqual(
      r.decision.targetMinutes * 0.05,
    );
    expect(hold.athleteText).toContain(`Next week is about ${total(afterHold)} min`);
  });

  it('should not cut the long run under the re-entry cap (115 min) without saying why', () => {
    expect(hold.rationale).toContain('with a long run of 115 min at most');
    const lr = longRun(afterHold);
    expect(lr).toBeLessThanOrEqual(115);
    if (lr < 115) {
      // The only reason the engine gives for less: the long run's share of the week it aims at.
      expect(hold.rationale).toContain(
        `comes down to ${lr} min: a cut leaves the long run at most 40 % of the week`,
      );
    }
    expect(hold.rationale).not.toContain('150 → 75 min');
  });

  it("should quote the hold's week in the trip's text, and nothing more to take after the hold", () => {
    expect(trip.rationale).toContain(`with it the week comes to ${total(afterHold)} min`);
    const again = reviewOn(input, afterHold);
    const tripAgain = again.suggestions.find((s) => s.kind === 'LIFE_CONTEXT_REDUCTION');
    expect(tripAgain === undefined || tripAgain.changes.length === 0).toBe(true);
    for (const x of afterHold.sessions)
      if (x.day >= 1 && x.day <= 3) expect(x.minutes).toBeLessThanOrEqual(60);
  });

  it('should land on about the same week when the trip is applied first and the hold re-derived on it', () => {
    const afterTrip = applied(draft, trip);
    const again = reviewOn(input, afterTrip);
    const holdAgain = get(again, 'CAUTIOUS_HOLD');
    const both = applied(afterTrip, holdAgain);
    expect(Math.abs(total(both) - total(afterHold))).toBeLessThanOrEqual(total(afterHold) * 0.05);
  });

  it("should not say the trip keeps Tuesday's steady blocks beside an easy-only re-entry week", () => {
    const note = get(r, 'MISSED_SESSIONS_PATTERN');
    expect(note.rationale).not.toContain("the trip already keeps Tuesday's steady blocks");
    expect(note.rationale).toMatch(/the re-entry week already (drops|makes) Tuesday's steady blocks/);
  });
});
