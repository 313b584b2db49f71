/**
 * Public input/output types of the Coachline engine.
 *
 * Everything is plain readonly data so that an API can map database rows into it without classes:
 * - dates are ISO local dates `'YYYY-MM-DD'` in the athlete's own time zone (the API converts);
 * - weekdays are numbers 0..6 with Monday = 0;
 * - enum-like values are SCREAMING_CASE string unions.
 */

/** ISO local date `'YYYY-MM-DD'` (the athlete's local calendar date). */
export type LocalDate = string;

/**
 * A local date as an integer count of days since 1970-01-01 (`toDayNumber('1970-01-02') === 1`).
 *
 * Logged sessions and check-ins say when they happened with a `date`, a `day` number, or both (`Dated`).
 * A review reads several hundred of them, and a date column is a day number inside PostgreSQL, so the API
 * selects `date - DATE '1970-01-01'` instead of formatting the date as text for the engine to parse back:
 * the same work for the database and its driver (an integer instead of a string per row), and less for
 * the engine (compare `npm run bench:engine` with `npm run bench:engine -- --no-day`). The engine rejects a `day` that is not an integer (`INVALID_DAY`).
 *
 * When a record carries both, `day` is what counts and `date` is not read, except on the first and the
 * last record of each list, where they must agree (`INVALID_DAY`): that catches a constant mapping error
 * (a wrong epoch, an off-by-one) but not one that varies from record to record (say, a day computed with
 * JavaScript `Date` arithmetic that drifts with daylight saving time). Compute days from the calendar
 * date, as the database does, or pass only the date.
 */
export type DayNumber = number;

/** When a record happened: its local `date`, its `day` number (see {@link DayNumber}), or both. */
export type Dated =
  | { readonly date: LocalDate; readonly day?: DayNumber }
  | { readonly date?: LocalDate; readonly day: DayNumber };

/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type SessionKind = 'RUN' | 'STRENGTH' | 'CROSS_TRAINING' | 'RACE' | 'REST';
export type LoggedSessionKind = Exclude<SessionKind, 'REST'>;
/**
 * The sport of a planned CROSS_TRAINING session (a logged session's `sport` is the free text a file names,
 * `cycling`, `Swim`…; a plan says which of these few it prescribes). Never set on other kinds.
 */
export type CrossTrainingSport = 'BIKE' | 'SWIM' | 'OTHER';
export type IllnessStatus = 'NONE' | 'ABOVE_NECK' | 'BELOW_NECK_OR_FEVER';
export type ContextEventKind =
  'ILLNESS' | 'INJURY' | 'TRAVEL' | 'FAMILY' | 'WORK_STRESS' | 'VACATION' | 'OTHER';
export type Phase = 'TRANSITION' | 'PREPARATORY' | 'PRE_COMPETITION' | 'COMPETITION';
export type RacePriority = 'A' | 'B' | 'C';
export type MesocycleFocus =
  'AEROBIC_VOLUME' | 'HILLS_STRENGTH' | 'THRESHOLD' | 'VO2MAX' | 'RACE_SPECIFIC' | 'RECOVERY';

// ---------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------

export interface AthleteProfile {
  readonly id: string;
  /** First name used in rationale text; optional. */
  readonly firstName?: string;
  /** IANA zone, informational only: all dates given to the engine are already local. */
  readonly timezone?: string;
  /** Years of regular endurance training (history from the intake questionnaire). */
  readonly trainingYears?: number;
  /** Minutes available for training per weekday, index 0 = Monday … 6 = Sunday. */
  readonly availabilityMinutes: readonly number[];
  /**
   * The usual week's training, minutes, as the athlete gave it in the intake questionnaire (its typical weekly
   * hours): with no training logged yet, next week starts from it (within the time available), not from a guess.
   */
  readonly typicalWeeklyMinutes?: number;
  readonly strengths?: readonly string[];
  readonly weaknesses?: readonly string[];
  /**
   * The latest day a doctor cleared the athlete after a medical check, as the coach recorded it (absent: none). Only
   * the days after it count toward the two weeks of a new medical check (`medicalClearanceOf`); one after the review
   * date is ignored.
   */
  readonly medicalClearedOn?: LocalDate;
}

