/**
 * A race of half-marathon length or shorter gets a shorter taper than a marathon (coach read: "A coach would taper a
 * half marathon 7–10 days"; Aroha and Chloé, demo athletes 07 and 11, had two full weeks at −50 % before the
 * Kristiansand Half): the 10 days before the race and the race day, so a Sunday race's taper begins on the
 * Thursday of the week before its race week. That week is the taper's first step, cut in proportion to its days in
 * the taper (4 of 7: 4/7 of −50 %, about −29 %); the race week takes the full cut. A marathon keeps its 14 days.
 * The decision, the TAPER suggestion and the outlook all follow the one rule (`taperWeek`). Written, and seen to
 * fail, before the engine was changed.
 */
import { applySuggestion } from '../src/adaptation/apply-suggestion';
import { toDayNumber, fromDayNumber } from '../src/dates/local-date';
import { reviewAthlete } from '../src/review/review-athlete';
import type { Race, ReviewInput } from '../src/types';
import { NEXT, shift } from './factories/coach-histories.factory';
import { HALF, MARATHON, lukasWeeksWithRace } from './factories/lukas.factory';
import { falseClaims } from './factories/text-claims';

/** Lukas's build weeks with an A race `race` instead of his marathon; review on the Sunday before NEXT. */
function withRace(race: Omit<Race, 'priority'>, downWeeks: number[] = [4, 8]): ReviewInput {
  return lukasWeeksWithRace({ id: 'half', firstName: 'Aroha' }, race, downWeeks);
}

function taperOf(input: ReviewInput) {
  const r = reviewAthlete(input);
  const s = r.suggestions.find((x) => x.kind === 'TAPER');
  return { r, s };
}

