import { resolveEngineConfig } from '../config/engine-config';
import type { WeekDecisionType, WeekPlan, Weekday } from '../types';
import { type DraftRequest, draftWeek } from './draft-week';
import type { UsualRunWeek } from './regular-sessions';

const CONFIG = resolveEngineConfig().draft;

/** Five runs a week: Tuesday tempo, Saturday long run of 110 min; free days with room. */
const USUAL: UsualRunWeek = {
  runsPerWeek: 5,
  runDays: [0, 1, 3, 5, 6],
  longDay: 5,
  longMinutes: 110,
  qualityDays: [1],
  longRace: false,
};

function draft(decision: WeekDecisionType, target: number, usual: UsualRunWeek = USUAL): WeekPlan {
  const req: DraftRequest = {
    weekStart: '2025-03-17',
    phase: 'PREPARATORY',
    focus: 'AEROBIC_VOLUME',
    decision,
    targetMinutes: target,
    availability: [60, 75, 75, 75, 60, 180, 90],
    runsPerWeek: 6,
    reliability: [1, 1, 1, 1, 1, 1, 1],
    races: [],
    restThroughDay: -1,
    easyOnly: false,
    qualityVolumeFactor: 1,
    usual,
  };
  return draftWeek(req, CONFIG);
}

const runs = (p: WeekPlan) => p.sessions.filter((s) => s.kind === 'RUN');
const longRun = (p: WeekPlan) => runs(p).find((s) => s.id.endsWith('-long'));

describe("the engine's own draft starts from the athlete's week", () => {
  it('should keep the long run whole on its day in a hold', () => {
    const p = draft('HOLD', 330);
    expect([longRun(p)?.day, longRun(p)?.minutes]).toEqual([5, 110]);
  });

  it('should grow the long run one step at most in a build', () => {
    const p = draft('BUILD', 420);
    expect(longRun(p)?.minutes).toBeGreaterThanOrEqual(110);
    expect(longRun(p)?.minutes).toBeLessThanOrEqual(120);
    expect(runs(p).length).toBeLessThanOrEqual(USUAL.runsPerWeek + 1);
  });

  it('should cut the long run only to 80 % in a down week, and a marathoner’s to no less than 90 min', () => {
    expect(longRun(draft('DOWN', 230))?.minutes).toBe(85);
    expect(longRun(draft('DOWN', 230, { ...USUAL, longMinutes: 120, longRace: true }))?.minutes).toBe(95);
    expect(longRun(draft('DOWN', 230, { ...USUAL, longMinutes: 100, longRace: true }))?.minutes).toBe(90);
  });

  it('should write no easy run under 30 min and no more runs than the athlete has been running', () => {
    for (const [decision, target] of [
      ['DOWN', 200],
      ['HOLD', 250],
      ['DOWN', 150],
    ] as const) {
      const p = draft(decision, target);
      expect(runs(p).filter((s) => s.minutes < 30)).toEqual([]);
      expect(runs(p).length).toBeLessThanOrEqual(USUAL.runsPerWeek);
    }
  });

  it('should put a quality session only on a day the athlete has run hard on', () => {
    const hard = (p: WeekPlan) => runs(p).filter((s) => s.key && !s.id.endsWith('-long'));
    expect(hard(draft('HOLD', 330)).map((s) => s.day)).toEqual([1]);
    expect(hard(draft('HOLD', 330, { ...USUAL, qualityDays: [] }))).toEqual([]);
  });

  it('should draft no long run for an athlete whose weeks have none', () => {
    const p = draft('HOLD', 200, { ...USUAL, longDay: -1, longMinutes: 0 });
    expect(longRun(p)).toBeUndefined();
    expect(runs(p).every((s) => s.minutes >= 30)).toBe(true);
  });
});