/** Time-in-zone minutes (3-zone model) when a file gives them; otherwise the session RPE decides the zone. */
export interface ZoneMinutes {
  readonly z1: number;
  readonly z2: number;
  readonly z3: number;
}

/** A logged session: when it happened (`date` and/or `day`, see {@link Dated}) and these fields. */
export type LoggedSession = Dated & LoggedSessionFields;

export interface LoggedSessionFields {
  readonly id?: string;
  readonly kind: LoggedSessionKind;
  readonly minutes: number;
  /** Session RPE (Foster CR-10, 0–10) given about 30 min after the session. */
  readonly rpe: number;
  /** Id of the planned session this log fulfils, when the athlete logged against the plan. */
  readonly plannedSessionId?: string;
  readonly zoneMinutes?: ZoneMinutes;
}

/**
 * A morning check-in: when (`date` and/or `day`, see {@link Dated}) and what. Every field besides when is
 * optional; missing is missing, never 0.
 * Scales: sleepQuality and mood 1–10 where higher is better; fatigue, soreness and stress 1–10 where
 * higher is worse (z-scores are oriented so that negative always means "worse than usual").
 */
export type CheckIn = Dated & CheckInFields;

export interface CheckInFields {
  readonly sleepHours?: number;
  readonly sleepQuality?: number;
  /** Morning rMSSD in milliseconds (the engine takes ln). */
  readonly rmssd?: number;
  readonly restingHr?: number;
  readonly soreness?: number;
  readonly fatigue?: number;
  readonly stress?: number;
  readonly mood?: number;
  readonly illness?: IllnessStatus;
}

/** A coach-confirmed context event (often detected from chat). `end` is inclusive. */
export interface ContextEvent {
  readonly id?: string;
  readonly kind: ContextEventKind;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** Only confirmed events change plans; unconfirmed ones are shown to the coach. Default true. */
  readonly confirmed?: boolean;
  /** For ILLNESS events: where the symptoms are. Default BELOW_NECK_OR_FEVER (the cautious reading). */
  readonly illness?: IllnessStatus;
  /** Minutes per day the athlete can still train during the event (e.g. 30 in a hotel gym). */
  readonly availableMinutesPerDay?: number;
  /** Short description, e.g. "sick child at home"; quoted in rationale text. */
  readonly note?: string;
}

export interface Race {
  readonly id?: string;
  readonly name?: string;
  readonly date: LocalDate;
  readonly priority: RacePriority;
  readonly expectedMinutes: number;
  /**
   * The race's distance in km when known (a coach's "trail 50k": 50; `raceDistanceKm` reads it from such a
   * text). A race over a marathon's 42.2 km is an ultra; without a distance, the expected minutes decide
   * (`isUltra`).
   */
  readonly distanceKm?: number;
}

export interface SeasonPhase {
  readonly phase: Phase;
  readonly start: LocalDate;
  /** Inclusive. */
  readonly end: LocalDate;
}

export interface Mesocycle {
  readonly focus: MesocycleFocus;
  readonly start: LocalDate;
}

export interface Season {
  /** Past, current and planned phases, in any order. */
  readonly phases: readonly SeasonPhase[];
  readonly mesocycle?: Mesocycle;
  /** Last day of the last transition phase, when it lies before the phases listed. */
  readonly lastTransitionEnd?: LocalDate;
}

export type Effort =
  | { readonly type: 'RPE'; readonly value: number }
  | { readonly type: 'ZONE'; readonly value: number; readonly scale?: 3 | 5 };

