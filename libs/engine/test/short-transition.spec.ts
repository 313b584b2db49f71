/**
 * The transition after an A race is sized by the race, as its taper is (one rule, `shortTaperRace`): a race of
 * half-marathon length or shorter gets one transition week, its cut the transition's −50 % in proportion to the
 * race's easy days (one per 15 min raced, about one per 15 race minutes; a 50-min 10 km: 4 of the week's 7 days,
 * about −29 %; a half marathon: 7, the full −50 %), then the base returns within the ramp limit. A marathon keeps
 * its recovery week and its 14 days of transition. Coach read of Maya (demo athlete 08, Drammen 10k A race): two
 * weeks at −50 % after a 10 km "contradicts the engine's own '3–4 easy days'". The decision, the transition
 * suggestion and the outlook follow the one rule. Written, and seen to fail, before the engine was changed.
 */
import { toDayNumber } from '../src/dates/local-date';
import { reviewAthlete } from '../src/review/review-athlete';
import type { Race, ReviewInput } from '../src/types';
import { NEXT, shift } from './factories/coach-histories.factory';
import { HALF, MARATHON, TEN_K, lukasWeeksWithRace } from './factories/lukas.factory';

/** Lukas's build weeks with an A race `race` instead of his marathon; review on the Sunday before NEXT. */
function withRace(race: Omit<Race, 'priority'>, downWeeks: number[] = [4, 8]): ReviewInput {
  return lukasWeeksWithRace({ id: 'tenk', firstName: 'Maya' }, race, downWeeks);
}

const mid = (w: { minMinutes: number; maxMinutes: number }) => (w.minMinutes + w.maxMinutes) / 2;

describe('the transition after an A race, sized by the race', () => {
  it('should follow a 10 km A race with one transition week at 4/7 of the −50 % (about −29 %), then the base', () => {
    const r = reviewAthlete(withRace({ ...TEN_K, date: shift(NEXT, -1) }));
    expect(r.decision.type).toBe('TRANSITION');
    const s = r.suggestions.find((x) => x.kind === 'TRANSITION_AFTER_A_RACE')!;
    expect(s).toBeDefined();
    const base = s.evidence.baseWeeklyMinutes as number;
    expect(r.decision.targetMinutes / base).toBeGreaterThan(0.69);
    expect(r.decision.targetMinutes / base).toBeLessThan(0.74);
    // The text says how long and why this week is cut less than a marathon's transition.
    expect(s.rationale).toContain(`until ${shift(NEXT, 6)}`);
    expect(s.rationale).toContain('4 easy days');
    expect(s.rationale).toContain('-29 %');
    expect(s.evidence.transitionEnd).toBe(shift(NEXT, 6));
    expect(s.evidence.easyDays).toBe(4);
    expect(s.athleteText).toContain('about 4 easy days, so next week is easy running with no intervals');
    // The week after is no transition: the base returns within the ramp limit.
    expect(r.outlook[0].phase).not.toBe('TRANSITION');
    expect(r.outlook[0].note).toMatch(/^base: back toward \d+ min within the ramp limit$/);
    expect(mid(r.outlook[0]) / r.decision.targetMinutes).toBeLessThan(1.2 * 1.05);
  });

  it('should follow a half marathon with one transition week at the full −50 %, not two', () => {
    const r = reviewAthlete(withRace({ ...HALF, date: shift(NEXT, -1) }));
    expect(r.decision.type).toBe('TRANSITION');
    const s = r.suggestions.find((x) => x.kind === 'TRANSITION_AFTER_A_RACE')!;
    const base = s.evidence.baseWeeklyMinutes as number;
    expect(r.decision.targetMinutes / base).toBeGreaterThan(0.47);
    expect(r.decision.targetMinutes / base).toBeLessThan(0.53);
    expect(s.rationale).toContain(`until ${shift(NEXT, 6)}`);
    expect(r.outlook[0].phase).not.toBe('TRANSITION');
    expect(r.outlook[0].note).toMatch(/^base: back toward/);
  });

  it('should not make the second week after a 10 km a transition week', () => {
    // Reviewed a week after the race (the race on the Sunday before last): the transition week is over.
    const r = reviewAthlete(withRace({ ...TEN_K, date: shift(NEXT, -8) }));
    expect(r.decision.type).not.toBe('TRANSITION');
    expect(r.suggestions.find((x) => x.kind === 'TRANSITION_AFTER_A_RACE')).toBeUndefined();
  });

  it('should show one transition week after a 10 km in the outlook, then the base', () => {
    const input = withRace({ ...TEN_K, date: shift(NEXT, 13) }, [3, 7]);
    const r = reviewAthlete(input);
    const tran = r.outlook.filter((w) => w.note?.startsWith('transition after Drammen 10k'));
    expect(tran.map((w) => w.weekStart)).toEqual([shift(NEXT, 14)]);
    expect(tran[0].phase).toBe('TRANSITION');
    const race = r.outlook.find((w) => w.weekStart === shift(NEXT, 7))!;
    // The race week's 6 days before the race take the taper's full cut (a seventh of half the usual level each, the
    // race not counted: 3/7 of the level); the transition week 4/7 of the transition's cut (5/7 of it): above it.
    expect(mid(tran[0]) / mid(race)).toBeGreaterThan(1.55);
    expect(mid(tran[0]) / mid(race)).toBeLessThan(1.8);
    const after = r.outlook.find((w) => w.weekStart === shift(NEXT, 21))!;
    expect(after.phase).toBe('PREPARATORY');
    expect(toDayNumber(after.weekStart) - toDayNumber(tran[0].weekStart)).toBe(7);
  });

  it('should keep a marathon’s recovery week and transition: two weeks after the race', () => {
    const r = reviewAthlete(withRace({ ...MARATHON, date: shift(NEXT, 6) }, [3, 7]));
    const tran = r.outlook.filter((w) => w.phase === 'TRANSITION');
    expect(tran.map((w) => w.weekStart)).toEqual([shift(NEXT, 7), shift(NEXT, 14)]);
    expect(tran[0].note).toMatch(/^recovery week after Oslo Marathon/);
    expect(tran[1].note).toMatch(/^transition after Oslo Marathon/);
  });
});