describe('a half marathon or shorter: a 10-day taper, its first week a smaller step', () => {
  it('should cut the week before a Sunday half’s race week by 4/7 of the taper’s −50 % (about −29 %), not −50 %', () => {
    const { r, s } = taperOf(withRace({ ...HALF, date: shift(NEXT, 13) }));
    expect(r.decision.type).toBe('TAPER');
    expect(s).toBeDefined();
    const base = s!.evidence.baseWeeklyMinutes as number;
    expect(r.decision.targetMinutes / base).toBeGreaterThan(0.69);
    expect(r.decision.targetMinutes / base).toBeLessThan(0.74);
    // The range is the taper's range at the same share (−23 % to −34 %), not Bosquet's full −41 % to −60 %.
    expect(r.decision.minMinutes / base).toBeGreaterThan(0.64);
    expect(r.decision.maxMinutes / base).toBeLessThan(0.8);
    expect(s!.evidence.taperStart).toBe(shift(NEXT, 3));
    expect(s!.evidence.taperDays).toBe(11);
    expect(s!.evidence.volumeCutPct).toBe(29);
    // The text says when it starts and why this week is cut less than the race week.
    expect(s!.rationale).toContain(`its 11-day taper starts on ${shift(NEXT, 3)}`);
    expect(s!.rationale).toContain('4 of its 7 days');
    expect(s!.rationale).toContain('-29 %');
  });

  it('should cut the first step on its taper days, Thursday to Sunday: the quality before them keeps its repeats, the long run comes down', () => {
    const input = withRace({ ...HALF, date: shift(NEXT, 13) });
    const { s } = taperOf(input);
    const a = applySuggestion(input.nextWeekDraft!, s!);
    if (!a.ok) throw new Error(a.reason);
    const quality = a.plan.sessions.find((x) => x.day === 1)!;
    const longRun = a.plan.sessions.find((x) => x.day === 6)!;
    // Lukas's week: 65-min race-specific blocks on Tuesday, a 120-min long run on Sunday (a review of the diff: the
    // cut had spread over the whole week; now Monday to Wednesday stay as planned and the taper's days take it).
    expect(quality.minutes).toBe(65);
    expect(longRun.minutes).toBeLessThan(120);
    const before = (p: { sessions: readonly { day: number; minutes: number }[] }) =>
      p.sessions.filter((x) => x.day < 3).reduce((t, x) => t + x.minutes, 0);
    expect(before(a.plan)).toBe(before(input.nextWeekDraft!));
    expect(s!.rationale).toContain('cut from those days (Thursday to Sunday)');
    expect(s!.rationale).toContain(`Sunday's long run 120 → ${longRun.minutes} min`);
    expect(falseClaims({ input, plan: input.nextWeekDraft!, s: s!, after: a.plan })).toEqual([]);
  });

  it('should cut the race week of a half by the full taper cut', () => {
    const { r, s } = taperOf(withRace({ ...HALF, date: shift(NEXT, 6) }));
    expect(r.decision.type).toBe('TAPER');
    const base = s!.evidence.baseWeeklyMinutes as number;
    // Its days before the Sunday race at the full cut's share of the week (−50 %, a seventh each), the Saturday a
    // 20-min shake-out at most (race-week-target.spec: a race week is sized by its days, not as a whole week).
    const days = (5 * base * 0.5) / 7 + Math.min((base * 0.5) / 7, 20);
    expect(Math.abs(r.decision.targetMinutes - days)).toBeLessThanOrEqual(5);
    expect(s!.evidence.volumeCutPct).toBe(50);
    expect(s!.rationale).toContain(`its 11-day taper started on ${shift(NEXT, -4)}`);
  });

  it('should keep a marathon’s 14 days, both of its weeks at the full cut', () => {
    const { r, s } = taperOf(withRace({ ...MARATHON, date: shift(NEXT, 13) }));
    expect(r.decision.type).toBe('TAPER');
    const base = s!.evidence.baseWeeklyMinutes as number;
    expect(r.decision.targetMinutes / base).toBeGreaterThan(0.47);
    expect(r.decision.targetMinutes / base).toBeLessThan(0.53);
    expect(s!.evidence.taperDays).toBe(14);
    expect(s!.evidence.taperStart).toBe(NEXT);
    expect(s!.rationale).not.toContain('of its 7 days');
  });

  it('should leave the week two weeks before a half’s race week out of the taper (the marathon’s is in it)', () => {
    // A Saturday half: its taper begins on the Wednesday of the week before the race week (5 of 7 days).
    const sat = withRace({ ...HALF, date: shift(NEXT, 12) });
    const { r } = taperOf(sat);
    expect(r.decision.type).toBe('TAPER');
    const s = r.suggestions.find((x) => x.kind === 'TAPER')!;
    expect(s.evidence.taperStart).toBe(shift(NEXT, 2));
    expect(s.evidence.volumeCutPct).toBe(36);
    // A half three weeks out: next week is no taper week.
    expect(taperOf(withRace({ ...HALF, date: shift(NEXT, 20) })).r.decision.type).not.toBe('TAPER');
  });

  it('should read a race without a distance by its expected minutes: under 150 min short, from 150 min a marathon’s', () => {
    const short = taperOf(
      withRace({ id: 'x', name: 'Fjord 10k', expectedMinutes: 45, date: shift(NEXT, 13) }),
    );
    expect(short.s!.evidence.taperDays).toBe(11);
    const long = taperOf(
      withRace({ id: 'y', name: 'Long one', expectedMinutes: 160, date: shift(NEXT, 13) }),
    );
    expect(long.s!.evidence.taperDays).toBe(14);
    // A half run in 150 min or more is a marathon-type effort: it keeps the marathon's taper.
    const slow = taperOf(withRace({ ...HALF, expectedMinutes: 155, date: shift(NEXT, 13) }));
    expect(slow.s!.evidence.taperDays).toBe(14);
  });

  it('should show the same steps in the outlook: the week before the race week a smaller cut, the race week the full cut', () => {
    // Review 3 weeks earlier: the half is on the Sunday of the outlook's third week.
    const input = withRace({ ...HALF, date: shift(NEXT, 27) }, [3, 7]);
    const r = reviewAthlete(input);
    const first = r.outlook.find((w) => w.weekStart === shift(NEXT, 14))!;
    const race = r.outlook.find((w) => w.weekStart === shift(NEXT, 21))!;
    expect(first.note).toBe(
      `taper for Kristiansand Half on ${shift(NEXT, 27)}, from Thursday ${shift(NEXT, 17)}: 4 of the week's 7 days`,
    );
    expect(race.note).toBe(
      `race week: Kristiansand Half on ${shift(NEXT, 27)}; 6 days of taper before it, the last 2 kept short, the race not counted`,
    );
    // The race week's days before the race take the full cut (a seventh of half the usual level each, the Saturday a
    // shake-out), the week before 4/7 of it over the whole week: about 0.71 of the level against about 0.4.
    const mid = (w: { minMinutes: number; maxMinutes: number }) => (w.minMinutes + w.maxMinutes) / 2;
    expect(mid(first) / mid(race)).toBeGreaterThan(1.5);
    expect(mid(first) / mid(race)).toBeLessThan(2);
    expect(toDayNumber(first.weekStart)).toBe(toDayNumber(NEXT) + 14);
    expect(fromDayNumber(toDayNumber(NEXT) + 17)).toBe(shift(NEXT, 17));
  });
});