/** Time-based intervals, e.g. 10 × (2 min @ RPE 8, 1 min @ RPE 3). */
export interface Intervals {
  readonly repeats: number;
  readonly workSeconds: number;
  readonly workEffort: Effort;
  readonly recoverySeconds: number;
  readonly recoveryEffort: Effort;
}

/** A prescribed session: minutes and effort, never pace or distance. */
export interface PlannedSession {
  readonly id: string;
  readonly day: Weekday;
  readonly kind: SessionKind;
  readonly minutes: number;
  readonly effort: Effort;
  readonly intervals?: Intervals;
  readonly purpose: string;
  /** Key sessions (long run, quality, race) are the ones worth protecting when the week changes. */
  readonly key?: boolean;
  /** CROSS_TRAINING only: the sport it is (a ride stays a ride when eased); absent in plans that do not say. */
  readonly sport?: CrossTrainingSport;
}

export interface WeekPlan {
  /** The Monday the week starts on. */
  readonly weekStart: LocalDate;
  readonly phase?: Phase;
  readonly focus?: MesocycleFocus;
  readonly sessions: readonly PlannedSession[];
}

export interface ReviewInput {
  /** "Today" in the athlete's local calendar; data after this date is ignored. */
  readonly reviewDate: LocalDate;
  readonly athlete: AthleteProfile;
  readonly sessions: readonly LoggedSession[];
  readonly checkIns: readonly CheckIn[];
  readonly contextEvents?: readonly ContextEvent[];
  readonly races?: readonly Race[];
  readonly season?: Season;
  readonly currentWeekPlan?: WeekPlan;
  /** The coach's draft for next week; suggestions are changes to it (or to the engine draft when absent). */
  readonly nextWeekDraft?: WeekPlan;
  /**
   * Published plans of earlier weeks (newest or oldest first), used for compliance, missed-session patterns
   * and down weeks (a week its plan made down is a down week); 8 weeks back are enough.
   */
  readonly pastWeekPlans?: readonly WeekPlan[];
  /**
   * Last check-in or chat message from the athlete. Defaults to the newest check-in date. A date after `reviewDate`
   * (data read after the day the review is made as of) counts as contact on `reviewDate`.
   */
  readonly lastContactDate?: LocalDate;
}

// ---------------------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------------------

/** A metric value, or `null` with the reason when its minimum data is not met. */
export interface MetricValue<T = number> {
  readonly value: T | null;
  /** How many data points (days, readings, entries) the value stands on. */
  readonly count: number;
  readonly insufficientData: boolean;
  readonly note?: string;
}

export interface WeekLoad {
  /**
   * A calendar week, Monday `start` to Sunday `end`; week 0 is the week of the review date, whose days after
   * the review date count as its published plan has them (without one, as the same weekdays went last week).
   */
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly load: number;
  readonly minutes: number;
  readonly sessions: number;
  /** Its plan made it a down week, or its done load fell well below the three weeks before. */
  readonly isDownWeek: boolean;
  /** Minutes of the week's published plan, `null` when there was none. */
  readonly plannedMinutes: number | null;
}

export type HrvStatus = 'BELOW_BAND' | 'WITHIN_BAND' | 'ABOVE_BAND' | 'INSUFFICIENT_DATA';
export type Readiness = 'GREEN' | 'AMBER' | 'RED' | 'UNKNOWN';
export type WellnessItem = 'sleepQuality' | 'fatigue' | 'soreness' | 'stress' | 'mood';

export interface HrvMetrics {
  readonly status: HrvStatus;
  /** 7-day mean of ln(rMSSD). */
  readonly mean7: MetricValue;
  readonly baselineMean: MetricValue;
  readonly baselineSd: number | null;
  readonly bandLow: number | null;
  readonly bandHigh: number | null;
  /** How far and how long the 7-day mean is below its band (`null` unless the status is BELOW_BAND). */
  readonly below: HrvBelow | null;
  /**
   * Set when the athlete has gone quiet (no check-in for more than `wellnessMaxAgeDays` days, too few readings in the
   * 7 days to the review date) and the HRV read as of the last check-in was below its band: that reading is held
   * (`READINESS_HOLD_DAYS`, our rule), its 7-day window ending on the last check-in's day; the days from it to the
   * review date. Absent otherwise.
   */
  readonly heldDays?: number;
}

