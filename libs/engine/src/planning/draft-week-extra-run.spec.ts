import { resolveEngineConfig } from '../config/engine-config';
import type { WeekDecisionType, WeekPlan } from '../types';
import { type DraftRequest, draftWeek } from './draft-week';
import type { RegularSession, UsualRunWeek } from './regular-sessions';

const CONFIG = resolveEngineConfig().draft;

const runs = (p: WeekPlan) => p.sessions.filter((s) => s.kind === 'RUN');
const minutes = (p: WeekPlan) => runs(p).map((s) => s.minutes);

function request(decision: WeekDecisionType, over: Partial<DraftRequest> = {}): DraftRequest {
  return {
    weekStart: '2025-03-17',
    phase: 'PREPARATORY',
    focus: 'AEROBIC_VOLUME',
    decision,
    targetMinutes: 260,
    availability: [60, 60, 60, 60, 60, 120, 60],
    runsPerWeek: 4,
    reliability: [1, 1, 1, 1, 1, 1, 1],
    races: [],
    restThroughDay: -1,
    easyOnly: false,
    intensityLight: true,
    qualityVolumeFactor: 1,
    usual: {
      runsPerWeek: 4,
      runDays: [1, 3, 5, 6],
      longDay: 5,
      longMinutes: 100,
      qualityDays: [],
      longRace: false,
    },
    longRunCap: 50,
    ...over,
  };
}

describe("the draft's one run more", () => {
  it('should keep the athlete’s number of runs in a down week and a taper, whose long run is capped', () => {
    for (const decision of ['DOWN', 'TAPER'] as const) {
      const p = draftWeek(request(decision, { longRunCeiling: 50 }), CONFIG);
      expect(runs(p).length).toBeLessThanOrEqual(4);
    }
  });

  it('should add one run in a hold or a re-entry week whose long run is held under the usual one', () => {
    expect(runs(draftWeek(request('HOLD'), CONFIG)).length).toBe(5);
    expect(runs(draftWeek(request('DOWN', { longRunCeiling: 50, reentry: true }), CONFIG)).length).toBe(5);
  });

  it('should add no run to a short taper’s first step, drafted as a hold at the usual week', () => {
    // (A taper keeps the athlete's frequency, Bosquet 2007: the TAPER suggestion cuts the taper days from this draft,
    // which had taken one run more than the athlete's 4 as a hold whose long run is held under the usual one.)
    expect(runs(draftWeek(request('HOLD', { taperStep: true }), CONFIG)).length).toBeLessThanOrEqual(4);
  });

  it('should choose the extra run day among the athlete’s own run days first', () => {
    // Her own days Mon/Wed/Sat/Sun, two free days with more time and better reliability elsewhere.
    const usual: UsualRunWeek = {
      runsPerWeek: 3,
      runDays: [0, 2, 5, 6],
      longDay: 5,
      longMinutes: 100,
      qualityDays: [],
      longRace: false,
    };
    const p = draftWeek(
      request('HOLD', {
        usual,
        targetMinutes: 200,
        availability: [60, 90, 60, 90, 0, 120, 60],
        reliability: [0.6, 1, 0.6, 1, null, 1, 0.6],
      }),
      CONFIG,
    );
    const days = runs(p).map((s) => s.day);
    expect(days.filter((d) => d === 1 || d === 3)).toEqual([]);
    expect(minutes(p).length).toBe(4);
  });
});

describe('strength gives way to a third run day before a marathon', () => {
  it('should give back a run day when strength took it, past a strength session that gives none', () => {
    const regular: RegularSession[] = [
      { day: 0, kind: 'STRENGTH', minutes: 45, effort: { type: 'RPE', value: 5 }, purpose: 'Strength' },
      { day: 3, kind: 'STRENGTH', minutes: 20, effort: { type: 'RPE', value: 5 }, purpose: 'Core' },
    ];
    const p = draftWeek(
      request('HOLD', {
        targetMinutes: 200,
        availability: [60, 0, 60, 25, 0, 0, 120],
        usual: {
          runsPerWeek: 3,
          runDays: [0, 2, 6],
          longDay: 6,
          longMinutes: 100,
          qualityDays: [],
          longRace: true,
        },
        longRunCap: undefined,
        regular,
      }),
      CONFIG,
    );
    expect(new Set(runs(p).map((s) => s.day)).size).toBe(3);
  });
});
