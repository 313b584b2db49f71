/**
 * Sentences true on every day they can be read (coach read of the demo club on the days around Lukas's marathon and
 * the club's silence, issue #11):
 * - Lukas, read next Monday (2026-12-14), three days before his Thursday marathon (2026-12-17): the decision read
 *   "The A race is done: a transition week …"; it now says when the race is, and that next week comes after it.
 * - Emma's taper, read next Monday: "-52 % on the recent 249 min", where 249 min is the week of 2026-11-02, the last
 *   of ordinary training six weeks before (the hold of the same club names it so): the base is said as the usual
 *   week it is, with its week.
 * - Ingrid, silent since 2026-12-06 and read at 09:00 next Monday: "the 2 weeks left blank by the silence", one of
 *   them begun that morning: only the week of 2026-12-07 is.
 * The class (`untrueTimeClaims`): over every demo fixture, and over sweeps of the race's and the review's day.
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { fromDayNumber, toDayNumber } from '../src/dates/local-date';
import { DEMO_FIXTURES, demoInput } from './factories/demo-fixtures';
import { untrueTimeClaims } from './factories/time-claims';

function claims(input: ReviewInput): string[] {
  return untrueTimeClaims(input, reviewAthlete(input));
}

describe('words true on the day they are read (demo club, issue #11)', () => {
  it("should not call Lukas's marathon done three days before it", () => {
    const r = reviewAthlete(demoInput('athlete06NextMonday'));
    expect(r.decision.rule).toBe('TRANSITION_AFTER_A_RACE');
    expect(r.decision.reason).not.toContain('is done');
    expect(r.decision.reason).toMatch(
      /^The A race is on Thursday 2026-12-17, before next week: next week is a transition week of easy, unstructured running/,
    );
  });

  it("should name the week Emma's taper cuts from, not call it recent", () => {
    const r = reviewAthlete(demoInput('athlete05NextMonday'));
    const taper = r.suggestions.find((s) => s.kind === 'TAPER');
    expect(taper?.rationale).not.toContain('on the recent 249 min');
    expect(taper?.rationale).toContain(
      '-52 % on the usual 249 min (the week of 2026-11-02, the last of ordinary training',
    );
    expect(taper?.rationale).toContain('is already that taper (-52 % on that 249 min)');
  });

  it('should count as left blank by the silence only the weeks behind the review day', () => {
    const monday = reviewAthlete(demoInput('athlete01NextMonday'));
    const hold = monday.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.rationale).not.toContain('the 2 weeks left blank');
    expect(hold?.rationale).toContain(
      'the week left blank by the silence, not planned as a down week, is no down week taken',
    );
    // The Sunday before: the week of 2026-12-07, all but the review day behind it, is.
    const sunday = reviewAthlete(demoInput('athlete01NextSunday'));
    expect(sunday.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD')?.rationale).toContain(
      'the week left blank by the silence',
    );
  });

  it('should make no claim about time the dates do not bear out, for any demo fixture', () => {
    const failures: string[] = [];
    for (const name of DEMO_FIXTURES) for (const f of claims(demoInput(name))) failures.push(`${name}: ${f}`);
    expect(failures).toEqual([]);
  });

  it("should say Lukas's marathon as it stands on every day from two weeks before it to a week after", () => {
    const failures: string[] = [];
    for (const name of ['athlete06Monday', 'athlete06Sunday', 'athlete06NextMonday'] as const) {
      const base = demoInput(name);
      const review = toDayNumber(base.reviewDate);
      for (let d = -8; d <= 13; d++) {
        const input: ReviewInput = {
          ...base,
          races: (base.races ?? []).map((x) =>
            x.priority === 'A' ? { ...x, date: fromDayNumber(review + d) } : x,
          ),
        };
        for (const f of claims(input)) failures.push(`${name}, race ${d} days after the review: ${f}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("should count Ingrid's blank weeks as they stand on every day of her silence", () => {
    const failures: string[] = [];
    const base = demoInput('athlete01NextSunday');
    const review = toDayNumber(base.reviewDate);
    for (let d = 0; d <= 9; d++) {
      const input: ReviewInput = { ...base, reviewDate: fromDayNumber(review + d) };
      for (const f of claims(input)) failures.push(`${input.reviewDate}: ${f}`);
    }
    expect(failures).toEqual([]);
  });
});