/**
 * A 7-day mean below its band, graded (domain doc, Recovery): the exit counts as low HRV only when it is
 * `clear` — larger than the mean's own day-to-day noise, or than half of it for several days running, and not
 * the work of a single reading. Otherwise it is at the edge of the band: a note, not a change.
 */
export interface HrvBelow {
  /** Band floor minus the 7-day mean, ln units (> 0). */
  readonly margin: number;
  /** Day-to-day noise of the 7-day mean: the baseline SD over √(readings in the 7 days), at least 0.01. */
  readonly noise: number;
  /** Consecutive days, ending on the review date, whose 7-day mean was below today's floor. */
  readonly days: number;
  /** Without the lowest reading of the 7 days the mean is back inside the band. */
  readonly singleReading: boolean;
  readonly clear: boolean;
  /** Clear and at least twice the noise below the floor. */
  readonly strong: boolean;
  /** The lowest ln rMSSD reading of the 7 days, and its date (what `singleReading` leaves out). */
  readonly lowest: number;
  readonly lowestDate: LocalDate;
}

export interface WellnessMetrics {
  readonly status: Readiness;
  readonly date: LocalDate | null;
  readonly zScores: Readonly<Partial<Record<WellnessItem, number>>>;
  readonly composite: MetricValue;
  readonly baselineEntries: number;
  /**
   * The flag rests on the latest check-in alone (the same signal was not below norm on the check-in before,
   * and neither HRV nor a confirmed event that day agrees): a note, not a change.
   */
  readonly singleReading: boolean;
  /**
   * Set when the latest check-in is older than `wellnessMaxAgeDays` (the athlete has gone quiet) and its amber or red
   * reading is held (`READINESS_HOLD_DAYS`, our rule: silence after a low reading is no sign of recovery): the days
   * from that check-in to the review date. Absent otherwise (a stale reading within the norm is not read at all).
   */
  readonly heldDays?: number;
  /** What is below norm on the latest check-in and for how many check-ins running (null when it is within norm). */
  readonly trend: WellnessTrend | null;
  /**
   * One item at or below the amber item on two check-ins running or more while the composite is not below norm
   * (so wellness is not amber: Tom's mood z −2.1 and −1.9 beside a composite of +0.3): a note to ask about it, not
   * a change to the week. Also, its `checkIns` 1, when the latest check-in's item is low on
   * `askFirstRecentBelow` or more of the `recent` window's check-ins without running up to it (coach read 10).
   * Null otherwise (and whenever `trend` is set).
   */
  readonly itemLow: WellnessTrend | null;
  /**
   * The check-ins of the last days up to the latest (`EngineConfig.readiness.wellnessRecentDays`, 7 by default),
   * scored on the latest's baseline: how many were low (an item on its own counts: `lowForCount`), and on what. Set whenever the latest check-in has a
   * signal to follow back (`trend` or an item at or below the amber item), null otherwise: what a wellness text
   * says of the recent check-ins ("one check-in" only when it is one) comes from here.
   */
  readonly recent: WellnessWindow | null;
  /**
   * A lasting decline the 28-day baseline hides (coach read 9, Jonas): the items whose mean over the last
   * `wellnessDeclineDays` days up to the latest check-in is at least `wellnessDeclineSd` SD worse than their mean over
   * the `wellnessDeclineBaselineDays` days before them (that window's SD, floored as the baseline's is). Computed only
   * when readiness can change or a note can fire (the latest check-in has a signal, or HRV is clearly low); null
   * otherwise, and when no item declined.
   */
  readonly decline: WellnessDecline | null;
  /**
   * The lasting decline counts (our rule): the wellness signal has persisted for `wellnessDeclineDays` days, not one
   * reading. Set when there is a `decline`, the latest check-in's composite is under 0 (as shown, to one decimal) and
   * either that check-in is below norm (then it is no single reading) or HRV is clearly low (then wellness is the
   * second marker: red, as a below-norm check-in beside it is, although the 28-day baseline the decline has lowered
   * reads the latest check-in within norm). Jonas's demo review on a Sunday: HRV clearly low for 15 days, fatigue 2.9
   * SD worse over 14 days, had read "One marker, but a persistent one; nothing else agrees" and held at amber.
   */
  readonly declineCounts: boolean;
}

