import type { ContextEventKind } from '../types';

/**
 * Every threshold the engine uses, in one place. Pass a partial override to `reviewAthlete(input, config)`;
 * it is merged over `DEFAULT_ENGINE_CONFIG` one level deep (per section).
 *
 * Labels in the comments: [source] = published figure, [convention] = coaching convention,
 * [ours] = a Coachline heuristic (the rationale text says so).
 */
export interface EngineConfig {
  readonly history: {
    /** Days of history used for the load series (CTL starts at 0 on the first day). */
    readonly maxDays: number;
    /** Days of series returned in `metrics` (daily load, CTL, ATL, TSB). */
    readonly seriesDays: number;
    /** Below this many days of history the engine holds volume and says it is still learning. [ours] */
    readonly minDaysForProgression: number;
  };
  readonly load: {
    /** CTL time constant, days. [GoldenCheetah PMC] */
    readonly ctlDays: number;
    /** ATL time constant, days. [GoldenCheetah PMC] */
    readonly atlDays: number;
    /** EWMA ACWR windows, λ = 2/(N+1). [Williams 2017] */
    readonly acwrAcuteDays: number;
    readonly acwrChronicDays: number;
    /** Monotony cap. [ours; Foster 1998 gives no cap] */
    readonly monotonyCap: number;
    /** Monotony above this → vary hard and easy days. [Foster 1998: > 2.0] */
    readonly monotonyHigh: number;
    /** Ramp (this week vs mean of the previous three) warning, %. [Damsted 2019; Nielsen 2014] */
    readonly rampWarnPct: number;
    /** Two-week increase (last two weeks vs the two before) strong warning, %. [Nielsen 2014] */
    readonly twoWeekStrongPct: number;
    /** TSB / CTL below this is flagged as deep fatigue (relative, because sRPE loads have no fixed scale). [ours] */
    readonly tsbAttentionRatio: number;
    readonly tsbUrgentRatio: number;
  };
  readonly progression: {
    /** Build step for next week vs the mean of the last three weeks, fraction. [ours, inside the ramp limit] */
    readonly buildStep: number;
    /** Down week after this many build weeks (3 → every 4th week). [convention] */
    readonly buildWeeksBeforeDown: number;
    /** Down-week cut vs the last three weeks' mean, fraction; the convention is 0.20–0.40. [convention] */
    readonly downWeekCut: number;
    /**
     * A calendar week counts as a down week when its done load is at least this much below the three weeks
     * before (a planned −30 % week lands near −25 % with growth and rounding). [ours]
     */
    readonly downWeekDetectCut: number;
    /** ... or when its published plan is at least this much below the three weeks before it. [convention −20 to −40 %] */
    readonly downWeekPlanCut: number;
    /** Scale changes smaller than this (in %) are not proposed. */
    readonly minScalePct: number;
    /**
     * A plan this close above its range's top is within rounding of it: no session is trimmed for it (a coach
     * ignores a 5-min trim on one session of a 355-min week with a 350-min top). The tolerance is
     * `trimTolerancePct` % of the top, at most `trimToleranceMaxMinutes`, in whole 5-min steps (`rangeTolerance`):
     * 5 min (one step of the plan's grid) for a top of 100 min and more, none below. A cut that must take more
     * still aims at its size; once a drop leaves the plan within its range, nothing is trimmed to close the rest,
     * and one a drop leaves within the tolerance above the top is brought to the top, no further: a cut lands in
     * its range (a build "trimmed to 255 min" against a 250-min top reads as a cut that missed). [ours]
     */
    readonly trimTolerancePct: number;
    readonly trimToleranceMaxMinutes: number;
    /**
     * A growth takes an easy run at most one easy-run step over the longest easy run the athlete logged in the
     * last 4 weeks: +`easyRunStepMaxMinutes` or +`easyRunStepMaxPct` %, whichever is less (a 30-min run → 45, a
     * 60-min run → 75), so no easy run is doubled in a week (Maya's Saturday 30 → 60 min the day before a 60-min
     * long run). [ours, after the convention of growing a run by about 10–15 min]
     */
    readonly easyRunStepMaxMinutes: number;
    readonly easyRunStepMaxPct: number;
    /**
     * Plan load above chronic weekly load, or plan minutes above the recent build weeks' minutes, by more than
     * this fraction → backward-design warning. [ours]
     */
    readonly backwardDesignPct: number;
    readonly backwardDesignUrgentPct: number;
    /** Weeks on one mesocycle focus before a rotation is suggested (info / attention). [convention 4–6] */
    readonly stimulusInfoWeeks: number;
    readonly stimulusAttentionWeeks: number;
    /**
     * Within this many weeks of an A race, in the pre-competition or competition phase, the focus is race
     * specific: no rotation away from it (a rotation from another focus goes to it). [ours: a block of 4–6
     * weeks plus the taper]
     */
    readonly raceSpecificWeeks: number;
    /** Weeks before an A race when PREPARATORY should give way to PRE_COMPETITION. [convention] */
    readonly preCompetitionWeeks: number;
  };
  readonly taper: {
    /** Days before the A race when the taper starts, the race day included. [Bosquet 2007: 8–14 days] */
    readonly days: number;
    /**
     * The taper's days before a race of half-marathon length or shorter (`shortTaperRace`), the race day included:
     * the 10 days before it and the race day, so a Sunday race's taper begins on the Thursday of the week before its
     * race week. [convention: coaches taper 5 km to half-marathon races 7–10 days; within Bosquet's 8–14]
     */
    readonly shortRaceDays: number;
    readonly minDays: number;
    readonly maxDays: number;
    /** Volume cut, fraction. [Bosquet 2007: 0.41–0.60] */
    readonly volumeCut: number;
    readonly minCut: number;
    readonly maxCut: number;
  };
  readonly racing: {
    /** Transition phase length after an A race, days. [convention 1–4 weeks] */
    readonly transitionDays: number;
    /**
     * After a race of half-marathon length or shorter (`shortTaperRace`): one week of transition, its cut in
     * proportion to the race's easy days (`transitionCutAfter`). [ours, after the convention of 3–4 easy days
     * after a 10 km and about a week after a half marathon]
     */
    readonly shortTransitionDays: number;
    readonly transitionVolumeCut: number;
    /**
     * The week right after a marathon-type race (≥ `longRaceMinutes`, any priority) is a recovery week: rest days
     * first, then short easy runs, this much below the usual volume. [Sherman 1984: a week of rest restored
     * leg strength and work capacity sooner than 20–45 min a day of running; the size is ours]
     */
    readonly recoveryWeekCut: number;
    /** A transition lasts the race's easy days (`recoveryDaysAfter`) when longer, up to this many days. [convention 1–4 weeks] */
    readonly maxTransitionDays: number;
    /** At most one A race per this many days. [heuristic] */
    readonly aRaceSpacingDays: number;
    /** Marathon-type efforts (≥ this many minutes) closer than `longRaceSpacingDays`. [heuristic 8–12 weeks] */
    readonly longRaceMinutes: number;
    readonly longRaceSpacingDays: number;
    /** `densityCount` or more races inside `densityWindowDays` → racing too often. [heuristic] */
    readonly densityCount: number;
    readonly densityWindowDays: number;
    /** No transition phase in this many days → flag. [ours] */
    readonly transitionMaxGapDays: number;
  };
  readonly readiness: {
    readonly hrvWindowDays: number;
    readonly hrvMinReadings: number;
    readonly hrvBaselineDays: number;
    readonly hrvBaselineMinReadings: number;
    /** Band half-width in baseline SDs (smallest worthwhile change). [Plews 2012] */
    readonly hrvBandSd: number;
    readonly wellnessBaselineDays: number;
    readonly wellnessBaselineMinEntries: number;
    /** A check-in older than this many days is not "today's" wellness. */
    readonly wellnessMaxAgeDays: number;
    /**
     * The recent check-ins a wellness text speaks of: those of this many days up to the latest (it included),
     * counted below norm or not (`WellnessMetrics.recent`), so that "one check-in" is said only when it is one.
     */
    readonly wellnessRecentDays: number;
    /**
     * A lasting decline (`WellnessMetrics.decline`): an item's mean over the last `wellnessDeclineDays` days at
     * least `wellnessDeclineSd` SD worse than over the `wellnessDeclineBaselineDays` days before them, with at least
     * half of the recent days and `wellnessBaselineMinEntries` of the earlier ones scored. [ours]
     */
    readonly wellnessDeclineDays: number;
    readonly wellnessDeclineBaselineDays: number;
    readonly wellnessDeclineSd: number;
    /**
     * Floor for an item's baseline SD, in scale points. The scores are whole points on a 1–10 scale, so a
     * day-to-day move of one point is the smallest change the athlete can report: with the floor at one
     * point it is never more than 1 SD (within norm), however steady the baseline; two points can be. [ours]
     */
    readonly wellnessMinSd: number;
    /** Amber when the composite z (mean of the item z-scores) is at or below this. [ours] */
    readonly amberComposite: number;
    /**
     * ... or when one item's z is at or below this and the composite is below the norm too (negative as the
     * text shows it, to one decimal): an item the other items contradict is not a flag. [ours]
     */
    readonly amberItem: number;
    readonly redComposite: number;
    /**
     * A single below-norm check-in (a `WELLNESS_NOTE`: one reading is not a trend, the week is not changed for
     * it) is a **strong** reading when its composite z is at or below `strongNoteComposite` or one item's z at or
     * below `strongNoteItem` (as the text shows them, to one decimal): the note then ranks first (ask before you
     * publish) and a build beside it waits for the athlete's answer. [ours]
     */
    readonly strongNoteComposite: number;
    readonly strongNoteItem: number;
    /**
     * A single below-norm check-in whose note counts at least this many check-ins of the last
     * `wellnessRecentDays` days below norm (the latest included) is asked about before next week is published, as
     * a strong reading is: the note ranks first and a build beside it waits for the athlete's answer. The week is
     * still not changed for it (no signal ran up to the latest). [ours]
     */
    readonly askFirstRecentBelow: number;
    /** Illness reported in a check-in within this many days is current. */
    readonly illnessLookbackDays: number;
    /** Minimum rest days after fever / below-neck symptoms before a graded return. [ours, IOC: 24 h free] */
    readonly illnessMinRestDays: number;
  };
  readonly intensity: {
    readonly windowDays: number;
    /** Polarized when PI > this. [Treff 2019] */
    readonly polarizedAbove: number;
    /** Z2 share substituted when Z2 = 0. [Treff 2019] */
    readonly z2Floor: number;
  };
  readonly compliance: {
    /** Weeks below this % of planned minutes draw attention. [ours] */
    readonly attentionPct: number;
    /** Missed key sessions on one weekday within the last `patternWeeks` weeks to call it a pattern. */
    readonly patternMisses: number;
    readonly patternWeeks: number;
    /**
     * Dates of one weekday within the last `patternWeeks` weeks on which every planned session was missed, key or
     * not, to call that day a pattern (ours: 3 of 4 weeks is a day that keeps failing; one or two are life).
     */
    readonly patternDays: number;
    /** A log counts as doing a planned session at this share of its minutes. */
    readonly completedShare: number;
  };
  /**
   * Logged session RPE against the planned effort (session RPE, Foster 2001). A session counts as harder than
   * planned at `minGap` points or more above it (a point either way is the ordinary scatter of a rating); the
   * flag needs `minEasyRuns` planned easy runs with a log in the last `windowDays`, at least `minShare` of them
   * that much harder, in at least `minWeeks` calendar weeks. [ours]
   */
  readonly effort: {
    readonly windowDays: number;
    /** A run planned at this RPE or below is an easy run (Seiler zone 1: RPE 1–4). [Seiler] */
    readonly easyMaxRpe: number;
    readonly minGap: number;
    readonly minEasyRuns: number;
    readonly minShare: number;
    readonly minWeeks: number;
  };
  readonly contact: {
    readonly noContactDays: number;
    readonly noContactUrgentDays: number;
  };
  readonly draft: {
    readonly minSessionMinutes: number;
    /** The long run's share of the week the engine's draft and a growth give it. [convention: 25–30 %] */
    readonly longRunShare: number;
    /**
     * The largest share of the week a cut (a hold, a down week, a build's trim) leaves the long run: above it the
     * long run comes down first, to its dose at least (a marathoner's to 90 min at least). Higher than
     * `longRunShare`, since a week of three or four runs carries a larger long run than the draft's. [ours]
     */
    readonly longRunCutShare: number;
    readonly longRunMaxMinutes: number;
    readonly qualityShare: number;
    readonly strengthMinutes: number;
    readonly defaultRunsPerWeek: number;
    readonly outlookWeeks: number;
  };
  /**
   * How a confirmed context event limits a day of next week. `maxMinutesPerDay`: a fixed cap (the athlete's own
   * `availableMinutesPerDay` replaces it); null = relative: the day keeps `volumeFactor` of what is planned on it
   * (of the athlete's recent minutes on that weekday for the engine's own draft). `equippedMaxMinutesPerDay`:
   * the fixed cap instead when the event's note says there is a treadmill or a gym where the athlete stays
   * ("Hotel has a treadmill"): a trip with one is a shorter day, not a 30-min one. [ours]
   */
  readonly context: Readonly<
    Record<
      ContextEventKind,
      {
        readonly maxMinutesPerDay: number | null;
        readonly volumeFactor: number;
        readonly equippedMaxMinutesPerDay?: number;
      }
    >
  >;
}

