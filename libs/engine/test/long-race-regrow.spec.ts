/**
 * The long-race projection after a re-entry week, and what it says of a shorter long run next week (coach read of the
 * demo club, engine issue #11).
 *
 * - A re-entry week caps next week's long run at 75 % of the longest logged (Elias: 100 of 136 min). The projection
 *   had skipped that week and grown from the 136 min run before the break, 150 min the week after the re-entry
 *   week, and found Elias on track (no note). After a break a coach grows the long run back from where the return
 *   starts, one step a week (`longRunStep` over the week before's long run, on the 5-min grid: the build's own step):
 *   100 → 110 → 120 → (down week) → 130 by the peak week, short of 150.
 * - A long run next week shorter than the one the athlete is at, with no re-entry week or life event, is no growth
 *   step; the text says why it is shorter as it is: a suggestion's cut only when the suggestion shortens it, the
 *   plan's own shorter long run otherwise (it had read "as the recovery hold suggestion leaves it for that week"
 *   of a long run the coach's plan had at 50 min and no suggestion touched).
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { get } from './factories/review-helpers';

function note(r: Review): Suggestion | undefined {
  return r.suggestions.find((s) => s.kind === 'LONG_RACE_PREPARATION');
}

describe('after a re-entry week the long run grows back from its cap, one step a week', () => {
  it.each([
    ['Elias, Sunday tick', 'athlete20Sunday', 'none in the down week of 2027-01-04, '],
    ['Elias, next Monday', 'athlete20NextMonday', ''],
  ] as const)('%s (%s): 100 min (75 %% of 136) → 110 → 120 → 130, short of 150', (_, fixture, down) => {
    const r = reviewAthlete(demoInput(fixture));
    expect(get(r, 'CAUTIOUS_HOLD').rationale).toContain(
      'with a long run of 100 min at most (75 % of 136 min, the longest long run Elias logged in the last 4 weeks)',
    );
    const n = note(r);
    expect(n).toBeDefined();
    const text = (n as Suggestion).rationale;
    expect(text).toContain(
      "next week is a re-entry week, its long run 100 min, its cap (75 % of 136 min, the longest long run Elias logged in the last 4 weeks), under the 136 min Elias is at: after a break the long run grows back from where the return starts, one step a week, not from the long run before it (our rule; if Elias has been training without logging and the plan is restored, it grows from the 136 min instead): from next week's long run of 100 min, growing one step a week after it",
    );
    expect(text).toContain(
      `10 min from 100 min) with no week missed${down === '' ? '' : ` and ${down.slice(0, -2)}`}, it reaches about 130 min by the week of 2027-01-11, short of 150 min.`,
    );
    expect(text).not.toContain('no growth step');
    expect((n as Suggestion).evidence.reachableLongRun).toBe(130);
  });

  it('Noah (athlete22Sunday): from his re-entry cap of 90 min (75 % of 122), not from 122', () => {
    const text = (note(reviewAthlete(demoInput('athlete22Sunday'))) as Suggestion).rationale;
    expect(text).toContain("from next week's long run of 90 min, growing one step a week after it");
    expect(text).toContain('it reaches about 120 min by the week of 2027-01-11, short of 180 min');
  });
});

describe('a shorter long run next week is said as the plan’s own unless a suggestion shortens it', () => {
  /** Lea's Wednesday (a recovery hold, no re-entry), with next week's long run in the coach's plan at `minutes`. */
  function leaWith(minutes: number): ReviewInput {
    const input = demoInput('athlete13Wednesday');
    const plan = input.nextWeekDraft as NonNullable<ReviewInput['nextWeekDraft']>;
    const sessions = plan.sessions.map((x) =>
      x.kind === 'RUN' && x.key === true && x.intervals === undefined ? { ...x, minutes } : x,
    );
    return { ...input, nextWeekDraft: { ...plan, sessions } };
  }

  it("Lea, the coach's plan at 50 min, the hold leaving it alone: the plan's own shorter long run", () => {
    const r = reviewAthlete(leaWith(50));
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    const text = (note(r) as Suggestion).rationale;
    expect(text).toContain(
      "next week's long run of 50 min, the plan's own shorter long run for that week, which no suggestion cuts, is under the long run Lea is at, so next week is no growth step",
    );
    expect(text).not.toContain('suggestion leaves it');
  });
});
