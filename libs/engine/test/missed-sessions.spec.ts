/**
 * Missed-sessions pattern (coach read 7, finding 4: Sara, athlete21): a weekday whose sessions keep being missed,
 * key sessions or not, is a pattern to talk about before next week is published; a one-off miss is not.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion } from '../src';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';
import { NEXT, REVIEW } from './factories/athlete-scenarios.factory';

/** The usual week planned for the 4 calendar weeks to the Sunday review, Wednesday's easy run skipped `weeks` times. */
function wednesdays(weeks: number, weekdays: readonly number[] = [2]): ReviewInput {
  const input = buildHistory({
    reviewDate: REVIEW,
    days: 120,
    downWeeks: [5, 9, 13],
    skip: { weekdays, weeks },
  });
  const past = [0, 1, 2, 3].map((k) => planFromWeek(shift(NEXT, -7 * (k + 1))));
  return {
    ...input,
    pastWeekPlans: past.slice(1),
    currentWeekPlan: past[0],
    nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK),
  };
}

const pattern = (r: Review): Suggestion | undefined =>
  r.suggestions.find((x) => x.kind === 'MISSED_SESSIONS_PATTERN');

describe('missed-sessions pattern on a weekday without a key session', () => {
  it('should flag a weekday whose sessions were missed in 3 of the last 4 weeks, easy runs or not', () => {
    const r = reviewAthlete(wednesdays(3));
    const s = pattern(r);
    expect(s).toBeDefined();
    // A talk before next week is published: attention, so the review is not among the OK ones (coach read 12).
    expect(s!.severity).toBe('ATTENTION');
    expect(s!.changes).toEqual([]);
    expect(s!.rationale).toContain(
      "Wednesday's sessions were missed in 3 of the last 4 weeks (2025-02-26, 2025-03-05, 2025-03-12), none of them a key session",
    );
    expect(s!.rationale).toMatch(/worth a talk with \w+ before next week is published: what gets in the way/);
    expect(s!.rationale).not.toMatch(/keeps key sessions off/);
    expect(s!.athleteText).toBe(
      'Nothing changes in your plan for this: Wednesday has been hard to fit (its sessions missed in 3 of the last 4 weeks); tell your coach what gets in the way that day, and which day would work better.',
    );
  });

  it('should name the misses of the day beside it, and say a build needs no cut for the pattern but a talk first', () => {
    // Tuesday's key session and Wednesday's easy run skipped in the last 3 weeks: Tuesday is a key-session pattern
    // of its own; with it only once (this week's), it is named beside Wednesday's.
    const input = wednesdays(3);
    const tuesday = input.currentWeekPlan!.sessions.find((x) => x.day === 1)!;
    const r = reviewAthlete({
      ...input,
      sessions: input.sessions.filter((x) => x.date !== '2025-03-11'),
    });
    expect(tuesday.key).toBe(true);
    const s = pattern(r)!;
    expect(s.rationale).toContain("Tuesday's session was missed on 2025-03-11 (a key session) as well.");
    expect(s.rationale).toContain(
      'what gets in the way on Tuesdays and Wednesdays, and which days would work better',
    );
    expect(r.decision.type).toBe('BUILD');
    // The talk comes before the build is published: the note ranks ahead of it, and the build says it waits.
    const kinds = r.suggestions.map((x) => x.kind);
    expect(kinds.indexOf('MISSED_SESSIONS_PATTERN')).toBeLessThan(kinds.indexOf('BUILD'));
    expect(r.suggestions.find((x) => x.kind === 'BUILD')!.rationale).toContain(
      "This build is pending Sam's answer on the missed sessions (see the note above): the misses need no cut of its minutes",
    );
    expect(s.rationale).toContain(
      "Next week's build is sized from the minutes done in the recent weeks (a missed session counts as 0), so it needs no cut for this",
    );
    // The athlete is asked about the same days as the coach (Sara, coach read 9: "Wednesday" alone beside a coach
    // text on "Tuesdays and Wednesdays").
    expect(s.athleteText).toBe(
      'Nothing changes in your plan for this: Wednesday has been hard to fit (its sessions missed in 3 of the last 4 weeks), and Tuesday too (its session missed once); tell your coach what gets in the way on Tuesdays and Wednesdays, and which days would work better.',
    );
  });

  it('should not flag one or two missed easy runs on a weekday', () => {
    for (const weeks of [1, 2]) expect(pattern(reviewAthlete(wednesdays(weeks)))).toBeUndefined();
  });
});