describe("a race week's draft keeps the race's easy days easy (a Monday 10 km)", () => {
  /** A taper week with an A race of `minutes` on Monday, the athlete's quality days `qualityDays` (none: no history). */
  function raceWeek(minutes: number, qualityDays: Weekday[] | null): WeekPlan {
    return draftWeek(
      {
        weekStart: '2025-03-17',
        phase: 'COMPETITION',
        focus: 'RACE_SPECIFIC',
        decision: 'TAPER',
        targetMinutes: 200,
        availability: [60, 75, 75, 75, 60, 90, 90],
        runsPerWeek: 5,
        reliability: [1, 1, 1, 1, 1, 1, 1],
        races: [{ day: 0, priority: 'A', minutes, label: '10k' }],
        restThroughDay: -1,
        easyOnly: false,
        qualityVolumeFactor: 0.5,
        usual: qualityDays === null ? undefined : { ...USUAL, qualityDays },
      },
      CONFIG,
    );
  }
  /** The days with a key or hard session besides the race. */
  const hardDays = (p: WeekPlan) =>
    p.sessions
      .filter((s) => s.kind !== 'RACE' && s.kind !== 'REST' && (s.key === true || s.effort.value >= 5))
      .map((s) => s.day);

  it("should put no quality on the Wednesday, one of a 50-min 10 km's 4 easy days (Tuesday to Friday)", () => {
    expect(hardDays(raceWeek(50, [2]))).toEqual([]);
  });

  it('should move it past the easy days when the athlete has no quality day of their own, or drop it', () => {
    for (const minutes of [40, 50, 60]) {
      const easy = Math.ceil(minutes / 15);
      for (const d of hardDays(raceWeek(minutes, null))) expect(d).toBeGreaterThan(easy);
    }
  });
});

describe('a quality day too short for a quality session', () => {
  // Three runs a week, Tuesday quality and a Sunday long run of 60 min: at 150 min, Tuesday's share of the week is
  // under a quality session's 35 min (docs/coaching-domain.md, "The engine's own draft").
  const THREE: UsualRunWeek = {
    runsPerWeek: 3,
    runDays: [1, 3, 6],
    longDay: 6,
    longMinutes: 60,
    qualityDays: [1],
    longRace: false,
  };

  it('should take an easy run, so the week keeps the athlete’s runs and reaches its target', () => {
    const p = draft('HOLD', 150, THREE);
    const tuesday = runs(p).find((s) => s.day === 1);
    expect(tuesday).toBeDefined();
    expect(tuesday?.effort).toEqual({ type: 'RPE', value: 3 });
    expect(runs(p).map((s) => s.day)).toEqual([1, 3, 6]);
    expect(runs(p).reduce((t, s) => t + s.minutes, 0)).toBe(150);
  });
});

describe('a C race in a week of rest (reviewer of the diff: a fever rest week had told the athlete to run it easy)', () => {
  const race = { day: 6 as Weekday, priority: 'C' as const, minutes: 25, label: 'Parkrun on 2025-03-23' };
  const base: DraftRequest = {
    weekStart: '2025-03-17',
    phase: 'PREPARATORY',
    focus: 'AEROBIC_VOLUME',
    decision: 'REST',
    targetMinutes: 0,
    availability: [60, 75, 75, 75, 60, 180, 90],
    runsPerWeek: 6,
    reliability: [1, 1, 1, 1, 1, 1, 1],
    races: [race],
    restThroughDay: -1,
    easyOnly: false,
    qualityVolumeFactor: 1,
    usual: USUAL,
  };
  const raceOf = (p: WeekPlan) => p.sessions.find((s) => s.kind === 'RACE');

  it('should tell the athlete to skip it in a rest week, not to run it easy', () => {
    const purpose = raceOf(draftWeek(base, CONFIG))?.purpose ?? '';
    expect(purpose).toContain('skip it');
    expect(purpose).not.toContain('run it easy');
  });

  it('should tell the athlete to skip it on the illness rest days', () => {
    const purpose =
      raceOf(draftWeek({ ...base, decision: 'HOLD', targetMinutes: 120, restThroughDay: 6 }, CONFIG))
        ?.purpose ?? '';
    expect(purpose).toContain('rest days for the illness: skip it');
  });

  it('should still offer a re-entry week its C race run easy', () => {
    const purpose =
      raceOf(draftWeek({ ...base, decision: 'HOLD', targetMinutes: 200, reentry: true }, CONFIG))?.purpose ??
      '';
    expect(purpose).toContain('re-entry week: run it easy, as a training run, or skip it');
  });
});
