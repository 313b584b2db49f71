import { HRV_LOOKBACK_DAYS, hrvBelow } from './hrv-below';
import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, toDayNumber, weekdayOf } from '../dates/local-date';
import { EngineInputError } from '../errors/engine-input.errors';
import { polarizationIndex } from '../intensity/intensity-distribution';
import { longRunIllness } from '../planning/long-run';
import { planMinutes, plannedSessionLoad, zoneRpeOf } from '../planning/plan-measures';
import { effortVsPlan, type EffortVsPlan } from './effort-vs-plan';
import { RECENT_SESSION_DAYS, type RecentSessions } from './recent-sessions';
import { NO_IDS, countUnlinked, reviewDayMatched, stillToCome, type LoggedThisWeek } from './to-come';
import { type EwmaPair, type MonotonyResult, monotonyAndStrain, percentChange } from '../load/training-load';
import type {
  CheckIn,
  ComplianceWeek,
  ContextEvent,
  ContextEventKind,
  Dated,
  HrvMetrics,
  IllnessStatus,
  LocalDate,
  LoggedSession,
  MetricValue,
  Metrics,
  PlannedSession,
  Race,
  RacePriority,
  Readiness,
  ReviewInput,
  WeekLoad,
  WeekPlan,
  WellnessBefore,
  WellnessDecline,
  WellnessItem,
  WellnessMetrics,
  WellnessTrend,
  WellnessWindow,
} from '../types';

export interface ParsedEvent {
  readonly kind: ContextEventKind;
  readonly start: number;
  readonly end: number;
  readonly confirmed: boolean;
  readonly illness: IllnessStatus;
  readonly source: ContextEvent;
}

export interface ParsedRace {
  readonly day: number;
  readonly priority: RacePriority;
  readonly minutes: number;
  readonly label: string;
  readonly source: Race;
}

/** Next week's draft as a down week by its plan (`MetricsState.draftDown`). */
export interface DraftDownWeek {
  /** The draft's planned minutes. */
  readonly minutes: number;
  /** The mean planned minutes of the build weeks it is measured against (`planDownReference`). */
  readonly reference: number;
  /** Those weeks (index as `weekLoads`: 0 this week), most recent first. */
  readonly weeks: readonly number[];
}

/** Everything later stages need, computed once per review (day numbers, not strings). */
export interface MetricsState {
  readonly metrics: Metrics;
  readonly reviewDay: number;
  readonly nextWeekStart: number;
  readonly historyDays: number;
  /**
   * Calendar-week loads/minutes (Monday–Sunday), index 0 = the week of the review date (its days to come as
   * planned, see `calendarWeeks`), 1 = the week before.
   */
  readonly weekLoads: readonly number[];
  readonly weekMinutes: readonly number[];
  /**
   * Per calendar week (index as `weekLoads`), the mean load of the three weeks before it when the week is a down
   * week by its load only (it fell `downWeekDetectCut` or more below that mean, and its plan did not make it a down
   * week); null otherwise (a down week by its plan, or no down week). The texts that leave a week out say which
   * rule left it out.
   */
  readonly weekLoadDropRef: readonly (number | null)[];
  /**
   * The weeks since the last down week (index as `weekLoads`) that were down by their load only in a silence (nothing
   * logged and nothing reported, or the current no-contact gap): `Metrics.weeksSinceDownWeek` counts them neither as a
   * down week nor as build weeks (the last down week is week `weeksSinceDownWeek + silentWeeks.length`; empty: none).
   */
  readonly silentWeeks: readonly number[];
  /**
   * Next week's draft (the coach's plan for it) when its plan makes it a down week by the rule that reads the past
   * weeks' plans (`downByPlan`: its minutes `downWeekPlanCut` or more below the build weeks among this week and the
   * two before it, as planned); null otherwise, or without a draft for next week.
   */
  readonly draftDown: DraftDownWeek | null;
  /**
   * What next week is measured against to be a down week by its plan (`planDownReference` from this week: the mean
   * planned minutes of the build weeks among this week and the two before it), 0 with fewer than three weeks on
   * record: the one figure for the draft (`draftDown`) and for the outlook's week a life event bounds (`downByPlan`).
   */
  readonly nextWeekPlanReference: number;
  /** Number of calendar weeks the history covers, this week included. */
  readonly completeWeeks: number;
  /** Days of this week after the review date, counted as planned in `weekLoads[0]`. */
  readonly projectedDays: number;
  /** The days to come were counted from this week's published plan (else as the same weekdays last week). */
  readonly projectedFromPlan: boolean;
  /**
   * The sessions of this week's published plan counted as still to come in `weekLoads[0]` (`stillToCome`): those
   * of the days after the review date, and the review date's own while no log that day matches them (the athlete
   * may still run tonight); none without a published plan for this week.
   */
  readonly thisWeekToCome: readonly PlannedSession[];
  /** The load of `thisWeekToCome` as planned, as `weekLoads[0]` counts it (0 without a published plan). */
  readonly thisWeekToComeLoad: number;
  /** The plan `thisWeekToCome` was read from (the review's `currentWeekPlan`), null when none was. */
  readonly thisWeekToComePlan: WeekPlan | null;
  /** Done minutes of the 7 days ending on the review date. */
  readonly last7Minutes: number;
  /** Mean done minutes per weekday (Monday first) over the last 28 days: "the athlete's recent days". */
  readonly recentDayMinutes: readonly number[];
  readonly events: readonly ParsedEvent[];
  readonly races: readonly ParsedRace[];
  /** Weekday completion rate of planned sessions (null = no data). */
  readonly weekdayCompletion: readonly (number | null)[];
  /**
   * The sessions of this week's published plan on the days before the review date that no log fulfils (as the
   * compliance counts them: linked, or the same kind on the day with at least `completedShare` of its minutes),
   * the days of a confirmed illness or trip and of a silence aside (unknown, not missed). The review day's own are
   * not among them: the athlete may still do them.
   */
  readonly thisWeekMissed: readonly PlannedSession[];
  /** Weekdays with at least `patternMisses` missed key sessions in the last `patternWeeks` weeks. */
  readonly missedKeyWeekdays: readonly {
    readonly day: number;
    readonly misses: number;
    readonly dates: string[];
  }[];
  /**
   * Weekdays whose planned sessions were all missed on `patternDays` or more of their dates in the last
   * `patternWeeks` weeks, key sessions or not (the days before the review date; those of a confirmed illness or
   * trip and of a silence aside): a day that keeps failing (Sara's Wednesday easy runs, athlete21).
   */
  readonly missedDayWeekdays: readonly { readonly day: number; readonly dates: string[] }[];
  /** Every planned session missed on the days before the review date in the last `patternWeeks` weeks (as above). */
  readonly patternWindowMisses: readonly {
    readonly day: number;
    readonly date: string;
    readonly key: boolean;
  }[];
  /** Mean number of training days per week over the last 4 weeks. */
  readonly trainingDaysPerWeek: number | null;
  /** Days with illness (check-ins or confirmed events) in the last 21 days, first and last; null when none. */
  readonly recentIllness: { readonly start: number; readonly end: number } | null;
  /**
   * Of those illnesses, the one a hold's or a down week's long run counts from (`longRunIllness`, our rule: the
   * latest with fever or symptoms below the neck, or one that kept the athlete from training for a week); null
   * when none: a cold above the neck trained through leaves the long-run window at 4 weeks.
   */
  readonly longRunIllness: { readonly start: number; readonly end: number } | null;
  /** Logged session RPE against the planned effort over the last weeks (EFFORT_ABOVE_PLAN). */
  readonly effortVsPlan: EffortVsPlan;
  /** The sessions of the compliance horizon (the last six weeks), listed by the session scan. */
  readonly recentSessions: RecentSessions;
}

/**
 * How long a last amber or red wellness reading holds when the athlete goes quiet (our rule): a check-in older than
 * `wellnessMaxAgeDays` is not today's wellness, but silence after a low reading is no sign of recovery, so the last
 * reading's flag holds (and the texts say it is the last check-in's) while it is at most this many days old: a week,
 * the review's own cycle. From `noContactDays` (5) the contact rule asks the coach to reach out beside it; after a
 * week the reading is too old to steer a plan and readiness is unknown, the contact rule's urgent note asking first.
 * A stale reading within the norm is not held (it would let silence look like good news).
 */
export const READINESS_HOLD_DAYS = 7;

/** How far back an illness is remembered: the return after it is graded from where the athlete is. */
export const ILLNESS_MEMORY_DAYS = 21;

/**
 * The recent illness's first and last day. An illness with a day in the last `ILLNESS_MEMORY_DAYS` days counts whole:
 * its first day is its own (a confirmed event's start, or the first of the check-ins' illness days running up to the
 * window), not the window's first day, so that the span a text cites is the same whatever the review day while the
 * illness is in the window (demo read: Ingrid "was ill from 2026-11-17 to 2026-11-22" on Sunday, "from 2026-11-21"
 * on Saturday).
 */
function recentIllnessOf(
  scan: CheckInScan,
  events: readonly ParsedEvent[],
  reviewDay: number,
  checkIns: readonly CheckIn[],
): { start: number; end: number } | null {
  const from = reviewDay - ILLNESS_MEMORY_DAYS;
  // The check-ins' illness days, as the check-in scan found them.
  let start = scan.illStart;
  let end = scan.illEnd;
  for (const e of events) {
    if (!e.confirmed || e.kind !== 'ILLNESS' || e.end < from || e.start > reviewDay) continue;
    if (e.start < start) start = e.start;
    if (Math.min(e.end, reviewDay) > end) end = Math.min(e.end, reviewDay);
  }
  if (end === -Infinity) return null;
  // Reaching back to the window's first day (rare): followed back over the check-ins' illness days before it.
  if (start <= from) start = illnessRunStart(checkIns, start);
  return { start, end };
}

/** The first day of the run of check-ins with an illness that ends on `day - 1` or later (`day` when none runs up to it). */
function illnessRunStart(checkIns: readonly CheckIn[], day: number): number {
  const { checkInDay: cDay, recentCheckIns: recent } = scratch;
  const n = scratch.recentCheckInCount;
  let start = day;
  for (let moved = true; moved;) {
    moved = false;
    for (let k = 0; k < n; k++) {
      const i = recent[k];
      const ill = checkIns[i].illness;
      if (cDay[i] === start - 1 && ill !== undefined && ill !== 'NONE') {
        start--;
        moved = true;
      }
    }
  }
  return start;
}

/**
 * The illness a hold's or a down week's long run counts from (`longRunIllness`, our rule: the latest illness with
 * fever or symptoms below the neck, or one that stopped training for a week), from the check-ins' illness days and
 * the confirmed illness events of the last `ILLNESS_MEMORY_DAYS` days (an event without a status is read as fever
 * or below the neck, the cautious reading). Null: none.
 */
function longRunIllnessOf(
  scan: CheckInScan,
  events: readonly ParsedEvent[],
  reviewDay: number,
  recent: RecentSessions,
): { start: number; end: number } | null {
  const from = reviewDay - ILLNESS_MEMORY_DAYS;
  let ranks = scan.illRanks;
  for (const e of events) {
    if (!e.confirmed || e.kind !== 'ILLNESS' || e.end < from || e.start > reviewDay) continue;
    if (ranks === null) ranks = new Array<number>(ILLNESS_MEMORY_DAYS + 1).fill(0);
    else if (ranks === scan.illRanks) ranks = ranks.slice();
    const rank = ILLNESS_RANK[e.illness];
    for (let d = Math.max(e.start, from); d <= Math.min(e.end, reviewDay); d++)
      if (rank > ranks[d - from]) ranks[d - from] = rank;
  }
  return ranks === null ? null : longRunIllness(ranks, from, recent.days);
}

/** One shape for every metric value (`note` is present, possibly undefined), so readers stay monomorphic. */
const mv = (value: number | null, count: number, insufficientData: boolean, note?: string): MetricValue => ({
  value,
  count,
  insufficientData,
  note,
});

/**
 * V8 tracks the representation of each object field (small integer, double, any value) per object shape,
 * and when a field widens it throws away the optimised code of every function that relied on the narrow
 * one. `value` holds integers, doubles and null, and the first null or double can come thousands of
 * reviews into a process, so each widening used to cost a round of re-optimisation in the middle of a
 * review queue. Building each shape once with every kind of value at load time settles the fields on
 * their final representation before anything is optimised.
 */
function settleShapes(): void {
  for (const value of [1, 0.5, null]) mv(value, 1, value === null, value === null ? '' : undefined);
  // Float64Arrays, as the review passes: the element loads inside stay monomorphic.
  monotonyAndStrain(Float64Array.of(1, 1, 1, 1, 1, 1, 1));
  monotonyAndStrain(Float64Array.of(1, 2, 3, 4, 5, 6, 7.5));
  monotonyAndStrain(Float64Array.of(0, 0, 0, 0, 0, 0, 100), 2);
}
settleShapes();

const ILLNESS_RANK: Record<IllnessStatus, number> = { NONE: 0, ABOVE_NECK: 1, BELOW_NECK_OR_FEVER: 2 };
/** The wellness items, in the order the scores, the signals' bits and the texts list them. */
export const WELLNESS_ITEMS: readonly WellnessItem[] = [
  'sleepQuality',
  'fatigue',
  'soreness',
  'stress',
  'mood',
];
/**
 * `o[item]` of a record by wellness item (`WellnessWindow.itemLow`, `WellnessMetrics.zScores`), by a named load per
 * item: a load by a varying key was megamorphic in every text that reads them. Two functions, one per record, so
 * that each load sees one shape (the usual one: every item, in `WELLNESS_ITEMS` order).
 */
export function itemLowOf(o: Readonly<Record<WellnessItem, number>>, item: WellnessItem): number {
  switch (item) {
    case 'sleepQuality':
      return o.sleepQuality;
    case 'fatigue':
      return o.fatigue;
    case 'soreness':
      return o.soreness;
    case 'stress':
      return o.stress;
    case 'mood':
      return o.mood;
  }
  return o[item];
}
/** `itemLowOf` of the z-scores (an item not scored: undefined). */
export function zScoreOf(
  o: Readonly<Partial<Record<WellnessItem, number>>>,
  item: WellnessItem,
): number | undefined {
  switch (item) {
    case 'sleepQuality':
      return o.sleepQuality;
    case 'fatigue':
      return o.fatigue;
    case 'soreness':
      return o.soreness;
    case 'stress':
      return o.stress;
    case 'mood':
      return o.mood;
  }
  return o[item];
}
/** +1: higher is better; −1: higher is worse. */
const WELLNESS_SIGN = [1, -1, -1, -1, 1];

function wellnessValue(c: CheckIn, item: number): number | undefined {
  switch (item) {
    case 0:
      return c.sleepQuality;
    case 1:
      return c.fatigue;
    case 2:
      return c.soreness;
    case 3:
      return c.stress;
    default:
      return c.mood;
  }
}

export function parseEvents(events: readonly ContextEvent[] | undefined): ParsedEvent[] {
  const out: ParsedEvent[] = [];
  if (!events) return out;
  for (const e of events) {
    out.push({
      kind: e.kind,
      start: toDayNumber(e.start),
      end: toDayNumber(e.end),
      confirmed: e.confirmed !== false,
      illness: e.kind === 'ILLNESS' ? (e.illness ?? 'BELOW_NECK_OR_FEVER') : 'NONE',
      source: e,
    });
  }
  return out;
}

export function parseRaces(races: readonly Race[] | undefined): ParsedRace[] {
  const out: ParsedRace[] = [];
  if (!races) return out;
  for (const r of races) {
    const day = toDayNumber(r.date);
    out.push({
      day,
      priority: r.priority,
      minutes: r.expectedMinutes,
      label: `${r.name ?? `${r.priority} race`} on ${r.date}`,
      source: r,
    });
  }
  out.sort((a, b) => a.day - b.day);
  return out;
}

/**
 * Scratch buffers reused across calls. Allocating typed arrays per review puts pressure on V8's external
 * memory accounting (frequent full GCs); reuse is safe because reviews run synchronously and nothing
 * escapes: every output is copied into plain arrays.
 *
 * The review is split into small single-purpose functions on purpose: V8's optimising compiler handles a
 * few small monomorphic functions in milliseconds, where one 600-line function took seconds to optimise
 * (escape analysis over hundreds of variables), leaving most of a benchmark run in unoptimised code.
 */
/** Days of `scratch.excluded`: from 42 days before the review date to 6 days after it. */
const EXCLUDED_DAYS = 49;
const NO_EXCLUDED_DAYS = new Uint8Array(EXCLUDED_DAYS);
/** `scratch.excluded`'s mark of a day a confirmed life event explains (not an illness's or a trip's, 1). */
const EXPLAINED_DAY = 2;

/** Compliance looks at the logs of the last six weeks (the sessions `RecentSessions` lists). */
const COMPLIANCE_HORIZON_DAYS = RECENT_SESSION_DAYS;

const scratch = {
  // Sized for the default config up front, so the growth paths below stay cold (no deopt when first taken).
  load: new Float64Array(512),
  minutes: new Float64Array(512),
  ctl: new Float64Array(512),
  atl: new Float64Array(512),
  perDay: new Int32Array(512),
  sessionDay: new Int32Array(1024),
  checkInDay: new Int32Array(1024),
  /**
   * ln of each recent check-in's rMSSD, where it is above 0 and the check-in is not before `CheckInScan.lnFrom` (the
   * HRV baseline's first day with the default config), by check-in index: `hrvBelow` and `hrvScanAsOf` read it
   * rather than take the logarithm again.
   */
  checkInLn: new Float64Array(1024),
  /** Indices of the check-ins inside the windows (not old, not after the review date), in input order. */
  recentCheckIns: new Int32Array(1024),
  /** How many of `recentCheckIns` are set (`selectRecentCheckIns`). */
  recentCheckInCount: 0,
  /**
   * Indices of the recent check-ins from day `wellnessFrom` to the latest wellness entry's, in input order
   * (`wellnessMetrics`; `wellnessCount` of them): the windows the wellness texts read.
   */
  wellnessList: new Int32Array(1024),
  wellnessCount: 0,
  wellnessFrom: 0,
  excluded: new Uint8Array(EXCLUDED_DAYS),
  /**
   * The compliance horizon's index of logs by day (`scanSessions` writes it): head/tail per day (index 0: the
   * horizon's first day), next per session, in input order; read by `loggedThisWeekOfScan`, `compliance` and
   * `effortVsPlan`, where each built its own from the listed sessions.
   */
  logHead: new Int32Array(COMPLIANCE_HORIZON_DAYS + 1),
  logTail: new Int32Array(COMPLIANCE_HORIZON_DAYS + 1),
  logNext: new Int32Array(1024),
  /** Indices of the horizon's sessions logged against a planned session (`plannedSessionId`), in input order. */
  linkedLogs: new Int32Array(1024),
  linkedLogCount: 0,
  /**
   * Indices of the sessions inside the compliance horizon, in input order (`scanSessions` writes them and
   * `recentSessionCount`; `compliance` indexes only those, instead of passing over every session again).
   */
  recentSessions: new Int32Array(1024),
  recentSessionCount: 0,
  /**
   * The ids of the planned sessions that this week's logs name (`loggedThisWeekOfScan`, from `calendarWeeks`), and
   * the Monday they were gathered from (NaN: not gathered in this review; reset by `computeMetricsState` before
   * anything else): `compliance` takes the same set when every log of the horizon that names a planned session is
   * this week's (the usual case), rather than build another with the same ids.
   */
  weekLinked: NO_IDS as ReadonlySet<string>,
  weekLinkedFrom: NaN,
};