/**
 * The settings, from one object literal: the default and the escalated review's settings (`escalatedConfig`, a
 * deeper down-week cut) are both made here, so their objects share V8's hidden classes ("maps"). A copy made with
 * `{ ...config }` had maps of its own: the first review of an escalated red spell in a running process then
 * deoptimised some 30 engine functions at once (every one that had read only the default's maps), and each
 * recompiled function then checked two maps at every read of a setting.
 */
function engineConfig(downWeekCut: number): EngineConfig {
  return {
    history: { maxDays: 365, seriesDays: 42, minDaysForProgression: 21 },
    load: {
      ctlDays: 42,
      atlDays: 7,
      acwrAcuteDays: 7,
      acwrChronicDays: 28,
      monotonyCap: 10,
      monotonyHigh: 2,
      rampWarnPct: 20,
      twoWeekStrongPct: 30,
      tsbAttentionRatio: -0.4,
      tsbUrgentRatio: -0.6,
    },
    progression: {
      buildStep: 0.08,
      buildWeeksBeforeDown: 3,
      downWeekCut,
      downWeekDetectCut: 0.25,
      downWeekPlanCut: 0.2,
      minScalePct: 5,
      trimTolerancePct: 5,
      trimToleranceMaxMinutes: 5,
      easyRunStepMaxMinutes: 15,
      easyRunStepMaxPct: 50,
      backwardDesignPct: 0.3,
      backwardDesignUrgentPct: 0.6,
      stimulusInfoWeeks: 4,
      stimulusAttentionWeeks: 6,
      raceSpecificWeeks: 8,
      preCompetitionWeeks: 6,
    },
    taper: {
      days: 14,
      shortRaceDays: 11,
      minDays: 8,
      maxDays: 14,
      volumeCut: 0.5,
      minCut: 0.41,
      maxCut: 0.6,
    },
    racing: {
      transitionDays: 14,
      shortTransitionDays: 7,
      transitionVolumeCut: 0.5,
      recoveryWeekCut: 0.7,
      maxTransitionDays: 28,
      aRaceSpacingDays: 56,
      longRaceMinutes: 150,
      longRaceSpacingDays: 56,
      densityCount: 3,
      densityWindowDays: 42,
      transitionMaxGapDays: 365,
    },
    readiness: {
      hrvWindowDays: 7,
      hrvMinReadings: 3,
      hrvBaselineDays: 60,
      hrvBaselineMinReadings: 14,
      hrvBandSd: 0.5,
      wellnessBaselineDays: 28,
      wellnessBaselineMinEntries: 14,
      wellnessMaxAgeDays: 2,
      wellnessRecentDays: 7,
      wellnessDeclineDays: 14,
      wellnessDeclineBaselineDays: 28,
      wellnessDeclineSd: 1,
      wellnessMinSd: 1,
      amberComposite: -1,
      amberItem: -1.5,
      redComposite: -2,
      strongNoteComposite: -1,
      strongNoteItem: -2.5,
      askFirstRecentBelow: 3,
      illnessLookbackDays: 2,
      illnessMinRestDays: 3,
    },
    intensity: { windowDays: 28, polarizedAbove: 2, z2Floor: 0.01 },
    compliance: { attentionPct: 70, patternMisses: 2, patternWeeks: 4, patternDays: 3, completedShare: 0.5 },
    effort: { windowDays: 28, easyMaxRpe: 4, minGap: 2, minEasyRuns: 4, minShare: 2 / 3, minWeeks: 3 },
    contact: { noContactDays: 5, noContactUrgentDays: 10 },
    draft: {
      minSessionMinutes: 20,
      longRunShare: 0.3,
      longRunCutShare: 0.4,
      longRunMaxMinutes: 180,
      qualityShare: 0.2,
      strengthMinutes: 30,
      defaultRunsPerWeek: 4,
      outlookWeeks: 12,
    },
    context: {
      ILLNESS: { maxMinutesPerDay: 0, volumeFactor: 0 },
      INJURY: { maxMinutesPerDay: null, volumeFactor: 0.7 },
      TRAVEL: { maxMinutesPerDay: 30, equippedMaxMinutesPerDay: 60, volumeFactor: 1 },
      FAMILY: { maxMinutesPerDay: null, volumeFactor: 0.5 },
      WORK_STRESS: { maxMinutesPerDay: null, volumeFactor: 0.7 },
      VACATION: { maxMinutesPerDay: null, volumeFactor: 1 },
      OTHER: { maxMinutesPerDay: null, volumeFactor: 1 },
    },
  };
}

