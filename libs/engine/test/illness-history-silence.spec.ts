/**
 * An illness trained back from is history, whatever a silence does to the last 7 days (coach read of the demo club,
 * Sunday tick 2026-12-13, on a seed made on 2026-12-08): Ingrid's flu ended 2026-11-23 and she trained three build
 * weeks after it, then logged Monday 12-07 (62 min) and went quiet. `illnessThatCounts` read "trained back" from the
 * last 7 days only, so the 62 min of the week she went quiet in made the three-week-old flu count again: a hold of
 * 70 min "graded from where Ingrid is: 62 min in the last 7 days", beside a reach-out that says the plan assumes she is
 * still training. A whole calendar week after the illness trained back within the ramp limit makes it history: the
 * hold is at her usual week until she answers (a re-entry week from 7 days without a session). Written, and seen to
 * fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';

describe("Ingrid's flu three build weeks behind, 6 days quiet (Sunday tick 2026-12-13)", () => {
  const r = reviewAthlete(demoInput('athlete01NextSundayMondayLogged'));

  it('should not grade the return from the illness', () => {
    expect(r.decision.reason).not.toContain('was ill');
    const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.rationale ?? '').not.toContain('in the last 7 days, at most +20 %');
  });

  it('should hold near her usual week, not at the 62 min of the week she went quiet in', () => {
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.targetMinutes).toBeGreaterThan(200);
  });
});