// Each buffer is read by name: `scratch[key]` with four different keys was a megamorphic keyed load. The
// whole buffer is returned (callers index it from 0 and know how much of it is theirs): a `subarray` view per
// review was one more typed array to allocate.
//
// The scanning loops read their buffers from `scratch` themselves (after `f64`/`i32` have sized them), not
// from parameters: `scratch` is a constant to the optimising compiler and each buffer a field that is never
// reassigned while it is large enough, so the compiler embeds the typed array itself, with its length and
// data pointer. Passed as a parameter, every element access in the loop re-checked the array's map and
// reloaded its length and data pointer (a third of the session scan's instructions).
function f64(key: 'load' | 'minutes' | 'ctl' | 'atl', n: number): Float64Array {
  let a =
    key === 'load'
      ? scratch.load
      : key === 'minutes'
        ? scratch.minutes
        : key === 'ctl'
          ? scratch.ctl
          : scratch.atl;
  if (a.length < n) a = scratch[key] = new Float64Array(Math.max(n, 512));
  return a;
}
function i32(
  key:
    | 'sessionDay'
    | 'checkInDay'
    | 'recentCheckIns'
    | 'wellnessList'
    | 'logNext'
    | 'recentSessions'
    | 'linkedLogs',
  n: number,
): Int32Array {
  let a =
    key === 'sessionDay'
      ? scratch.sessionDay
      : key === 'checkInDay'
        ? scratch.checkInDay
        : key === 'recentCheckIns'
          ? scratch.recentCheckIns
          : key === 'wellnessList'
            ? scratch.wellnessList
            : key === 'logNext'
              ? scratch.logNext
              : key === 'linkedLogs'
                ? scratch.linkedLogs
                : scratch.recentSessions;
  if (a.length < n) a = scratch[key] = new Int32Array(Math.max(n, 1024, n * 1.5));
  return a;
}
function perDayCounts(n: number): void {
  if (scratch.perDay.length < n) scratch.perDay = new Int32Array(Math.max(n, 512));
}

/**
 * Zeros to clear the daily series with (`clearDailySeries`): `zeroLoad` as long as the window, `zeroMinutes` and
 * `zeroCounts` as the calendar weeks' days that lie in it.
 */
let zeroLoad = new Float64Array(0);
let zeroMinutes = new Float64Array(0);
let zeroCounts = new Int32Array(0);

/**
 * Clears the daily series the session scan bins into: the load over the whole window (`n` days), the minutes and
 * session counts over its last `CALENDAR_WEEKS` weeks (those the scan bins them in: from `calendarFrom` on, which
 * is never earlier, as the calendar weeks end on this week's Sunday). Each by one copy of zeros: `set` from a typed
 * array of the same type is a `memmove`, about 1,100 instructions a review for the three, where loops storing the
 * zeros one by one cost 2,900 (4 a day); a typed array's `fill` is a call into the runtime whose `rep stos`
 * callgrind counts a byte at a time.
 */
function clearDailySeries(n: number): void {
  const cal = Math.min(n, 7 * CALENDAR_WEEKS);
  if (zeroLoad.length !== n) zeroLoad = new Float64Array(n);
  if (zeroMinutes.length !== cal) {
    zeroMinutes = new Float64Array(cal);
    zeroCounts = new Int32Array(cal);
  }
  scratch.load.set(zeroLoad);
  scratch.minutes.set(zeroMinutes, n - cal);
  scratch.perDay.set(zeroCounts, n - cal);
}

/**
 * `loadSeries` over the daily load `scratch.load[from, n)`, writing `scratch.ctl` and `scratch.atl` (index 0 =
 * day `from`) from `storeFrom` on: the same arithmetic, term for term, so the values are bit-identical to it
 * (the metrics reference spec compares them). Written out here so that the loop reads the buffers from
 * `scratch`, where the optimising compiler embeds them (see there); through `loadSeries`'s parameters each
 * element access re-checked a typed array's map, length and data pointer, and the daily load needed a
 * `subarray` view per review.
 */