/** See `WellnessMetrics.decline`. */
export interface WellnessDecline {
  /** The recent window's days (the latest check-in's day its last). */
  readonly days: number;
  /** Its first day. */
  readonly since: LocalDate;
  /** The earlier window's days, just before `since`. */
  readonly baselineDays: number;
  /** The items that declined, the most first: how many SD worse the recent mean is (positive, to 1 decimal). */
  readonly items: readonly { readonly item: WellnessItem; readonly sd: number }[];
}

/** The recent check-ins behind a wellness text (see `WellnessMetrics.recent`). */
export interface WellnessWindow {
  /** The window's days, the latest check-in's included. */
  readonly days: number;
  /** Its first day. */
  readonly since: LocalDate;
  /** Check-ins in the window with a wellness score, the latest included. */
  readonly checkIns: number;
  /**
   * Of them, low (the composite at or below the amber composite, or an item at or below the amber item whatever
   * the composite: the count the texts give, coach read 10), the latest included when it is. The flag rule that
   * changes the week asks more of an item (the composite under 0 too); this count does not.
   */
  readonly below: number;
  /** Of the low ones, those on the days of a confirmed event that explains low scores (illness, work, travel, family). */
  readonly explained: number;
  /** Of them, with the composite at or below the amber composite. */
  readonly compositeLow: number;
  /** Check-ins in the window with each item at or below the amber item (whatever their composite). */
  readonly itemLow: Readonly<Record<WellnessItem, number>>;
}

/**
 * The below-norm signal of the latest check-in, followed back (domain doc, Wellness; our rule): the composite
 * (at or below the amber composite) or one item (at or below the amber item), on the check-ins running up to
 * the latest, each within 3 days of the next, all scored against the latest's baseline.
 */
export interface WellnessTrend {
  /** The item that stays down; null: the composite. The longest run wins, the composite on a tie. */
  readonly item: WellnessItem | null;
  /** Check-ins running, the latest included, on which it was below norm (1: the latest alone). */
  readonly checkIns: number;
  /** The first of them. */
  readonly since: LocalDate;
  /** The check-in just before the run, within 3 days of it (null: there was none). */
  readonly before: WellnessBefore | null;
}

export interface WellnessBefore {
  readonly date: LocalDate;
  /** Below norm on another signal: its worst item and that item's z; null when it was within norm. */
  readonly item: WellnessItem | null;
  readonly z: number | null;
}

export interface IntensityDistribution {
  readonly windowDays: number;
  readonly minutes: ZoneMinutes;
  /** Shares 0..1 of zone 1/2/3. */
  readonly shares: ZoneMinutes | null;
  readonly polarizationIndex: MetricValue;
  readonly polarized: boolean;
}

export interface ComplianceWeek {
  readonly weekStart: LocalDate;
  readonly plannedMinutes: number;
  readonly completedMinutes: number;
  readonly pct: number | null;
  readonly excludedDays: number;
  readonly missedKeySessions: readonly { readonly sessionId: string; readonly date: LocalDate }[];
}

