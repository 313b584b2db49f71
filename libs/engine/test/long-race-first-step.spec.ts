/**
 * The long-race projection states its step as it is taken: "about 10 %, at least 10 min from an hour, at most 15,
 * each week's long run on the 5-min grid". From a long run off the grid the first step is the plan's (`longRunCap`:
 * from an hour on, rounded down onto the grid), smaller than 10 min, and the note had read "122 min → 130 min first"
 * beside the 10-min least (Noah on Sunday 2026-12-13, Lea and Oskar on Monday 2026-12-14, demo read): it now says
 * the step was rounded down and by how much, and the step after it.
 *
 * Written, and seen to fail, before the engine was changed. The demo inputs are re-entry weeks, whose projection now
 * grows back from the re-entry cap (long-race-regrow.spec); read with a check-in on the review date (no re-entry
 * week), they project from the longest long run, off the grid, as the note was read. Noah's Sunday, so read, starts
 * from next week's 130 min and is no first step from off the grid.
 */
import { reviewAthlete } from '../src';
import { longRunCap, longRunStep } from '../src/planning/long-run';
import { demoInput } from './factories/demo-fixtures';
import { get } from './factories/review-helpers';

/** The athlete's input with a check-in on the review date: no re-entry week (see above). */
function inContact(fixture: Parameters<typeof demoInput>[0]) {
  return { ...demoInput(fixture), lastContactDate: demoInput(fixture).reviewDate };
}

describe('the long-race projection says its first step from off the 5-min grid as it is', () => {
  it.each([
    ['Lea', 'athlete13NextMonday', 66],
    ['Oskar', 'athlete12NextMonday', 101],
  ] as const)('%s (%s, from %i min)', (_, fixture, from) => {
    const note = get(reviewAthlete(inContact(fixture)), 'LONG_RACE_PREPARATION').rationale;
    expect(note).toContain('at least 10 min from an hour, at most 15, each week');
    const to = longRunCap(from);
    expect(to - from).toBeLessThan(10);
    expect(note).toContain(
      `${from} min → ${to} min first, its ${longRunStep(from)}-min step rounded down onto the grid (+${to - from} min), then ${longRunStep(to)} min from ${to} min)`,
    );
  });

  it('Hanna (athlete15NextMonday, from 57 min): 10 % more rounded to the nearest 5 min, not a step rounded up', () => {
    const note = get(reviewAthlete(inContact('athlete15NextMonday')), 'LONG_RACE_PREPARATION').rationale;
    expect(note).toContain(
      '57 min → 65 min first, 10 % more (62.7 min) rounded to the nearest 5 min (+8 min), then 10 min from 65 min)',
    );
  });
});
