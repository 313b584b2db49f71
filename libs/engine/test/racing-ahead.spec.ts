/**
 * A crowded race calendar's advice is about the races still ahead (demo read, Emma: "3 races in 6 weeks (2026-10-18 B,
 * 2026-11-08 C, 2026-11-22 A) … consider running some as training or dropping one", every race it named done but the
 * marathon on 12-27, which it did not single out). With races ahead among them, the text names those; with none, it
 * says the next ones should be spaced out, not "drop one".
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { mondayAfter, shift, steadyHistory } from './factories/athlete-history.factory';
import { get } from './factories/review-helpers';

const REVIEW = '2025-03-16';
const NEXT = mondayAfter(REVIEW);

function withRaces(races: ReviewInput['races']): ReviewInput {
  return { ...steadyHistory(), races };
}

describe('a crowded race calendar speaks of the races ahead', () => {
  it('should name the one race still ahead and advise on it', () => {
    const r = reviewAthlete(
      withRaces([
        { id: 'a', name: 'Autumn 10k', date: shift(REVIEW, -34), priority: 'B', expectedMinutes: 45 },
        { id: 'b', name: 'Club 5k', date: shift(REVIEW, -20), priority: 'C', expectedMinutes: 22 },
        { id: 'c', name: 'City Half', date: shift(REVIEW, -6), priority: 'A', expectedMinutes: 100 },
        { id: 'd', name: 'Spring Marathon', date: shift(NEXT, 26), priority: 'A', expectedMinutes: 210 },
      ]),
    );
    const s = get(r, 'RACING_TOO_OFTEN');
    expect(s.rationale).toContain(
      `of these, only Spring Marathon on ${shift(NEXT, 26)} is still ahead: consider running it as training or dropping it (a heuristic, not a hard rule).`,
    );
    expect(s.rationale).not.toContain('running some as training');
    expect(s.athleteText).toContain(`we may run your race on ${shift(NEXT, 26)} as training`);
  });

  it('should advise spacing the next races when every race it names is done', () => {
    const r = reviewAthlete(
      withRaces([
        { id: 'a', name: 'Autumn 10k', date: shift(REVIEW, -34), priority: 'B', expectedMinutes: 45 },
        { id: 'b', name: 'Club 5k', date: shift(REVIEW, -20), priority: 'C', expectedMinutes: 22 },
        { id: 'c', name: 'City Half', date: shift(REVIEW, -6), priority: 'A', expectedMinutes: 100 },
      ]),
    );
    const s = get(r, 'RACING_TOO_OFTEN');
    expect(s.rationale).toContain('3 races in 5 weeks');
    expect(s.rationale).toContain(
      'all of them are done: space the next races further apart (a heuristic, not a hard rule).',
    );
    expect(s.rationale).not.toMatch(/dropping|as training/);
    expect(s.athleteText).not.toContain('as training');
    expect(s.athleteText).toContain('we will space your next races further apart');
  });

  it('should keep the general advice when several races ahead are among them', () => {
    const r = reviewAthlete(
      withRaces([
        { id: 'b', name: 'Club 5k', date: shift(REVIEW, -6), priority: 'C', expectedMinutes: 22 },
        { id: 'c', name: 'City 10k', date: shift(NEXT, 6), priority: 'B', expectedMinutes: 45 },
        { id: 'd', name: 'Spring Half', date: shift(NEXT, 20), priority: 'A', expectedMinutes: 100 },
      ]),
    );
    const s = get(r, 'RACING_TOO_OFTEN');
    expect(s.rationale).toContain(
      `of these, City 10k on ${shift(NEXT, 6)} and Spring Half on ${shift(NEXT, 20)} are still ahead: consider running some as training or dropping one`,
    );
    expect(s.athleteText).toContain('we may run some of them as training');
  });
});
