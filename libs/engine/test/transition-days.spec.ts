/**
 * The transition after a short A race counts its easy days where they fall (a review of the short-transition diff):
 * a Monday 10 km's 4 easy days (one per 15 race minutes) are its race week's Tuesday to Friday, so the week after
 * its race week has none of them and is no transition week (its share had counted all 4 there: −29 %); a Saturday
 * 10 km's are the Sunday and the next week's Monday to Wednesday, 3 of that week's days (3/7 of −50 %, about
 * −21 %); a Sunday race's all fall in the next week, as before. The decision, the transition text and the outlook
 * follow the one count. Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src/review/review-athlete';
import type { Race, ReviewInput } from '../src/types';
import { NEXT, shift } from './factories/coach-histories.factory';
import { TEN_K, lukasWeeksWithRace } from './factories/lukas.factory';

/** Lukas's build weeks with an A race `race` instead of his marathon; review on the Sunday before NEXT. */
function withRace(race: Omit<Race, 'priority'>): ReviewInput {
  return lukasWeeksWithRace({ id: 'tenk', firstName: 'Maya' }, race, [3, 7]);
}

describe('the transition after a short A race: its easy days counted in the week they fall in', () => {
  it('should make no transition week of the week after a Monday 10 km’s race week: its 4 easy days were Tuesday to Friday', () => {
    const r = reviewAthlete(withRace({ ...TEN_K, date: shift(NEXT, -7) }));
    expect(r.decision.type).not.toBe('TRANSITION');
    expect(r.decision.phase).not.toBe('TRANSITION');
    expect(r.suggestions.find((x) => x.kind === 'TRANSITION_AFTER_A_RACE')).toBeUndefined();
  });

  it('should show no transition week after a Monday 10 km’s race week in the outlook either', () => {
    const r = reviewAthlete(withRace({ ...TEN_K, date: shift(NEXT, 7) }));
    const after = r.outlook.find((w) => w.weekStart === shift(NEXT, 14))!;
    expect(after.phase).not.toBe('TRANSITION');
    expect(after.note ?? '').not.toContain('transition');
    // The base returns from the race week within the ramp limit, as after a transition: no down week or build yet.
    expect(after.note).toMatch(/^base: back toward \d+ min within the ramp limit$/);
  });

  it('should cut the week after a Saturday 10 km by its 3 easy days in it (3/7 of −50 %, about −21 %), not 4', () => {
    const r = reviewAthlete(withRace({ ...TEN_K, date: shift(NEXT, -2) }));
    expect(r.decision.type).toBe('TRANSITION');
    const s = r.suggestions.find((x) => x.kind === 'TRANSITION_AFTER_A_RACE')!;
    const base = s.evidence.baseWeeklyMinutes as number;
    expect(r.decision.targetMinutes / base).toBeGreaterThan(0.76);
    expect(r.decision.targetMinutes / base).toBeLessThan(0.81);
    expect(s.rationale).toContain('4 easy days');
    expect(s.rationale).toContain("1 of them on its race week's Sunday");
    expect(s.rationale).toContain('the 3 in next week, 3 of its 7 days, take 3/7 of');
  });
});