export interface Metrics {
  readonly historyDays: number;
  readonly sessionCount: number;
  readonly checkInCount: number;
  /** Daily load for the last `seriesDays` days (oldest first), ending on the review date. */
  readonly dailyLoad: readonly number[];
  readonly ctlSeries: readonly number[];
  readonly atlSeries: readonly number[];
  readonly tsbSeries: readonly number[];
  readonly seriesStart: LocalDate;
  readonly weeks: readonly WeekLoad[];
  readonly weeklyLoad: MetricValue;
  readonly weeklyMinutes: number;
  /** Mean weekly minutes of the last 4 calendar weeks (the chronic volume the next week is built from). */
  readonly chronicWeeklyMinutes: MetricValue;
  readonly chronicWeeklyLoad: MetricValue;
  readonly monotony: MetricValue;
  readonly strain: MetricValue;
  readonly ctl: MetricValue;
  readonly atl: MetricValue;
  readonly tsb: MetricValue;
  readonly ctlChangePerWeek: MetricValue;
  /** This week's load vs the mean of the previous three weeks, in %. */
  readonly rampPct: MetricValue;
  readonly weekOverWeekPct: MetricValue;
  /** Last two weeks' load vs the two weeks before, in %. */
  readonly twoWeekPct: MetricValue;
  /** EWMA acute:chronic ratio (context only, never an injury predictor). */
  readonly acwr: MetricValue;
  readonly hrv: HrvMetrics;
  readonly wellness: WellnessMetrics;
  readonly readiness: Readiness;
  readonly intensity: IntensityDistribution;
  readonly compliance: {
    readonly weeks: readonly ComplianceWeek[];
    readonly pct: MetricValue;
    readonly weekdayCompletion: readonly (number | null)[];
  };
  readonly weeksSinceDownWeek: MetricValue;
  readonly weeksInMesocycle: MetricValue;
  readonly racesLast8Weeks: MetricValue;
  readonly daysSinceContact: MetricValue;
  readonly illness: { readonly status: IllnessStatus; readonly since: LocalDate | null };
}

export type ComponentKey =
  | 'CURRENT_FITNESS'
  | 'PROGRESSION'
  | 'ADAPTATION'
  | 'INDIVIDUALIZATION'
  | 'LONG_TERM_DEVELOPMENT'
  | 'EXTERNAL_EYES';
export type ComponentStatus = 'OK' | 'ATTENTION' | 'URGENT';
export type Evidence = Readonly<Record<string, number | string | boolean | null>>;

export interface ComponentAssessment {
  readonly component: ComponentKey;
  readonly status: ComponentStatus;
  readonly summary: string;
  readonly evidence: Evidence;
}

export type Severity = 'INFO' | 'ATTENTION' | 'URGENT';