function dailyLoadSeries(
  from: number,
  n: number,
  c: EngineConfig['load'],
  ewma: EwmaPair,
  storeFrom: number,
): void {
  const { load, ctl: ctlOut, atl: atlOut } = scratch;
  const cDecay = Math.exp(-1 / c.ctlDays);
  const cGain = 1 - cDecay;
  const aDecay = Math.exp(-1 / c.atlDays);
  const aGain = 1 - aDecay;
  const la = 2 / (c.acwrAcuteDays + 1);
  const lc = 2 / (c.acwrChronicDays + 1);
  const ka = 1 - la;
  const kc = 1 - lc;
  let ctl = 0;
  let atl = 0;
  let acute = 0;
  let chronic = 0;
  const store = from + Math.max(0, Math.min(storeFrom, n - from));
  // Four days per iteration, then two, then one (the same operations in the same order, so the same values): the
  // loop's own counting, bounds and interrupt checks were a third of its instructions one day at a time, and
  // about a fifth two at a time.
  let i = from;
  for (; i + 3 < store; i += 4) {
    const v = load[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
    const w = load[i + 1];
    ctl = ctl * cDecay + w * cGain;
    atl = atl * aDecay + w * aGain;
    acute = la * w + ka * acute;
    chronic = lc * w + kc * chronic;
    const x = load[i + 2];
    ctl = ctl * cDecay + x * cGain;
    atl = atl * aDecay + x * aGain;
    acute = la * x + ka * acute;
    chronic = lc * x + kc * chronic;
    const y = load[i + 3];
    ctl = ctl * cDecay + y * cGain;
    atl = atl * aDecay + y * aGain;
    acute = la * y + ka * acute;
    chronic = lc * y + kc * chronic;
  }
  if (i + 1 < store) {
    const v = load[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
    const w = load[i + 1];
    ctl = ctl * cDecay + w * cGain;
    atl = atl * aDecay + w * aGain;
    acute = la * w + ka * acute;
    chronic = lc * w + kc * chronic;
    i += 2;
  }
  if (i < store) {
    const v = load[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
  }
  for (let i = store; i < n; i++) {
    const v = load[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
    ctlOut[i - from] = ctl;
    atlOut[i - from] = atl;
  }
  ewma.acute = acute;
  ewma.chronic = chronic;
}

/**
 * Calendar weeks the review looks at (`calendarWeeks`, this week and the 15 before). The daily minutes and
 * session counts are only read inside them (the daily load is read over the whole window), so the session
 * scan bins those two only from `calendarFrom` on, and only that part of them is cleared.
 */
const CALENDAR_WEEKS = 16;

/**
 * Calendar weeks the metrics list (`Metrics.weeks`, `weekList`): their session counts are read, and the training
 * days of the first 4 of them; `calendarWeeks` need not count either for a week after them.
 */
const LISTED_WEEKS = 8;

/**
 * The session scan compares each record's day (an integer) with a few day bounds. A bound passed as a parameter is a
 * tagged value that the optimised loop re-checks at each use; an integer local is checked once, before the
 * loop. Day numbers and the window's first day are integers (`| 0` keeps them); a bound computed from a
 * config value is rounded up, which leaves `day >= bound` the same for every integer day.
 */
function dayBound(bound: number): number {
  // (`| 0`: typed as an integer, the bound is compared untagged; a `Math.ceil` result alone was re-checked
  // for a small integer at each use inside the loop.)
  return Math.ceil(bound) | 0;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** `scratch.logHead` with no log on any day (-1 each), copied over it by each session scan. */
const NO_LOG_HEADS = new Int32Array(COMPLIANCE_HORIZON_DAYS + 1).fill(-1);

/** What one pass over the logged sessions yields besides the daily series. */
class SessionScan {
  sessionCount = 0;
  firstDay = 0;
  z1 = 0;
  z2 = 0;
  z3 = 0;
}

/**
 * One pass over the sessions: writes the day (its `day`, or its date parsed once) of each one inside the
 * compliance horizon into `sessionDay` and its index into `scratch.recentSessions`, bins the load by day of
 * the window and the minutes and session count by day from `calendarFrom` on (see `CALENDAR_WEEKS`), and
 * sums the intensity zones of the intensity window.
 */
function scanSessions(
  sessions: readonly LoggedSession[],
  reviewDayIn: number,
  windowStartIn: number,
  intensityStartIn: number,
  calendarFromIn: number,
): SessionScan {
  // The bounds as untagged integers for the loop (see `dayBound`).
  const reviewDay = reviewDayIn | 0;
  const windowStart = windowStartIn | 0;
  const intensityStart = dayBound(intensityStartIn);
  const calendarFrom = dayBound(calendarFromIn);
  const out = new SessionScan();
  let z1 = 0;
  let z2 = 0;
  let z3 = 0;
  let firstDay = reviewDay + 1;
  // The sessions outside the window are counted (those inside are the rest): they are few, and each session
  // inside then costs no count of its own.
  let skipped = 0;
  const nS = sessions.length;
  const horizonFrom = reviewDay - COMPLIANCE_HORIZON_DAYS;
  // Most of a year's sessions are older than the compliance horizon, the calendar weeks and the intensity window:
  // those only add their load (and are checked against the window's first day), and take no other test.
  const lateFrom = Math.min(horizonFrom, calendarFrom, intensityStart) | 0;
  i32('recentSessions', nS);
  i32('logNext', nS);
  i32('linkedLogs', nS);
  // Sized by the caller (`f64`, `perDayCounts`, `i32`) and here; read from `scratch`, see above.
  const {
    load,
    minutes,
    perDay,
    sessionDay,
    recentSessions: recent,
    logHead: head,
    logTail: tail,
    logNext: next,
    linkedLogs,
  } = scratch;
  // The heads cleared by one copy (`set` from a typed array of the same type is a `memmove`; see
  // `clearDailySeries`): a loop storing -1 into each of the 43 cost ~670 instructions a review, its counting,
  // bounds and interrupt checks included.
  head.set(NO_LOG_HEADS);
  let recentCount = 0;
  let linkedCount = 0;
  // Two sessions per iteration while both carry an integer `day` older than `lateFrom` (a year's history in date
  // order, up to its last weeks; the loop below takes over, from the first of the two, at one that does not): the
  // loop's own counting and interrupt check are then paid once for two (2,550 instructions a review fewer for a
  // year of sessions, of 17,900 in the scan). Same sums in the same order as one at a time. First four per
  // iteration, the same way (the counting and the checks of the list paid once for four: ~900 instructions a
  // review fewer), then two for the rest of them.
  // Each of the four is taken whole before the next is read (the loop stops at the first that does not qualify, `i`
  // on it): with the four read and checked first, the optimised code kept all four sessions and their days live at
  // once and spilled them to the stack.
  let i = 0;
  while (i + 3 < nS) {
    const s = sessions[i];
    const a = s.day;
    if (a === undefined || (a | 0) !== a || a >= lateFrom) break;
    if (a < windowStart) skipped++;
    else {
      if (a < firstDay) firstDay = a;
      load[a - windowStart] += s.rpe * s.minutes;
    }
    const t = sessions[i + 1];
    const b = t.day;
    if (b === undefined || (b | 0) !== b || b >= lateFrom) {
      i += 1;
      break;
    }
    if (b < windowStart) skipped++;
    else {
      if (b < firstDay) firstDay = b;
      load[b - windowStart] += t.rpe * t.minutes;
    }
    const u = sessions[i + 2];
    const c = u.day;
    if (c === undefined || (c | 0) !== c || c >= lateFrom) {
      i += 2;
      break;
    }
    if (c < windowStart) skipped++;
    else {
      if (c < firstDay) firstDay = c;
      load[c - windowStart] += u.rpe * u.minutes;
    }
    const v = sessions[i + 3];
    const e = v.day;
    if (e === undefined || (e | 0) !== e || e >= lateFrom) {
      i += 3;
      break;
    }
    if (e < windowStart) skipped++;
    else {
      if (e < firstDay) firstDay = e;
      load[e - windowStart] += v.rpe * v.minutes;
    }
    i += 4;
  }
  for (; i + 1 < nS; i += 2) {
    const s = sessions[i];
    const t = sessions[i + 1];
    const a = s.day;
    const b = t.day;
    if (a === undefined || b === undefined || (a | 0) !== a || (b | 0) !== b) break;
    if (a >= lateFrom || b >= lateFrom) break;
    if (a < windowStart) skipped++;
    else {
      if (a < firstDay) firstDay = a;
      load[a - windowStart] += s.rpe * s.minutes;
    }
    if (b < windowStart) skipped++;
    else {
      if (b < firstDay) firstDay = b;
      load[b - windowStart] += t.rpe * t.minutes;
    }
  }
  // Then four at a time (each taken whole before the next is read, as in the first loop) while they lie in the
  // calendar weeks but before the compliance horizon and the intensity window (the weeks before the last six, about
  // 50 sessions of a year's history): those add their load, minutes and session count, and take no other test (the
  // general loop below spent about twice as much on each).
  const midTo = Math.min(horizonFrom, intensityStart) | 0;
  while (i + 3 < nS) {
    const s = sessions[i];
    const a = s.day;
    if (a === undefined || (a | 0) !== a || a < calendarFrom || a >= midTo) break;
    if (a < firstDay) firstDay = a;
    const ia = a - windowStart;
    const ma = s.minutes;
    load[ia] += s.rpe * ma;
    minutes[ia] += ma;
    perDay[ia]++;
    const t = sessions[i + 1];
    const b = t.day;
    if (b === undefined || (b | 0) !== b || b < calendarFrom || b >= midTo) {
      i += 1;
      break;
    }
    if (b < firstDay) firstDay = b;
    const ib = b - windowStart;
    const mb = t.minutes;
    load[ib] += t.rpe * mb;
    minutes[ib] += mb;
    perDay[ib]++;
    const u = sessions[i + 2];
    const c = u.day;
    if (c === undefined || (c | 0) !== c || c < calendarFrom || c >= midTo) {
      i += 2;
      break;
    }
    if (c < firstDay) firstDay = c;
    const ic = c - windowStart;
    const mc = u.minutes;
    load[ic] += u.rpe * mc;
    minutes[ic] += mc;
    perDay[ic]++;
    const v = sessions[i + 3];
    const e = v.day;
    if (e === undefined || (e | 0) !== e || e < calendarFrom || e >= midTo) {
      i += 3;
      break;
    }
    if (e < firstDay) firstDay = e;
    const ie = e - windowStart;
    const me = v.minutes;
    load[ie] += v.rpe * me;
    minutes[ie] += me;
    perDay[ie]++;
    i += 4;
  }
  for (; i < nS; i++) {
    const s = sessions[i];
    const given = s.day;
    const d = given === undefined ? dayOfDate(s) : (given | 0) === given ? given : invalidDay(s);
    if (d < lateFrom) {
      if (d < windowStart) {
        skipped++;
        continue;
      }
      if (d < firstDay) firstDay = d;
      load[d - windowStart] += s.rpe * s.minutes;
      continue;
    }
    if (d > reviewDay) {
      skipped++;
      continue;
    }
    if (d >= horizonFrom) {
      sessionDay[i] = d;
      recent[recentCount++] = i;
      // Into its day's list of the horizon's index, and the list of those logged against a planned session.
      const slot = d - horizonFrom;
      next[i] = -1;
      if (head[slot] < 0) head[slot] = i;
      else next[tail[slot]] = i;
      tail[slot] = i;
      if (s.plannedSessionId !== undefined) linkedLogs[linkedCount++] = i;
    }
    if (d < windowStart) {
      skipped++;
      continue;
    }
    if (d < firstDay) firstDay = d;
    const idx = d - windowStart;
    const m = s.minutes;
    const rpe = s.rpe;
    load[idx] += rpe * m;
    if (d >= calendarFrom) {
      minutes[idx] += m;
      perDay[idx]++;
    }
    if (d >= intensityStart) {
      const zm = s.zoneMinutes;
      if (zm) {
        z1 += zm.z1;
        z2 += zm.z2;
        z3 += zm.z3;
      } else if (rpe < 5) z1 += m;
      else if (rpe < 7) z2 += m;
      else z3 += m;
    }
  }
  scratch.recentSessionCount = recentCount;
  scratch.linkedLogCount = linkedCount;
  out.sessionCount = nS - skipped;
  out.firstDay = firstDay;
  out.z1 = z1;
  out.z2 = z2;
  out.z3 = z3;
  return out;
}

/**
 * Calendar weeks (Monday–Sunday in the athlete's calendar) anchored on the planned week's Monday: index 0 is
 * the week the review date falls in, 1 the week before, and so on, up to 16 of them. The days of week 0 still
 * to come count as planned (this week's published plan), or, without one, as the same weekdays went last week.
 */
class CalendarWeeks {
  constructor(
    readonly loads: number[],
    readonly minutes: number[],
    /** Sessions and training days per week: of the first `LISTED_WEEKS` only (a whole week after them has 0). */
    readonly sessions: Int32Array,
    readonly trainingDays: Int32Array,
    readonly isDown: boolean[],
    /**
     * Per week, the mean load of the three weeks before it when its load fell `downWeekDetectCut` or more below
     * that and its plan did not make it a down week (a down week by its load only, `isDown`); null otherwise.
     */
    readonly loadDropRef: (number | null)[],
    /** Next week's draft when its plan makes it a down week (`planDownReference`), else null. */
    readonly draftDown: DraftDownWeek | null,
    /** Planned minutes of each week's published plan (null: no plan for that week). */
    readonly planned: (number | null)[],
    /** Days of week 0 after the review date (counted from the plan or last week, see above). */
    readonly projectedDays: number,
    /** Done minutes of the 7 days ending on the review date (where the athlete is, e.g. after an illness). */
    readonly last7Minutes: number,
    /** The projected days came from this week's plan (else from last week). */
    readonly projectedFromPlan: boolean,
    /** Mean done minutes per weekday (Monday first) over the 28 days ending on the review date. */
    readonly recentDayMinutes: number[],
    /** The sessions of this week's published plan counted as still to come (`stillToCome`; none without it). */
    readonly toCome: readonly PlannedSession[],
    /** Their load as planned (a zone costed from the athlete's own logged RPE for it). */
    readonly toComeLoad: number,
    /** The plan `toCome` was read from (this week's published plan), null when none was. */
    readonly toComePlan: WeekPlan | null,
    /** `MetricsState.nextWeekPlanReference`. */
    readonly nextWeekPlanReference: number,
  ) {}
}

/**
 * `null` for each calendar week, copied by `calendarWeeks` (never written to). Pushed, so that it and its copies
 * are packed arrays, as the lists pushed week by week were (`fill` leaves a new array holey).
 */
const NO_WEEKS: null[] = [];
for (let k = 0; k < CALENDAR_WEEKS; k++) NO_WEEKS.push(null);

/**
 * The calendar weeks' lists read only inside `computeMetricsState` (`weekList`, `loadPart`, `rampLeftOut`,
 * `weeksSinceDownWeek`): reused across calls, each of its first `nWeeks` slots written by `calendarWeeks` before
 * anything reads it (reviews run synchronously and none of them escapes; four arrays a review otherwise, ~0.5 KB).
 * The counts are typed arrays (a store into one is a bounds check, where a store into a plain array checked its map,
 * its elements' map and its length); the others were pushed full length once, so that they stay packed. They hold
 * numbers and booleans only (no reference into a review's input is kept past its call).
 */
const weekScratch = {
  sessions: new Int32Array(CALENDAR_WEEKS),
  trainingDays: new Int32Array(CALENDAR_WEEKS),
  isDown: [] as boolean[],
  planned: [] as (number | null)[],
};
for (let k = 0; k < CALENDAR_WEEKS; k++) {
  weekScratch.isDown.push(false);
  weekScratch.planned.push(null);
}

/** `calendarWeeks`'s sums of the last 28 days' minutes by weekday, reused (copied into the array it returns). */
const recentDayAcc = new Float64Array(7);

/**
 * What a week's plan is measured against to call it a down week (one rule for the past weeks' published plans and
 * next week's draft): the mean minutes of the build weeks among the three weeks from index `from` (`from`: the week
 * before it), as planned where a plan was published, else as done (a down week among them is a dip, not the level the
 * plan cut from); all three when none of them was a build week.
 */
export function planDownReference(
  planned: readonly (number | null)[],
  weekMinutes: readonly number[],
  isDown: readonly boolean[],
  from: number,
): number {
  let all = 0;
  let builds = 0;
  let n = 0;
  for (let j = from; j < from + 3; j++) {
    const v = planned[j] ?? weekMinutes[j];
    all += v;
    if (isDown[j]) continue;
    builds += v;
    n++;
  }
  return n > 0 ? builds / n : all / 3;
}

/** The weeks `planDownReference` averages (indices, most recent first). */
export function planReferenceWeeks(isDown: readonly boolean[], from: number): number[] {
  const out: number[] = [];
  for (let j = from; j < from + 3; j++) if (!isDown[j]) out.push(j);
  if (out.length === 0) for (let j = from; j < from + 3; j++) out.push(j);
  return out;
}

/** A week planned at `planned` minutes is a down week by its plan: `downWeekPlanCut` or more below `reference`. */
export function downByPlan(planned: number, reference: number, p: EngineConfig['progression']): boolean {
  return reference > 0 && planned <= (1 - p.downWeekPlanCut) * reference;
}

function calendarWeeks(
  input: ReviewInput,
  maxDays: number,
  reviewDay: number,
  nextWeekStart: number,
  nWeeks: number,
  completeWeeks: number,
  p: EngineConfig['progression'],
): CalendarWeeks {
  // The daily series `loadPart` filled (read from `scratch`, see there).
  const { load, minutes, perDay } = scratch;
  const weekLoads: number[] = new Array(nWeeks);
  const weekMinutes: number[] = new Array(nWeeks);
  const weekSessions = weekScratch.sessions;
  const weekTrainingDays = weekScratch.trainingDays;
  const windowStart = reviewDay - maxDays + 1;
  for (let k = 0; k < nWeeks; k++) {
    let l = 0;
    let m = 0;
    let days = 0;
    let n = 0;
    const from = nextWeekStart - 7 * (k + 1) - windowStart;
    const to = Math.min(from + 6, maxDays - 1);
    let i = from < 0 ? 0 : from;
    // A whole week inside the window, its 7 days written out (the same sums in the same order as the loop below:
    // its counting, bounds and interrupt checks were about 8 instructions a day, ~900 a review).
    if (i === from && to === from + 6) {
      const m0 = minutes[i];
      const m1 = minutes[i + 1];
      const m2 = minutes[i + 2];
      const m3 = minutes[i + 3];
      const m4 = minutes[i + 4];
      const m5 = minutes[i + 5];
      const m6 = minutes[i + 6];
      l += load[i];
      l += load[i + 1];
      l += load[i + 2];
      l += load[i + 3];
      l += load[i + 4];
      l += load[i + 5];
      l += load[i + 6];
      m += m0;
      m += m1;
      m += m2;
      m += m3;
      m += m4;
      m += m5;
      m += m6;
      // (The weeks after the listed ones: their sessions and training days are never read.)
      if (k < LISTED_WEEKS) {
        n +=
          perDay[i] +
          perDay[i + 1] +
          perDay[i + 2] +
          perDay[i + 3] +
          perDay[i + 4] +
          perDay[i + 5] +
          perDay[i + 6];
        days = (m0 > 0 ? 1 : 0) + (m1 > 0 ? 1 : 0) + (m2 > 0 ? 1 : 0) + (m3 > 0 ? 1 : 0);
        days += (m4 > 0 ? 1 : 0) + (m5 > 0 ? 1 : 0) + (m6 > 0 ? 1 : 0);
      }
      i = to + 1;
    }
    for (; i <= to; i++) {
      const mi = minutes[i];
      l += load[i];
      m += mi;
      n += perDay[i];
      if (mi > 0) days++;
    }
    weekLoads[k] = l;
    weekMinutes[k] = m;
    weekTrainingDays[k] = days;
    weekSessions[k] = n;
  }
  let last7Minutes = 0;
  for (let i = maxDays - 7; i < maxDays; i++) if (i >= 0) last7Minutes += minutes[i];
  // Summed in a typed array (the same terms in the same order), then copied into the list returned: a store into
  // the fresh array literal checked its map, its elements and its length at each of the 28 days.
  const acc = recentDayAcc;
  acc[0] = 0;
  acc[1] = 0;
  acc[2] = 0;
  acc[3] = 0;
  acc[4] = 0;
  acc[5] = 0;
  acc[6] = 0;
  const recentFrom = Math.max(0, maxDays - 28);
  // The weekday of each day, counted on from the first (one division, not two per day).
  let weekday: number = weekdayOf(reviewDay - (maxDays - 1 - recentFrom));
  for (let i = recentFrom; i < maxDays; i++) {
    acc[weekday] += minutes[i] / 4;
    if (++weekday === 7) weekday = 0;
  }
  const recentDayMinutes = [acc[0], acc[1], acc[2], acc[3], acc[4], acc[5], acc[6]];
  // The rest of this week: as its published plan has it (its sessions still to come, `stillToCome`: the review
  // date's own among them while no log that day matches them), else as the same weekdays went last week.
  const ahead = nextWeekStart - 1 - reviewDay;
  const current = input.currentWeekPlan;
  const thisMonday = nextWeekStart - 7;
  const fromPlan = current !== undefined && toDayNumber(current.weekStart) === thisMonday;
  const toCome: PlannedSession[] = [];
  const todayWd = reviewDay - thisMonday;
  const toComeFrom = fromPlan && nWeeks > 0 ? current : null;
  if (fromPlan && nWeeks > 0) {
    const logged = loggedThisWeekOfScan(current.sessions, input.sessions, thisMonday, reviewDay);
    scratch.weekLinked = logged.linked;
    scratch.weekLinkedFrom = thisMonday;
    for (const s of current.sessions) if (stillToCome(s, todayWd, logged)) toCome.push(s);
  }
  let toComeLoad = 0;
  if ((ahead > 0 || toCome.length > 0) && nWeeks > 0) {
    let l = 0;
    let m = 0;
    let n = 0;
    let days = 0;
    if (fromPlan) {
      const dayMinutes = [0, 0, 0, 0, 0, 0, 0];
      // A zone is costed from the athlete's own logged RPE for it, as next week's plan is (one source of truth:
      // a default zone-2 cost had lowered the recent weeks' load against next week's and fired the
      // backward-design warning); looked up only when a session to come prescribes a zone.
      let zoneRpe: ReadonlyMap<string, number> | undefined;
      for (const s of toCome)
        if (s.effort.type === 'ZONE') {
          zoneRpe = zoneRpeOf(input);
          break;
        }
      for (const s of toCome) {
        l += plannedSessionLoad(s, zoneRpe);
        m += s.minutes;
        n++;
        dayMinutes[s.day] += s.minutes;
      }
      toComeLoad = l;
      // The review date was counted as a training day already when something was logged on it (a morning
      // strength session, its evening run to come).
      for (let d = 0; d < 7; d++)
        if (dayMinutes[d] > 0 && (d !== todayWd || minutes[maxDays - 1] === 0)) days++;
    } else {
      for (let i = maxDays - 7; i < maxDays - 7 + ahead; i++) {
        if (i < 0) continue;
        l += load[i];
        m += minutes[i];
        n += perDay[i];
        if (minutes[i] > 0) days++;
      }
    }
    weekLoads[0] += l;
    weekMinutes[0] += m;
    weekSessions[0] += n;
    weekTrainingDays[0] += days;
  }
  // Planned minutes of the weeks with a published plan.
  const planned = weekScratch.planned;
  for (let k = 0; k < nWeeks; k++) planned[k] = null;
  const past = input.pastWeekPlans;
  if (past !== undefined) for (const plan of past) notePlanned(planned, nWeeks, plan, thisMonday);
  if (current !== undefined) notePlanned(planned, nWeeks, current, thisMonday);
  // A down week is one its plan made down (planned minutes ≥ downWeekPlanCut below the build weeks among the
  // three before, as planned where they were: a down week among them is a dip, not the level the plan cut
  // from), or whose done load fell ≥ downWeekDetectCut below the three weeks before. Oldest first, so that
  // the weeks before are classified when a week is.
  const isDown = weekScratch.isDown;
  // The weeks the loop below classifies are written by it (each before a later one reads it); the rest are not down.
  for (let k = Math.max(0, Math.min(nWeeks, completeWeeks) - 3); k < nWeeks; k++) isDown[k] = false;
  // (A copy of a constant array, one allocation: `fill(null)` on a new array is a call into the runtime, and an
  // array pushed value by value grew from empty. Fresh: the metrics state keeps it, `weekLoadDropRef`.)
  const loadDropRef: (number | null)[] = NO_WEEKS.slice(0, nWeeks);
  for (let k = Math.min(nWeeks, completeWeeks) - 4; k >= 0; k--) {
    const ref = (weekLoads[k + 1] + weekLoads[k + 2] + weekLoads[k + 3]) / 3;
    const byLoad = ref > 0 && weekLoads[k] <= (1 - p.downWeekDetectCut) * ref;
    const plannedK = planned[k];
    const byPlan =
      plannedK !== null && downByPlan(plannedK, planDownReference(planned, weekMinutes, isDown, k + 1), p);
    const down = byLoad || byPlan;
    // A week its plan made down is a down week by its plan (the texts say "a down week"); only one its plan did
    // not make down, and whose load fell, is a down week by its load (the texts say the fall, not the plan).
    if (byLoad && !byPlan) loadDropRef[k] = ref;
    isDown[k] = down;
  }
  // Next week's draft, by the same rule: a down week by its plan against the build weeks among this week and the two
  // before it (this week's days to come as planned), once those three weeks are classified.
  const draft = input.nextWeekDraft;
  let draftDown: DraftDownWeek | null = null;
  const reference =
    Math.min(nWeeks, completeWeeks) >= 3 ? planDownReference(planned, weekMinutes, isDown, 0) : 0;
  if (draft !== undefined && toDayNumber(draft.weekStart) === nextWeekStart && reference > 0) {
    const minutes = planMinutes(draft);
    if (downByPlan(minutes, reference, p))
      draftDown = { minutes, reference, weeks: planReferenceWeeks(isDown, 0) };
  }
  return new CalendarWeeks(
    weekLoads,
    weekMinutes,
    weekSessions,
    weekTrainingDays,
    isDown,
    loadDropRef,
    draftDown,
    planned,
    Math.max(0, ahead),
    last7Minutes,
    fromPlan,
    recentDayMinutes,
    toCome,
    toComeLoad,
    toComeFrom,
    reference,
  );
}

/**
 * `loggedThisWeek` over the logs the scan indexed by day (`scratch.logHead`, the compliance horizon's): the days
 * from `monday` to the review date, not every session of the horizon.
 */
function loggedThisWeekOfScan(
  plan: readonly PlannedSession[],
  sessions: readonly LoggedSession[],
  monday: number,
  reviewDay: number,
): LoggedThisWeek {
  const { logHead: head, logNext: next } = scratch;
  const horizonFrom = reviewDay - COMPLIANCE_HORIZON_DAYS;
  // Made at the first log against the plan (a week without one shares the empty set).
  let linked: Set<string> | null = null;
  const unlinked = unlinkedScratch.week;
  unlinked[0] = 0;
  unlinked[1] = 0;
  unlinked[2] = 0;
  for (let d = Math.max(monday, horizonFrom); d <= reviewDay; d++) {
    for (let i = head[d - horizonFrom]; i >= 0; i = next[i]) {
      const id = sessions[i].plannedSessionId;
      if (id !== undefined) (linked ??= new Set<string>()).add(id);
      else if (d === reviewDay) countUnlinked(unlinked, sessions[i]);
    }
  }
  return {
    linked: linked ?? NO_IDS,
    matchedToday: reviewDayMatched(plan, reviewDay - monday, linked, unlinked),
  };
}

/**
 * Counts of the review date's logs not logged against the plan, by sport (`countUnlinked`), reused across calls
 * (reviews run synchronously and none escapes; array literals and copies each review otherwise), each reset
 * before use: `loggedThisWeekOfScan`'s (used up there), the compliance's (`today`) and its copy that each plan of
 * this week uses up (`left`).
 */
const unlinkedScratch = { week: [0, 0, 0], today: [0, 0, 0], left: [0, 0, 0] };

/**
 * Writes a published plan's minutes into `planned` at its week (index 0: the week starting `thisMonday`), one of
 * the first `nWeeks`.
 */
function notePlanned(planned: (number | null)[], nWeeks: number, plan: WeekPlan, thisMonday: number): void {
  const k = (thisMonday - toDayNumber(plan.weekStart)) / 7;
  if (k >= 0 && k < nWeeks && (k | 0) === k) planned[k] = planMinutes(plan);
}

/**
 * The first and last dates of the calendar weeks (index as `CalendarWeeks`), for the weeks before
 * `weekDatesFrom`: kept from one review to the next, as reviews come in batches of one date (each date a
 * `fromDayNumber` lookup, two per week listed, otherwise).
 */
let weekDatesFrom = NaN;
const weekStartDates: string[] = [];
const weekEndDates: string[] = [];

function weekList(nextWeekStart: number, w: CalendarWeeks, count: number): WeekLoad[] {
  if (nextWeekStart !== weekDatesFrom || weekStartDates.length < count) {
    weekStartDates.length = 0;
    weekEndDates.length = 0;
    for (let k = 0; k < count; k++) {
      weekStartDates.push(fromDayNumber(nextWeekStart - 7 * (k + 1)));
      weekEndDates.push(fromDayNumber(nextWeekStart - 7 * k - 1));
    }
    weekDatesFrom = nextWeekStart;
  }
  const weeks: WeekLoad[] = [];
  for (let k = 0; k < count; k++) {
    weeks.push({
      start: weekStartDates[k],
      end: weekEndDates[k],
      load: w.loads[k],
      minutes: w.minutes[k],
      sessions: w.sessions[k],
      isDownWeek: w.isDown[k],
      plannedMinutes: w.planned[k],
    });
  }
  return weeks;
}

/** `MetricsState.silentWeeks` when no week was (shared, never written). */
const NO_SILENT_WEEKS: readonly number[] = [];

/** What `weeksSinceDownWeek` reads besides the calendar weeks (the review's days, check-ins and context events). */
interface SilenceRead {
  readonly nextWeekStart: number;
  readonly reviewDay: number;
  /** The first day of the daily series in `scratch` (`loadPart`'s window). */
  readonly windowStart: number;
  /** The first day of the current no-contact gap (`silenceStart`; Infinity: none). */
  readonly silentFrom: number;
  readonly checkIns: readonly Dated[];
  readonly events: readonly ParsedEvent[];
}

/**
 * Whether the week starting on `weekStart` can be a week left blank by a silence at `reviewDay` (our rule, shared by
 * `silentDownWeek` and the re-entry's down week, `reentryDownDue`): once its days are behind, a past week, or this week
 * from its Sunday on (no more than the review day left of it). Before its Sunday this week is not yet blank: nothing
 * logged by Monday 09:00 says nothing of a week hours old (Ingrid, read on the Monday of a new week, had read that week
 * "fell in a silence" beside "the week left blank by the silence" naming only the week before).
 */
export function weekDaysBehind(weekStart: number, reviewDay: number): boolean {
  return reviewDay - weekStart >= 6;
}

/**
 * Week `k`, a down week by its load only (`loadDropRef` set: its plan did not make it one), is no down week taken but
 * a silent one (our rule, issue #11): its load fell because the athlete did not report, not because a down week was
 * planned or taken (this week, before its days are behind, `weekDaysBehind`, is passed over as one but not yet named a
 * week that fell in a silence: `silentWeeksNote`). Either the current no-contact gap
 * (`silentFrom`) covers most of its days to the review date (nothing is known of them, and the fall cannot be told from
 * the silence; a week with only its last day or two in the gap and training logged on its other days is no silent
 * week), or nothing was logged on its days to the review date and no check-in or context event is on record for them
 * (nothing is known of the week). (The daily series are `scratch`'s, as `loadPart` left them.)
 */
function silentDownWeek(w: CalendarWeeks, k: number, r: SilenceRead): boolean {
  if (w.loadDropRef[k] === null) return false;
  const start = r.nextWeekStart - 7 * (k + 1);
  const end = Math.min(start + 6, r.reviewDay);
  if (r.silentFrom <= end && 2 * (end - Math.max(start, r.silentFrom) + 1) > end - start + 1) return true;
  const { minutes, perDay } = scratch;
  for (let d = Math.max(start, r.windowStart); d <= end; d++)
    if (perDay[d - r.windowStart] > 0 || minutes[d - r.windowStart] > 0) return false;
  for (const e of r.events) if (e.start <= end && e.end >= start) return false;
  for (const c of r.checkIns) {
    const d = c.day ?? dayOfDate(c);
    if (d >= start && d <= end) return false;
  }
  return true;
}

/**
 * Build weeks since the last down week, in calendar weeks (0: this week is one), and the weeks before that down week
 * that were down by their load only in a silence (`silentDownWeek`). A silent week is neither: not a down week (a
 * silence does not reset the count as if the athlete had recovered on purpose) nor a build week (nothing is known of
 * it; the texts say "N build weeks"), so the count passes over it; the last down week is week `value + silent.length`.
 * A long silence (`REENTRY_IDLE_DAYS` with nothing logged) is a break the re-entry week handles; the down week due
 * beside it counts its blank weeks as weeks gone by (`reentryDownDue`) and takes the smaller size.
 */
function weeksSinceDownWeek(
  w: CalendarWeeks,
  nWeeks: number,
  completeWeeks: number,
  r: SilenceRead,
): { readonly value: MetricValue; readonly silent: readonly number[] } {
  if (completeWeeks < 4)
    return { value: mv(null, completeWeeks, true, 'needs 4 complete weeks'), silent: NO_SILENT_WEEKS };
  const checkable = Math.min(nWeeks, completeWeeks) - 3;
  let silent: number[] | null = null;
  for (let k = 0; k < checkable; k++) {
    if (!w.isDown[k]) continue;
    if (silentDownWeek(w, k, r)) {
      (silent ??= []).push(k);
      continue;
    }
    return {
      value: mv(
        k - (silent?.length ?? 0),
        completeWeeks,
        false,
        silent === null ? undefined : silentWeeksNote(silent, r.nextWeekStart, r.reviewDay),
      ),
      silent: silent ?? NO_SILENT_WEEKS,
    };
  }
  const none = `no down week in the last ${checkable} weeks`;
  return {
    value: mv(
      checkable - (silent?.length ?? 0),
      completeWeeks,
      false,
      silent === null ? none : `${none}; ${silentWeeksNote(silent, r.nextWeekStart, r.reviewDay)}`,
    ),
    silent: silent ?? NO_SILENT_WEEKS,
  };
}

/**
 * "the week of 2026-12-07 fell in a silence (nothing logged, or no contact): no down week taken, nor a build week", the
 * silent weeks as every text names them. A week is named once its days are behind (`weekDaysBehind`, as the re-entry's
 * blank weeks count): this week before its Sunday, passed over all the same, is "this week so far" (Ingrid, read at
 * 09:00 on a Monday, had read "the weeks of 2026-12-14 and 2026-12-07 fell in a silence" beside a hold naming one).
 */
export function silentWeeksNote(silent: readonly number[], nextWeekStart: number, reviewDay: number): string {
  const soFar = silent[0] === 0 && !weekDaysBehind(nextWeekStart - 7, reviewDay);
  const names = (soFar ? silent.slice(1) : silent).map((k) => fromDayNumber(nextWeekStart - 7 * (k + 1)));
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const fell =
    names.length === 0
      ? ''
      : `the ${names.length === 1 ? 'week' : 'weeks'} of ${list} fell in a silence (nothing logged, or no contact): no down week taken, nor a build week`;
  const thisWeek = soFar ? 'this week so far, in the silence, is not counted yet' : '';
  return fell === '' ? thisWeek : thisWeek === '' ? fell : `${fell}; ${thisWeek}`;
}

/** The last `seriesDays` days of the daily load, CTL, ATL and TSB series (plain arrays, oldest first). */
class SeriesOut {
  constructor(
    readonly daily: number[],
    readonly ctl: number[],
    readonly atl: number[],
    readonly tsb: number[],
  ) {}
}

/**
 * A plain array of `n` doubles to overwrite: a copy (`slice`) of a double array of that length, one
 * allocation, where `new Array(n)` filled with doubles was allocated as small integers, then converted.
 */
let seriesTemplate: number[] = [];
function seriesArray(n: number): number[] {
  if (seriesTemplate.length !== n) seriesTemplate = new Array<number>(n).fill(0.5);
  return seriesTemplate.slice();
}

function seriesOut(maxDays: number, seriesFrom: number, seriesDays: number): SeriesOut {
  // The daily load and the CTL/ATL series `loadPart` filled (read from `scratch`, see there).
  const { load, ctl, atl } = scratch;
  const dailyOut = seriesArray(seriesDays);
  const ctlOut = seriesArray(seriesDays);
  const atlOut = seriesArray(seriesDays);
  const tsbOut = seriesArray(seriesDays);
  const base = maxDays - seriesDays; // the series' first day, as an index into the full window
  // The days before the first logged one (`k < 0` below) are zeros; then each day's TSB is the day before's CTL
  // − ATL, carried from one iteration to the next rather than read again.
  let j = 0;
  for (; j < seriesDays && base + j < seriesFrom; j++) {
    dailyOut[j] = load[base + j];
    ctlOut[j] = 0;
    atlOut[j] = 0;
    tsbOut[j] = 0;
  }
  if (j < seriesDays) {
    let k = base + j - seriesFrom; // index into the CTL/ATL series
    let tsb = k > 0 ? ctl[k - 1] - atl[k - 1] : 0;
    // Two days per iteration: the second day's stores reuse the checks of each output array the first day's made
    // (its map, elements and length, checked again at every iteration).
    for (; j + 1 < seriesDays; j += 2, k += 2) {
      const c = ctl[k];
      const a = atl[k];
      const c2 = ctl[k + 1];
      const a2 = atl[k + 1];
      dailyOut[j] = load[base + j];
      dailyOut[j + 1] = load[base + j + 1];
      ctlOut[j] = c;
      ctlOut[j + 1] = c2;
      atlOut[j] = a;
      atlOut[j + 1] = a2;
      tsbOut[j] = tsb;
      tsbOut[j + 1] = c - a;
      tsb = c2 - a2;
    }
    for (; j < seriesDays; j++, k++) {
      const c = ctl[k];
      const a = atl[k];
      dailyOut[j] = load[base + j];
      ctlOut[j] = c;
      atlOut[j] = a;
      tsbOut[j] = tsb;
      tsb = c - a;
    }
  }
  return new SeriesOut(dailyOut, ctlOut, atlOut, tsbOut);
}

/** What one pass over the check-ins yields: HRV sums, the latest wellness entry, illness, contact. */
class CheckInScan {
  hrvSum = 0;
  hrvN = 0;
  baseSum = 0;
  baseSumSq = 0;
  baseN = 0;
  latestWellness = -1;
  latestWellnessDay = -Infinity;
  lastCheckInDay = -Infinity;
  checkInCount = 0;
  /** How many of `recent` are set. */
  recentCount = 0;
  illnessStatus: IllnessStatus = 'NONE';
  illnessSince = Infinity;
  /** When there is no recent check-in: the day of the newest older one (−∞ when none). */
  newestOldDay = -Infinity;
  /**
   * First and last day of a check-in with an illness in the last `ILLNESS_MEMORY_DAYS` days (∞ and −∞ when none),
   * for `recentIllnessOf`.
   */
  illStart = Infinity;
  illEnd = -Infinity;
  /**
   * The illness of each day of the last `ILLNESS_MEMORY_DAYS` days to the review date (index 0: the first; 0 none,
   * 1 above the neck, 2 fever or below the neck) as the check-ins give it, for `longRunIllnessOf`; null with no
   * illness there (the common case: nothing is allocated).
   */
  illRanks: number[] | null = null;
  /** The first day from which `scratch.checkInLn` holds the recent check-ins' ln(rMSSD) (see `scanCheckIns`). */
  lnFrom = 0;
}

/**
 * `scanCheckIns`'s result, one object reused across calls and overwritten (reviews run synchronously;
 * `computeMetricsState` reads it before it returns and keeps only values and the fresh `illRanks`): a new one each
 * review boxed its numbers again (a reused object's number fields are rewritten in place).
 */
const checkInScanOut = new CheckInScan();

/**
 * The first pass of the check-in scan: writes the day (its `day`, or its date parsed once) of each check-in not
 * older than `oldestNeeded` into `scratch.checkInDay`, and the indices of those not after the review date, in
 * input order, into `scratch.recentCheckIns` (their count into `scratch.recentCheckInCount`); returns how many
 * are older (told by their `day`, or, for those dated by a string, by a string comparison, as ISO dates compare
 * lexicographically, cheaper than a parse or a cache lookup; not counted one by one: they are the rest).
 *
 * Most of a year's check-ins are older than every window. A loop of its own keeps their pass to a few
 * instructions each: inside the scan's loop, with its dozen sums live, the optimised code spilled and reloaded
 * registers on every check-in, old or not.
 */
function selectRecentCheckIns(
  checkIns: readonly CheckIn[],
  reviewDayIn: number,
  oldestNeededIn: number,
  oldestNeededDate: string,
): number {
  // Untagged integer bounds for the loop (see `dayBound`).
  const reviewDay = reviewDayIn | 0;
  const oldestNeeded = dayBound(oldestNeededIn);
  const { checkInDay: cDay, recentCheckIns: recent } = scratch;
  let recentCount = 0;
  // The old ones are the rest: counted are those after the review date (few), not the old (most).
  let laterCount = 0;
  const nC = checkIns.length;
  // Two check-ins per iteration while both carry an integer `day` (the usual input; the loop below takes over,
  // from the first of the two, at one that does not): the loop's own counting and interrupt check are then paid
  // once for two (1,300 instructions a review fewer for a year of check-ins, of 14,300 in the scan).
  // First four per iteration, the same way (~700 instructions a review fewer again), then two.
  // Each of the four taken whole before the next is read (the loop stops at the first without an integer `day`, `i`
  // on it), so that only one check-in's day is live at a time (as the session scan's first loop).
  let i = 0;
  while (i + 3 < nC) {
    const a = checkIns[i].day;
    if (a === undefined || (a | 0) !== a) break;
    if (a >= oldestNeeded) {
      cDay[i] = a;
      if (a <= reviewDay) recent[recentCount++] = i;
      else laterCount++;
    }
    const b = checkIns[i + 1].day;
    if (b === undefined || (b | 0) !== b) {
      i += 1;
      break;
    }
    if (b >= oldestNeeded) {
      cDay[i + 1] = b;
      if (b <= reviewDay) recent[recentCount++] = i + 1;
      else laterCount++;
    }
    const c = checkIns[i + 2].day;
    if (c === undefined || (c | 0) !== c) {
      i += 2;
      break;
    }
    if (c >= oldestNeeded) {
      cDay[i + 2] = c;
      if (c <= reviewDay) recent[recentCount++] = i + 2;
      else laterCount++;
    }
    const e = checkIns[i + 3].day;
    if (e === undefined || (e | 0) !== e) {
      i += 3;
      break;
    }
    if (e >= oldestNeeded) {
      cDay[i + 3] = e;
      if (e <= reviewDay) recent[recentCount++] = i + 3;
      else laterCount++;
    }
    i += 4;
  }
  for (; i + 1 < nC; i += 2) {
    const a = checkIns[i].day;
    const b = checkIns[i + 1].day;
    if (a === undefined || b === undefined || (a | 0) !== a || (b | 0) !== b) break;
    if (a >= oldestNeeded) {
      cDay[i] = a;
      if (a <= reviewDay) recent[recentCount++] = i;
      else laterCount++;
    }
    if (b >= oldestNeeded) {
      cDay[i + 1] = b;
      if (b <= reviewDay) recent[recentCount++] = i + 1;
      else laterCount++;
    }
  }
  for (; i < nC; i++) {
    const c = checkIns[i];
    const given = c.day;
    let d: number;
    if (given === undefined) {
      const date = c.date as LocalDate; // a record without `day` has a date (`Dated`); a wrong one throws below
      // (`cDay` is only read for the recent check-ins: an old one's is not written.)
      if (date < oldestNeededDate && date.length === 10) continue;
      d = toDayNumber(date);
    } else {
      d = (given | 0) === given ? given : invalidDay(c);
      if (d < oldestNeeded) continue;
    }
    cDay[i] = d;
    if (d <= reviewDay) recent[recentCount++] = i;
    else laterCount++;
  }
  scratch.recentCheckInCount = recentCount;
  return nC - recentCount - laterCount;
}

function scanCheckIns(
  checkIns: readonly CheckIn[],
  reviewDay: number,
  r: EngineConfig['readiness'],
  exclFrom: number,
): CheckInScan {
  // One object reused across calls (`checkInScanOut`): the fields the scan does not always write are reset here.
  const out = checkInScanOut;
  out.newestOldDay = -Infinity;
  out.illStart = Infinity;
  out.illEnd = -Infinity;
  out.illRanks = null;
  // Sized (and `excluded` cleared) by the caller; read from `scratch`, see there.
  const { checkInDay: cDay, checkInLn: lnOf, recentCheckIns: recent, excluded } = scratch;
  const hrvFrom = reviewDay - r.hrvWindowDays + 1;
  const baseTo = hrvFrom - 1;
  const baseFrom = baseTo - r.hrvBaselineDays + 1;
  // The first day whose ln(rMSSD) is read as of the review date: the HRV baseline's, or `hrvBelow`'s first as of the
  // last check-in held (`READINESS_HOLD_DAYS` back) when that is earlier (not with the default config).
  const lnFrom = Math.min(
    baseFrom,
    reviewDay - READINESS_HOLD_DAYS - HRV_LOOKBACK_DAYS - r.hrvWindowDays + 1,
  );
  out.lnFrom = lnFrom;
  const illnessFrom = reviewDay - r.illnessLookbackDays;
  // Up to `READINESS_HOLD_DAYS` back: an older amber or red reading is held (see there); `wellnessMetrics` drops a
  // stale one within the norm.
  const wellnessAge = Math.max(r.wellnessMaxAgeDays, READINESS_HOLD_DAYS);
  const wellnessFrom = reviewDay - wellnessAge;
  const illMemoryFrom = reviewDay - ILLNESS_MEMORY_DAYS;
  let hrvSum = 0;
  let hrvN = 0;
  let baseSum = 0;
  let baseSumSq = 0;
  let baseN = 0;
  let latestWellness = -1;
  let latestWellnessDay = -Infinity;
  let lastCheckInDay = -Infinity;
  let illnessStatus: IllnessStatus = 'NONE';
  let illnessSince = Infinity;
  // Check-ins older than any window are only counted: by their `day`, or, for those dated by a string, by a
  // string comparison (ISO dates compare lexicographically), cheaper than a parse or a cache lookup.
  const oldestNeeded = Math.min(
    // (The HRV read as of a last check-in up to `READINESS_HOLD_DAYS` back has its baseline that much earlier.)
    baseFrom - READINESS_HOLD_DAYS,
    reviewDay - wellnessAge - r.wellnessBaselineDays,
    reviewDay - wellnessAge - r.wellnessDeclineDays - r.wellnessDeclineBaselineDays,
    exclFrom,
  );
  const oldestNeededDate = fromDayNumber(oldestNeeded);
  const oldCount = selectRecentCheckIns(checkIns, reviewDay, oldestNeeded, oldestNeededDate);
  const recentCount = scratch.recentCheckInCount;
  const checkInCount = oldCount + recentCount;
  for (let k = 0; k < recentCount; k++) {
    const i = recent[k];
    const d = cDay[i];
    const c = checkIns[i];
    if (d > lastCheckInDay) lastCheckInDay = d;
    const v = c.rmssd;
    // The logarithm only from `lnFrom` on (the days before it, up to `READINESS_HOLD_DAYS` of them, are read only by
    // `hrvScanAsOf`, rarely, which takes it there).
    if (v !== undefined && v > 0 && d >= lnFrom) {
      const ln = Math.log(v);
      lnOf[i] = ln;
      if (d >= hrvFrom) {
        hrvSum += ln;
        hrvN++;
      } else if (d >= baseFrom) {
        baseSum += ln;
        baseSumSq += ln * ln;
        baseN++;
      }
    }
    const ill = c.illness;
    if (ill !== undefined && ill !== 'NONE') {
      if (d >= exclFrom && ill === 'BELOW_NECK_OR_FEVER') excluded[d - exclFrom] = 1;
      if (d >= illnessFrom) {
        if (ILLNESS_RANK[ill] > ILLNESS_RANK[illnessStatus]) illnessStatus = ill;
        if (d < illnessSince) illnessSince = d;
      }
      // (Written to `out` here, not summed in locals: the branch is rare, and the loop has enough live.)
      if (d >= illMemoryFrom) {
        if (d < out.illStart) out.illStart = d;
        if (d > out.illEnd) out.illEnd = d;
        if (out.illRanks === null) out.illRanks = new Array<number>(ILLNESS_MEMORY_DAYS + 1).fill(0);
        const k = d - illMemoryFrom;
        if (k <= ILLNESS_MEMORY_DAYS && ILLNESS_RANK[ill] > out.illRanks[k])
          out.illRanks[k] = ILLNESS_RANK[ill];
      }
    }
    if (
      d >= wellnessFrom &&
      d >= latestWellnessDay &&
      (c.sleepQuality !== undefined ||
        c.fatigue !== undefined ||
        c.soreness !== undefined ||
        c.stress !== undefined ||
        c.mood !== undefined)
    ) {
      latestWellness = i;
      latestWellnessDay = d;
    }
  }
  out.hrvSum = hrvSum;
  out.hrvN = hrvN;
  out.baseSum = baseSum;
  out.baseSumSq = baseSumSq;
  out.baseN = baseN;
  out.latestWellness = latestWellness;
  out.latestWellnessDay = latestWellnessDay;
  out.lastCheckInDay = lastCheckInDay;
  out.checkInCount = checkInCount;
  out.recentCount = recentCount;
  out.illnessStatus = illnessStatus;
  out.illnessSince = illnessSince;
  // The newest old check-in only matters when there is no recent one (last contact): then (rarely) a
  // second pass finds it, rather than a comparison per old check-in in every review.
  if (lastCheckInDay === -Infinity && checkInCount > 0) {
    out.newestOldDay = newestOldDay(checkIns, oldestNeeded, oldestNeededDate);
  }
  return out;
}

/**
 * The newest day of the check-ins the scan counted as old (before `oldestNeeded`, or, for those dated by a
 * string, with a date before `oldestNeededDate`); −∞ when none.
 */
function newestOldDay(checkIns: readonly CheckIn[], oldestNeeded: number, oldestNeededDate: string): number {
  let newestDay = -Infinity;
  let newestDate = '';
  for (let i = 0; i < checkIns.length; i++) {
    const c = checkIns[i];
    const given = c.day;
    if (given === undefined) {
      const date = c.date as LocalDate;
      if (date < oldestNeededDate && date.length === 10 && date > newestDate) newestDate = date;
    } else if (given < oldestNeeded && given > newestDay) newestDay = given;
  }
  return newestDate === '' ? newestDay : Math.max(newestDay, toDayNumber(newestDate));
}

/**
 * The checks a caller-supplied `day` gets (see `DayNumber`): an integer on every record (in the scans), and
 * the day number of `date` on the first and the last record of each list (here, once per review).
 */
function invalidDay(record: Dated): never {
  const day = typeof record.day === 'string' ? `'${record.day}'` : String(record.day);
  const of = record.date === undefined ? '' : ` of '${String(record.date)}'`;
  throw new EngineInputError('INVALID_DAY', `'day' must be the integer day number${of}, got ${day}`);
}

/** The day of a record without `day` (`Dated`: it has a date; anything else is `INVALID_DATE`). */
function dayOfDate(record: Dated): number {
  return toDayNumber(record.date as LocalDate);
}

function checkGivenDays(list: readonly Dated[]): void {
  const n = list.length;
  if (n === 0) return;
  const first = list[0];
  const last = list[n - 1];
  if (first.day !== undefined && first.date !== undefined && toDayNumber(first.date) !== first.day) {
    invalidDay(first);
  }
  if (last.day !== undefined && last.date !== undefined && toDayNumber(last.date) !== last.day)
    invalidDay(last);
}

/**
 * Confirmed illness and travel events close days for compliance (1 in `excluded`); the days of another confirmed
 * event (work stress, family, an injury, a holiday) are explained (2, where not closed): their misses count toward
 * no weekday's pattern nor its completion rate (see `compliance`). Illness events also set the status.
 */
function applyEvents(
  events: readonly ParsedEvent[],
  scan: CheckInScan,
  reviewDay: number,
  illnessFrom: number,
  excluded: Uint8Array,
  exclFrom: number,
): void {
  for (const e of events) {
    if (!e.confirmed) continue;
    if (e.kind === 'ILLNESS' || e.kind === 'TRAVEL') {
      const from = Math.max(e.start, exclFrom);
      const to = Math.min(e.end, reviewDay + 6);
      for (let d = from; d <= to; d++) excluded[d - exclFrom] = 1;
    } else {
      const from = Math.max(e.start, exclFrom);
      const to = Math.min(e.end, reviewDay + 6);
      for (let d = from; d <= to; d++)
        if (excluded[d - exclFrom] === 0) excluded[d - exclFrom] = EXPLAINED_DAY;
    }
    if (e.kind === 'ILLNESS' && e.start <= reviewDay && e.end >= illnessFrom) {
      if (ILLNESS_RANK[e.illness] > ILLNESS_RANK[scan.illnessStatus]) scan.illnessStatus = e.illness;
      if (e.start < scan.illnessSince) scan.illnessSince = e.start;
    }
  }
}

function hrvMetrics(scan: CheckInScan, r: EngineConfig['readiness']): HrvMetrics {
  const { hrvN, baseN } = scan;
  const hrvMean = hrvN > 0 ? scan.hrvSum / hrvN : null;
  const baseMean = baseN > 0 ? scan.baseSum / baseN : null;
  const baseSd =
    baseN > 1 && baseMean !== null
      ? Math.sqrt(Math.max(0, scan.baseSumSq / baseN - baseMean * baseMean))
      : null;
  const hrvOk = hrvN >= r.hrvMinReadings && baseN >= r.hrvBaselineMinReadings && baseSd !== null;
  let bandLow: number | null = null;
  let bandHigh: number | null = null;
  let hrvStatus: HrvMetrics['status'] = 'INSUFFICIENT_DATA';
  if (hrvOk && baseMean !== null && baseSd !== null && hrvMean !== null) {
    bandLow = baseMean - r.hrvBandSd * baseSd;
    bandHigh = baseMean + r.hrvBandSd * baseSd;
    hrvStatus = hrvMean < bandLow ? 'BELOW_BAND' : hrvMean > bandHigh ? 'ABOVE_BAND' : 'WITHIN_BAND';
  }
  return {
    status: hrvStatus,
    mean7: mv(
      hrvMean,
      hrvN,
      hrvN < r.hrvMinReadings,
      hrvN < r.hrvMinReadings ? `needs ${r.hrvMinReadings} readings in 7 days` : undefined,
    ),
    baselineMean: mv(
      baseMean,
      baseN,
      baseN < r.hrvBaselineMinReadings,
      baseN < r.hrvBaselineMinReadings ? `needs ${r.hrvBaselineMinReadings} baseline readings` : undefined,
    ),
    baselineSd: baseSd,
    bandLow,
    bandHigh,
    below: null,
  };
}

/**
 * The HRV sums of a review on `day` (the last check-in's, before the review date) from the recent check-ins the scan
 * listed (their ln(rMSSD) in `scratch.checkInLn` from `scanFrom` on, `CheckInScan.lnFrom`; taken here, and stored,
 * for the days before it), for `hrvMetrics`: a fresh object (rare: only for an athlete who has gone quiet).
 */
function hrvScanAsOf(
  checkIns: readonly CheckIn[],
  nRecent: number,
  day: number,
  r: EngineConfig['readiness'],
  scanFrom: number,
): CheckInScan {
  const out = new CheckInScan();
  const { checkInDay: cDay, checkInLn: lnOf, recentCheckIns: recent } = scratch;
  const hrvFrom = day - r.hrvWindowDays + 1;
  const baseFrom = hrvFrom - r.hrvBaselineDays;
  for (let k = 0; k < nRecent; k++) {
    const i = recent[k];
    const d = cDay[i];
    const v = checkIns[i].rmssd;
    if (v === undefined || !(v > 0) || d > day || d < baseFrom) continue;
    if (d < scanFrom) lnOf[i] = Math.log(v);
    const ln = lnOf[i];
    if (d >= hrvFrom) {
      out.hrvSum += ln;
      out.hrvN++;
    } else {
      out.baseSum += ln;
      out.baseSumSq += ln * ln;
      out.baseN++;
    }
  }
  return out;
}

const NO_WELLNESS_NOTE = 'no recent check-in';
/** Confirmed events that explain a below-norm wellness score on their days. */
export const EXPLAINS_WELLNESS: Readonly<Record<ContextEventKind, boolean>> = {
  ILLNESS: true,
  WORK_STRESS: true,
  TRAVEL: true,
  FAMILY: true,
  INJURY: false,
  VACATION: false,
  OTHER: false,
};
/** Per-item sums of the wellness baseline (5 items: sum, sum of squares, count). */
const wellnessAcc = new Float64Array(15);
/**
 * The decline's sums per item (`wellnessDecline`): recent sum (0–4) and count (5–9), earlier sum (10–14), sum of
 * squares (15–19) and count (20–24).
 */
const declineAcc = new Float64Array(25);
/**
 * The latest check-in's baseline per item (`wellnessMetrics`): mean and SD (floored at `wellnessMinSd`; NaN: too
 * few entries), which earlier check-ins are scored on (`earlierComposite`).
 */
const itemMean = new Float64Array(5);
const itemSd = new Float64Array(5);
/** The latest check-in's z-score per item (rounded to 2 decimals), for the items that have one. */
const wellnessScores = new Float64Array(5);
/** The same, unrounded (what the flag rule compares). */
const wellnessZ = new Float64Array(5);
/** An earlier check-in's z-score per item on the latest's baseline (NaN: no score). */
const earlierZ = new Float64Array(5);
/** The composite as a signal of `WellnessTrend` (bits 0–4 are the items, in `WELLNESS_ITEMS` order). */
const COMPOSITE_SIGNAL = 1 << 5;

/** Wellness: z of the latest check-in vs the 28 days before it. */
function wellnessMetrics(
  checkIns: readonly CheckIn[],
  scan: CheckInScan,
  /** HRV is clearly below its band (an exit at the edge of the band does not count). */
  hrvLow: boolean,
  /** A confirmed event on the check-in's day explains a low score (a second marker, not a red flag). */
  corroborated: boolean,
  r: EngineConfig['readiness'],
  /** Confirmed events that explain low scores, [start, end] day pairs. */
  explaining: readonly number[],
  reviewDay: number,
): WellnessMetrics {
  const w = wellnessOfLatest(checkIns, scan, hrvLow, corroborated, r, explaining);
  const age = reviewDay - scan.latestWellnessDay;
  if (scan.latestWellness < 0 || age <= r.wellnessMaxAgeDays) return w;
  // A stale check-in (the athlete has gone quiet): its amber or red flag holds, a reading within the norm (or a single
  // below-norm reading, a note) is not read (`READINESS_HOLD_DAYS`).
  if ((w.status === 'AMBER' || w.status === 'RED') && !w.singleReading) return { ...w, heldDays: age };
  return noRecentWellness();
}

function noRecentWellness(): WellnessMetrics {
  return {
    status: 'UNKNOWN',
    date: null,
    zScores: {},
    composite: mv(null, 0, true, NO_WELLNESS_NOTE),
    baselineEntries: 0,
    singleReading: false,
    trend: null,
    itemLow: null,
    recent: null,
    decline: null,
    declineCounts: false,
  };
}

function wellnessOfLatest(
  checkIns: readonly CheckIn[],
  scan: CheckInScan,
  hrvLow: boolean,
  corroborated: boolean,
  r: EngineConfig['readiness'],
  explaining: readonly number[],
): WellnessMetrics {
  if (scan.latestWellness < 0) return noRecentWellness();
  const nRecent = scan.recentCount;
  // The check-ins' days and the recent ones `scanCheckIns` wrote (read from `scratch`, see there).
  const { checkInDay: cDay, recentCheckIns: recent } = scratch;
  const latestDay = scan.latestWellnessDay;
  const latest = checkIns[scan.latestWellness];
  const wFrom = latestDay - r.wellnessBaselineDays;
  const acc = wellnessAcc;
  let entries = 0;
  // Per item (in `WELLNESS_ITEMS` order) in locals, copied into `acc` after the loop: the same sums in the
  // same order, without a typed-array read and write per item and check-in.
  // prettier-ignore
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  // prettier-ignore
  let q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0;
  // An item's count is the entries less those without it (rare: counted in `acc`, off the loop's registers).
  for (let it = 10; it < 15; it++) acc[it] = 0;
  // The baseline window and the decline's windows (`wellnessDecline`) lie inside the scanned windows, so only
  // the recent check-ins can fall in them. The pass lists the check-ins of all these days (in input order) for
  // `wellnessWindow`, `checkInBefore` and `wellnessDecline`, and sums the baseline; the decline's own sums are
  // only wanted by a review whose readiness can change or whose note can fire (a third of them), and are summed
  // from the list then.
  const declBaseFrom = latestDay - r.wellnessDeclineDays + 1 - r.wellnessDeclineBaselineDays;
  const lo = Math.min(wFrom, declBaseFrom, latestDay - r.wellnessRecentDays + 1);
  const list = scratch.wellnessList;
  let nList = 0;
  for (let k = 0; k < nRecent; k++) {
    const i = recent[k];
    const d = cDay[i];
    if (d < lo || d > latestDay) continue;
    list[nList++] = i;
    if (d < wFrom || d >= latestDay) continue;
    const c = checkIns[i];
    const v0 = c.sleepQuality;
    const v1 = c.fatigue;
    const v2 = c.soreness;
    const v3 = c.stress;
    const v4 = c.mood;
    entries++;
    if (v0 !== undefined) {
      s0 += v0;
      q0 += v0 * v0;
    } else acc[10]++;
    if (v1 !== undefined) {
      s1 += v1;
      q1 += v1 * v1;
    } else acc[11]++;
    if (v2 !== undefined) {
      s2 += v2;
      q2 += v2 * v2;
    } else acc[12]++;
    if (v3 !== undefined) {
      s3 += v3;
      q3 += v3 * v3;
    } else acc[13]++;
    if (v4 !== undefined) {
      s4 += v4;
      q4 += v4 * v4;
    } else acc[14]++;
  }
  scratch.wellnessCount = nList;
  scratch.wellnessFrom = lo;
  acc[0] = s0;
  acc[1] = s1;
  acc[2] = s2;
  acc[3] = s3;
  acc[4] = s4;
  acc[5] = q0;
  acc[6] = q1;
  acc[7] = q2;
  acc[8] = q3;
  acc[9] = q4;
  for (let it = 10; it < 15; it++) acc[it] = entries - acc[it];
  const scores = wellnessScores;
  /** Bit `it` set: item `it` has a score in `scores`. */
  let scored = 0;
  let zSum = 0;
  let zN = 0;
  let worstItem = Infinity;
  for (let it = 0; it < 5; it++) {
    const n = acc[10 + it];
    if (n < r.wellnessBaselineMinEntries) {
      itemSd[it] = NaN;
      continue;
    }
    const mean = acc[it] / n;
    const sd = Math.max(r.wellnessMinSd, Math.sqrt(Math.max(0, acc[5 + it] / n - mean * mean)));
    itemMean[it] = mean;
    itemSd[it] = sd;
    const v = wellnessValue(latest, it);
    if (v === undefined) continue;
    const z = (WELLNESS_SIGN[it] * (v - mean)) / sd;
    scores[it] = round2(z);
    wellnessZ[it] = z;
    scored |= 1 << it;
    zSum += z;
    zN++;
    if (z < worstItem) worstItem = z;
  }
  // Every item scored (the usual check-in): one literal, the items in `WELLNESS_ITEMS` order, as the loop
  // below writes them (a store per item with a computed key was a keyed-store IC call each).
  const zScores: Partial<Record<WellnessItem, number>> =
    zN === 5
      ? {
          sleepQuality: scores[0],
          fatigue: scores[1],
          soreness: scores[2],
          stress: scores[3],
          mood: scores[4],
        }
      : partialScores(scores, scored);
  const composite = zN > 0 ? zSum / zN : null;
  let status: Readiness = 'UNKNOWN';
  let singleReading = false;
  let trend: WellnessTrend | null = null;
  let itemLow: WellnessTrend | null = null;
  let recentWindow: WellnessWindow | null = null;
  let decline: WellnessDecline | null = null;
  let declineCounts = false;
  if (composite !== null) {
    const amber = belowNorm(composite, worstItem, r);
    if (amber || worstItem <= r.amberItem || hrvLow) {
      decline = wellnessDecline(checkIns, latestDay, r);
      // A lasting decline is the wellness signal persisting (see `WellnessMetrics.declineCounts`).
      declineCounts = decline !== null && (amber || hrvLow) && Math.round(composite * 10) < 0;
    }
    status =
      composite <= r.redComposite || ((amber || declineCounts) && hrvLow) ? 'RED' : amber ? 'AMBER' : 'GREEN';
    if (amber) {
      // One reading is not a trend: a flag needs the same signal below norm on the check-in before too
      // (within 3 days), HRV clearly low, a confirmed event on the day, or a lasting decline behind it.
      trend = wellnessTrend(checkIns, latestDay, scored, composite, r);
      singleReading = trend.checkIns < 2 && !hrvLow && !corroborated && !declineCounts;
    } else if (worstItem <= r.amberItem) {
      // An item low while the rest of the check-in is not: followed back all the same; persistent, it is a note
      // (unless a confirmed event on the day explains it: that event's own suggestion speaks for it).
      const t = wellnessTrend(checkIns, latestDay, scored, composite, r);
      if (t.item !== null && t.checkIns >= 2 && !corroborated) itemLow = t;
    }
    // What the texts say of the recent check-ins (after the trend: both score earlier check-ins in `earlierZ`).
    if (amber || worstItem <= r.amberItem) {
      recentWindow = wellnessWindow(checkIns, latestDay, r, explaining);
      // Not running up to the latest, but one of its low items low on `askFirstRecentBelow` or more of the
      // window's check-ins: the same note (coach read 10; our threshold), with the latest alone as its run.
      if (!amber && itemLow === null && !corroborated)
        itemLow = itemLowInWindow(recentWindow, scored, latestDay, r);
    }
  }
  return {
    status,
    date: fromDayNumber(latestDay),
    zScores,
    composite: mv(
      composite === null ? null : round2(composite),
      entries,
      composite === null,
      composite === null ? `needs ${r.wellnessBaselineMinEntries} baseline entries` : undefined,
    ),
    baselineEntries: entries,
    singleReading,
    trend,
    itemLow,
    recent: recentWindow,
    decline,
    declineCounts,
  };
}

/**
 * A lasting decline (see `WellnessMetrics.decline`, our rule): each item's mean over the last `wellnessDeclineDays`
 * days up to the latest check-in against its mean and SD (floored at `wellnessMinSd`) over the
 * `wellnessDeclineBaselineDays` days before them, summed over the check-ins `wellnessMetrics` listed (their days
 * reach back to the decline's baseline). Only on a review whose readiness can change or whose note can fire; null
 * when no item is that far worse.
 */
function wellnessDecline(
  checkIns: readonly CheckIn[],
  latestDay: number,
  r: EngineConfig['readiness'],
): WellnessDecline | null {
  const from = latestDay - r.wellnessDeclineDays + 1;
  const baseFrom = from - r.wellnessDeclineBaselineDays;
  // Per item, in input order: recent sum and count, earlier sum, sum of squares and count. Two passes, one per
  // window, each with its sums in locals (copied into `acc` after): each sum gets the same terms in the same
  // order as in one pass, without a typed-array read and write per item and check-in (as `wellnessMetrics`).
  // An item's count is the window's check-ins less those without it (rare: counted in `acc`).
  const acc = declineAcc;
  for (let j = 0; j < 25; j++) acc[j] = 0;
  const { checkInDay: cDay, wellnessList: list } = scratch;
  const nList = scratch.wellnessCount;
  // prettier-ignore
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  let n = 0;
  for (let k = 0; k < nList; k++) {
    const i = list[k];
    if (cDay[i] < from) continue;
    const c = checkIns[i];
    const v0 = c.sleepQuality;
    const v1 = c.fatigue;
    const v2 = c.soreness;
    const v3 = c.stress;
    const v4 = c.mood;
    n++;
    if (v0 !== undefined) s0 += v0;
    else acc[5]--;
    if (v1 !== undefined) s1 += v1;
    else acc[6]--;
    if (v2 !== undefined) s2 += v2;
    else acc[7]--;
    if (v3 !== undefined) s3 += v3;
    else acc[8]--;
    if (v4 !== undefined) s4 += v4;
    else acc[9]--;
  }
  acc[0] = s0;
  acc[1] = s1;
  acc[2] = s2;
  acc[3] = s3;
  acc[4] = s4;
  for (let it = 5; it < 10; it++) acc[it] += n;
  // prettier-ignore
  let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0;
  // prettier-ignore
  let q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0;
  n = 0;
  for (let k = 0; k < nList; k++) {
    const i = list[k];
    const d = cDay[i];
    if (d < baseFrom || d >= from) continue;
    const c = checkIns[i];
    const v0 = c.sleepQuality;
    const v1 = c.fatigue;
    const v2 = c.soreness;
    const v3 = c.stress;
    const v4 = c.mood;
    n++;
    if (v0 !== undefined) {
      b0 += v0;
      q0 += v0 * v0;
    } else acc[20]--;
    if (v1 !== undefined) {
      b1 += v1;
      q1 += v1 * v1;
    } else acc[21]--;
    if (v2 !== undefined) {
      b2 += v2;
      q2 += v2 * v2;
    } else acc[22]--;
    if (v3 !== undefined) {
      b3 += v3;
      q3 += v3 * v3;
    } else acc[23]--;
    if (v4 !== undefined) {
      b4 += v4;
      q4 += v4 * v4;
    } else acc[24]--;
  }
  acc[10] = b0;
  acc[11] = b1;
  acc[12] = b2;
  acc[13] = b3;
  acc[14] = b4;
  acc[15] = q0;
  acc[16] = q1;
  acc[17] = q2;
  acc[18] = q3;
  acc[19] = q4;
  for (let it = 20; it < 25; it++) acc[it] += n;
  const items: { item: WellnessItem; sd: number }[] = [];
  for (let it = 0; it < 5; it++) {
    const rn = acc[5 + it];
    const bn = acc[20 + it];
    if (rn < Math.ceil(r.wellnessDeclineDays / 2) || bn < r.wellnessBaselineMinEntries) continue;
    const mean = acc[10 + it] / bn;
    const sd = Math.max(r.wellnessMinSd, Math.sqrt(Math.max(0, acc[15 + it] / bn - mean * mean)));
    const worse = (-WELLNESS_SIGN[it] * (acc[it] / rn - mean)) / sd;
    // As the text shows it (to one decimal), so "1.0 SD worse" is never said of 0.96.
    const shown = Math.round(worse * 10) / 10;
    if (shown >= r.wellnessDeclineSd) items.push({ item: WELLNESS_ITEMS[it], sd: shown });
  }
  if (items.length === 0) return null;
  items.sort((a, b) => b.sd - a.sd);
  return {
    days: r.wellnessDeclineDays,
    since: fromDayNumber(from),
    baselineDays: r.wellnessDeclineBaselineDays,
    items,
  };
}

/**
 * The check-ins of the last `wellnessRecentDays` days up to the latest (it included), each scored on the latest's
 * baseline (`itemMean`, `itemSd`) as `wellnessTrend` scores them: how many have a score, how many are low by the count's rule
 * (`lowForCount`: an item counts on its own, whatever the composite), on the composite, and on each item (see
 * `WellnessWindow`). Reads only the recent check-ins, a
 * handful; allocates the result alone.
 */
function wellnessWindow(
  checkIns: readonly CheckIn[],
  latestDay: number,
  r: EngineConfig['readiness'],
  explaining: readonly number[],
): WellnessWindow {
  const from = latestDay - r.wellnessRecentDays + 1;
  // The check-ins `wellnessMetrics` listed (their days from before `from` to the latest's), read from `scratch`.
  const { checkInDay: cDay, wellnessList: list } = scratch;
  const nList = scratch.wellnessCount;
  let scored = 0;
  let below = 0;
  let explained = 0;
  let compositeLow = 0;
  // prettier-ignore
  let i0 = 0, i1 = 0, i2 = 0, i3 = 0, i4 = 0;
  for (let k = 0; k < nList; k++) {
    const i = list[k];
    const d = cDay[i];
    if (d < from) continue;
    const c = earlierComposite(checkIns[i]);
    if (c !== c) continue;
    scored++;
    let worst = Infinity;
    for (let it = 0; it < 5; it++) {
      const z = earlierZ[it];
      if (z < worst) worst = z;
    }
    if (lowForCount(c, worst, r)) {
      below++;
      for (let e = 0; e < explaining.length; e += 2)
        if (explaining[e] <= d && explaining[e + 1] >= d) {
          explained++;
          break;
        }
    }
    if (c <= r.amberComposite) compositeLow++;
    if (earlierZ[0] <= r.amberItem) i0++;
    if (earlierZ[1] <= r.amberItem) i1++;
    if (earlierZ[2] <= r.amberItem) i2++;
    if (earlierZ[3] <= r.amberItem) i3++;
    if (earlierZ[4] <= r.amberItem) i4++;
  }
  return {
    days: r.wellnessRecentDays,
    since: fromDayNumber(from),
    checkIns: scored,
    below,
    explained,
    compositeLow,
    itemLow: { sleepQuality: i0, fatigue: i1, soreness: i2, stress: i3, mood: i4 },
  };
}

/**
 * The latest check-in's item at or below the amber item (on `wellnessZ`) that the window counts low on
 * `askFirstRecentBelow` or more check-ins, the most often first, then the lowest today: a `WellnessTrend` of the
 * latest alone (its `checkIns` 1; the window says how often). Null when none is.
 */
function itemLowInWindow(
  win: WellnessWindow,
  scored: number,
  latestDay: number,
  r: EngineConfig['readiness'],
): WellnessTrend | null {
  let best = -1;
  for (let it = 0; it < 5; it++) {
    if ((scored & (1 << it)) === 0 || wellnessZ[it] > r.amberItem) continue;
    const n = itemLowOf(win.itemLow, WELLNESS_ITEMS[it]);
    if (n < r.askFirstRecentBelow) continue;
    const bn = best < 0 ? -1 : itemLowOf(win.itemLow, WELLNESS_ITEMS[best]);
    if (n > bn || (n === bn && wellnessZ[it] < wellnessZ[best])) best = it;
  }
  if (best < 0) return null;
  return { item: WELLNESS_ITEMS[best], checkIns: 1, since: fromDayNumber(latestDay), before: null };
}

/** The z-score of each wellness item that has one (bit `it` of `scored`), in `WELLNESS_ITEMS` order. */
function partialScores(scores: Float64Array, scored: number): Partial<Record<WellnessItem, number>> {
  const out: Partial<Record<WellnessItem, number>> = {};
  for (let it = 0; it < 5; it++) if ((scored & (1 << it)) !== 0) out[WELLNESS_ITEMS[it]] = scores[it];
  return out;
}

/**
 * The latest check-in's below-norm signals followed back (see `WellnessTrend`): the composite when it is at or
 * below `amberComposite`, and each item at or below `amberItem`. A signal stays while the check-in before (within
 * 3 days) has it too; the walk stops when none is left, so it reads only the check-ins of the run and the one
 * that ends it.
 */
function wellnessTrend(
  checkIns: readonly CheckIn[],
  latestDay: number,
  scored: number,
  composite: number,
  r: EngineConfig['readiness'],
): WellnessTrend {
  let live = composite <= r.amberComposite ? COMPOSITE_SIGNAL : 0;
  for (let it = 0; it < 5; it++) {
    if ((scored & (1 << it)) !== 0 && wellnessZ[it] <= r.amberItem) live |= 1 << it;
  }
  let n = 1;
  let day = latestDay;
  let before: WellnessBefore | null = null;
  for (;;) {
    const prev = checkInBefore(checkIns, day);
    if (prev < 0) break;
    const c = earlierComposite(checkIns[prev]);
    let still = live & COMPOSITE_SIGNAL && c <= r.amberComposite ? COMPOSITE_SIGNAL : 0;
    let worst = -1;
    for (let it = 0; it < 5; it++) {
      const z = earlierZ[it];
      if (live & (1 << it) && z <= r.amberItem) still |= 1 << it;
      if (z === z && (worst < 0 || z < earlierZ[worst])) worst = it;
    }
    if (still === 0) {
      const low = worst >= 0 && belowNorm(c, earlierZ[worst], r);
      before = {
        date: fromDayNumber(scratch.checkInDay[prev]),
        item: low ? WELLNESS_ITEMS[worst] : null,
        z: low ? round2(earlierZ[worst]) : null,
      };
      break;
    }
    live = still;
    n++;
    day = scratch.checkInDay[prev];
  }
  // The signal that lasted longest: the composite, or else the item lowest on the latest check-in.
  let item = -1;
  if ((live & COMPOSITE_SIGNAL) === 0) {
    for (let it = 0; it < 5; it++) {
      if (live & (1 << it) && (item < 0 || wellnessZ[it] < wellnessZ[item])) item = it;
    }
  }
  return {
    item: item < 0 ? null : WELLNESS_ITEMS[item],
    checkIns: n,
    since: fromDayNumber(day),
    before,
  };
}

/**
 * The latest check-in with a wellness score before `day`, within 3 days of it (−1: none; the first in input
 * order of that day). The days from `day − 3` on are among those `wellnessMetrics` listed when its list reaches
 * back that far (it does but for a long run of low check-ins): then only those are read.
 */
function checkInBefore(checkIns: readonly CheckIn[], day: number): number {
  const { checkInDay: cDay } = scratch;
  let prev = -1;
  let prevDay = -Infinity;
  if (day - 3 >= scratch.wellnessFrom) {
    const list = scratch.wellnessList;
    const n = scratch.wellnessCount;
    for (let k = 0; k < n; k++) {
      const i = list[k];
      const d = cDay[i];
      if (d >= day || d < day - 3 || d <= prevDay || !hasWellness(checkIns[i])) continue;
      prev = i;
      prevDay = d;
    }
    return prev;
  }
  const recent = scratch.recentCheckIns;
  const n = scratch.recentCheckInCount;
  for (let k = 0; k < n; k++) {
    const i = recent[k];
    const d = cDay[i];
    if (d >= day || d < day - 3 || d <= prevDay || !hasWellness(checkIns[i])) continue;
    prev = i;
    prevDay = d;
  }
  return prev;
}

function hasWellness(c: CheckIn): boolean {
  return (
    c.sleepQuality !== undefined ||
    c.fatigue !== undefined ||
    c.soreness !== undefined ||
    c.stress !== undefined ||
    c.mood !== undefined
  );
}

/**
 * An earlier check-in scored on the latest's baseline (`itemMean`, `itemSd`): its z per item into `earlierZ` (NaN
 * where it has none) and its composite (NaN when no item is scored).
 */
function earlierComposite(c: CheckIn): number {
  // The items one by one (a loop over them read each through a switch), summed in `WELLNESS_ITEMS` order.
  const z0 = itemZ(c.sleepQuality, 0);
  const z1 = itemZ(c.fatigue, 1);
  const z2 = itemZ(c.soreness, 2);
  const z3 = itemZ(c.stress, 3);
  const z4 = itemZ(c.mood, 4);
  earlierZ[0] = z0;
  earlierZ[1] = z1;
  earlierZ[2] = z2;
  earlierZ[3] = z3;
  earlierZ[4] = z4;
  let zSum = 0;
  let zN = 0;
  if (z0 === z0) {
    zSum += z0;
    zN++;
  }
  if (z1 === z1) {
    zSum += z1;
    zN++;
  }
  if (z2 === z2) {
    zSum += z2;
    zN++;
  }
  if (z3 === z3) {
    zSum += z3;
    zN++;
  }
  if (z4 === z4) {
    zSum += z4;
    zN++;
  }
  return zN > 0 ? zSum / zN : NaN;
}

/** Item `it`'s z on the latest's baseline (NaN: no value, or no baseline for the item). */
function itemZ(v: number | undefined, it: number): number {
  const sd = itemSd[it];
  if (v === undefined || sd !== sd) return NaN;
  return (WELLNESS_SIGN[it] * (v - itemMean[it])) / sd;
}

/**
 * Whether one check-in counts as low in what the texts count (`WellnessWindow.below`; docs/coaching-domain.md,
 * Wellness): the composite z at or below `amberComposite`, or one item at or below `amberItem` on its own, whatever
 * the composite (coach read 10: Chloé's fatigue at -2.3 on a morning her good sleep lifted the composite to +0.1 was
 * not counted, and the note said "one low check-in"). The flag rule that changes the week (`belowNorm`) is this and
 * more: an item counts there only while the composite is under 0.
 */
function lowForCount(composite: number, worstItem: number, r: EngineConfig['readiness']): boolean {
  return composite <= r.amberComposite || worstItem <= r.amberItem;
}

/**
 * Whether one check-in is below the athlete's norm, composite first: the composite z at or below
 * `amberComposite`, or one item at or below `amberItem` while the composite is negative as the text shows it
 * (to one decimal), so that wellness is never called amber or red with a composite at or above the norm.
 */
function belowNorm(composite: number, worstItem: number, r: EngineConfig['readiness']): boolean {
  return (
    lowForCount(composite, worstItem, r) && (composite <= r.amberComposite || Math.round(composite * 10) < 0)
  );
}

function readinessOf(
  wellness: Readiness,
  hrvLow: boolean,
  hrvStatus: HrvMetrics['status'],
  singleReading = false,
): Readiness {
  // A single below-norm check-in without a second marker is a note (WELLNESS_NOTE), not a change; so is an
  // HRV mean at the edge of its band (HRV_NOTE).
  if (singleReading) return 'GREEN';
  if (wellness === 'RED') return 'RED';
  if (wellness === 'AMBER' || hrvLow) return 'AMBER';
  if (wellness === 'GREEN' || hrvStatus !== 'INSUFFICIENT_DATA') return 'GREEN';
  return 'UNKNOWN';
}

class Compliance {
  constructor(
    readonly weeks: ComplianceWeek[],
    readonly totalPlanned: number,
    readonly totalDone: number,
    readonly weekdayCompletion: (number | null)[],
    readonly missedKeyWeekdays: { day: number; misses: number; dates: string[] }[],
    /** See `MetricsState.thisWeekMissed`. */
    readonly thisWeekMissed: PlannedSession[],
    /** See `MetricsState.missedDayWeekdays`. */
    readonly missedDayWeekdays: { day: number; dates: string[] }[],
    /** See `MetricsState.patternWindowMisses`. */
    readonly patternWindowMisses: { day: number; date: string; key: boolean }[],
  ) {}
}

function byWeekStart(a: WeekPlan, b: WeekPlan): number {
  return a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0;
}

/** Planned days of one week, in the order they first appear (the order completed minutes are summed in). */
const plannedDayOrder = new Float64Array(64);
/** Distinct excluded days of one week. */
const excludedDayOrder = new Float64Array(64);

/**
 * The compliance's counts per weekday (Monday first), reused across calls (reviews run synchronously and nothing
 * escapes; four arrays a review otherwise): planned sessions and those done over the horizon (`wdPlanned`,
 * `wdDone`), and of one plan inside the pattern window (`dayPlanned`, `dayDone`).
 */
const complianceDays = {
  wdPlanned: new Int32Array(7),
  wdDone: new Int32Array(7),
  dayPlanned: new Int32Array(7),
  dayDone: new Int32Array(7),
};

/**
 * `compliance`'s plans in week order (`null` past the review's, and after it: no plan is kept from one call to
 * the next), reused across calls: one list a review otherwise, grown plan by plan, and sorted by
 * `Array.prototype.sort` (a builtin call with a comparator, for a handful of plans).
 */
const compliancePlans: (WeekPlan | null)[] = [];

/** Writes `plan` at `compliancePlans[n]` (growing it past its length); returns n + 1. */
function notePlan(plans: (WeekPlan | null)[], n: number, plan: WeekPlan): number {
  if (n < plans.length) plans[n] = plan;
  else plans.push(plan);
  return n + 1;
}

/** Compliance of past and current week plans against the logs of the last six weeks. */
function compliance(
  input: ReviewInput,
  reviewDay: number,
  excluded: Uint8Array,
  exclFrom: number,
  silentFrom: number,
  unloggedFrom: number,
  config: EngineConfig['compliance'],
): Compliance {
  const sessions = input.sessions;
  const complianceWeeks: ComplianceWeek[] = [];
  // Per weekday (read from `compliance`'s scratch, cleared here): planned sessions and those done.
  const { wdPlanned, wdDone, dayPlanned, dayDone } = complianceDays;
  for (let wd = 0; wd < 7; wd++) {
    wdPlanned[wd] = 0;
    wdDone[wd] = 0;
  }
  let missesByDay: string[][] | null = null;
  // The last `patternWeeks` calendar weeks, this one included.
  const patternFrom = reviewDay - weekdayOf(reviewDay) + 7 - 7 * config.patternWeeks - 1;
  let totalPlanned = 0;
  let totalDone = 0;
  const thisWeekMissed: PlannedSession[] = [];
  // Allocated at the first day missed in full (most reviews have none).
  let dayMisses: string[][] | null = null;
  const patternWindowMisses: { day: number; date: string; key: boolean }[] = [];
  const thisMonday = reviewDay - weekdayOf(reviewDay);
  const past = input.pastWeekPlans;
  const current = input.currentWeekPlan;
  if ((past !== undefined && past.length > 0) || current !== undefined) {
    // The plans in week order, in `compliancePlans` (cleared below: it keeps no plan past the call).
    const plans = compliancePlans;
    let nPlans = 0;
    if (past !== undefined) for (const p of past) nPlans = notePlan(plans, nPlans, p);
    if (current) nPlans = notePlan(plans, nPlans, current);
    // Stable, as `Array.prototype.sort` is: plans of one week keep their input order.
    for (let i = 1; i < nPlans; i++) {
      const x = plans[i] as WeekPlan;
      let j = i - 1;
      while (j >= 0 && byWeekStart(plans[j] as WeekPlan, x) > 0) {
        plans[j + 1] = plans[j];
        j--;
      }
      plans[j + 1] = x;
    }
    // The horizon's logs by day, a list per day in input order, as the session scan indexed them (read from
    // `scratch`, see there).
    const horizonFrom = reviewDay - COMPLIANCE_HORIZON_DAYS;
    const { logHead: head, logNext: next, linkedLogs, sessionDay } = scratch;
    // The ids of the planned sessions logged against (those of the horizon's logs that name one; only asked with
    // `has`): this week's set (`scratch.weekLinked`, the same ids) when every such log is this week's, else a set
    // of their own, in input order.
    const nLinked = scratch.linkedLogCount;
    const weekFrom = scratch.weekLinkedFrom;
    let thisWeeks = weekFrom === weekFrom && scratch.weekLinked !== NO_IDS;
    for (let k = 0; k < nLinked && thisWeeks; k++)
      if (sessionDay[linkedLogs[k]] < weekFrom) thisWeeks = false;
    let loggedIds: ReadonlySet<string> | null = nLinked > 0 && thisWeeks ? scratch.weekLinked : null;
    if (nLinked > 0 && !thisWeeks) {
      const own = new Set<string>();
      for (let k = 0; k < nLinked; k++) own.add(sessions[linkedLogs[k]].plannedSessionId as string);
      loggedIds = own;
    }
    // The review date's sessions are still to come while no log that day matches them (`stillToCome`): not
    // missed. That day's logs not logged against the plan, by sport (its list in the index, a few at most).
    // (In `unlinkedScratch`'s second and third lists, reset here: the count, and the copy each plan of this week
    // uses up.)
    const todayUnlinked = unlinkedScratch.today;
    const todayLeft = unlinkedScratch.left;
    todayUnlinked[0] = 0;
    todayUnlinked[1] = 0;
    todayUnlinked[2] = 0;
    for (let li = head[reviewDay - horizonFrom]; li >= 0; li = next[li])
      countUnlinked(todayUnlinked, sessions[li]);
    const linkedIds: ReadonlySet<string> = loggedIds ?? NO_IDS;
    const order = plannedDayOrder;
    const exclOrder = excludedDayOrder;
    for (let pi = 0; pi < nPlans; pi++) {
      const plan = plans[pi] as WeekPlan;
      const ws = toDayNumber(plan.weekStart);
      if (ws + 6 < horizonFrom || ws > reviewDay) continue;
      // The plan of the review date's week: what is still to come of it, as week 0 counts it.
      let logged: LoggedThisWeek | null = null;
      if (ws + 6 >= reviewDay) {
        todayLeft[0] = todayUnlinked[0];
        todayLeft[1] = todayUnlinked[1];
        todayLeft[2] = todayUnlinked[2];
        logged = {
          linked: linkedIds,
          matchedToday: reviewDayMatched(plan.sessions, reviewDay - ws, loggedIds, todayLeft),
        };
      }
      let planned = 0;
      let done = 0;
      let exclDays = 0;
      let nDays = 0;
      const missed: { sessionId: string; date: string }[] = [];
      // Per weekday of this plan, inside the pattern window: planned sessions and those done.
      for (let wd = 0; wd < 7; wd++) {
        dayPlanned[wd] = 0;
        dayDone[wd] = 0;
      }
      for (const ps of plan.sessions) {
        if (ps.kind === 'REST') continue;
        const d = ws + ps.day;
        if (d > reviewDay || (logged !== null && stillToCome(ps, reviewDay - ws, logged))) continue;
        const ex = d >= exclFrom && d - exclFrom < excluded.length && excluded[d - exclFrom] === 1;
        if (ex) {
          let seenEx = false;
          for (let j = 0; j < exclDays; j++) {
            if (exclOrder[j] === d) {
              seenEx = true;
              break;
            }
          }
          if (!seenEx && exclDays < exclOrder.length) exclOrder[exclDays++] = d;
          continue;
        }
        planned += ps.minutes;
        let seen = false;
        for (let j = 0; j < nDays; j++) {
          if (order[j] === d) {
            seen = true;
            break;
          }
        }
        if (!seen && nDays < order.length) order[nDays++] = d;
        let completed = loggedIds !== null && loggedIds.has(ps.id);
        if (!completed && d >= horizonFrom) {
          for (let li = head[d - horizonFrom]; li >= 0; li = next[li]) {
            const s = sessions[li];
            if (
              (s.kind === ps.kind || (s.kind === 'RACE' && ps.kind === 'RUN')) &&
              s.minutes >= config.completedShare * ps.minutes &&
              (s.plannedSessionId === undefined || s.plannedSessionId === ps.id)
            ) {
              completed = true;
              break;
            }
          }
        }
        // A day inside a no-contact gap is unknown, not missed: it counts toward no weekday's pattern.
        const silent = d >= silentFrom;
        // Nor does a day a confirmed life event explains (Lea's Tuesday inside her work stress had made a pattern of
        // missed key sessions, issue #11), nor one before the horizon, whose logs are not read (its sessions had
        // counted as missed in the weekday's completion rate).
        const unread =
          silent ||
          d < horizonFrom ||
          (d >= exclFrom && d - exclFrom < excluded.length && excluded[d - exclFrom] === EXPLAINED_DAY);
        if (!unread) wdPlanned[ps.day]++;
        // This week's sessions of the days before the review date that were not done (the review day's may still be).
        if (!completed && !silent && ws === thisMonday && d < reviewDay) thisWeekMissed.push(ps);
        // The pattern of a day that keeps failing: the days before the review date (the review day's may still be done).
        // A day of the no-log gap the silence opened is no miss of its weekday's pattern either (`unloggedFrom`).
        const inPattern = !unread && d < unloggedFrom && d > patternFrom;
        if (inPattern && d < reviewDay) {
          dayPlanned[ps.day]++;
          if (completed) dayDone[ps.day]++;
          else patternWindowMisses.push({ day: ps.day, date: fromDayNumber(d), key: ps.key === true });
        }
        if (completed) {
          if (!unread) wdDone[ps.day]++;
        } else if (ps.key) {
          const date = fromDayNumber(d);
          missed.push({ sessionId: ps.id, date });
          if (inPattern) {
            missesByDay ??= [[], [], [], [], [], [], []];
            missesByDay[ps.day].push(date);
          }
        }
      }
      for (let j = 0; j < nDays; j++) {
        const d = order[j];
        if (d < horizonFrom) continue;
        for (let li = head[d - horizonFrom]; li >= 0; li = next[li]) done += sessions[li].minutes;
      }
      for (let wd = 0; wd < 7; wd++)
        if (dayPlanned[wd] > 0 && dayDone[wd] === 0)
          (dayMisses ??= [[], [], [], [], [], [], []])[wd].push(fromDayNumber(ws + wd));
      // A week that starts before the horizon is read in part only (its logs before `horizonFrom` are not read): its
      // plan's minutes were all counted against the minutes of its last days, a partial week's figure (Ingrid's Sunday
      // review of 2026-12-06 read one day of the week of 2026-10-19, and said 79 % done where her whole weeks give
      // 91 %). It is left out of the weekly figures and the total, which are of whole weeks (our rule, issue #11); its
      // days inside the horizon still count toward each weekday's completion, as read.
      if (ws < horizonFrom) continue;
      totalPlanned += planned;
      totalDone += done;
      complianceWeeks.push({
        weekStart: plan.weekStart,
        plannedMinutes: planned,
        completedMinutes: done,
        pct: planned > 0 ? Math.round((done / planned) * 100) : null,
        excludedDays: exclDays,
        missedKeySessions: missed,
      });
    }
    for (let pi = 0; pi < nPlans; pi++) plans[pi] = null;
  }
  const weekdayCompletion: (number | null)[] = new Array(7);
  for (let i = 0; i < 7; i++) weekdayCompletion[i] = wdPlanned[i] > 0 ? wdDone[i] / wdPlanned[i] : null;
  const missedKeyWeekdays: { day: number; misses: number; dates: string[] }[] = [];
  if (missesByDay !== null) {
    for (let d = 0; d < 7; d++) {
      const n = missesByDay[d].length;
      if (n >= config.patternMisses) missedKeyWeekdays.push({ day: d, misses: n, dates: missesByDay[d] });
    }
  }
  const missedDayWeekdays: { day: number; dates: string[] }[] = [];
  for (let d = 0; d < 7; d++) {
    const dates = dayMisses === null ? null : dayMisses[d];
    if ((dates === null ? 0 : dates.length) >= config.patternDays)
      missedDayWeekdays.push({ day: d, dates: dates ?? [] });
  }
  return new Compliance(
    complianceWeeks,
    totalPlanned,
    totalDone,
    weekdayCompletion,
    missedKeyWeekdays,
    thisWeekMissed,
    missedDayWeekdays,
    patternWindowMisses,
  );
}

const ACWR_NOTE = 'context only, not an injury predictor (Impellizzeri 2020)';
const PARTIAL_NOTE = 'less than 4 weeks; mean of the weeks available';
/** The note on `rampPct` when a down week among the three before was left out of its reference. */
export const RAMP_SKIPS_DOWN_NOTE =
  'vs the weeks among the three before not lighter in load than the build weeks (lighter down weeks left out)';

/**
 * Which of the three weeks before this one (`loads[1..3]`, newest first) the ramp's reference leaves out, as bits
 * (1: the week before, 2: the one before that, 4: the third): a down week (`isDown`, by its plan or its load)
 * whose load was lighter than every build week among the three. A down week whose load was not lighter is the
 * level the athlete trained at and counts: Ingrid's week before the flu, its plan cut for the flu, had a load of
 * 1387 against 1115 in the one build week, and leaving it out made her +39 % a +56 %. With no build week among
 * the three, all three are left out (the reference falls back to their mean). One source for the metric and the
 * text that names its weeks.
 */
export function rampLeftOut(loads: ArrayLike<number>, isDown: ArrayLike<boolean>): number {
  let lightest = Infinity;
  for (let k = 1; k <= 3; k++) if (!isDown[k] && loads[k] < lightest) lightest = loads[k];
  let left = 0;
  for (let k = 1; k <= 3; k++) if (isDown[k] && !(loads[k] >= lightest)) left |= 1 << (k - 1);
  return left;
}

/** The ramp's reference load: the mean of the three weeks before that `rampLeftOut` keeps (all three if none). */
export function rampReferenceLoad(weeks: readonly WeekLoad[]): number {
  if (weeks.length < 4) return 0;
  const loads = [weeks[0].load, weeks[1].load, weeks[2].load, weeks[3].load];
  const left = rampLeftOut(loads, [false, weeks[1].isDownWeek, weeks[2].isDownWeek, weeks[3].isDownWeek]);
  let sum = 0;
  let n = 0;
  for (let k = 1; k <= 3; k++)
    if ((left & (1 << (k - 1))) === 0) {
      sum += loads[k];
      n++;
    }
  return n > 0 ? sum / n : (loads[1] + loads[2] + loads[3]) / 3;
}

/** Everything computed from the logged sessions: daily series, rolling weeks, load ratios, intensity. */
class LoadPart {
  constructor(
    readonly sessionDay: Int32Array,
    readonly historyDays: number,
    readonly sessionCount: number,
    readonly seriesDays: number,
    readonly series: SeriesOut,
    readonly completeWeeks: number,
    readonly nWeeks: number,
    readonly rw: CalendarWeeks,
    readonly weekLoads: number[],
    readonly weekMinutes: number[],
    readonly mono: MonotonyResult,
    readonly haveWeek: boolean,
    readonly haveMonth: boolean,
    readonly chronicMinutes: number | null,
    readonly chronicLoad: number | null,
    readonly partialChronicMinutes: number,
    readonly partialChronicLoad: number,
    readonly ramp: number | null,
    readonly rampSkipsDown: boolean,
    readonly wow: number | null,
    readonly twoWeek: number | null,
    readonly acwr: number | null,
    readonly ctlToday: number,
    readonly atlToday: number,
    readonly tsbToday: number,
    readonly ctlWeekAgo: number,
    readonly trainingDays: number,
    readonly tdWeeks: number,
    readonly z1: number,
    readonly z2: number,
    readonly z3: number,
    readonly polar: number | null,
    readonly zTotal: number,
  ) {}
}

/** `loadPart`'s exponentially weighted loads, reused across calls (reset there; read before it returns). */
const loadEwma: EwmaPair = { acute: 0, chronic: 0 };

/** Sessions → daily series, CTL/ATL, rolling weeks, monotony, ramps, ACWR and intensity zones. */
function loadPart(input: ReviewInput, config: EngineConfig, reviewDay: number): LoadPart {
  const maxDays = config.history.maxDays;
  const windowStart = reviewDay - maxDays + 1;

  // ---- sessions → daily series -----------------------------------------------------------------------
  const sessions: readonly LoggedSession[] = input.sessions;
  // Sized and cleared here (the minutes and counts from the first calendar week on), filled by `scanSessions`
  // and read by the functions below from `scratch`.
  const load = f64('load', maxDays);
  const nextWeekStart = reviewDay - weekdayOf(reviewDay) + 7;
  const calendarFrom = Math.max(windowStart, nextWeekStart - 7 * CALENDAR_WEEKS);
  f64('minutes', maxDays);
  perDayCounts(maxDays);
  clearDailySeries(maxDays);
  const sessionDay = i32('sessionDay', sessions.length);
  const sc = scanSessions(
    sessions,
    reviewDay,
    windowStart,
    reviewDay - config.intensity.windowDays + 1,
    calendarFrom,
  );
  const sessionCount = sc.sessionCount;
  const historyDays = sessionCount > 0 ? reviewDay - sc.firstDay + 1 : 0;
  const seriesFrom = sessionCount > 0 ? sc.firstDay - windowStart : maxDays - 1;
  const seriesLen = maxDays - seriesFrom;

  const ctl = f64('ctl', seriesLen);
  const atl = f64('atl', seriesLen);
  const ewma = loadEwma;
  ewma.acute = 0;
  ewma.chronic = 0;
  dailyLoadSeries(
    seriesFrom,
    maxDays,
    config.load,
    ewma,
    // Only the days read below are stored: the series' last `seriesDays` (and the day before) and a week ago.
    seriesLen - Math.max(Math.min(config.history.seriesDays, maxDays) + 1, 8),
  );
  const last = seriesLen - 1;
  const ctlToday = ctl[last];
  const atlToday = atl[last];
  const tsbToday = last > 0 ? ctl[last - 1] - atl[last - 1] : 0;
  const seriesDays = Math.min(config.history.seriesDays, maxDays);
  const series = seriesOut(maxDays, seriesFrom, seriesDays);

  // ---- calendar weeks (anchored on the planned week's Monday) -----------------------------------------
  // Weeks from the first logged day to the end of this week (this week's days to come count as planned).
  const completeWeeks = sessionCount > 0 ? Math.floor((nextWeekStart - sc.firstDay) / 7) : 0;
  const nWeeks = Math.min(CALENDAR_WEEKS, Math.max(completeWeeks, 1));
  const rw = calendarWeeks(
    input,
    maxDays,
    reviewDay,
    nextWeekStart,
    nWeeks,
    completeWeeks,
    config.progression,
  );
  const weekLoads = rw.loads;
  const weekMinutes = rw.minutes;

  const mono = monotonyAndStrain(load, config.load.monotonyCap, maxDays);
  const haveWeek = historyDays >= 7;
  const haveMonth = completeWeeks >= 4;
  const chronicMinutes = haveMonth
    ? (weekMinutes[0] + weekMinutes[1] + weekMinutes[2] + weekMinutes[3]) / 4
    : null;
  const chronicLoad = haveMonth ? (weekLoads[0] + weekLoads[1] + weekLoads[2] + weekLoads[3]) / 4 : null;
  let partialChronicMinutes = 0;
  let partialChronicLoad = 0;
  const partialWeeks = Math.max(1, Math.min(4, completeWeeks));
  for (let k = 0; k < partialWeeks; k++) {
    partialChronicMinutes += weekMinutes[k] ?? 0;
    partialChronicLoad += weekLoads[k] ?? 0;
  }
  partialChronicMinutes /= partialWeeks;
  partialChronicLoad /= partialWeeks;

  // The level a ramp is measured from is the weeks among the three before that were not lighter in load
  // (`rampLeftOut`): a down week is a dip, not the level the athlete trains at (in the two-week ratio it counts
  // at that level).
  let prev3 = 0;
  let rampWeeks = 0;
  let left2 = false;
  let left3 = false;
  if (haveMonth) {
    const left = rampLeftOut(weekLoads, rw.isDown);
    left2 = (left & 2) !== 0;
    left3 = (left & 4) !== 0;
    for (let k = 1; k <= 3; k++) {
      if ((left & (1 << (k - 1))) !== 0) continue;
      prev3 += weekLoads[k];
      rampWeeks++;
    }
    prev3 = rampWeeks > 0 ? prev3 / rampWeeks : (weekLoads[1] + weekLoads[2] + weekLoads[3]) / 3;
  }
  const ramp = haveMonth ? percentChange(weekLoads[0], prev3) : null;
  const wow = completeWeeks >= 2 ? percentChange(weekLoads[0], weekLoads[1]) : null;
  const twoWeek = haveMonth
    ? percentChange(
        weekLoads[0] + weekLoads[1],
        (left2 ? prev3 : weekLoads[2]) + (left3 ? prev3 : weekLoads[3]),
      )
    : null;
  const rampSkipsDown = haveMonth && rampWeeks > 0 && rampWeeks < 3;
  const acwrOk = historyDays >= config.load.acwrChronicDays;
  const acuteE = ewma.acute;
  const chronicE = ewma.chronic;
  const acwr = acwrOk && chronicE > 0 ? acuteE / chronicE : null;
  const ctlWeekAgo = last - 7 >= 0 ? ctl[last - 7] : 0;

  let trainingDays = 0;
  const tdWeeks = Math.min(4, completeWeeks);
  for (let k = 0; k < tdWeeks; k++) trainingDays += rw.trainingDays[k];

  const { z1, z2, z3 } = sc;
  const polar = polarizationIndex(z1, z2, z3, config.intensity.z2Floor);
  const zTotal = z1 + z2 + z3;

  return new LoadPart(
    sessionDay,
    historyDays,
    sessionCount,
    seriesDays,
    series,
    completeWeeks,
    nWeeks,
    rw,
    weekLoads,
    weekMinutes,
    mono,
    haveWeek,
    haveMonth,
    chronicMinutes,
    chronicLoad,
    partialChronicMinutes,
    partialChronicLoad,
    ramp,
    rampSkipsDown,
    wow,
    twoWeek,
    acwr,
    ctlToday,
    atlToday,
    tsbToday,
    ctlWeekAgo,
    trainingDays,
    tdWeeks,
    z1,
    z2,
    z3,
    polar,
    zTotal,
  );
}

/**
 * Days of the last `days` (calendar weeks ending on this week's Sunday) inside a no-contact gap: from
 * `silentFrom` to the review date. Nothing is known of them, so they are left out of recent averages.
 */
export function silentDaysIn(days: number, reviewDay: number, silentFrom: number): number {
  const nextWeekStart = reviewDay - weekdayOf(reviewDay) + 7;
  return Math.max(0, reviewDay - Math.max(silentFrom, nextWeekStart - days) + 1);
}

const SILENT_NOTE = ' days without contact left out';

/**
 * A weekly mean over the last `days` with the days of a no-contact gap left out: the days that are known,
 * scaled to a week (unchanged with fewer than 7 known days; the mean then stays as logged).
 */
function knownDaysMean(
  weeklyMean: number,
  days: number,
  reviewDay: number,
  silentFrom: number,
  partial: boolean,
  historyDays = 28,
): MetricValue {
  const silent = silentDaysIn(days, reviewDay, silentFrom);
  const count = partial ? historyDays : 28;
  if (silent === 0 || days - silent < 7)
    return mv(weeklyMean, count, partial, partial ? PARTIAL_NOTE : undefined);
  const note = `${silent}${SILENT_NOTE}${partial ? `; ${PARTIAL_NOTE}` : ''}`;
  return mv(round2((weeklyMean * days) / (days - silent)), count - silent, partial, note);
}

/** The `Metrics` output object (one literal, kept out of the scanning code so that each compiles quickly). */
function assembleMetrics(
  lp: LoadPart,
  reviewDay: number,
  config: EngineConfig,
  cs: CheckInScan,
  hrv: HrvMetrics,
  wellness: WellnessMetrics,
  readiness: Readiness,
  comp: Compliance,
  weeksInMesocycle: MetricValue,
  racesLast8: number,
  raceCount: number,
  daysSinceContact: MetricValue,
  silentFrom: number,
  sinceDown: ReturnType<typeof weeksSinceDownWeek>,
): Metrics {
  const {
    historyDays,
    sessionCount,
    seriesDays,
    series,
    completeWeeks,
    nWeeks,
    rw,
    weekLoads,
    weekMinutes,
    mono,
    haveWeek,
    haveMonth,
    chronicMinutes,
    chronicLoad,
    partialChronicMinutes,
    partialChronicLoad,
    ramp,
    wow,
    twoWeek,
    acwr,
    ctlToday,
    atlToday,
    tsbToday,
    ctlWeekAgo,
    z1,
    z2,
    z3,
    polar,
    zTotal,
  } = lp;
  const chronicDays = 7 * Math.max(1, Math.min(4, completeWeeks));
  return {
    historyDays,
    sessionCount,
    checkInCount: cs.checkInCount,
    dailyLoad: series.daily,
    ctlSeries: series.ctl,
    atlSeries: series.atl,
    tsbSeries: series.tsb,
    seriesStart: fromDayNumber(reviewDay - seriesDays + 1),
    weeks: weekList(reviewDay - weekdayOf(reviewDay) + 7, rw, Math.min(nWeeks, LISTED_WEEKS)),
    weeklyLoad: mv(
      weekLoads[0],
      Math.min(historyDays, 7),
      !haveWeek,
      haveWeek ? undefined : 'less than 7 days',
    ),
    weeklyMinutes: weekMinutes[0],
    chronicWeeklyMinutes: haveMonth
      ? knownDaysMean(chronicMinutes as number, 28, reviewDay, silentFrom, false)
      : knownDaysMean(round2(partialChronicMinutes), chronicDays, reviewDay, silentFrom, true, historyDays),
    chronicWeeklyLoad: haveMonth
      ? knownDaysMean(chronicLoad as number, 28, reviewDay, silentFrom, false)
      : knownDaysMean(round2(partialChronicLoad), chronicDays, reviewDay, silentFrom, true, historyDays),
    monotony: mv(
      mono.monotony,
      7,
      !haveWeek || mono.monotony === null,
      mono.monotony === null
        ? 'no load in the 7 days'
        : mono.sd === 0
          ? 'the same load every day (SD 0): the most monotonous week, reported at the cap'
          : mono.capped
            ? 'capped'
            : undefined,
    ),
    strain: mv(mono.strain, 7, !haveWeek || mono.strain === null),
    ctl: mv(
      ctlToday,
      historyDays,
      historyDays < 42,
      historyDays < 42 ? 'less than 42 days of history' : undefined,
    ),
    atl: mv(atlToday, historyDays, historyDays < 7),
    tsb: mv(tsbToday, historyDays, historyDays < 42),
    ctlChangePerWeek: mv(ctlToday - ctlWeekAgo, historyDays, historyDays < 49),
    rampPct: mv(
      ramp,
      28,
      ramp === null,
      haveMonth ? (lp.rampSkipsDown ? RAMP_SKIPS_DOWN_NOTE : undefined) : 'needs 4 complete weeks',
    ),
    weekOverWeekPct: mv(wow, 14, wow === null),
    twoWeekPct: mv(twoWeek, 28, twoWeek === null),
    acwr: mv(acwr, historyDays, acwr === null, ACWR_NOTE),
    hrv,
    wellness,
    readiness,
    intensity: {
      windowDays: config.intensity.windowDays,
      minutes: { z1, z2, z3 },
      shares: zTotal > 0 ? { z1: z1 / zTotal, z2: z2 / zTotal, z3: z3 / zTotal } : null,
      polarizationIndex: mv(polar, zTotal, polar === null),
      polarized: polar !== null && polar > config.intensity.polarizedAbove && z1 > z3 && z3 > z2,
    },
    compliance: {
      weeks: comp.weeks,
      pct: mv(
        comp.totalPlanned > 0 ? Math.round((comp.totalDone / comp.totalPlanned) * 100) : null,
        comp.weeks.length,
        comp.totalPlanned === 0,
        comp.totalPlanned === 0 ? 'no planned sessions to compare' : undefined,
      ),
      weekdayCompletion: comp.weekdayCompletion,
    },
    weeksSinceDownWeek: sinceDown.value,
    weeksInMesocycle,
    racesLast8Weeks: mv(racesLast8, raceCount, false),
    daysSinceContact,
    illness: {
      status: cs.illnessStatus,
      since: cs.illnessStatus === 'NONE' ? null : fromDayNumber(cs.illnessSince),
    },
  };
}

/**
 * The first day of a no-contact gap (Infinity when there is none): the day after the last check-in, message
 * or logged session, when no contact has come for `noContactDays` or more and nothing was logged for as
 * long. Nothing is known of those days: they are not zero-load days or missed sessions.
 */
function silenceStart(
  lastContact: number,
  reviewDay: number,
  lastLogged: number,
  noContactDays: number,
): number {
  if (lastContact === -Infinity || reviewDay - lastContact < noContactDays) return Infinity;
  const from = Math.max(lastContact, lastLogged) + 1;
  return reviewDay - from + 1 >= noContactDays ? from : Infinity;
}

/**
 * Computes section-4 metrics for the review date. Each session's and check-in's day is read (`day`) or
 * parsed from its date at most once.
 */
export function computeMetricsState(input: ReviewInput, config: EngineConfig): MetricsState {
  const reviewDay = toDayNumber(input.reviewDate);
  checkGivenDays(input.sessions);
  checkGivenDays(input.checkIns);
  const nextWeekStart = reviewDay - weekdayOf(reviewDay) + 7;
  // (Set again by `calendarWeeks` when it gathers this week's linked logs, for `compliance`.)
  scratch.weekLinked = NO_IDS;
  scratch.weekLinkedFrom = NaN;
  const lp = loadPart(input, config, reviewDay);
  const { sessionDay, historyDays, completeWeeks, weekLoads, weekMinutes, trainingDays, tdWeeks } = lp;

  // ---- context events and races -------------------------------------------------------------------------
  const events = parseEvents(input.contextEvents);
  const races = parseRaces(input.races);
  let racesLast8 = 0;
  for (const r of races) if (r.day <= reviewDay && r.day > reviewDay - 56) racesLast8++;

  // ---- check-ins: HRV, wellness, illness, contact -------------------------------------------------------
  const checkIns = input.checkIns;
  const cDay = i32('checkInDay', checkIns.length);
  if (scratch.checkInLn.length < checkIns.length)
    scratch.checkInLn = new Float64Array(Math.ceil(checkIns.length * 1.5));
  const r = config.readiness;
  // Days [reviewDay − 42, reviewDay + 6] for compliance exclusion, cleared by a copy (see `clearDailySeries`).
  const excluded = scratch.excluded;
  excluded.set(NO_EXCLUDED_DAYS);
  const exclFrom = reviewDay - 42;
  const recent = i32('recentCheckIns', checkIns.length);
  i32('wellnessList', checkIns.length);
  const cs = scanCheckIns(checkIns, reviewDay, r, exclFrom);
  applyEvents(events, cs, reviewDay, reviewDay - r.illnessLookbackDays, excluded, exclFrom);
  let hrv = hrvMetrics(cs, r);
  // The day the HRV is read as of: the review date, or the last check-in's when the athlete has gone quiet and the
  // HRV read then was below its band (held, `READINESS_HOLD_DAYS`).
  let hrvDay = reviewDay;
  const quietDays = reviewDay - cs.lastCheckInDay;
  if (
    hrv.status === 'INSUFFICIENT_DATA' &&
    quietDays > r.wellnessMaxAgeDays &&
    quietDays <= READINESS_HOLD_DAYS
  ) {
    const last = hrvMetrics(hrvScanAsOf(checkIns, cs.recentCount, cs.lastCheckInDay, r, cs.lnFrom), r);
    if (last.status === 'BELOW_BAND') {
      hrv = { ...last, heldDays: quietDays };
      hrvDay = cs.lastCheckInDay;
    }
  }
  if (hrv.status === 'BELOW_BAND') {
    // Graded only when below its band (rare): at the edge, or clearly low (see `hrvBelow`).
    const below = hrvBelow(
      checkIns,
      cDay,
      recent,
      scratch.checkInLn,
      cs.recentCount,
      hrvDay,
      hrv.mean7.value as number,
      hrv.mean7.count,
      hrv.bandLow as number,
      hrv.baselineSd as number,
      r.hrvWindowDays,
      r.hrvMinReadings,
    );
    hrv = hrv.heldDays === undefined ? { ...hrv, below } : { ...hrv, below, heldDays: hrv.heldDays };
  }
  const hrvLow = hrv.below !== null && hrv.below.clear;
  // A confirmed event that explains a low score (illness, work stress, travel, family) on the latest check-in's
  // day is a second marker: that check-in is not "one reading" alone.
  let corroborated = false;
  // The confirmed events that explain low scores, as [start, end] day pairs (the window counts the low check-ins on
  // their days: `WellnessWindow.explained`).
  const explaining: number[] = [];
  for (const e of events) {
    if (!e.confirmed || !EXPLAINS_WELLNESS[e.kind]) continue;
    explaining.push(e.start, e.end);
    if (e.start <= cs.latestWellnessDay && e.end >= cs.latestWellnessDay) corroborated = true;
  }
  const wellness = wellnessMetrics(checkIns, cs, hrvLow, corroborated, r, explaining, reviewDay);
  const readiness = readinessOf(wellness.status, hrvLow, hrv.status, wellness.singleReading);

  // ---- contact ------------------------------------------------------------------------------------------
  let lastContact = cs.lastCheckInDay;
  if (lastContact === -Infinity) lastContact = cs.newestOldDay;
  if (input.lastContactDate) {
    // A contact after the review date (the API reviews an athlete already in the planned week, Auckland on the
    // club's Sunday evening, as of their Sunday, and reads their Monday's message or check-in with the rest) is
    // contact on the review date: the athlete is in touch, and no count of days goes below 0.
    const lc = Math.min(toDayNumber(input.lastContactDate), reviewDay);
    if (lc > lastContact) lastContact = lc;
  }
  const daysSinceContact: MetricValue =
    lastContact === -Infinity
      ? mv(null, 0, true, 'no check-in or message on record')
      : mv(reviewDay - lastContact, cs.checkInCount, false);
  const recentSessions = recentSessionList(input.sessions, reviewDay);
  const silentFrom = silenceStart(
    lastContact,
    reviewDay,
    recentSessions.lastDay,
    config.contact.noContactDays,
  );

  // ---- compliance ---------------------------------------------------------------------------------------
  // The days the missed-session pattern leaves out for the silence: with the no-contact gap open (the reach-out's rule),
  // those of its no-log gap too, from the day after the last session logged. A day the athlete last wrote on but logged nothing is
  // no more known done or missed than the silent days after it (Lukas's Tuesday 2026-12-08, a message and no log, then
  // six silent days, had made a pattern of missed Tuesday key sessions; coach read of the demo club, issue #11).
  const unloggedFrom =
    silentFrom !== Infinity && recentSessions.lastDay !== -Infinity
      ? Math.min(silentFrom, recentSessions.lastDay + 1)
      : silentFrom;
  const comp = compliance(input, reviewDay, excluded, exclFrom, silentFrom, unloggedFrom, config.compliance);
  const effort = effortVsPlan(
    input,
    sessionDay,
    {
      from: reviewDay - COMPLIANCE_HORIZON_DAYS,
      head: scratch.logHead,
      next: scratch.logNext,
      linked: scratch.linkedLogs,
      linkedCount: scratch.linkedLogCount,
    },
    reviewDay,
    config.effort,
    config.compliance.completedShare,
  );

  // ---- mesocycle -----------------------------------------------------------------------------------------
  const meso = input.season?.mesocycle;
  const weeksInMesocycle: MetricValue = meso
    ? mv(Math.max(0, Math.floor((nextWeekStart - toDayNumber(meso.start)) / 7)), 1, false)
    : mv(null, 0, true, 'no mesocycle set');

  const sinceDown = weeksSinceDownWeek(lp.rw, lp.nWeeks, lp.completeWeeks, {
    nextWeekStart,
    reviewDay,
    windowStart: reviewDay - config.history.maxDays + 1,
    silentFrom,
    checkIns,
    events,
  });
  const metrics = assembleMetrics(
    lp,
    reviewDay,
    config,
    cs,
    hrv,
    wellness,
    readiness,
    comp,
    weeksInMesocycle,
    racesLast8,
    races.length,
    daysSinceContact,
    silentFrom,
    sinceDown,
  );
  const knownTrainingDays = 7 * tdWeeks - silentDaysIn(7 * tdWeeks, reviewDay, silentFrom);

  return {
    metrics,
    reviewDay,
    nextWeekStart,
    historyDays,
    weekLoads,
    weekMinutes,
    weekLoadDropRef: lp.rw.loadDropRef,
    silentWeeks: sinceDown.silent,
    draftDown: lp.rw.draftDown,
    nextWeekPlanReference: lp.rw.nextWeekPlanReference,
    completeWeeks,
    projectedDays: lp.rw.projectedDays,
    projectedFromPlan: lp.rw.projectedFromPlan,
    thisWeekToCome: lp.rw.toCome,
    thisWeekToComeLoad: lp.rw.toComeLoad,
    thisWeekToComePlan: lp.rw.toComePlan,
    recentDayMinutes: lp.rw.recentDayMinutes,
    last7Minutes: lp.rw.last7Minutes,
    events,
    races,
    weekdayCompletion: comp.weekdayCompletion,
    missedKeyWeekdays: comp.missedKeyWeekdays,
    missedDayWeekdays: comp.missedDayWeekdays,
    patternWindowMisses: comp.patternWindowMisses,
    thisWeekMissed: comp.thisWeekMissed,
    trainingDaysPerWeek:
      tdWeeks === 0
        ? null
        : knownTrainingDays >= 7
          ? (trainingDays * 7) / knownTrainingDays
          : trainingDays / tdWeeks,
    recentIllness: recentIllnessOf(cs, events, reviewDay, checkIns),
    longRunIllness: longRunIllnessOf(cs, events, reviewDay, recentSessions),
    effortVsPlan: effort,
    recentSessions,
  };
}

/** The sessions `scanSessions` found inside the compliance horizon, as a `RecentSessions` for later steps. */
function recentSessionList(sessions: readonly LoggedSession[], reviewDay: number): RecentSessions {
  // Read from `scratch` (see there): through a parameter, each read re-checked the typed array.
  const { recentSessions: recent, sessionDay } = scratch;
  const n = scratch.recentSessionCount;
  // The usual input (in date order) has them in one run of indices: then the list is a copy of that run (`slice`, one
  // copy of the elements, and a packed array), where storing each into a new array checked the array's map, its
  // elements and its length, and paid a write barrier, at each session.
  const first = n > 0 ? recent[0] : 0;
  if (n > 0 && recent[n - 1] - first === n - 1) {
    const runDays = new Array<number>(n);
    let runLast = -Infinity;
    for (let k = 0; k < n; k++) {
      const d = sessionDay[first + k];
      runDays[k] = d;
      if (d > runLast) runLast = d;
    }
    return {
      from: reviewDay - COMPLIANCE_HORIZON_DAYS,
      to: reviewDay,
      sessions: sessions.slice(first, first + n),
      days: runDays,
      lastDay: runLast,
    };
  }
  // Sized once and filled (not grown push by push).
  const list = new Array<LoggedSession>(n);
  const days = new Array<number>(n);
  let lastDay = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = recent[k];
    const d = sessionDay[i];
    list[k] = sessions[i];
    days[k] = d;
    if (d > lastDay) lastDay = d;
  }
  return { from: reviewDay - COMPLIANCE_HORIZON_DAYS, to: reviewDay, sessions: list, days, lastDay };
}