/** The engine's settings. */
export const DEFAULT_ENGINE_CONFIG: EngineConfig = engineConfig(0.3);

/**
 * The default settings with another down-week cut (`escalatedConfig`), made once, from the same literal.
 */
export function defaultConfigWithDownWeekCut(cut: number): EngineConfig {
  let c = withCut.get(cut);
  if (c === undefined) {
    c = engineConfig(cut);
    withCut.set(cut, c);
  }
  return c;
}

const withCut = new Map<number, EngineConfig>();

export type EngineConfigOverrides = {
  readonly [K in keyof EngineConfig]?: Partial<EngineConfig[K]>;
};

const cache = new WeakMap<EngineConfigOverrides, EngineConfig>();

/** Merges overrides over the defaults (one level deep). Memoised per overrides object. */
export function resolveEngineConfig(overrides?: EngineConfigOverrides): EngineConfig {
  if (!overrides) return DEFAULT_ENGINE_CONFIG;
  const hit = cache.get(overrides);
  if (hit) return hit;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_ENGINE_CONFIG) as (keyof EngineConfig)[]) {
    merged[key] = { ...DEFAULT_ENGINE_CONFIG[key], ...(overrides[key] ?? {}) };
  }
  const config = merged as unknown as EngineConfig;
  cache.set(overrides, config);
  return config;
}