export type SuggestionKind =
  | 'ILLNESS_REST'
  | 'ILLNESS_EASY_ONLY'
  | 'INJURY_CHECK'
  | 'LIFE_CONTEXT_REDUCTION'
  | 'LIFE_CONTEXT_RESCHEDULE'
  | 'RECOVERY_HOLD'
  | 'RECOVERY_DOWN_WEEK'
  | 'SCHEDULED_DOWN_WEEK'
  | 'BUILD'
  /** A build week ruled out (unknown readiness, no contact, a recent illness, a race, a life event…). */
  | 'CAUTIOUS_HOLD'
  | 'BASELINE_HOLD'
  /** One below-norm wellness check-in without a second marker: a note to the coach, not a change. */
  | 'WELLNESS_NOTE'
  /** Easy runs logged well above the planned effort for weeks: a conversation about pacing, not a change. */
  | 'EFFORT_ABOVE_PLAN'
  /** The HRV 7-day mean at the edge of its band (below it, but not clearly) and nothing else agrees: a note. */
  | 'HRV_NOTE'
  | 'LOAD_SPIKE_WARNING'
  | 'MONOTONY_VARY'
  | 'STIMULUS_ROTATION'
  | 'PHASE_CHANGE'
  | 'TAPER'
  | 'TRANSITION_AFTER_A_RACE'
  /** The week after a B or C race of marathon length: rest days and short easy runs (an A race has its transition). */
  | 'RACE_RECOVERY'
  | 'RACING_TOO_OFTEN'
  | 'NO_TRANSITION_WARNING'
  | 'BACKWARD_DESIGN_WARNING'
  /**
   * Plans done at under 70 % in two or more of the last four weeks, and next week's plan as big as they were, when
   * the backward-design warning (which says so itself) does not fire: a question for the athlete, not a change.
   */
  | 'PLANS_NOT_DONE'
  | 'MISSED_SESSIONS_PATTERN'
  | 'NO_CONTACT_REACH_OUT'
  | 'HRV_ABOVE_BAND'
  /** Changes to the current week's remaining days (planWeekStart = this week): an illness reported mid-week. */
  | 'CURRENT_WEEK_ILLNESS'
  /** Red readiness for more than two weeks: this week's remaining sessions cut now. */
  | 'CURRENT_WEEK_RECOVERY'
  | 'CURRENT_WEEK_LONG_RUN'
  /** A load spike read on the week's first day: this week's days after today trimmed toward the ramp limits. */
  | 'CURRENT_WEEK_LOAD'
  /**
   * A marathon-type A race ahead: the plan runs on too few days for it, or the long run cannot reach the peak
   * a marathon build needs by 3–4 weeks out. A note with the real numbers; the build grows the long run first.
   */
  | 'LONG_RACE_PREPARATION';

/** One mechanical change to a week plan. */
export type PlanChange =
  | {
      readonly type: 'SCALE_VOLUME';
      /**
       * e.g. -30 for a 30 % cut: the factor each session in scope is scaled by before its rounding to 5 min (a
       * cut rounds down and never goes below 10 min), so a session's real change differs by a few %, and it
       * is never the week's change when the scope is some sessions. What it does is the plan `applyChanges`
       * returns: a client shows those minutes (apps/web `changeEffects`), the rationale states them.
       */
      readonly percent: number;
      /** Restrict to sessions on these days; all days when absent. */
      readonly days?: readonly Weekday[];
      /** Restrict to these sessions (within `days` when both are given); all sessions when absent. */
      readonly sessionIds?: readonly string[];
      /** Total planned minutes when the suggestion was made (the apply step rejects a plan that moved on). */
      readonly expectedTotalMinutes: number;
    }
  | {
      readonly type: 'REPLACE_INTENSITY';
      readonly sessionId: string;
      readonly effort: Effort;
      /** `null` removes the intervals. */
      readonly intervals: Intervals | null;
      readonly purpose: string;
      /** When given, the session's key flag becomes this (an easy run that replaces a quality session is no key session). */
      readonly key?: boolean;
    }
  | {
      readonly type: 'MOVE_SESSION';
      readonly sessionId: string;
      readonly fromDay: Weekday;
      readonly toDay: Weekday;
    }
  | { readonly type: 'DROP_SESSION'; readonly sessionId: string }
  | { readonly type: 'INSERT_REST_DAYS'; readonly days: readonly Weekday[] }
  | {
      readonly type: 'CHANGE_MESOCYCLE_FOCUS';
      readonly from: MesocycleFocus | null;
      readonly to: MesocycleFocus;
    }
  | {
      /**
       * Sets the plan's phase. `from`: the plan's phase when the suggestion was made, which the apply step checks
       * (a plan set since to a phase other than `from` and `to` is rejected; null: the plan had none, and no check
       * is made). Not always this week's phase, which the suggestion's text moves from (the text then says what
       * the plan has).
       */
      readonly type: 'SET_PHASE';
      readonly from: Phase | null;
      readonly to: Phase;
    }
  | {
      /** A new session on a day without one (an easy run on a free day a build needs). Never key. */
      readonly type: 'ADD_SESSION';
      readonly day: Weekday;
      readonly session: NewSession;
      /** Total planned minutes when the suggestion was made (the apply step rejects a plan that moved on). */
      readonly expectedTotalMinutes: number;
    };

/**
 * The session an ADD_SESSION change puts on its day: what a {@link PlannedSession} needs besides its day, never
 * a key session, a race or a rest day. Its id is deterministic (`<weekStart>-d<day>-added`), so a review
 * re-derived on the same plan proposes the same session.
 */
export interface NewSession {
  readonly id: string;
  readonly kind: 'RUN' | 'CROSS_TRAINING' | 'STRENGTH';
  readonly minutes: number;
  readonly effort: Effort;
  readonly purpose: string;
  /** CROSS_TRAINING only: its sport (see {@link PlannedSession.sport}). */
  readonly sport?: CrossTrainingSport;
}

export interface Suggestion {
  /**
   * Deterministic id: `<KIND>:<weekStart>`, except `LIFE_CONTEXT:<weekStart>` for the life-context rule, whose
   * kind (reduction or reschedule) depends on the plan: an id names the concern, so a suggestion re-derived
   * after another one was applied keeps its id (and can still be applied by it).
   */
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly severity: Severity;
  readonly components: readonly ComponentKey[];
  /** For the coach: why, with the evidence, the rule and what the change does to the plan. */
  readonly rationale: string;
  /**
   * For the athlete (what a shared suggestion shows them): 1–3 short sentences in the second person, plain
   * words, no rule citations or ids, what changes in their week and why, with the numbers of the change.
   */
  readonly athleteText: string;
  /** Which kind of knowledge the rule rests on. */
  readonly basis: 'EVIDENCE' | 'CONSENSUS' | 'CONVENTION' | 'HEURISTIC';
  readonly evidence: Evidence;
  /** The week the changes apply to. */
  readonly planWeekStart: LocalDate;
  /** Empty when the plan already reflects the suggestion or there is nothing to change in the plan. */
  readonly changes: readonly PlanChange[];
}

export type WeekDecisionType = 'BUILD' | 'HOLD' | 'DOWN' | 'TAPER' | 'TRANSITION' | 'REST';

export interface WeekDecision {
  readonly type: WeekDecisionType;
  /** Why, as a sentence a coach can read. */
  readonly reason: string;
  /** Which rule decided (the kind of the suggestion that carries the volume change). */
  readonly rule: SuggestionKind;
  /** What ruled a build week out, in words (empty when nothing did or the week is not a hold). */
  readonly ruledOut: readonly string[];
  readonly targetMinutes: number;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly phase: Phase;
  readonly focus: MesocycleFocus;
}

export interface OutlookWeek {
  readonly weekStart: LocalDate;
  readonly phase: Phase;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly note?: string;
}

export interface Review {
  readonly athleteId: string;
  readonly reviewDate: LocalDate;
  readonly nextWeekStart: LocalDate;
  readonly status: ComponentStatus;
  readonly metrics: Metrics;
  readonly components: readonly ComponentAssessment[];
  readonly decision: WeekDecision;
  /** Most severe first. */
  readonly suggestions: readonly Suggestion[];
  /** The engine's own proposal for next week. */
  readonly draft: WeekPlan;
  /** Which plan the suggestions' changes refer to. */
  readonly suggestionsTarget: 'NEXT_WEEK_DRAFT' | 'ENGINE_DRAFT';
  /** Coarse outlook beyond next week: phase and a weekly volume range only. */
  readonly outlook: readonly OutlookWeek[];
}

export type ApplyRejectionCode =
  | 'WEEK_MISMATCH'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_MOVED'
  | 'PLAN_CHANGED'
  | 'DAY_CONFLICT'
  | 'RACE_PROTECTED'
  | 'NOTHING_TO_SCALE'
  | 'INVALID_CHANGE';

export type ApplyResult =
  | { readonly ok: true; readonly plan: WeekPlan; readonly changed: boolean }
  | { readonly ok: false; readonly code: ApplyRejectionCode; readonly reason: string };
