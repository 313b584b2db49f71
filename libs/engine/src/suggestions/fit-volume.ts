import type { EngineConfig } from '../config/engine-config';
import {
  cutTier,
  dayFitDose,
  easyFloor,
  redCutLongRunDose,
  hardShareMinutes,
  EASY_RUN_USEFUL_MINUTES,
  isHard,
  ONE_QUALITY_RUNS,
  isLongSession,
  shorterQuality,
  STRENGTH_MIN_MINUTES,
  usefulDose,
  type CutDepth,
} from '../planning/plan-measures';
import { cut5 } from '../adaptation/apply-suggestion';
import { MIN_RUN_DAYS_LONG_RACE, heldLongRun, restDayPlace } from '../planning/long-run';
import type { PlanChange, PlannedSession, WeekPlan, Weekday } from '../types';
import { insertionSort } from '../util/insertion-sort';
import { fillFreeDays, type FillContext, type FillOutcome } from './fill-days';

/**
 * Fits a week plan to a volume decision and to the athlete's time per day, session by session
 * (docs/coaching-domain.md, "Cut order"):
 * 1. a day with more planned than the athlete has that day is brought within it: its easy filler first,
 *    then its other sessions down to their useful dose; a key session whose dose does not fit the day moves
 *    to a free day with room, and a non-key one that does not fit even at its minimum is dropped;
 * 2. a plan above the range (by more than `tolerance`: a plan within rounding of its top is left as it is) is
 *    cut toward the target as a coach would, and lands in the range (a drop may stop it anywhere in it, never
 *    above its top): first a long run out of proportion (in a hold or a down week above
 *    one step over the athlete's longest recent run, `longRunCap`; above `longRunCutShare` of the week) comes
 *    down to that, to its dose at least; in a base week whose hard share the
 *    cut would push above `hardShareMax`, the non-key quality goes first; then the easy runs are trimmed
 *    evenly to their easy floor (`easyFloor`: each stays a useful run; in a down week the long run comes down
 *    with them, never by a larger share), then the other easy aerobic work (an easy session on a day the athlete
 *    keeps missing, `failingDays`, gives first: dropped while at least half of it is still to cut, else trimmed to
 *    its easy floor and kept there); then non-key quality and strength
 *    are halved (strength never below `STRENGTH_MIN_MINUTES`: of two at it, one is dropped and the others kept
 *    whole, the one nearest a hard session or the weekend going: `strengthNearness`) and dropped (in a build with a
 *    race ahead, `keepQuality`, the non-key quality runs are shortened a repeat at a time instead, `shorterQuality`,
 *    for the hard share too, and dropped only when the week cannot hold them at their shortest; but a week the cut
 *    leaves at `ONE_QUALITY_RUNS` runs or fewer keeps one quality session besides the long run, `oneQuality`); only
 *    then is an easy session dropped (fewer runs, the shortest first); then the
 *    key quality sessions and the long run go to their useful dose, and last the non-key sessions to their
 *    minimum. A down week's long run keeps no larger a share of itself than the easy runs keep, nor, in a re-entry
 *    week (`strengthWithRunning`), does strength (its minutes go to the easy runs);
 * 3. a plan below what it should be (a build under its range, or a week whose day caps took minutes off)
 *    grows on the days with room: the easy runs and other aerobic work, 5 min at a time, and the long run up
 *    to its share of the week (`longRunShare` of the target) and never above `longRunCap` (the athlete's
 *    longest recent long run plus one step: ~10 %, at most 15 min); quality and strength keep their size. Days in scope with time
 *    and no session are reported, for the coach to add one. A build whose long run is behind the race
 *    (`longRunFirst`) grows the long run first, by its step, even when the plan is trimmed to its range (the
 *    easy runs give the minutes back).
 * The result is a list of plan changes whose applied plan is exactly the one computed here (built without
 * simulating the plan: each change's expected total is counted as the changes are made).
 */
export interface FitRequest {
  readonly plan: WeekPlan;
  /** `planMinutes(plan)` when the caller has counted it already (counted again when absent). */
  readonly planMinutes?: number;
  /** Whole-plan minutes a cut or a growth aims at. */
  readonly target: number;
  /** A plan above this is cut toward `cutTo`. */
  readonly max: number;
  readonly cutTo: number;
  /** A plan below this grows toward `growTo` (0: the plan never grows, except to refill what day caps took). */
  readonly growBelow: number;
  readonly growTo: number;
  /** Days the change may touch (all when absent). */
  readonly scopeDays?: readonly number[];
  /** Sessions the change may touch, within `scopeDays` (all when absent). */
  readonly scopeIds?: ReadonlySet<string>;
  /** Minutes available per weekday; no day caps when absent. */
  readonly availability?: readonly number[];
  readonly mayDrop: boolean;
  readonly depth: CutDepth;
  /** A marathon or ultra athlete: the long run keeps its purpose. */
  readonly longRace: boolean;
  /**
   * With `scopeIds` and depth DOWN: the sessions in scope are cut as a down week's are (the long run comes down
   * with the easy runs), not only the easy ones (the rest of this week for red
   * readiness).
   */
  readonly downLong?: boolean;
  /**
   * With `downLong`: the rest of this week after two weeks or more of red readiness (our rule). The long run comes
   * down first, to `redCutLongRunDose` (half of it, its down-week dose at least), before any other session; then the
   * easy runs, then the easy cross-training (low impact: kept before the running), then the rest in cut order, and
   * a session is dropped only once every session left is at its useful minimum.
   */
  readonly redCut?: boolean;
  readonly minRunMinutes: number;
  /** The long run's share of the week (the draft's `longRunShare`): a growth takes it no further. */
  readonly longRunShare: number;
  /** The athlete's longest recent run plus one step (`longRunCap`): a growth takes the long run no further. */
  readonly longRunCap?: number;
  /**
   * A hold or a down week (not a build): a cut brings a long run above `longRunCap` down to it first, whatever
   * its dose (a week that does not build does not jump the long run).
   */
  readonly longRunStepCut?: boolean;
  /**
   * The largest share of the cut's size (`cutTo`) a cut leaves the long run (`longRunCutShare`): above it the
   * long run comes down first, to its dose (a marathoner's in a hold to its down-week dose). None when
   * absent.
   */
  readonly longRunCutShare?: number;
  /**
   * A down week after two weeks of red readiness, whose current-week suggestion leaves this week's long run at
   * this many minutes: next week's long run comes down to it first, whatever its dose (the down week is not
   * longer than the week cut for the same reason). None when absent.
   */
  readonly longRunCeiling?: number;
  /** A plan at most this many minutes above `max` is within rounding of it (`rangeTolerance`; 0 when absent). */
  readonly tolerance?: number;
  /** The long run is behind what the next long race needs: a build grows it first (within its step). */
  readonly longRunFirst?: boolean;
  /**
   * The long run is still under the next long race's peak, with the peak weeks ahead: a growth takes it to its
   * step whatever its share of the week (the long-race projection counts on that step every build week), but
   * not first (`longRunFirst` does that, for a long run behind).
   */
  readonly longRunShareFree?: boolean;
  /**
   * The longest a growth takes an easy run: one easy-run step over the longest easy run the athlete logged in
   * the last 4 weeks (`easyRunCap`; no limit when absent). An easy run planned longer keeps its minutes.
   */
  readonly easyRunCap?: number;
  /**
   * One easy-run step (`easyRunCap`'s `maxMinutes` and `maxPct`): with no easy run logged or planned recently
   * (`easyRunCap` Infinity), a growth takes each easy run one step over its own planned minutes at most (one rule
   * for every build's easy runs: never a 30-min run doubled in a week). No limit when absent.
   */
  readonly easyRunStep?: { readonly minutes: number; readonly pct: number };
  readonly zoneRpe?: ReadonlyMap<string, number>;
  /** The plan never ends below this (a cut's drop that would undershoot it is not made). */
  readonly floorTotal: number;
  /**
   * A base week: the largest share of the week's minutes a cut may leave hard (`hardShareMinutes`); above it
   * the non-key quality gives way first. No limit when absent.
   */
  readonly hardShareMax?: number;
  /**
   * A build with an A or B race ahead: the race, in words ("Spring Half on 2025-05-25"). The non-key quality runs
   * (a tempo, steady blocks, intervals) are the week's quality for it: a cut shortens them (`shorterQuality`: a
   * repeat fewer at a time, never under `QUALITY_SHORT_MINUTES`; also for the hard share) where it would drop them,
   * and drops an easy run first; one is dropped only when the week cannot hold it at that (the hard share, or the
   * last step). Absent: the non-key quality is dropped before an easy run.
   */
  readonly keepQuality?: string;
  /**
   * Weekdays whose sessions the athlete keeps missing (the missed-sessions note's failing days: Sara's Wednesdays).
   * A cut takes the easy sessions on them first, before the easy running on the days the athlete does train
   * (`FitResult.failingDayCut`). None when absent.
   */
  readonly failingDays?: readonly number[];
  /**
   * A build's or a hold's cut of the whole week (not a graded return, a re-entry week, a down week or a taper):
   * fewer runs rather than token runs. When the cut would leave two or more easy runs under
   * `EASY_RUN_USEFUL_MINUTES` that it shortened, one is dropped and its minutes go back to the others
   * (`FitResult.tokenRunDrop`). Absent: the easy runs stay at their easy floors.
   */
  readonly fewerRuns?: boolean;
  /**
   * A build's or a hold's cut of the whole week that keeps the week's quality for a race ahead (`keepQuality`): a week
   * of `ONE_QUALITY_RUNS` runs or fewer keeps one quality session besides the long run (our rule). When the cut
   * would keep two or more and drop an easy run for them, the non-key quality runs go instead (the key ones stay; of
   * non-key ones only, the longest as planned stays), whole, as the cut order drops non-key quality without a race
   * ahead, and the easy runs stay (`FitResult.oneQuality`). Absent: the race's quality is kept before an easy run.
   */
  readonly oneQuality?: boolean;
  /**
   * A down week after two weeks or more of red readiness (`escalatedRed`): the days a fit of the whole week leaves
   * free of any session, at least (2; our rule), whether or not the plan was above its target. With fewer, whole easy
   * sessions are dropped (`FitResult.restDayDrop`, see step (8) of `fitDays`). None when absent.
   */
  readonly restDays?: number;
  /** A build or hold: what filling a free day reads about the athlete (see `fillFreeDays`), asked only when needed. */
  readonly fill?: () => FillContext | null;
  /**
   * A hills and strength block: the strength sessions are the block's work. A cut takes the easy filler first,
   * shortened and then dropped (as far as the runs an athlete keeps allow: three run days before a marathon), and
   * halves or drops strength only when that is not enough.
   */
  readonly strengthLast?: boolean;
  /**
   * A re-entry week (`Decision.reentry`): a cut shortens strength with the running, none kept at a larger share of
   * itself than the easy runs keep (`STRENGTH_MIN_MINUTES` at least), the minutes going to the easy runs.
   */
  readonly strengthWithRunning?: boolean;
}

export interface DayOver {
  readonly day: number;
  readonly minutes: number;
  readonly available: number;
}

export interface FitResult {
  readonly changes: PlanChange[];
  /** Days brought within the time available, with what they had. */
  readonly capped: readonly DayOver[];
  /** Days still above the time available after the change (their key sessions keep a useful dose). */
  readonly over: readonly DayOver[];
  /** Key sessions moved to a free day because their dose did not fit their own. */
  readonly moved: readonly { readonly session: PlannedSession; readonly to: number }[];
  /** The key sessions' doses left the plan above `max` (by more than the tolerance). */
  readonly aboveMax: boolean;
  /** By how many minutes. */
  readonly aboveBy: number;
  /** Growth the days with room could not take (minutes short of `growTo`). */
  readonly growShort: number;
  /** With a growth short: days in scope with time for a run and no session, with their minutes. */
  readonly freeDays: readonly { readonly day: number; readonly available: number }[];
  /** A build or hold below its range: the session added on a free day, or why none was. */
  readonly fill?: FillOutcome;
  /**
   * The request's plan with `changes` applied, when filling free days had to apply them (see `fillFreeDays`):
   * a caller that applies the same changes to the same plan may take it rather than apply them again.
   */
  readonly plan?: WeekPlan;
  /** Minutes the plan is left above `max`, within the tolerance (nothing trimmed for them; 0: none). */
  readonly roundedAbove?: number;
  /** The tolerance those minutes are within. */
  readonly tolerance?: number;
  /**
   * The long run a cut brought down before the other sessions, and why: above one step over the athlete's
   * longest recent run (`STEP`), or above its share of the week (`SHARE`).
   */
  readonly longRunCut?: {
    readonly session: PlannedSession;
    /**
     * `SHARE_LONG_RACE`: toward its share, but a marathoner's keeps its down-week dose (80 %, 90 min at least).
     * `CURRENT_WEEK`: to this week's long run as the current-week cut leaves it (`longRunCeiling`).
     */
    readonly why: 'STEP' | 'SHARE' | 'SHARE_LONG_RACE' | 'SHARE_DOSE' | 'CURRENT_WEEK';
    /** The minutes it was brought to (at most). */
    readonly limit: number;
    /** `longRunCutShare`, for `SHARE`. */
    readonly share?: number;
    /** The week's size the share is of (the cut's target), for `SHARE`. */
    readonly size?: number;
    /**
     * `SHARE_DOSE`: its useful dose (`usefulDose`: 60 min, a down week's 45), above its share of the week, where the
     * cut stops it; with the cut's `depth`.
     */
    readonly dose?: number;
    readonly depth?: CutDepth;
  };
  /** Of two or more strength sessions the cut would take below their minimum: the one dropped, and those kept whole. */
  readonly strengthDrop?: { readonly dropped: PlannedSession; readonly kept: readonly PlannedSession[] };
  /**
   * With `strengthLast`: the strength sessions, when the cut dropped easy running before them and left each whole
   * (the text says so).
   */
  readonly strengthKept?: readonly PlannedSession[];
  /**
   * With `strengthLast`: the easy runs the run days an athlete keeps (`MIN_RUN_DAYS_LONG_RACE` before a marathon)
   * kept from a drop, when strength was cut instead (`sessions`), with the runs the week keeps (`runs`, the long run
   * and the key sessions counted) and whether that is a marathon build's count (`longRace`): the text names the rule
   * that holds (Ingrid's 10k down week had read "one of the 3 run days a marathon build keeps" of a plan left with 2).
   */
  readonly runDaysKept?: RunDaysKept;
  /**
   * With a growth short of its aim (`growShort`): why each session in scope grew no further (see `GrowLimit`), in
   * the plan's order. What "no session can grow further" names, session by session.
   */
  readonly growLimits?: readonly GrowLimit[];
  /**
   * A base week's hard share (`hardShareMax`): the non-key quality the cut dropped first, and why: the week's
   * hard minutes (`hard`, by time in zone) above `share` of its size (`size`, the cut's target) had only the easy
   * running given the minutes. Reported when the steps before a drop (the easy running to its floors,
   * strength and quality to half) could have taken the whole cut (else the cut order drops that quality before an
   * easy run all the same), or when it dropped a quality run kept for the race ahead (`keepQuality`), which goes
   * only for the hard share. `size` is the week the cut delivers (see `fitLanded`).
   */
  readonly hardShareDrop?: {
    readonly dropped: readonly PlannedSession[];
    /** The steps before a drop could have taken the whole cut ("had the other sessions taken the cut"). */
    readonly could: boolean;
    readonly hard: number;
    readonly size: number;
    readonly share: number;
  };
  /**
   * With `keepQuality`: the quality runs the race rule shortened rather than drop (`shorterQuality`; not a run a
   * day cap or a trim to its dose took minutes off; their minutes are the applied plan's), the race they are kept
   * for, and, when the base week's hard share shortened them (`hardShareMax`), its arithmetic: `hard` minutes with
   * all their work, `after` less what their shortening took (as the plan keeps them, not what a drop of another
   * session took), of `size` (the week the cut delivers, see `fitLanded`).
   */
  readonly qualityKept?: {
    readonly race: string;
    readonly sessions: readonly PlannedSession[];
    /**
     * Quality runs the last step dropped all the same (not for the hard share, whose drop `hardShareDrop` says): the
     * week could not hold them even at their shortest, every other session at its dose or minimum.
     */
    readonly dropped: readonly PlannedSession[];
    readonly hardShare?: {
      readonly hard: number;
      readonly after: number;
      readonly size: number;
      readonly share: number;
    };
  };
  /**
   * With `failingDays`: the easy sessions on those days the cut took first (dropped, or trimmed to their easy
   * floor), as planned, in the plan's order; the applied plan has what is left of them.
   */
  readonly failingDayCut?: readonly PlannedSession[];
  /**
   * With `fewerRuns`: the easy runs dropped rather than leave two or more easy runs under
   * `EASY_RUN_USEFUL_MINUTES` (`runs`: the minutes those runs were at, as the cut had left them), as planned, with the
   * easy runs that got minutes back (`kept`).
   */
  readonly tokenRunDrop?: {
    readonly dropped: readonly PlannedSession[];
    readonly runs: readonly number[];
    readonly kept: readonly PlannedSession[];
    /**
     * What gave instead of an easy run, before one was dropped (the cut order's step (3) before its step (4)):
     * strength the cut had left above half of itself, brought down to it (`strength`, its minutes to the short
     * runs), and whole non-key quality sessions dropped (`quality`, their minutes back to the sessions the cut
     * shortened); `runs`: the short runs' minutes when the first of them gave. Absent: none did.
     */
    readonly instead?: {
      readonly strength: readonly PlannedSession[];
      readonly quality: readonly PlannedSession[];
      readonly runs: readonly number[];
    };
    /**
     * Strength left whole beside the first drop whose give (down to half of itself, `STRENGTH_MIN_MINUTES` at least)
     * was too little to keep the short runs at `EASY_RUN_USEFUL_MINUTES` (`room`: what it could give, min): said, so
     * the coach reads why an easy run went before it (the cut order's step (3) before (4)).
     */
    readonly strengthShort?: readonly { readonly x: PlannedSession; readonly room: number }[];
  };
  /**
   * With `restDays`: the easy sessions dropped whole so that the week keeps that many days free of training (as
   * planned, in the order they went), and the days they leave free (in week order); `had`: the minutes the cut had
   * left them when they went, `back`: how many of those went back to the sessions kept. Their changes are one
   * INSERT_REST_DAYS of those days.
   */
  readonly restDayDrop?: {
    readonly dropped: readonly PlannedSession[];
    readonly days: readonly number[];
    readonly had: number;
    readonly back: number;
  };
  /**
   * With `oneQuality`: the non-key quality runs dropped whole rather than an easy run (`dropped`, as planned; `had`:
   * the minutes the cut keeping them would have left each), the week's other quality sessions besides the long run
   * (`others`, as planned), the runs the cut would have left keeping them (`runs`) and the easy runs it would have
   * dropped for them that the week keeps (`easy`, as planned, in the plan's order), and the easy runs it would have
   * cut under their easy floor that the week keeps at it or above (`short`, as planned, in the plan's order;
   * `shortTo`: the minutes it would have left each).
   */
  readonly oneQuality?: {
    readonly dropped: readonly PlannedSession[];
    readonly had: readonly number[];
    readonly others: readonly PlannedSession[];
    readonly runs: number;
    readonly easy: readonly PlannedSession[];
    readonly short: readonly PlannedSession[];
    readonly shortTo: readonly number[];
  };
  /**
   * In a build's or a hold's cut (depth `HOLD`, not a red cut): the key sessions and the long run the cut order's last
   * steps (5) and (6) shortened toward the target, as planned, with the minutes each gave there (`gave`, as the applied
   * plan keeps them: what a give-back returned is not counted), and whether every other session in the cut's scope had
   * given what the cut order takes from it first (`othersAtLimit`: the easy running at its floors, quality and strength
   * at half or dropped). The text says why a key session gave (Tom's hold had read "Sunday's long run 150 → 140 min"
   * with no reason, athlete02).
   */
  readonly keyGave?: {
    readonly sessions: readonly PlannedSession[];
    readonly gave: readonly number[];
    /** Each one's minutes when the cut reached those steps (under its planned minutes after a day cap or a step cut). */
    readonly from: readonly number[];
    readonly othersAtLimit:
      readonly { readonly x: PlannedSession; readonly m: number; readonly why: KeyGaveWhy }[] | null;
    /**
     * The other sessions the cut took further after the key sessions gave (its last steps: the non-key sessions to
     * their minimum, a drop), with the minutes the applied plan keeps (0: dropped); `keyAtDose`, the key sessions
     * were then at their useful doses. The cut order takes them there last, but not "the key sessions last".
     */
    readonly after: readonly { readonly x: PlannedSession; readonly m: number }[];
    readonly keyAtDose: boolean;
  };
  /**
   * A plan the cut leaves above its range (`aboveMax`): what holds it there, from the cut's own state (the text had
   * said "the key sessions keep a useful dose" of any week left above, Emma's hold of a non-key fartlek kept for her
   * marathon among them, and of tapers, which keep every session). Undefined when the plan is not left above.
   */
  readonly aboveHeld?: AboveHeld;
}

/** `FitResult.runDaysKept`. */
export interface RunDaysKept {
  readonly sessions: readonly PlannedSession[];
  readonly runs: number;
  readonly longRace: boolean;
}

/**
 * Why a session the cut keeps gives no more minutes to a week left above its range (`AboveHeld`):
 * - `RACE`: a race (never cut);
 * - `KEY`: a key session (its `key` flag) at its useful dose (`usefulDose`);
 * - `LONG`: the long run, not flagged key, at its useful dose;
 * - `QUALITY`: a non-key quality run kept for the race ahead (`FitRequest.keepQuality`), at its shortest;
 * - `MIN`: another session at its minimum (`usefulDose`: a run's `minRunMinutes`, strength's minimum);
 * - `OUT`: outside the cut's reach (`FitRequest.scopeDays` or `scopeIds`: a life event's days, a race's eve);
 * - `ABOVE`: above its useful dose (the cut did not take it there: none expected).
 */
export type HeldWhy = 'RACE' | 'KEY' | 'LONG' | 'QUALITY' | 'MIN' | 'OUT' | 'ABOVE';

/**
 * What keeps a plan above its range after the cut (`FitResult.aboveHeld`): each session the week keeps, its races too,
 * in the plan's order, with its minutes and why it gives no more (`HeldWhy`), and why none of those a cut may drop
 * (`dropWhy`) was dropped:
 * - `TAPER`: the fit keeps every session (`mayDrop` false: a taper);
 * - `RUN_DAYS`: each is a run, and the runs left are the fewest the week keeps (`runDays`: 2, or
 *   `MIN_RUN_DAYS_LONG_RACE` before a marathon-type race);
 * - `UNDER`: dropping the shortest (`shortest`) would take the week under `floorTotal` (`leaves` minutes);
 * - `OVERSHOOT`: dropping the shortest would take the week further under the cut's aim (`aim`) than it stands above
 *   it (`leaves` minutes);
 * - `NONE`: no session the cut order drops is left (only key sessions, the long run and quality kept for a race);
 * - `OTHER`: another rule kept it (a red cut of this week's order; the text names no reason).
 */
export interface AboveHeld {
  readonly kept: readonly {
    readonly session: PlannedSession;
    readonly minutes: number;
    readonly why: HeldWhy;
    /**
     * A quality run, key or not (hard work, not the long run: `cutTier` 2 or 3, as `oneQuality` counts them): a
     * `QUALITY` one is "the week's quality session" only when no other kept session is one.
     */
    readonly quality: boolean;
  }[];
  readonly dropWhy: 'TAPER' | 'RUN_DAYS' | 'UNDER' | 'OVERSHOOT' | 'NONE' | 'OTHER';
  readonly runDays: number;
  readonly longRace: boolean;
  readonly shortest?: PlannedSession;
  readonly leaves: number;
  readonly floorTotal: number;
  readonly aim: number;
}

/**
 * Where another session in a cut's reach stands when a key session gave (`FitResult.keyGave`): at its easy floor
 * (`EASY`), at half of itself (`HALF`), at its useful dose (`DOSE`), or an easy run under its easy floor already: its
 * plan holds it there (`PLANNED`: planned shorter than the floor, as planned), or its day's time does (`DAY`: a day
 * cap cut it, the only session on its day). A session under its floor is not "at" it (the diff review of stop 40).
 */
export type KeyGaveWhy = 'EASY' | 'HALF' | 'DOSE' | 'DAY' | 'PLANNED';

/**
 * Why a session grew no further in a growth that fell short (docs/coaching-domain.md, "Time per day"):
 * - `EASY_STEP`: an easy run at one easy-run step over the athlete's longest recent easy run (`easyRunCap`);
 * - `EASY_LONG`: an easy run at the week's long run's length (an hour is always allowed);
 * - `LONG_STEP`: the long run at one step over the athlete's longest recent long run (`longRunCap`);
 * - `LONG_SHARE`: the long run at its share of the week (`longRunShare` of the target);
 * - `DAY`: its day has no minutes left (`available`);
 * - `SIZE`: quality, strength or a long ride or swim, which keep their size;
 * - `REFILL`: the long run, which only a build grows (a refill of what day caps took goes to the easy running).
 */
export interface GrowLimit {
  readonly session: PlannedSession;
  readonly minutes: number;
  readonly why: 'EASY_STEP' | 'EASY_LONG' | 'LONG_STEP' | 'LONG_SHARE' | 'DAY' | 'SIZE' | 'REFILL';
  /** The day's minutes, for `DAY`. */
  readonly available?: number;
}

/**
 * One easy-run step over `longestEasy` (the longest easy run logged in the last 4 weeks): +`maxMinutes` or
 * +`maxPct` %, whichever is less, on the 5-min grid (rounded down); no limit without one (Infinity). A number of
 * minutes, not a share of the plan's run, so a plan grown to it is not grown again at the next review.
 */
export function easyRunCap(longestEasy: number, maxMinutes: number, maxPct: number): number {
  if (longestEasy <= 0) return Infinity;
  const step = Math.min(maxMinutes, (longestEasy * maxPct) / 100);
  return Math.floor((longestEasy + step) / 5 + 1e-9) * 5;
}

/**
 * Minutes a plan may be above its range's top and be left as it is (`trimTolerancePct` of the top, at most
 * `trimToleranceMaxMinutes`, in 5-min steps; docs/coaching-domain.md, "Cut order").
 */
export function rangeTolerance(max: number, progression: EngineConfig['progression']): number {
  const share = Math.floor((max * progression.trimTolerancePct) / 100 / 5 + 1e-9) * 5;
  return Math.max(0, Math.min(progression.trimToleranceMaxMinutes, share));
}

interface Item {
  readonly x: PlannedSession;
  /**
   * `x.minutes` and `x.kind === 'RUN'`, read once: the cut's loops read them for every item at every 5-min step,
   * and an item's own fields are one shape where sessions come in many.
   */
  readonly planned: number;
  readonly run: boolean;
  readonly tier: number;
  /*
   * The doses below are computed only when a step needs them (`withDoses`, and the day caps for `dayFloor`):
   * most fits neither cut the week nor cap a day, and each dose reads the session's effort again.
   */
  /** The useful dose: the shortest the session may become. */
  floor: number;
  /** The shortest it may become to fit its day's time (`dayFitDose`: intervals with a shorter warm-up); -1 until computed. */
  dayFloor: number;
  /** How far an even trim of the easy running takes it (`easyFloor`). */
  easy: number;
  /** It counts toward the week's hard share. */
  hard: boolean;
  /** A non-key quality run kept for the race ahead (`FitRequest.keepQuality`): shortened, not dropped. */
  readonly quality: boolean;
  /** A quality run the race rule shortened (`shorterQuality`: the hard share's step or the cut's), not a day cap. */
  shortened: boolean;
  m: number;
  day: number;
  dropped: boolean;
  /** The most minutes a give-back returns to it (a long run a cut brought to its step or share stays there). */
  top: number;
  /** A key session's or the long run's minutes when a build's or a hold's cut reached its steps (5) and (6); -1 before. */
  keyFrom: number;
}

/**
 * A fit's result with every field of `FitResult` written, in the interface's order (undefined when it has none):
 * the volume texts read a result's fields in many places, and results of one shape keep those reads monomorphic
 * (a spread `{ ...NO_CHANGE, roundedAbove }` or an optional field left out gives each variant a map of its own,
 * and the texts' reads went megamorphic).
 */
function fitResult(
  changes: PlanChange[],
  capped: FitResult['capped'],
  over: FitResult['over'],
  moved: FitResult['moved'],
  aboveMax: boolean,
  aboveBy: number,
  growShort: number,
  freeDays: FitResult['freeDays'],
  fill: FitResult['fill'],
  plan: FitResult['plan'],
  roundedAbove: FitResult['roundedAbove'],
  tolerance: FitResult['tolerance'],
  longRunCut: FitResult['longRunCut'],
  strengthDrop: FitResult['strengthDrop'],
  strengthKept: FitResult['strengthKept'],
  runDaysKept: FitResult['runDaysKept'],
  growLimits: FitResult['growLimits'],
  hardShareDrop: FitResult['hardShareDrop'],
  qualityKept: FitResult['qualityKept'],
  failingDayCut: FitResult['failingDayCut'],
  tokenRunDrop: FitResult['tokenRunDrop'],
  restDayDrop: FitResult['restDayDrop'],
  oneQuality: FitResult['oneQuality'] = undefined,
  keyGave: FitResult['keyGave'] = undefined,
  aboveHeld: FitResult['aboveHeld'] = undefined,
): FitResult {
  return {
    changes,
    capped,
    over,
    moved,
    aboveMax,
    aboveBy,
    growShort,
    freeDays,
    fill,
    plan,
    roundedAbove,
    tolerance,
    longRunCut,
    strengthDrop,
    strengthKept,
    runDaysKept,
    growLimits,
    hardShareDrop,
    qualityKept,
    failingDayCut,
    tokenRunDrop,
    restDayDrop,
    oneQuality,
    keyGave,
    aboveHeld,
  };
}

const NONE: readonly never[] = [];
const NO_CHANGE: FitResult = fitResult(
  [],
  NONE,
  NONE,
  NONE,
  false,
  0,
  0,
  NONE,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
);

/**
 * The share of itself a down week's long run keeps at least: near the middle of a down week's −20 % to −40 %;
 * a marathon or ultra athlete's at the gentle end (−20 %), since the long run is the session their race is
 * built on and the weeks before it are few (a 150-min long run four weeks out stays 120 min).
 */
function downLongKeep(req: FitRequest): number {
  return req.longRace ? 0.8 : 0.7;
}

function ceil5(v: number): number {
  return Math.ceil(v / 5 - 1e-9) * 5;
}

/** Minutes a SCALE_VOLUME of `p` % gives a session of `m` (the apply step's rounding; above −100 %). */
export function scaled(m: number, p: number): number {
  const f = 1 + p / 100;
  let v = f < 1 ? cut5(m * f) : Math.round((m * f) / 5) * 5;
  if (f < 1 && v > m) v = m;
  return Math.max(10, v);
}

/** The integer percentages that take a session of `from` minutes to exactly `to` ([lo, hi], or null). */
export function percentRange(from: number, to: number): [number, number] | null {
  const p0 = Math.round((to / from - 1) * 100);
  let lo = Number.NaN;
  for (let p = p0 - 3; p <= p0 + 3; p++) {
    if (p <= -100 || scaled(from, p) !== to) continue;
    lo = p;
    break;
  }
  if (Number.isNaN(lo)) return null;
  let hi = lo;
  while (scaled(from, hi + 1) === to && hi + 1 - lo < 50) hi++;
  return [lo, hi];
}

/**
 * `scalePercent(from, to, percentRange(from, to))`, or null when no percentage lands on `to`, without counting
 * the whole range: the real percentage clamped to [lo, hi] needs `hi` only up to the real one, which is at most
 * 3 above `lo` (a range can run to 50 percentages).
 */
function landingPercent(from: number, to: number): number | null {
  const real = Math.round((to / from - 1) * 100);
  let lo = Number.NaN;
  for (let p = real - 3; p <= real + 3; p++) {
    if (p <= -100 || scaled(from, p) !== to) continue;
    lo = p;
    break;
  }
  if (Number.isNaN(lo)) return null;
  if (lo >= real) return lo;
  let hi = lo;
  while (hi < real && scaled(from, hi + 1) === to) hi++;
  return hi;
}

/**
 * The percentage a change of a session from `from` to `to` minutes carries and its text says (one computation
 * for `SCALE_VOLUME.percent` and the "45 → 20 min (-55 %)" a rationale quotes): the real change rounded, or, when
 * the apply step's rounding to 5 min does not land on `to` from it, the nearest percentage that does (45 → 20 min:
 * -55 %, as -56 % gives 15 min; 95 → 85: -10 %). `range`: `percentRange(from, to)` when the caller has it.
 */
export function scalePercent(from: number, to: number, range?: [number, number] | null): number {
  const real = Math.round((to / from - 1) * 100);
  if (range !== undefined) return range === null ? real : Math.min(range[1], Math.max(range[0], real));
  // Without the range: the percentages that land form one run of integers, so the nearest is found by trying
  // the real one, then one step further each way (as far as `percentRange` looks), without counting the range.
  for (let k = 0; k <= 3; k++) {
    if (real - k > -100 && scaled(from, real - k) === to) return real - k;
    if (k > 0 && real + k > -100 && scaled(from, real + k) === to) return real + k;
  }
  return real;
}

/** Scratch for `fitsAlready` (one review at a time: the engine is synchronous). */
const DAY_SCRATCH = [0, 0, 0, 0, 0, 0, 0];
const RACE_SCRATCH = [false, false, false, false, false, false, false];

/**
 * The common case, without allocating: the plan is within [growBelow, max] (or above `max` by no more than the
 * tolerance) and every day in scope within the athlete's time, so there is nothing to fit: the plan's minutes,
 * or -1.
 */
function fitsAlready(req: FitRequest): number {
  const scope = req.scopeDays;
  let total = 0;
  for (let d = 0; d < 7; d++) {
    DAY_SCRATCH[d] = 0;
    RACE_SCRATCH[d] = false;
  }
  for (const x of req.plan.sessions) {
    if (x.kind === 'REST') continue;
    total += x.minutes;
    DAY_SCRATCH[x.day] += x.minutes;
    if (x.kind === 'RACE') RACE_SCRATCH[x.day] = true;
  }
  if (total > req.max + (req.tolerance ?? 0) || total < req.growBelow) return -1;
  const avail = req.availability;
  if (avail === undefined) return total;
  let any = false;
  for (let d = 0; d < 7; d++) if ((avail[d] ?? 0) > 0) any = true;
  if (!any) return total;
  for (let d = 0; d < 7; d++) {
    if (RACE_SCRATCH[d] || (scope !== undefined && !scope.includes(d))) continue;
    if (DAY_SCRATCH[d] > Math.max(0, avail[d] ?? 0)) return -1;
  }
  return total;
}

/**
 * The longest a growth takes the long run: its share of the week and the athlete's longest recent long run
 * plus one step (`longRunCap`), whichever is less; the step alone for a long run under the next long race's
 * peak (`longRunFirst`, `longRunShareFree`). Both are numbers of minutes, not of the plan's long run, so
 * a plan grown to them is not grown again when it is reviewed again.
 */
function longRunLimit(req: FitRequest): number {
  const cap = req.longRunCap ?? Infinity;
  // A long run under the next long race's peak takes its step whatever its share of the week (the projection
  // counts on it; the note asks for it when the long run is behind).
  if (shareFree(req) && cap < Infinity) return cap;
  const share = Math.floor((req.target * req.longRunShare) / 5) * 5;
  return Math.min(share, cap);
}

/** The long run's share of the week does not limit its growth (see `longRunFirst`, `longRunShareFree`). */
function shareFree(req: FitRequest): boolean {
  return req.longRunFirst === true || req.longRunShareFree === true;
}

/** An easy run may grow to this many minutes whatever the long run's length (a 60-min easy run is ordinary). */
export const EASY_GROW_FREE_MINUTES = 60;

/** The longest a long run may be and what sets it (its step on the longest recent one, or its share of the week). */
function longRunLimitWhy(req: FitRequest): 'LONG_STEP' | 'LONG_SHARE' {
  const cap = req.longRunCap ?? Infinity;
  if (shareFree(req) && cap < Infinity) return 'LONG_STEP';
  const share = Math.floor((req.target * req.longRunShare) / 5) * 5;
  return cap <= share ? 'LONG_STEP' : 'LONG_SHARE';
}

/** Sets each item's useful dose, easy floor and hard share (see `Item`); true, for the caller's flag. */
function withDoses(items: Item[], req: FitRequest): boolean {
  for (const it of items) {
    const x = it.x;
    it.floor = usefulDose(x, req.depth, req.longRace, req.minRunMinutes, req.zoneRpe);
    it.easy = it.tier < 2 ? easyFloor(x, req.minRunMinutes) : 0;
    it.hard = x.kind !== 'STRENGTH' && isHard(x, req.zoneRpe);
  }
  return true;
}

export function fitVolume(req: FitRequest): FitResult {
  return fillFreeDays(req, oneQualityFit(req, fitLanded(req)));
}

/**
 * A quality run: a hard run of the cut order's hard or key tier (`cutTier` 2 or 3; the long run is tier 4), the
 * sessions `oneQualityFit` counts and `heldAbove` marks. `tier`: the run's `cutTier`, when the caller has it.
 */
function isQualityRun(
  x: PlannedSession,
  zoneRpe: ReadonlyMap<string, number> | undefined,
  tier?: number,
): boolean {
  if (x.kind !== 'RUN') return false;
  const t = tier ?? cutTier(x, zoneRpe);
  return (t === 2 || t === 3) && isHard(x, zoneRpe);
}

/**
 * A week of `ONE_QUALITY_RUNS` runs or fewer keeps one quality session besides the long run (`FitRequest.oneQuality`;
 * our rule): when the cut `r` keeps two or more and dropped an easy run, the cut is made again with the non-key
 * quality runs released from the race rule (the key ones stay; of non-key ones only, the longest as planned stays,
 * the earlier on a tie), so that they go whole before an easy run as the cut order has it; that cut is taken when it
 * drops them and keeps more easy runs, or as many with none cut under its easy floor where `r` took one there (Sam,
 * PROPERTY_SEED=2123603567: a 245-min plan's build to 170 min kept the steady run whole beside the threshold run and
 * cut Sunday's easy run 35 → 20 min; now the steady run goes and Sunday's run stays 35) (Sofia, athlete03: 280 → 205 min had kept Tuesday's steady blocks and
 * Thursday's tempo at 1 × 15′ beside one easy run and the long run, dropping Monday's and Wednesday's easy runs).
 */
function oneQualityFit(req: FitRequest, r: FitResult): FitResult {
  if (req.oneQuality !== true || req.keepQuality === undefined || !req.mayDrop || req.scopeIds !== undefined)
    return r;
  let drops = false;
  for (const c of r.changes) if (c.type === 'DROP_SESSION') drops = true;
  if (!drops) return r;
  const gone = droppedIds(r);
  let runs = 0;
  let easyGone = false;
  const quality: PlannedSession[] = [];
  for (const x of req.plan.sessions) {
    if (x.kind !== 'RUN') continue;
    const tier = cutTier(x, req.zoneRpe);
    if (gone.has(x.id)) {
      if (tier === 0) easyGone = true;
      continue;
    }
    runs++;
    if (isQualityRun(x, req.zoneRpe, tier)) quality.push(x);
  }
  if (!easyGone || runs > ONE_QUALITY_RUNS || quality.length < 2) return r;
  const release: PlannedSession[] = [];
  let keep: PlannedSession | null = null;
  for (const x of quality) if (x.key === true) keep = x;
  if (keep === null) for (const x of quality) if (keep === null || x.minutes > keep.minutes) keep = x;
  for (const x of quality) if (x !== keep && x.key !== true) release.push(x);
  if (release.length === 0) return r;
  const ids = new Set<string>();
  for (const x of release) ids.add(x.id);
  const r2 = fitLanded(req, ids);
  const gone2 = droppedIds(r2);
  for (const x of release) if (!gone2.has(x.id)) return r;
  const easy: PlannedSession[] = [];
  let kept1 = 0;
  let kept2 = 0;
  for (const x of req.plan.sessions) {
    if (x.kind !== 'RUN' || cutTier(x, req.zoneRpe) !== 0) continue;
    if (!gone.has(x.id)) kept1++;
    if (!gone2.has(x.id)) kept2++;
    if (gone.has(x.id) && !gone2.has(x.id)) easy.push(x);
  }
  // As many easy runs kept: the released cut is taken when the first cut took an easy run under its easy floor (a
  // token run) that this one keeps at it or above, and takes none under it that the first left at it.
  const short: PlannedSession[] = [];
  const shortTo: number[] = [];
  if (kept2 < kept1) return r;
  if (kept2 === kept1) {
    for (const x of req.plan.sessions) {
      if (x.kind !== 'RUN' || cutTier(x, req.zoneRpe) !== 0 || gone.has(x.id) || gone2.has(x.id)) continue;
      const floor = easyFloor(x, req.minRunMinutes);
      const m1 = minutesIn(r, x);
      const m2 = minutesIn(r2, x);
      if (m2 < floor && m2 < m1) return r;
      if (m1 < floor && m2 >= floor) {
        short.push(x);
        shortTo.push(m1);
      }
    }
    if (short.length === 0) return r;
  }
  const others: PlannedSession[] = [];
  for (const x of quality) if (!ids.has(x.id)) others.push(x);
  const had: number[] = [];
  for (const x of release) had.push(minutesIn(r, x));
  return fitResult(
    r2.changes,
    r2.capped,
    r2.over,
    r2.moved,
    r2.aboveMax,
    r2.aboveBy,
    r2.growShort,
    r2.freeDays,
    r2.fill,
    r2.plan,
    r2.roundedAbove,
    r2.tolerance,
    r2.longRunCut,
    r2.strengthDrop,
    r2.strengthKept,
    r2.runDaysKept,
    r2.growLimits,
    r2.hardShareDrop,
    r2.qualityKept,
    r2.failingDayCut,
    r2.tokenRunDrop,
    r2.restDayDrop,
    { dropped: release, had, others, runs, easy, short, shortTo },
    r2.keyGave,
    r2.aboveHeld,
  );
}

/** The minutes a fit's changes leave a session of its plan that they do not drop (its last SCALE_VOLUME). */
function minutesIn(r: FitResult, x: PlannedSession): number {
  let m = x.minutes;
  for (const c of r.changes)
    if (c.type === 'SCALE_VOLUME' && c.sessionIds?.includes(x.id) === true) m = scaled(x.minutes, c.percent);
  return m;
}

/** The sessions a fit's changes drop (a DROP_SESSION each). */
function droppedIds(r: FitResult): Set<string> {
  const out = new Set<string>();
  for (const c of r.changes) if (c.type === 'DROP_SESSION') out.add(c.sessionId);
  return out;
}

/** What a pass of `fitDays` tells `fitLanded` of the hard share (`FitRequest.hardShareMax`). */
interface HardPass {
  /** The week the pass left (its minutes before a free day's fill). */
  landed: number;
  /** The hard share's step (0) shortened or dropped a session. */
  acted: boolean;
  /** The hard minutes the pass left the week (`hardShareMinutes`). */
  hard: number;
}

/**
 * A base week's hard share is judged on the week the cut delivers, not on the target it aims at (Kasper, athlete24:
 * "60 of the week's 235 min would be hard (26 %)" had shortened his tempo in a week that landed at 255 min, where
 * 60 min is 24 %). The landing is known only once the cut is done (a drop can stop it within rounding of the
 * range's top), so the cut is made again with the share judged on the week the first pass landed, and that pass is
 * taken when it is true of its own landing: its hard share step judged the week it delivers, or made no change and
 * the week it delivers keeps the share. Else (passes that disagree) the first pass stands.
 */
function fitLanded(req: FitRequest, release?: ReadonlySet<string>): FitResult {
  const share = req.hardShareMax;
  if (share === undefined || !req.mayDrop) return fitDays(req, req.cutTo, undefined, release);
  const first: HardPass = { landed: 0, acted: false, hard: 0 };
  const r1 = fitDays(req, req.cutTo, first, release);
  if (!first.acted || first.landed === req.cutTo) return r1;
  let size = first.landed;
  for (let pass = 0; pass < 2; pass++) {
    const p: HardPass = { landed: 0, acted: false, hard: 0 };
    const r = fitDays(req, size, p, release);
    if (p.acted ? p.landed === size : p.hard <= share * p.landed) return r;
    if (p.landed === size) break;
    size = p.landed;
  }
  return r1;
}

/** A hold's or a down week's step cut applies to the plan (see `FitRequest.longRunStepCut`). */
function stepCuts(req: FitRequest): boolean {
  return (
    req.longRunStepCut === true &&
    req.longRunCap !== undefined &&
    (req.depth === 'HOLD' || req.depth === 'DOWN') &&
    (req.scopeIds === undefined || req.downLong === true)
  );
}

/** A long run of the plan above what a hold's or a down week's step leaves it (`heldLongRun`). */
function longRunOverStep(req: FitRequest): boolean {
  if (!stepCuts(req)) return false;
  const cap = req.longRunCap as number;
  for (const x of req.plan.sessions)
    if (x.kind === 'RUN' && cutTier(x, req.zoneRpe) === 4 && heldLongRun(x.minutes, cap) < x.minutes)
      return true;
  return false;
}

/**
 * A down week that keeps `restDays` days free of any session (`FitRequest.restDays`) and has fewer: its rest days are
 * made whether or not the plan is above its target (a plan already at or under it is not left as it is).
 */
function restDaysShort(req: FitRequest): boolean {
  const want = req.restDays ?? 0;
  if (want <= 0 || req.depth !== 'DOWN' || !req.mayDrop) return false;
  let busy = 0;
  for (const x of req.plan.sessions) if (x.kind !== 'REST') busy |= 1 << x.day;
  let free = 0;
  for (let d = 0; d < 7; d++) if (((busy >> d) & 1) === 0) free++;
  return free < want;
}

// The callbacks `fitDays` hands to sorts, trims and maps are module functions, not arrows written in place: an arrow
// made per call dies with the fit, and V8 drops its optimised code at every major GC (every ~4,000 reviews in the
// engine bench), to run it in the interpreter until it is hot again (the trim limits and the sorts' comparators
// were each recompiled 7-15 times in 40,000 reviews).

/** A day's sessions in cut order: the lowest tier first, the longer first within one. */
function byTierThenLongest(p: Item, q: Item): number {
  return p.tier - q.tier || q.m - p.m;
}

/** Where `trim` takes an item in the easy running's steps: its easy floor (its dose at least). */
function toEasyFloor(it: Item): number {
  return Math.max(it.floor, it.easy);
}

/** Non-key quality and strength: half of each (its dose at least). */
function toHalf(it: Item): number {
  return Math.max(it.floor, ceil5(it.planned / 2));
}

/** `toHalf` in a hills and strength block (`strengthLast`), whose strength waits (not trimmed in this step). */
function toHalfStrengthKept(it: Item): number {
  return it.x.kind === 'STRENGTH' ? it.m : toHalf(it);
}

/** Its useful dose (the key sessions, the long run, and the last steps of a cut). */
function toFloor(it: Item): number {
  return it.floor;
}

/** The tiers the last steps of a cut trim to their minimum, in order (a red-readiness cut: the easy runs first). */
const LAST_TIERS: readonly number[] = [1, 0, 2];
const RED_LAST_TIERS: readonly number[] = [0, 1, 2];

/** An easy run the cut shortened under EASY_RUN_USEFUL_MINUTES (`FitRequest.fewerRuns`). */
function isTokenRun(it: Item): boolean {
  return it.tier === 0 && it.run && !it.dropped && it.m < EASY_RUN_USEFUL_MINUTES && it.m < it.planned;
}

/** The minutes a token run needs to be a useful run again (EASY_RUN_USEFUL_MINUTES, on the 5-min grid). */
function tokenNeed(q: Item): number {
  return ceil5(EASY_RUN_USEFUL_MINUTES - q.m);
}

/** Token runs in the order strength lifts them: the nearest EASY_RUN_USEFUL_MINUTES first, the earlier day. */
function byNeedThenDay(p: Item, r: Item): number {
  return tokenNeed(p) - tokenNeed(r) || p.day - r.day;
}

/**
 * The items' minutes as they stand, in their order. A loop rather than `map`: the arrays `map` made did not keep one
 * elements kind, and reading `before[k]` deoptimised the cut ('wrong map') when a week first took that path late.
 */
function minutesOf(list: readonly Item[]): number[] {
  const out: number[] = [];
  for (const it of list) out.push(it.m);
  return out;
}

function ascending(a: number, b: number): number {
  return a - b;
}

function byPercent(p: { readonly p: number }, q: { readonly p: number }): number {
  return p.p - q.p;
}

/**
 * The fit at hand (`fitDays`), for its helpers below: module functions over one state object, not closures made
 * per fit. V8 keeps a closure's optimised code only while the closure lives, so the ~20 closures `fitDays` made
 * died with each review, and after every major GC each ran in the interpreter until it was hot again (trim, take
 * and rank were recompiled 15 times in 40,000 reviews). Set in full by every `fitDays` before a helper reads it
 * (the engine is synchronous and a fit starts no other); nothing of it goes into a result: the arrays are the
 * fit's scratch, and what a result lists is copied out of them.
 */
/** `FitState.items` between fits (never added to: each fit starts a list of its own). */
const NO_ITEMS: Item[] = [];

class FitState {
  /** The fit's request (`NO_REQUEST` between fits). */
  req: FitRequest = NO_REQUEST;
  /**
   * The sessions the fit may change (`Item`): a new list per fit, `NO_ITEMS` between fits. (Not one list emptied by
   * `items.length = 0`: a store to an array's `length` is a call into V8's runtime, two a fit, and an emptied list
   * lets go of its backing store all the same, so the next fit's pushes grew it again from nothing.)
   */
  items: Item[] = NO_ITEMS;
  /** Each weekday's minutes and sessions as the fit leaves them so far. */
  readonly dayTotal = [0, 0, 0, 0, 0, 0, 0];
  readonly sessionsOn = [0, 0, 0, 0, 0, 0, 0];
  /** A race day is the race's: its time is not the athlete's usual day. */
  readonly raceDay = [false, false, false, false, false, false, false];
  /** `easyBack`'s room per day. */
  readonly room = [0, 0, 0, 0, 0, 0, 0];
  /** Where each item stops in the trim at hand (see `trim`). */
  readonly stops: number[] = [];
  /** `FitRequest.scopeDays`, `FitRequest.availability`. */
  scope: readonly number[] | undefined = undefined;
  avail: readonly number[] | undefined = undefined;
  /** The athlete's time per day caps the days (some day of `avail` above 0). */
  caps = false;
  /** The plan's minutes as the fit leaves them so far. */
  total = 0;
  /** The runs the plan has left, and the fewest a cut leaves it (see `mayDropRun`). */
  runsLeft = 0;
  minRuns = 0;
  /**
   * What the cut aims at: `cutTo`, or the plan as a drop left it when that is within its range, or `max` when the
   * drop left it within the tolerance above it (see `giveBack`).
   */
  cutTo = 0;
  /** A down week of the plan (see `fitDays`). */
  down = false;
  /** `FitRequest.tolerance`. */
  tol = 0;
  /** A cut a drop left within rounding of the range's top (see `roundedStop`). */
  roundedKept = false;
  /**
   * Each item's minutes when a build's or a hold's cut reached its steps (5) and (6) (-1: dropped by then), for
   * `keyGaveOf`: what the other sessions gave after the key sessions did. Null when the cut did not reach them.
   */
  keyAt: number[] | null = null;
}

/** `FitState.req` between fits: no plan, nothing to fit. */
const NO_REQUEST: FitRequest = {
  plan: { weekStart: '1970-01-05', sessions: NONE },
  target: 0,
  max: 0,
  cutTo: 0,
  growBelow: 0,
  growTo: 0,
  mayDrop: false,
  depth: 'HOLD',
  longRace: false,
  minRunMinutes: 0,
  longRunShare: 0,
  floorTotal: 0,
};

const fit = new FitState();

/**
 * What `fitDays` returns, once the state lets go of the fit's request and items: kept until the next fit, they would
 * outlive the review (and be promoted by the next scavenge).
 */
function endFit(r: FitResult): FitResult {
  fit.req = NO_REQUEST;
  fit.scope = undefined;
  fit.avail = undefined;
  fit.items = NO_ITEMS;
  return r;
}

/** A day the fit may change (`FitRequest.scopeDays`). */
function inDay(d: number): boolean {
  return fit.scope === undefined || fit.scope.includes(d);
}

/** Takes `minutes` off an item (gives them, when negative). */
function take(it: Item, minutes: number): void {
  it.m -= minutes;
  fit.dayTotal[it.day] -= minutes;
  fit.total -= minutes;
}

function drop(it: Item): void {
  take(it, it.m);
  it.dropped = true;
  fit.sessionsOn[it.day]--;
}

/** A run may be dropped only above the runs an athlete keeps (see `fitDays`); any other session may. */
function mayDropRun(it: Item): boolean {
  return !it.run || fit.runsLeft > fit.minRuns;
}

/** The day has time for 5 min more (no day caps: always). */
function roomOn(d: number): boolean {
  return !fit.caps || fit.dayTotal[d] + 5 <= (fit.avail as readonly number[])[d];
}

/** The largest share of itself an easy run still keeps (1 with none). */
function easyShareKept(): number {
  let k = 0;
  let any = false;
  for (const it of fit.items) {
    if (it.tier !== 0 || it.dropped) continue;
    any = true;
    if (it.m / it.planned > k) k = it.m / it.planned;
  }
  return any ? k : 1;
}

/** The week's hard minutes as the cut leaves them so far (`hardShareMinutes`: an interval session's work). */
function hardNow(): number {
  const req = fit.req;
  let hard = 0;
  for (const x of req.plan.sessions) hard += hardShareMinutes(x, req.zoneRpe);
  for (const it of fit.items)
    if (it.hard)
      hard +=
        (it.dropped ? 0 : hardShareMinutes(it.x, req.zoneRpe, it.m)) - hardShareMinutes(it.x, req.zoneRpe);
  return hard;
}

/**
 * A cut's trim of one tier toward `fit.cutTo`. Evenly within a group: 5 min at a time from the session that has
 * kept the largest share of itself, each down to its limit. In a down week (`withLong`) the long run is trimmed with
 * the easy runs (to 70 % of it and its dose at least), never to a smaller share of itself than an easy run keeps.
 * Where each item stops in the trim at hand (`limit`, with a down week's long run also its share; Infinity: not in
 * the trim), computed once per trim rather than at every 5-min step (the limits read only the item's own sizes).
 */
function trim(tier: number, limit: (it: Item) => number, withLong = false): void {
  // (Nothing left to cut, as after the easy running for most cuts: no stops to compute.)
  if (fit.total <= fit.cutTo) return;
  const items = fit.items;
  const stops = fit.stops;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    stops[i] =
      it.tier === tier
        ? limit(it)
        : withLong && it.tier === 4
          ? Math.max(limit(it), it.floor, ceil5(it.planned * downLongKeep(fit.req)))
          : Infinity;
  }
  while (fit.total > fit.cutTo) {
    let best: Item | null = null;
    let easyKept = -1;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.dropped || it.m - 5 < stops[i]) continue;
      if (it.tier !== tier) {
        if (easyKept < 0) easyKept = easyShareKept();
        if ((it.m - 5) / it.planned < easyKept - 1e-9) continue;
      }
      if (best === null || it.m * best.planned > best.m * it.planned) best = it;
    }
    if (best === null) return;
    take(best, 5);
  }
}

/** The order `giveBack` returns minutes in (the lowest first; above 2: none). */
function rank(it: Item, easyDropped: boolean): number {
  return fit.down && it.tier === 4 ? 0 : it.tier === 2 && !easyDropped ? -1 : it.tier;
}

/**
 * The give-back's order (`giveBack`): a key session the cut shortened (cut last) gets its minutes back first, then
 * as `rank`. A drop's overshoot had gone to the easy runs alone, leaving a long run cut beside easy runs back at
 * their planned minutes (PROPERTY_SEED=2093310734: a build's long run 75 → 65 with both easy runs whole at 35).
 */
function rankBack(it: Item, easyDropped: boolean): number {
  return it.tier >= 3 && !(fit.down && it.tier === 4) ? -2 : rank(it, easyDropped);
}

/**
 * What a drop overshoots goes back, 5 min at a time, to the non-key sessions cut most (the easy ones first;
 * in a down week the long run with them). While no easy session is dropped (a quality session was, and the
 * runs an athlete keeps stop the cut there), the strength and quality halved after the easy running was
 * trimmed get theirs back first: the cut order undone from its end.
 */
function giveBack(): void {
  const req = fit.req;
  const items = fit.items;
  const tol = fit.tol;
  // Once an easy session is dropped, strength and quality keep what they were cut to (a run went before
  // them otherwise): the overshoot goes to the easy running left, or stays off the week. (Nothing is
  // dropped while the minutes go back: this holds for the whole loop.)
  let easyDropped = false;
  for (const q of items) if (q.dropped && q.tier < 2) easyDropped = true;
  // When all that was trimmed goes back and leaves the plan within the tolerance of `max`, it goes back as far
  // as `max` (within the range, no 5-min trim of one session after a drop that did the cut's work; at its top, the
  // least trim that lands the week in its range: Kasper's 380 min had been left at 255 for a 220–250 build); the
  // cut then stops where it is.
  let trimmed = 0;
  // (A quality run kept for the race keeps what the cut shortened it to: a give-back in 5-min steps would not
  // give it back a repeat.)
  for (const it of items) {
    if (it.dropped || it.quality || rankBack(it, easyDropped) > 2 || (easyDropped && it.tier === 2)) continue;
    trimmed += Math.max(0, it.top - it.m);
  }
  const to =
    fit.total + trimmed <= req.max + tol && fit.total + trimmed > fit.cutTo
      ? Math.min(fit.total + trimmed, req.max)
      : fit.cutTo;
  while (fit.total + 5 <= to) {
    let best: Item | null = null;
    for (const it of items) {
      if (it.dropped || it.quality || rankBack(it, easyDropped) > 2 || it.m + 5 > it.top || !roomOn(it.day))
        continue;
      if (easyDropped && it.tier === 2) continue;
      const r = rankBack(it, easyDropped);
      const rb = best === null ? 0 : rankBack(best, easyDropped);
      if (best === null || r < rb || (r === rb && it.m * best.planned < best.m * it.planned)) best = it;
    }
    if (best === null) break;
    take(best, -5);
  }
  if (fit.total > fit.cutTo && fit.total <= req.max + tol) fit.cutTo = Math.min(fit.total, req.max);
  if (fit.total > fit.cutTo && fit.total > req.max && fit.total <= req.max + tol && roundedStop()) {
    fit.cutTo = fit.total;
    fit.roundedKept = true;
  }
}

/**
 * A build's or a hold's cut (`fewerRuns`) that a drop leaves within rounding of the range's top stops there when
 * the last minutes to the top could only come from the non-key sessions by taking an easy run under
 * EASY_RUN_USEFUL_MINUTES (fewer runs rather than token runs: Sofia's build had trimmed Monday's 30-min run to
 * 25 for the last 5 min to 225, athlete03); the week is then within rounding (`FitResult.roundedAbove`). Not
 * where the non-key sessions could not give them anyway (the key sessions and the long run give then).
 */
function roundedStop(): boolean {
  const req = fit.req;
  if (req.fewerRuns !== true || req.scopeIds !== undefined) return false;
  const need = fit.total - req.max;
  let room = 0;
  let token = 0;
  for (const it of fit.items) {
    if (it.dropped || it.tier > 2 || it.quality) continue;
    const to = it.tier === 2 ? Math.max(it.floor, ceil5(it.planned / 2)) : Math.max(it.floor, it.easy);
    const useful = it.tier === 0 && it.run ? Math.max(to, Math.min(it.planned, EASY_RUN_USEFUL_MINUTES)) : to;
    room += Math.max(0, it.m - useful);
    token += Math.max(0, it.m - to);
  }
  return room < need && token >= need;
}

/** Training days in a row within the week (Monday to Sunday) at most: runs of 2 or fewer count as 2. */
export const SPREAD_RUN_DAYS = 2;

/**
 * The longest run of consecutive training days (a day with a session left) were `it` dropped, `SPREAD_RUN_DAYS` at
 * least (`dropFrom` in a down week).
 */
function runAfterDrop(it: Item): number {
  const on = fit.sessionsOn;
  let run = 0;
  let longest = SPREAD_RUN_DAYS;
  for (let d = 0; d < 7; d++) {
    const n = on[d] - (d === it.day ? 1 : 0);
    run = n > 0 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * What `giveBack` can return to the easy sessions left (what the trim took, where their days have room): a
 * quality session whose drop takes the week under its floor still goes when that brings it back (an easy
 * run is not dropped instead while non-key quality stays whole).
 */
function easyBack(): number {
  const room = fit.room;
  for (let d = 0; d < 7; d++)
    room[d] = fit.caps ? (fit.avail as readonly number[])[d] - fit.dayTotal[d] : Infinity;
  let back = 0;
  for (const it of fit.items) {
    if (it.dropped || it.tier >= 2) continue;
    const g = Math.min(it.top - it.m, Math.floor(room[it.day] / 5 + 1e-9) * 5);
    if (g <= 0) continue;
    room[it.day] -= g;
    back += g;
  }
  return back;
}

/**
 * Drop one session of the tier (the shortest as planned) while at least half of what it has now is still to
 * be cut, and give back what the drop overshoots.
 * The non-key quality (`quality`) goes whole rather than let an easy session be dropped: it is dropped
 * while at least half of it, or of the shortest easy session left, is still to be cut.
 */
function dropFrom(tier: number, quality = false): void {
  const req = fit.req;
  if (!req.mayDrop) return;
  const spread = fit.down && req.scopeIds === undefined;
  for (;;) {
    let shortest: Item | null = null;
    let easiest = Infinity;
    for (const it of fit.items) {
      if (it.dropped) continue;
      if (quality && it.tier < 2 && it.m < easiest) easiest = it.m;
      if (it.tier !== tier || (quality && (!it.hard || it.quality)) || !mayDropRun(it)) continue;
      if (shortest === null) {
        shortest = it;
        continue;
      }
      // A down week keeps its training days spread (our rule): the drop that leaves the shorter longest run of
      // consecutive training days first, runs of two or fewer alike (coach read: Jonas's red week had kept Friday,
      // Saturday and Sunday in a row where Tuesday, Wednesday, Saturday and Sunday were there to keep).
      if (spread) {
        const a = runAfterDrop(it);
        const b = runAfterDrop(shortest);
        if (a !== b) {
          if (a < b) shortest = it;
          continue;
        }
      }
      if (it.planned < shortest.planned) shortest = it;
    }
    if (
      shortest === null ||
      fit.total - fit.cutTo < Math.min(shortest.m, easiest) / 2 ||
      (fit.total - shortest.m < req.floorTotal &&
        (!quality || Math.min(fit.total - shortest.m + easyBack(), fit.cutTo) < req.floorTotal))
    )
      return;
    if (shortest.run) fit.runsLeft--;
    drop(shortest);
    giveBack();
  }
}

/**
 * Strength at its minimum with the cut still short: of two or more strength sessions, the one nearest a hard day or
 * the weekend is dropped and the others are kept whole: what `FitResult.strengthDrop` says, or undefined (none was).
 */
function dropStrength(): FitResult['strengthDrop'] {
  const req = fit.req;
  const items = fit.items;
  const str: Item[] = [];
  let low = false;
  for (const it of items) {
    if (it.dropped || it.x.kind !== 'STRENGTH') continue;
    str.push(it);
    if (it.m <= STRENGTH_MIN_MINUTES && it.m < it.planned) low = true;
  }
  if (str.length < 2 || !low) return undefined;
  // How near each strength day is to a hard or key session the cut keeps or to the weekend (`strengthNearness`);
  // the nearest goes, the later day on a tie.
  const gone = new Set<string>();
  for (const it of items) if (it.dropped) gone.add(it.x.id);
  const left: PlannedSession[] = [];
  for (const x of req.plan.sessions) if (!gone.has(x.id)) left.push(x);
  let pick = str[0];
  let pickNear = strengthNearness(left, pick.day, req.zoneRpe).days;
  for (const it of str) {
    const near = strengthNearness(left, it.day, req.zoneRpe).days;
    if (near < pickNear || (near === pickNear && it.day > pick.day)) {
      pick = it;
      pickNear = near;
    }
  }
  let back = 0;
  for (const it of str) if (it !== pick) back += it.planned - it.m;
  if (fit.total - pick.m + back < req.floorTotal) return undefined;
  drop(pick);
  const kept: PlannedSession[] = [];
  for (const it of str) {
    if (it === pick) continue;
    take(it, it.m - it.planned);
    kept.push(it.x);
  }
  const dropped = { dropped: pick.x, kept };
  giveBack();
  return dropped;
}

/**
 * A quality run kept for the race ahead is shortened instead, a repeat at a time (the longest first), while
 * at least half of the step is still to cut (`half`: a block is not given up for 5 min), and not dropped here.
 */
function shortenQuality(half: boolean): void {
  const req = fit.req;
  if (req.keepQuality === undefined) return;
  for (;;) {
    let short: Item | null = null;
    let shortTo = 0;
    for (const it of fit.items) {
      if (!it.quality || it.dropped) continue;
      const to = shorterQuality(it.x, it.m);
      if (to === null || fit.total - (it.m - to) < req.floorTotal) continue;
      if (fit.total <= fit.cutTo || (half && fit.total - fit.cutTo < (it.m - to) / 2)) continue;
      if (short === null || it.m > short.m) {
        short = it;
        shortTo = to;
      }
    }
    if (short === null) return;
    take(short, short.m - shortTo);
    short.top = short.m;
    short.shortened = true;
  }
}

/** Days from `d` to the nearest other day with a hard session (`hardOn`; 7: none). */
function nearHard(hardOn: readonly boolean[], d: number): number {
  let n = 7;
  for (let e = 0; e < 7; e++) if (hardOn[e] && e !== d && Math.abs(e - d) < n) n = Math.abs(e - d);
  return n;
}

/**
 * What a strength session can still give before the token runs are dropped, in whole 5-min steps: down to half of
 * itself, `STRENGTH_MIN_MINUTES` and its floor at least (0: nothing). One rule for `strengthToRuns` and for the text
 * that says why whole strength stayed beside a dropped run (`TokenRunDrop.strengthShort`).
 */
function strengthRoom(it: Item): number {
  const to = Math.max(it.floor, STRENGTH_MIN_MINUTES, ceil5(it.planned / 2));
  return it.m - 5 < to ? 0 : Math.floor((it.m - to) / 5 + 1e-9) * 5;
}

/**
 * Strength above half of itself (`STRENGTH_MIN_MINUTES` at least) brought down, 5 min at a time from the one
 * keeping the largest share of itself, its minutes to the short runs, the nearest EASY_RUN_USEFUL_MINUTES first
 * (up to it, within their planned minutes and their days' time; all of them when the strength holds that),
 * when that leaves fewer than two of them short: the strength sessions it cut, or null (nothing changed).
 */
function strengthToRuns(tokens: readonly Item[]): PlannedSession[] | null {
  const str: Item[] = [];
  let room = 0;
  for (const it of fit.items) {
    if (it.dropped || it.tier !== 2 || it.x.kind !== 'STRENGTH') continue;
    const give = strengthRoom(it);
    if (give === 0) continue;
    str.push(it);
    room += give;
  }
  if (str.length === 0) return null;
  // The runs it can lift, the nearest first: all of them when the strength holds that, else all but one (one
  // run under EASY_RUN_USEFUL_MINUTES is not a token week); none when fewer.
  const lift: Item[] = [];
  let sum = 0;
  for (const q of insertionSort([...tokens], byNeedThenDay)) {
    const n = tokenNeed(q);
    if (q.m + n > q.planned || sum + n > room) continue;
    if (fit.caps && fit.dayTotal[q.day] + n > (fit.avail as readonly number[])[q.day]) continue;
    lift.push(q);
    sum += n;
  }
  if (lift.length < tokens.length - 1) return null;
  const cut: PlannedSession[] = [];
  for (const q of lift) {
    for (let n = tokenNeed(q); n > 0; n -= 5) {
      let from: Item | null = null;
      for (const it of str) {
        if (strengthRoom(it) === 0) continue;
        if (from === null || it.m * from.planned > from.m * it.planned) from = it;
      }
      if (from === null) break;
      take(from, 5);
      from.top = from.m;
      if (!cut.includes(from.x)) cut.push(from.x);
      take(q, -5);
    }
  }
  return cut;
}

/**
 * What stops a session growing 5 min more (null: nothing), in the order the text names it: `build`, a growth of
 * the week (not a refill of what day caps took); `easyCap`, `FitRequest.easyRunCap`; `longest`, the week's long run
 * as it stands (0: none).
 */
function growStop(it: Item, build: boolean, easyCap: number, longest: number): GrowLimit['why'] | null {
  const req = fit.req;
  if (it.tier === 2 || it.tier === 3) return 'SIZE';
  if (it.tier === 4) {
    if (!it.run) return 'SIZE';
    if (!build) return 'REFILL';
    if (it.m + 5 > longRunLimit(req)) return longRunLimitWhy(req);
  }
  if (it.tier === 0 && it.run) {
    const step = req.easyRunStep;
    const cap =
      easyCap < Infinity || step === undefined ? easyCap : easyRunCap(it.x.minutes, step.minutes, step.pct);
    if (it.m + 5 > Math.max(cap, it.x.minutes)) return 'EASY_STEP';
  }
  if (it.tier === 0 && longest > 0 && it.m + 5 > Math.max(longest, EASY_GROW_FREE_MINUTES, it.x.minutes))
    return 'EASY_LONG';
  if (fit.caps && fit.dayTotal[it.day] + 5 > (fit.avail as readonly number[])[it.day]) return 'DAY';
  return null;
}

/**
 * Step 2 of `fitDays`: a plan above its range (by more than the tolerance) is cut toward `cutTo`, in cut order (see
 * `fitVolume`), the items' doses set. Its own function over the fit's state: a path of the cut first taken late (a
 * request or a session of a shape not seen before: a 'wrong map' deoptimisation) recompiles only the cut, where it
 * recompiled all of `fitDays` (~300 ms of TurboFan each time, `--trace-opt`, 3 times after a 10,000-review warm-up).
 * `longRunCut`: the step cut's, which the cut's own long-run step may replace. Returns what the cut did.
 */
function cutToRange(
  hardSize: number,
  pass: HardPass | undefined,
  longRunCut: FitResult['longRunCut'],
): CutReport {
  const req = fit.req;
  const plan = req.plan;
  const items = fit.items;
  const down = fit.down;
  const tol = fit.tol;
  let strengthDrop: FitResult['strengthDrop'];
  let hardShareDrop: FitResult['hardShareDrop'];
  let qualityHard: CutReport['qualityHard'];
  let runDaysKept: RunDaysKept | undefined;
  let failingDayCut: PlannedSession[] | undefined;
  let tokenRunDrop: TokenRunDrop | undefined;
  // What the cut aims at: `cutTo`, or the plan as a drop left it when that is within its range, or `max` when the
  // drop left it within the tolerance above it (nothing is trimmed to close the rest: see `giveBack`). A cut
  // never lands above `max` for the tolerance: it is for a plan left as it is, not for where a cut stops.
  fit.cutTo = req.cutTo;
  // Evenly within a group: 5 min at a time from the session that has kept the largest share of itself, each
  // down to its limit. In a down week the long run is trimmed with the easy runs (to 70 % of it and its dose
  // at least), never to a smaller share of itself than an easy run keeps.
  // Where each item stops in the trim at hand (`limit`, with a down week's long run also its share; Infinity:
  // not in the trim), computed once per trim rather than at every 5-min step (the limits read only the
  // item's own sizes).
  // (−1) The long run first, where it is out of proportion (not in a taper or a rest week, which have their
  // own doses, nor in a cut of some sessions only): in a hold or a down week above one step over the
  // athlete's longest recent run (cut before this step, whatever the week's size: see `stepCut`), and above its
  // share of the week (`longRunCutShare` of `cutTo`, to its dose; a marathoner's in a hold to its down-week
  // dose). What the text says of it (`longRunCut`) only when that is where the long run ends.
  if (
    (req.depth === 'HOLD' || req.depth === 'DOWN') &&
    (req.scopeIds === undefined || req.downLong === true)
  ) {
    for (const it of items) {
      if (it.tier !== 4 || !it.run || it.dropped) continue;
      // A red-readiness cut of this week: the long run first, to its red-cut dose (`redCutLongRunDose`), an easy
      // run as long as it or longer coming down with it (the longest first, the long run on a tie: no easy run is
      // left longer than the long run the cut leaves, unless at its easy floor).
      if (req.redCut === true) {
        const to = redCutLongRunDose(it.x, req.longRace, req.minRunMinutes, req.zoneRpe).minutes;
        while (fit.total > fit.cutTo) {
          let best: Item | null = it.m - 5 >= to ? it : null;
          for (const q of items) {
            if (
              q === it ||
              q.dropped ||
              q.tier !== 0 ||
              !q.run ||
              q.m <= it.m - 5 ||
              q.m - 5 < Math.max(to, q.floor, q.easy)
            )
              continue;
            if (best === null || q.m > best.m) best = q;
          }
          if (best === null) break;
          take(best, 5);
          if (best !== it) best.top = best.m;
        }
      }
      if (req.longRunCutShare !== undefined) {
        const share = Math.floor((req.cutTo * req.longRunCutShare) / 5 + 1e-9) * 5;
        // A marathoner's long run keeps its purpose: a hold cuts it no deeper than a down week would (its
        // down-week dose: 80 % of it, 90 min at least).
        const least =
          req.longRace && req.depth === 'HOLD'
            ? usefulDose(it.x, 'DOWN', true, req.minRunMinutes, req.zoneRpe)
            : it.floor;
        const to = Math.max(share, least);
        const from = it.m;
        while (it.m - 5 >= to && fit.total > fit.cutTo) take(it, 5);
        // (Held above its share by its dose: the text states the dose, not "at most 40 % of the week", of Ingrid's
        // 60-min long run in a 55-min hold.)
        if (it.m < from)
          longRunCut = {
            session: it.x,
            why: least > share ? (req.longRace ? 'SHARE_LONG_RACE' : 'SHARE_DOSE') : 'SHARE',
            limit: it.m,
            share: req.longRunCutShare,
            size: req.cutTo,
            dose: least,
            depth: req.depth,
          };
      }
      it.top = it.m;
    }
  }
  // (0) A base week's hard share: when the cut would leave the hard minutes above their share of the week,
  // the non-key quality gives way first (dropped, the shortest first: a tempo is kept whole or dropped).
  // Hard minutes by time in zone (`hardShareMinutes`: an interval session's work, not its warm-up).
  const hardMax = req.hardShareMax;
  if (hardMax !== undefined && req.mayDrop) {
    let hard = hardNow();
    const wasHard = hard;
    // Whether the cut order's steps before a drop could have taken the whole cut (the easy running to its easy
    // floors, then strength and quality to half of themselves): only then is the drop the hard share's doing
    // (otherwise the cut order drops the non-key quality before an easy run anyway), and said so.
    let room = 0;
    for (const it of items) {
      if (it.dropped || it.tier > 2) continue;
      const to = it.tier < 2 ? Math.max(it.floor, it.easy) : Math.max(it.floor, ceil5(it.planned / 2));
      room += Math.max(0, it.m - to);
    }
    const easyCould = room >= fit.total - fit.cutTo;
    const goes: PlannedSession[] = [];
    let goesQuality = false;
    let shortened = false;
    // The share is of the week the cut delivers (`hardSize`, see `fitLanded`), not of the target it aims at.
    while (fit.total > fit.cutTo && hard > hardMax * hardSize) {
      // A quality run kept for the race ahead is shortened first, a repeat at a time (the one with the most hard
      // minutes), and dropped only when it is at its shortest and the share is still above the limit (a shorter
      // warm-up that keeps all of its work does nothing for the share).
      let short: Item | null = null;
      let shortTo = 0;
      for (const it of items) {
        if (!it.quality || it.dropped) continue;
        const to = shorterQuality(it.x, it.m);
        if (to === null || fit.total - (it.m - to) < req.floorTotal) continue;
        const h = hardShareMinutes(it.x, req.zoneRpe, it.m);
        if (hardShareMinutes(it.x, req.zoneRpe, to) >= h) continue;
        if (short === null || h > hardShareMinutes(short.x, req.zoneRpe, short.m)) {
          short = it;
          shortTo = to;
        }
      }
      if (short !== null) {
        hard -=
          hardShareMinutes(short.x, req.zoneRpe, short.m) - hardShareMinutes(short.x, req.zoneRpe, shortTo);
        take(short, short.m - shortTo);
        short.top = short.m;
        short.shortened = true;
        shortened = true;
        continue;
      }
      let pick: Item | null = null;
      for (const it of items) {
        if (it.tier !== 2 || !it.hard || it.dropped || !mayDropRun(it) || fit.total - it.m < req.floorTotal)
          continue;
        if (pick === null || it.m < pick.m) pick = it;
      }
      if (pick === null) break;
      hard -= hardShareMinutes(pick.x, req.zoneRpe, pick.m);
      if (pick.run) fit.runsLeft--;
      goes.push(pick.x);
      if (pick.quality) goesQuality = true;
      drop(pick);
    }
    if (pass !== undefined && (goes.length > 0 || shortened)) pass.acted = true;
    // Said when the steps before a drop could have taken the cut; and a quality run kept for the race goes only
    // for the hard share, which the text then always says (not for a hard ride or another non-key session, which
    // the cut order drops before an easy run anyway).
    if (goes.length > 0 && (easyCould || goesQuality))
      hardShareDrop = { dropped: goes, could: easyCould, hard: wasHard, size: hardSize, share: hardMax };
    if (shortened) qualityHard = { hard: wasHard, size: hardSize, share: hardMax };
    giveBack();
  }
  // (0b) An easy session on a day the athlete keeps missing (`failingDays`) gives first, before the easy running
  // on the days they do train (our rule; Sara's build had kept her thrice-missed Wednesday run at 50 min and cut
  // her reliable Saturday 75 → 45): dropped while at least half of it is still to cut (as `dropFrom` drops), else
  // trimmed to its easy floor; either way nothing is given back to it.
  const failing = req.failingDays;
  if (failing !== undefined && failing.length > 0) {
    for (const it of items) {
      if (it.dropped || it.tier > 1 || !failing.includes(it.day) || fit.total <= fit.cutTo) continue;
      const was = it.m;
      if (
        req.mayDrop &&
        mayDropRun(it) &&
        fit.total - fit.cutTo >= it.m / 2 &&
        fit.total - it.m >= req.floorTotal
      ) {
        if (it.run) fit.runsLeft--;
        drop(it);
      } else {
        const to = Math.max(it.floor, it.easy, it.m - ceil5(fit.total - fit.cutTo));
        if (to < it.m) take(it, it.m - to);
        it.top = it.m;
      }
      if (it.m < was) (failingDayCut ??= []).push(it.x);
    }
  }
  // (1) The easy runs, evenly, to their easy floor (in a down week with the long run); (2) the other easy
  // aerobic work the same way.
  trim(0, toEasyFloor, down);
  trim(1, toEasyFloor);
  // (3) Non-key quality and strength: to half of each (a quality session keeps its work), then the non-key
  // quality dropped (strength, a short session that protects the running, is dropped only after the runs).
  // In a hills and strength block the strength waits until the easy sessions are dropped (`strengthLast`).
  const last = req.strengthLast === true;
  trim(2, last ? toHalfStrengthKept : toHalf);
  shortenQuality(true);
  // A red-readiness cut of this week drops a session only once every session is at its minimum (below).
  const red = req.redCut === true;
  if (!red) dropFrom(2, true);
  if (last) {
    dropFrom(0);
    dropFrom(1);
    trim(2, toHalf);
    // The easy runs the run days kept, when strength gives way after all (the text says why).
    let strengthCut = false;
    for (const it of items) if (it.x.kind === 'STRENGTH' && it.m < it.planned) strengthCut = true;
    if (strengthCut) {
      const kept: PlannedSession[] = [];
      for (const it of items) if (it.tier === 0 && it.run && !it.dropped && !mayDropRun(it)) kept.push(it.x);
      if (kept.length > 0) runDaysKept = { sessions: kept, runs: fit.runsLeft, longRace: req.longRace };
    }
  }
  // (3b) Strength at its minimum with the cut still short: of two or more strength sessions, the one nearest a
  // hard day or the weekend is dropped and the others are kept whole (two 15-min sessions are not what a
  // coach writes; STRENGTH_MIN_MINUTES).
  if (req.mayDrop && fit.total > fit.cutTo && !red) strengthDrop = dropStrength();
  // (4) Only then fewer runs: an easy session dropped (the shortest first) rather than every one cut short.
  if (!red) {
    dropFrom(0);
    dropFrom(1);
  }
  // A week the cut so far left within the tolerance above `max` (after a drop, say) comes down to `max`, no
  // further: those last few minutes come from the non-key sessions, to their minimum, before the key sessions and
  // the long run give any.
  const lastTiers = red ? RED_LAST_TIERS : LAST_TIERS;
  if (fit.total > req.max && fit.total <= req.max + tol) {
    fit.cutTo = Math.max(fit.cutTo, req.max);
    for (const tier of lastTiers) trim(tier, toFloor);
  }
  // (5) The key quality sessions to their useful dose, (6) the long run to its dose. In a build's or a hold's cut, what
  // they give is said, with why (`FitResult.keyGave`): their minutes as the cut reaches them.
  if (req.depth === 'HOLD' && !red && fit.total > fit.cutTo) {
    const at: number[] = [];
    for (const it of items) {
      if (it.tier >= 3 && !it.dropped) it.keyFrom = it.m;
      at.push(it.dropped ? -1 : it.m);
    }
    fit.keyAt = at;
  }
  trim(3, toFloor);
  trim(4, toFloor);
  // Last, the non-key sessions to their minimum, and with every session at its minimum or dose, what is still
  // to cut may drop one more (so a plan reviewed again after this change is not cut again).
  // (The other aerobic work first: a run left stays a useful run while a ride or a swim can give.)
  // (Not for a plan the cut has brought within its range: a cut lands in its range, and stops there.)
  // (A quality run kept for the race ahead comes down to its shortest first: dropped only if the week cannot
  // hold it even so.)
  if (fit.total > req.max) {
    // (A red-readiness cut of this week: the easy runs first, the low-impact cross-training kept longer.)
    for (const tier of lastTiers) trim(tier, toFloor);
    shortenQuality(false);
    for (let tier = 0; tier < 3 && fit.total > fit.cutTo; tier++) dropFrom(tier);
  }
  // (6b) Fewer runs rather than token runs (`fewerRuns`: a build's or a hold's cut of the whole week): with two
  // or more easy runs the cut shortened under EASY_RUN_USEFUL_MINUTES, one is dropped and its minutes go back to
  // the others, up to their planned minutes (`giveBack`), so the week lands where the cut aimed as far as they
  // hold it. Which goes: one on a day the athlete keeps missing (`failingDays`) first, else the one nearest a hard
  // session (a quality session, a key session or the long run), the earlier of equals (our rule; Sofia's build
  // had scaled Wednesday's and Saturday's easy runs 30 → 20 min, athlete03). The run days an athlete keeps
  // (`mayDropRun`) and the week's floor stand.
  if (req.fewerRuns === true && req.mayDrop && req.scopeIds === undefined) {
    const hardOn = [false, false, false, false, false, false, false];
    for (const x of plan.sessions) {
      if (x.kind === 'REST' || x.kind === 'STRENGTH') continue;
      let gone = false;
      for (const q of items) if (q.x === x && q.dropped) gone = true;
      if (gone) continue;
      if (x.kind === 'RACE' || isHard(x, req.zoneRpe) || cutTier(x, req.zoneRpe) >= 3) hardOn[x.day] = true;
    }
    for (;;) {
      const tokens = items.filter(isTokenRun);
      if (tokens.length < 2) break;
      let pick: Item | null = null;
      for (const it of tokens) {
        if (!mayDropRun(it)) continue;
        if (pick === null) {
          pick = it;
          continue;
        }
        const f = failing?.includes(it.day) === true;
        const pf = failing?.includes(pick.day) === true;
        if (
          f !== pf
            ? f
            : nearHard(hardOn, it.day) !== nearHard(hardOn, pick.day)
              ? nearHard(hardOn, it.day) < nearHard(hardOn, pick.day)
              : it.day < pick.day
        )
          pick = it;
      }
      if (pick === null) break;
      // Before an easy run goes, what the cut order takes before one (step (3) before step (4)) gives instead
      // (our rule): strength a give-back left above half of itself comes down to that (`STRENGTH_MIN_MINUTES` at
      // least; not in a hills and strength block), its minutes to the short runs, when that leaves fewer than two
      // of them under EASY_RUN_USEFUL_MINUTES; else a whole non-key quality session (a tempo is kept whole or
      // dropped; not one kept for the race ahead) is dropped, the shortest first, its minutes back to the
      // sessions the cut shortened, up to their planned minutes (`giveBack`).
      const gave = minutesOf(tokens);
      const had = minutesOf(items);
      const lifted = last ? null : strengthToRuns(tokens);
      let instead: Item | null = null;
      if (lifted === null) {
        for (const it of items) {
          if (it.tier !== 2 || !it.hard || it.quality || it.dropped || it.m < it.planned || !mayDropRun(it))
            continue;
          if (instead !== null && it.planned >= instead.planned) continue;
          it.dropped = true;
          const back = easyBack();
          it.dropped = false;
          if (fit.total - it.m + back >= req.floorTotal) instead = it;
        }
      }
      if (lifted !== null || instead !== null) {
        if (tokenRunDrop === undefined) tokenRunDrop = { dropped: [], runs: [], kept: [] };
        const ins = (tokenRunDrop.instead ??= { strength: [], quality: [], runs: gave });
        if (lifted !== null) {
          for (const x of lifted) if (!ins.strength.includes(x)) ins.strength.push(x);
        } else if (instead !== null) {
          if (instead.run) fit.runsLeft--;
          drop(instead);
          giveBack();
          ins.quality.push(instead.x);
        }
        for (let k = 0; k < items.length; k++) {
          const q = items[k];
          if (!q.dropped && q.m > had[k] && !tokenRunDrop.kept.includes(q.x)) tokenRunDrop.kept.push(q.x);
        }
        continue;
      }
      // (What the others can take back, the dropped run's own room aside.)
      pick.dropped = true;
      const back = easyBack();
      pick.dropped = false;
      if (fit.total - pick.m + back < req.floorTotal) break;
      const before = minutesOf(tokens);
      fit.runsLeft--;
      drop(pick);
      giveBack();
      if (tokenRunDrop === undefined) tokenRunDrop = { dropped: [], runs: before, kept: [] };
      if (tokenRunDrop.dropped.length === 0) {
        tokenRunDrop.runs = before;
        // Strength left whole whose give was too little (`strengthToRuns` found it so): what it could give.
        if (!last) {
          for (const it of items) {
            if (it.dropped || it.tier !== 2 || it.x.kind !== 'STRENGTH' || it.m < it.planned) continue;
            (tokenRunDrop.strengthShort ??= []).push({ x: it.x, room: strengthRoom(it) });
          }
        }
      }
      tokenRunDrop.dropped.push(pick.x);
      for (let k = 0; k < tokens.length; k++) {
        const q = tokens[k];
        if (!q.dropped && q.m > before[k] && !tokenRunDrop.kept.includes(q.x)) tokenRunDrop.kept.push(q.x);
      }
    }
  }
  // (7) A re-entry week: strength comes down with the running (a return after a break is graded for it too). No
  // strength session keeps a larger share of itself than the easy runs keep (`STRENGTH_MIN_MINUTES` at least);
  // its minutes go, 5 at a time, to the easy run cut most, so the week keeps its size (Henrik's 30-min strength
  // had stayed whole beside an easy run cut 45 → 25 min).
  if (req.strengthWithRunning === true) {
    for (;;) {
      const kept = easyShareKept();
      let str: Item | null = null;
      for (const it of items) {
        if (it.dropped || it.x.kind !== 'STRENGTH') continue;
        if (it.m - 5 < Math.max(STRENGTH_MIN_MINUTES, ceil5(it.planned * kept))) continue;
        if (str === null || it.m * str.planned > str.m * it.planned) str = it;
      }
      if (str === null) break;
      take(str, 5);
      let run: Item | null = null;
      for (const it of items) {
        if (it.dropped || it.tier !== 0 || it.m + 5 > it.top || !roomOn(it.day)) continue;
        if (run === null || it.m * run.planned < run.m * it.planned) run = it;
      }
      if (run === null) {
        take(str, -5);
        break;
      }
      take(run, -5);
      // (What a later give-back returns goes to the running, not back to the strength.)
      str.top = str.m;
    }
  }
  return { longRunCut, strengthDrop, hardShareDrop, qualityHard, runDaysKept, failingDayCut, tokenRunDrop };
}

/** What `cutToRange` did, for `fitDays`'s result. */
interface CutReport {
  readonly longRunCut: FitResult['longRunCut'];
  readonly strengthDrop: FitResult['strengthDrop'];
  readonly hardShareDrop: FitResult['hardShareDrop'];
  /** The hard share's arithmetic for the quality runs it shortened (see `fitDays`). */
  readonly qualityHard: { hard: number; size: number; share: number } | undefined;
  readonly runDaysKept: RunDaysKept | undefined;
  readonly failingDayCut: PlannedSession[] | undefined;
  readonly tokenRunDrop: TokenRunDrop | undefined;
}

/** `FitResult.tokenRunDrop` as the cut builds it. */
interface TokenRunDrop {
  dropped: PlannedSession[];
  runs: number[];
  kept: PlannedSession[];
  instead?: { strength: PlannedSession[]; quality: PlannedSession[]; runs: number[] };
  strengthShort?: { x: PlannedSession; room: number }[];
}

/**
 * The fit (see `fitVolume`), with a base week's hard share judged on a week of `hardSize` minutes (see
 * `fitLanded`); `pass`, when given, is told what the hard share did and where the week landed.
 */
function fitDays(
  req: FitRequest,
  hardSize: number,
  pass?: HardPass,
  /** Non-key quality runs the race rule does not keep (`oneQualityFit`): cut as without a race ahead. */
  release?: ReadonlySet<string>,
): FitResult {
  if (
    req.scopeIds === undefined &&
    req.longRunFirst !== true &&
    req.longRunCeiling === undefined &&
    !longRunOverStep(req) &&
    !restDaysShort(req)
  ) {
    const fits = fitsAlready(req);
    if (fits > req.max)
      return fitResult(
        NO_CHANGE.changes,
        NONE,
        NONE,
        NONE,
        false,
        0,
        0,
        NONE,
        undefined,
        undefined,
        fits - req.max,
        req.tolerance,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      );
    if (fits >= 0) return NO_CHANGE;
  }
  const { plan, availability } = req;
  const scope = req.scopeDays;
  // The fit's state (`FitState`), set in full before a helper reads it.
  fit.req = req;
  fit.keyAt = null;
  fit.scope = scope;
  fit.avail = availability;
  fit.caps = false;
  fit.total = 0;
  fit.runsLeft = 0;
  fit.minRuns = 0;
  fit.cutTo = req.cutTo;
  fit.down = false;
  fit.tol = 0;
  fit.roundedKept = false;
  const items: Item[] = [];
  fit.items = items;
  const dayTotal = fit.dayTotal;
  const sessionsOn = fit.sessionsOn;
  const raceDay = fit.raceDay;
  for (let d = 0; d < 7; d++) {
    dayTotal[d] = 0;
    sessionsOn[d] = 0;
    raceDay[d] = false;
  }
  // The plan's minutes (`planMinutes`), counted in the same pass.
  let original = 0;
  for (const x of plan.sessions) {
    if (x.kind === 'REST') continue;
    if (x.kind === 'RACE') raceDay[x.day] = true;
    original += x.minutes;
    dayTotal[x.day] += x.minutes;
    sessionsOn[x.day]++;
    if (x.kind === 'RACE' || !inDay(x.day) || (req.scopeIds !== undefined && !req.scopeIds.has(x.id)))
      continue;
    const tier = cutTier(x, req.zoneRpe);
    items.push({
      x,
      planned: x.minutes,
      run: x.kind === 'RUN',
      tier,
      floor: 0,
      dayFloor: -1,
      easy: 0,
      hard: false,
      quality:
        req.keepQuality !== undefined &&
        tier === 2 &&
        x.kind === 'RUN' &&
        (release === undefined || !release.has(x.id)),
      shortened: false,
      m: x.minutes,
      day: x.day,
      dropped: false,
      top: x.minutes,
      keyFrom: -1,
    });
  }
  if (items.length === 0) return endFit(NO_CHANGE);
  fit.total = original;

  // ---- 1. day caps -----------------------------------------------------------------------------------------
  let caps = false;
  if (availability !== undefined) for (let d = 0; d < 7; d++) if ((availability[d] ?? 0) > 0) caps = true;
  fit.caps = caps;
  const capped: DayOver[] = [];
  const over: DayOver[] = [];
  const moved: { session: PlannedSession; to: number }[] = [];
  if (caps) {
    const avail = availability as readonly number[];
    for (let d = 0; d < 7; d++) {
      const a = Math.max(0, avail[d] ?? 0);
      if (!inDay(d) || raceDay[d] || dayTotal[d] <= a) continue;
      const before = dayTotal[d];
      const mine: Item[] = [];
      for (const it of items) if (it.day === d) mine.push(it);
      for (const it of mine)
        if (it.dayFloor < 0)
          it.dayFloor = dayFitDose(it.x, req.depth, req.longRace, req.minRunMinutes, req.zoneRpe);
      // A key session whose dose does not fit the day even alone moves to a free day with room for all of it.
      for (const it of mine) {
        if (it.tier < 3 || it.dayFloor <= a) continue;
        let to = -1;
        for (let k = 1; k < 7 && to < 0; k++) {
          // The day after before the day before (no pair array per step).
          for (let side = 0; side < 2; side++) {
            const t = side === 0 ? d + k : d - k;
            if (t < 0 || t > 6 || !inDay(t) || sessionsOn[t] > 0 || (avail[t] ?? 0) < it.m) continue;
            to = t;
            break;
          }
        }
        if (to < 0) continue;
        dayTotal[d] -= it.m;
        sessionsOn[d]--;
        dayTotal[to] += it.m;
        sessionsOn[to]++;
        it.day = to;
        moved.push({ session: it.x, to });
      }
      // Then the day's sessions in cut order, each down to its useful dose.
      const here: Item[] = [];
      for (const it of mine) if (it.day === d) here.push(it);
      insertionSort(here, byTierThenLongest);
      for (const it of here) {
        const excess = dayTotal[d] - a;
        if (excess <= 0) break;
        take(it, Math.min(it.m - it.dayFloor, ceil5(excess)));
      }
      // A non-key session that still does not fit is dropped (the lowest tier first).
      for (const it of here) {
        if (dayTotal[d] <= a) break;
        if (it.tier < 3 && req.mayDrop) drop(it);
      }
      if (dayTotal[d] < before) capped.push({ day: d, minutes: before, available: a });
      if (dayTotal[d] > a) over.push({ day: d, minutes: dayTotal[d], available: a });
    }
  }

  // A build whose long run is behind the race grows it first (the cut below then takes the easy runs).
  if (req.longRunFirst === true && req.growBelow > 0) {
    for (const it of items) {
      if (it.tier !== 4 || !it.run) continue;
      const room = caps ? (availability as readonly number[])[it.day] - dayTotal[it.day] : Infinity;
      // In 5-min steps (a limit of 56 min takes a 50-min long run to 55, never 56: no change gives a 56).
      const grow = Math.floor(Math.min(longRunLimit(req) - it.m, room) / 5 + 1e-9) * 5;
      if (grow >= 5) take(it, -grow);
    }
  }

  // A down week after red readiness that cut this week's long run: next week's long run is no longer than that
  // one (whatever its dose), and stays there (nothing given back to it).
  let longRunCut: FitResult['longRunCut'];
  if (req.longRunCeiling !== undefined) {
    const to = Math.floor(req.longRunCeiling / 5 + 1e-9) * 5;
    for (const it of items) {
      if (it.tier !== 4 || !it.run || it.dropped || it.m <= to) continue;
      while (it.m - 5 >= to) take(it, 5);
      it.top = it.m;
      longRunCut = { session: it.x, why: 'CURRENT_WEEK', limit: it.m };
    }
  }

  // A hold or a down week does not jump the long run, whatever the week's size (a plan inside its range too): a long
  // run above one step over the athlete's longest logged long run comes down to that step first (`heldLongRun`, a
  // down week's 45 min at least), and stays there (nothing given back to it). A week this takes under its range
  // gets the minutes back on its easy running (step 3), as far as the plan had them.
  let stepCut = 0;
  if (stepCuts(req)) {
    const cap = req.longRunCap as number;
    for (const it of items) {
      if (it.tier !== 4 || !it.run || it.dropped) continue;
      const to = heldLongRun(it.m, cap);
      if (to >= it.m) continue;
      stepCut += it.m - to;
      take(it, it.m - to);
      it.top = it.m;
      longRunCut = { session: it.x, why: 'STEP', limit: it.m };
    }
  }

  // ---- 2. a plan above its range is cut toward `cutTo`, in cut order ----------------------------------------
  let aboveMax = false;
  // A down week of the plan (not a cut of some of its sessions, unless `downLong` says the sessions in scope are
  // cut as a down week's: the rest of this week for red readiness, whose long run comes down with the rest).
  const down = req.depth === 'DOWN' && (req.scopeIds === undefined || req.downLong === true);
  const tol = req.tolerance ?? 0;
  fit.down = down;
  fit.tol = tol;
  let strengthDrop: FitResult['strengthDrop'];
  let hardShareDrop: FitResult['hardShareDrop'];
  // The hard share's arithmetic for the quality runs it shortened (`qualityKept.hardShare`): the week's hard minutes
  // with all of their work; `after` is set once the cut is done (see below).
  let qualityHard: { hard: number; size: number; share: number } | undefined;
  // Whether the items' doses are set (`withDoses`): only a cut and a down week's long run read them.
  let dosed = false;
  let runDaysKept: RunDaysKept | undefined;
  let failingDayCut: PlannedSession[] | undefined;
  let tokenRunDrop: TokenRunDrop | undefined;
  let restDayDrop: { dropped: PlannedSession[]; days: number[]; had: number; back: number } | undefined;
  // An athlete who runs keeps at least two runs (three before a marathon-type race, the run days a marathon
  // build needs: `MIN_RUN_DAYS_LONG_RACE`), or the runs the plan has when fewer: a cut drops a ride, a swim
  // or strength before it drops one of them (a triathlete's running is not cut to the long run), and past
  // that shortens the key sessions to their dose rather than take a run day away.
  fit.runsLeft = 0;
  for (const x of plan.sessions) if (x.kind === 'RUN') fit.runsLeft++;
  for (const it of items) if (it.dropped && it.run) fit.runsLeft--;
  fit.minRuns = Math.min(req.longRace ? MIN_RUN_DAYS_LONG_RACE : 2, fit.runsLeft);
  // A cut of a plan above its range (by more than the tolerance) lands in the range, or says how far above it the
  // key sessions' doses leave it (`aboveMax`).
  const cutting = fit.total > req.max + tol;
  // A cut a drop left within rounding of the range's top, where the rest would take an easy run under
  // EASY_RUN_USEFUL_MINUTES (`roundedStop`).
  fit.roundedKept = false;
  if (cutting) {
    dosed = withDoses(items, req);
    const cut = cutToRange(hardSize, pass, longRunCut);
    longRunCut = cut.longRunCut;
    strengthDrop = cut.strengthDrop;
    hardShareDrop = cut.hardShareDrop;
    qualityHard = cut.qualityHard;
    runDaysKept = cut.runDaysKept;
    failingDayCut = cut.failingDayCut;
    tokenRunDrop = cut.tokenRunDrop;
  }
  // (8) A down week after two weeks or more of red readiness keeps `restDays` days free of any session (our rule:
  // fewer sessions, not only shorter ones), cut or not (a plan already at or under its target too: nothing of it was
  // cut, so nothing goes back and the week lands under the target). While fewer are free, an easy session alone on its day is dropped
  // whole: the easy runs first (the low-impact cross-training is kept longer, as in the red cut of this week),
  // never the long run, a key session or strength, within the runs an athlete keeps (`mayDropRun`). Where: while no
  // free day is beside the long run, the day after it, else the day before it; then the day farthest from the
  // free days (around the week: no two rest days in a row when avoidable); the shorter session as planned on a
  // tie, then the earlier day. Its minutes go back, 5 at a time, to the easy sessions and the long run kept (the
  // one that has kept the smallest share of itself first), each up to what it had before the trim (`top`: its
  // planned minutes at most) and its day's time, never past the target: the week may land under it.
  const restDays = req.restDays ?? 0;
  // (A cut of this week's days left, `scopeIds`, keeps its rest days among them: the sessions out of scope are never
  // dropped, and the caller counts the free days before them in `restDays`.)
  if (restDays > 0 && down && req.mayDrop) {
    let long = -1;
    for (const it of items) if (it.tier === 4 && it.run && !it.dropped) long = it.day;
    for (;;) {
      const free: number[] = [];
      for (let d = 0; d < 7; d++) if (sessionsOn[d] === 0) free.push(d);
      if (free.length >= restDays) break;
      const place = restDayPlace(long, free);
      let pick: Item | null = null;
      for (const it of items) {
        if (it.dropped || it.tier > 1 || sessionsOn[it.day] !== 1 || !mayDropRun(it)) continue;
        if (isLongSession(it.x, req.zoneRpe)) continue;
        if (
          pick === null ||
          it.tier < pick.tier ||
          (it.tier === pick.tier &&
            (place(it.day) < place(pick.day) ||
              (place(it.day) === place(pick.day) &&
                (it.planned < pick.planned || (it.planned === pick.planned && it.day < pick.day)))))
        )
          pick = it;
      }
      if (pick === null) break;
      if (pick.run) fit.runsLeft--;
      restDayDrop ??= { dropped: [], days: [], had: 0, back: 0 };
      restDayDrop.dropped.push(pick.x);
      restDayDrop.had += pick.m;
      drop(pick);
      while (fit.total + 5 <= req.cutTo) {
        let best: Item | null = null;
        for (const q of items) {
          if (q.dropped || (q.tier > 1 && !(q.tier === 4 && q.run)) || q.m + 5 > q.top || !roomOn(q.day))
            continue;
          if (best === null || q.m * best.planned < best.m * q.planned) best = q;
        }
        if (best === null) break;
        take(best, -5);
        restDayDrop.back += 5;
      }
    }
    if (restDayDrop !== undefined) {
      for (const x of restDayDrop.dropped) restDayDrop.days.push(x.day);
      restDayDrop.days.sort(ascending);
      // (A rest day is not a day brought within its time: the texts say it is a rest day.)
      for (let i = capped.length - 1; i >= 0; i--)
        if (restDayDrop.days.includes(capped[i].day)) capped.splice(i, 1);
    }
  }
  // (Only a plan above its range is left above it: the rest days only take minutes away.)
  aboveMax = fit.total > req.max + (cutting && !fit.roundedKept ? 0 : tol);
  // A down week's long run keeps no larger a share of itself than the easy runs keep (at least 70 % of it and
  // its dose; 80 % for a marathon or ultra athlete), however the week came to its size (day caps can take all of a cut from the easy runs).
  // (Not a red-readiness cut of this week, whose long run came down first, to half of it, or shares its cut with an
  // easy run as long: `redCut`.)
  if (down && req.redCut !== true) {
    if (!dosed) dosed = withDoses(items, req);
    const kept = Math.max(downLongKeep(req), easyShareKept());
    for (const it of items) {
      if (it.tier !== 4 || it.dropped) continue;
      const to = Math.max(it.floor, ceil5(it.planned * kept));
      while (it.m - 5 >= to && fit.total - 5 >= req.floorTotal) take(it, 5);
    }
  }

  // ---- 3. a plan below what it should be grows on the days with room ----------------------------------------
  let growTo = 0;
  // Only a build grows the long run; a refill of what the day caps took goes to the easy running.
  // `growBelow` leaves the plan a slack of 5 min per two sessions (growth comes in 5-min steps); a session this
  // fit dropped takes its share of that slack with it, so the plan as it leaves here is judged as a review of
  // it would judge it (otherwise a build that drops a session short of its target is grown again, once
  // applied, by the next review of the same week).
  let kept = 0;
  for (const it of items) if (!it.dropped) kept++;
  // (A week that dropped sessions for its rest days grows nothing, nor refills what day caps took: it may land under
  // its target.)
  const build =
    restDayDrop === undefined &&
    fit.total < req.growBelow + 5 * (Math.ceil(items.length / 2) - Math.ceil(kept / 2));
  // After a step cut, a week under its range grows back no further than the plan was (the long run's minutes go
  // to the easy running; a hold does not make a longer week of it).
  // A refill gives back what the day caps took, not what the long run's step took.
  if (build) growTo = stepCut > 0 ? Math.min(req.growTo, original) : req.growTo;
  else if (
    restDayDrop === undefined &&
    capped.length > 0 &&
    fit.total < Math.min(original - stepCut, req.target) - 5
  )
    growTo = Math.min(original - stepCut, req.target);
  let growShort = 0;
  const freeDays: { day: number; available: number }[] = [];
  const growLimits: GrowLimit[] = [];
  if (growTo > fit.total) {
    // The long run grows to its share of the week at most, by one step and never above the athlete's longest
    // recent run plus that step (numbers of minutes: growing it again gives nothing).
    const first = req.longRunFirst === true;
    // An easy run grows no longer than the week's long run (as it stands; an hour is always allowed, and what it
    // has as planned): a build whose long run cannot grow puts the rest on a free day or leaves it, never a
    // Saturday easy run of 75 min beside Sunday's 60-min long run.
    let longest = 0;
    for (const it of items) if (it.tier === 4 && it.run && !it.dropped && it.m > longest) longest = it.m;
    // An easy run grows by one easy-run step at most over the longest easy run the athlete logged recently
    // (`easyRunCap`: +15 min or +50 %, whichever is less), never a 30-min run doubled in a week; one planned
    // longer keeps its minutes.
    const easyCap = req.easyRunCap ?? Infinity;
    while (fit.total < growTo) {
      let best: Item | null = null;
      for (const it of items) {
        if (it.dropped || growStop(it, build, easyCap, longest) !== null) continue;
        if (first && it.tier === 4 && it.run) {
          best = it;
          break;
        }
        if (best === null || it.m * best.planned < best.m * it.planned) best = it;
      }
      if (best === null) break;
      take(best, -5);
      if (best.tier === 4 && best.m > longest) longest = best.m;
    }
    growShort = Math.max(0, growTo - fit.total);
    if (growShort > 0) {
      for (const it of items) {
        if (it.dropped) continue;
        const why = growStop(it, build, easyCap, longest);
        if (why === null) continue;
        // (Two literals, not a spread of an optional field: a spread copy goes through a runtime call.)
        growLimits.push(
          why === 'DAY'
            ? { session: it.x, minutes: it.m, why, available: (availability as readonly number[])[it.day] }
            : { session: it.x, minutes: it.m, why },
        );
      }
    }
    if (growShort > 0 && caps) {
      for (let d = 0; d < 7; d++) {
        const a = (availability as readonly number[])[d] ?? 0;
        if (inDay(d) && sessionsOn[d] === 0 && a >= req.minRunMinutes)
          freeDays.push({ day: d, available: a });
      }
    }
  }

  // ---- the changes ---------------------------------------------------------------------------------------
  // Built in the order the apply step takes them, each SCALE_VOLUME with the plan's total at its turn (moves
  // keep the total, a drop takes the session's minutes): no plan is simulated.
  const changes: PlanChange[] = [];
  let running = original;
  for (const mv of moved) {
    changes.push({
      type: 'MOVE_SESSION',
      sessionId: mv.session.id,
      fromDay: mv.session.day,
      toDay: mv.to as Weekday,
    });
  }
  for (const it of items) {
    if (!it.dropped) continue;
    // (A session dropped for a rest day goes with its day: one INSERT_REST_DAYS below.)
    if (restDayDrop === undefined || !restDayDrop.dropped.includes(it.x))
      changes.push({ type: 'DROP_SESSION', sessionId: it.x.id });
    running -= it.planned;
  }
  if (restDayDrop !== undefined)
    changes.push({ type: 'INSERT_REST_DAYS', days: restDayDrop.days as Weekday[] });
  // Sessions scaled by the same percentage share one change: each session's is the one its text says
  // (`scalePercent`: the real change as near as the minutes allow, so that a client reading `percent` reads the
  // change as it is: 35 → 30 min: -14 %, not -1 %; 50 → 30 and 70 → 45 min: -40 % and -36 %, not one -33 %).
  const ranged: { it: Item; p: number }[] = [];
  for (const it of items) {
    if (it.dropped || it.m === it.planned) continue;
    const p = landingPercent(it.planned, it.m);
    if (p !== null) ranged.push({ it, p });
  }
  insertionSort(ranged, byPercent);
  for (let i = 0; i < ranged.length;) {
    const percent = ranged[i].p;
    const ids: string[] = [];
    let j = i;
    let cut = 0;
    while (j < ranged.length && ranged[j].p === percent) {
      const it = ranged[j++].it;
      ids.push(it.x.id);
      cut += it.planned - it.m;
    }
    changes.push({ type: 'SCALE_VOLUME', percent, sessionIds: ids, expectedTotalMinutes: running });
    running -= cut;
    i = j;
  }
  if (longRunCut !== undefined) {
    const id = longRunCut.session.id;
    let lr: Item | undefined;
    for (const it of items) if (lr === undefined && it.x.id === id) lr = it;
    // (Or, for the step's cut, where a build's or a hold's last steps took it further: `keyGave` says what they took.)
    if (
      lr === undefined ||
      lr.dropped ||
      (lr.m !== longRunCut.limit &&
        !(longRunCut.why === 'STEP' && lr.keyFrom === longRunCut.limit && lr.m < lr.keyFrom))
    )
      longRunCut = undefined;
  }
  if (pass !== undefined) {
    pass.landed = fit.total;
    pass.hard = hardNow();
  }
  let qualityKept: FitResult['qualityKept'];
  if (req.keepQuality !== undefined) {
    const kept: PlannedSession[] = [];
    const gone: PlannedSession[] = [];
    const byHard = hardShareDrop?.dropped ?? NONE;
    // What the shortening took off the week's hard minutes, the runs as the cut leaves them (what the text names:
    // "with 1 × 15′, 45 min"), and nothing a drop of another session took.
    let saved = 0;
    for (const it of items) {
      if (!it.quality) continue;
      if (it.dropped && !byHard.includes(it.x)) gone.push(it.x);
      // Only the runs the race rule shortened: not one a day cap or a trim to its dose took minutes off.
      else if (!it.dropped && it.shortened && it.m < it.planned) {
        kept.push(it.x);
        saved += hardShareMinutes(it.x, req.zoneRpe) - hardShareMinutes(it.x, req.zoneRpe, it.m);
      }
    }
    if (kept.length > 0 || gone.length > 0)
      qualityKept = {
        race: req.keepQuality,
        sessions: kept,
        hardShare:
          kept.length > 0 && qualityHard !== undefined
            ? {
                hard: qualityHard.hard,
                after: qualityHard.hard - saved,
                size: qualityHard.size,
                share: qualityHard.share,
              }
            : undefined,
        dropped: gone,
      };
  }
  const aboveBy = aboveMax ? fit.total - req.max : 0;
  const held = aboveMax ? heldAbove(plan, items, req) : undefined;
  const roundedAbove = !aboveMax && fit.total > req.max ? fit.total - req.max : 0;
  const limits = growLimits.length > 0 ? growLimits : undefined;
  if (changes.length === 0)
    return endFit(
      fitResult(
        NO_CHANGE.changes,
        NONE,
        over,
        NONE,
        aboveMax,
        aboveBy,
        growShort,
        freeDays,
        undefined,
        undefined,
        roundedAbove,
        tol,
        undefined,
        undefined,
        undefined,
        undefined,
        limits,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        held,
      ),
    );
  return endFit(
    fitResult(
      changes,
      capped,
      over,
      moved,
      aboveMax,
      aboveBy,
      growShort,
      freeDays,
      undefined,
      undefined,
      roundedAbove,
      tol,
      longRunCut,
      strengthDrop,
      req.strengthLast === true ? strengthWhole(items) : undefined,
      runDaysKept,
      limits,
      hardShareDrop,
      qualityKept,
      failingDayCut,
      tokenRunDrop,
      restDayDrop,
      undefined,
      keyGaveOf(items, capped, fit.keyAt),
      held,
    ),
  );
}

/**
 * What holds a plan the cut leaves above its range (`AboveHeld`), from the cut's items as they stand: each session
 * kept, why it gives no more, and why none of those the cut order drops was dropped, checked in the order the cut's
 * drop (`dropFrom`) checks them.
 */
function heldAbove(plan: WeekPlan, items: readonly Item[], req: FitRequest): AboveHeld {
  const kept: { session: PlannedSession; minutes: number; why: HeldWhy; quality: boolean }[] = [];
  let droppable: Item | null = null;
  let candidates = 0;
  for (const x of plan.sessions) {
    if (x.kind === 'REST') continue;
    if (x.kind === 'RACE') {
      kept.push({ session: x, minutes: x.minutes, why: 'RACE', quality: false });
      continue;
    }
    let it: Item | null = null;
    for (const q of items) if (q.x === x) it = q;
    if (it === null) {
      kept.push({ session: x, minutes: x.minutes, why: 'OUT', quality: isQualityRun(x, req.zoneRpe) });
      continue;
    }
    if (it.dropped) continue;
    const floor = usefulDose(x, req.depth, req.longRace, req.minRunMinutes, req.zoneRpe);
    const why: HeldWhy = it.quality
      ? 'QUALITY'
      : it.m > floor
        ? 'ABOVE'
        : x.key === true
          ? 'KEY'
          : it.run && isLongSession(x, req.zoneRpe)
            ? 'LONG'
            : 'MIN';
    kept.push({ session: x, minutes: it.m, why, quality: isQualityRun(x, req.zoneRpe) });
    // The sessions the cut order drops (`dropFrom`: its tiers 0 to 2), a quality run kept for the race aside.
    if (it.tier > 2 || it.quality) continue;
    candidates++;
    if (!mayDropRun(it)) continue;
    if (droppable === null || it.planned < droppable.planned) droppable = it;
  }
  let dropWhy: AboveHeld['dropWhy'] = 'OTHER';
  let leaves = 0;
  if (candidates === 0) dropWhy = 'NONE';
  else if (!req.mayDrop) dropWhy = 'TAPER';
  else if (droppable === null) dropWhy = 'RUN_DAYS';
  else if (req.redCut !== true) {
    leaves = fit.total - droppable.m;
    if (leaves < req.floorTotal) dropWhy = 'UNDER';
    else if (fit.total - fit.cutTo < droppable.m / 2) dropWhy = 'OVERSHOOT';
  }
  return {
    kept,
    dropWhy,
    runDays: fit.minRuns,
    longRace: req.longRace,
    shortest: droppable === null ? undefined : droppable.x,
    leaves,
    floorTotal: req.floorTotal,
    aim: fit.cutTo,
  };
}

/**
 * What a build's or a hold's cut took from the key sessions and the long run in its steps (5) and (6) (see
 * `FitResult.keyGave`), with where the other sessions in its scope stand; undefined when they gave nothing.
 */
function keyGaveOf(
  items: readonly Item[],
  capped: FitResult['capped'],
  keyAt: readonly number[] | null,
): FitResult['keyGave'] {
  let sessions: PlannedSession[] | undefined;
  const gave: number[] = [];
  const from: number[] = [];
  let keyAtDose = true;
  for (const it of items) {
    if (it.keyFrom < 0 || it.dropped || it.m >= it.keyFrom) continue;
    (sessions ??= []).push(it.x);
    gave.push(it.keyFrom - it.m);
    from.push(it.keyFrom);
    if (it.m > it.floor) keyAtDose = false;
  }
  if (sessions === undefined) return undefined;
  // Where each other session stood when the key sessions gave (what the cut had taken from it first), and the ones
  // the cut's last steps took further after them (said apart: not "the key sessions last").
  let others: { x: PlannedSession; m: number; why: KeyGaveWhy }[] | null = [];
  const after: { x: PlannedSession; m: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.tier >= 3) continue;
    const was = keyAt === null ? (it.dropped ? -1 : it.m) : keyAt[i];
    if (was < 0) continue;
    if (it.dropped || it.m < was) after.push({ x: it.x, m: it.dropped ? 0 : it.m });
    if (others === null) continue;
    const m = Math.max(it.m, was);
    const why: KeyGaveWhy | null =
      m <= it.floor
        ? 'DOSE'
        : it.tier < 2 && m < toEasyFloor(it)
          ? m === it.planned
            ? 'PLANNED'
            : dayCapOn(capped, it.day) && aloneOn(items, it.day)
              ? 'DAY'
              : null
          : it.tier < 2 && m === toEasyFloor(it)
            ? 'EASY'
            : it.tier === 2 && m <= toHalf(it)
              ? 'HALF'
              : null;
    if (why === null) others = null;
    else if (!it.dropped && it.m === was) others.push({ x: it.x, m, why });
  }
  return { sessions, gave, from, othersAtLimit: others, after, keyAtDose };
}

/**
 * The only session the fit leaves on `day`: a day cap's time is then its own ("is at the time its day has"), not a
 * share of it (the diff review: a double day or strength beside it).
 */
function aloneOn(items: readonly Item[], day: number): boolean {
  let n = 0;
  for (const it of items) if (it.day === day && !it.dropped) n++;
  return n === 1;
}

/** A day cap of the fit's on `day`. */
function dayCapOn(capped: FitResult['capped'], day: number): boolean {
  for (const c of capped) if (c.day === day) return true;
  return false;
}

/**
 * How near a strength session on `day` is to what it should not crowd: a hard or key session of `sessions` (a race
 * too; strength and rest aside) or the weekend (Saturday, Sunday, or the Sunday before a Monday), in days, with the
 * nearest such session (null: the weekend; a session on the same distance is named before the weekend). Of two
 * strength sessions a cut would take under their minimum, the nearer goes (see `FitResult.strengthDrop`).
 */
export function strengthNearness(
  sessions: readonly PlannedSession[],
  day: number,
  zoneRpe?: ReadonlyMap<string, number>,
): { readonly days: number; readonly session: PlannedSession | null } {
  let days = Math.min(Math.abs(day - 5), Math.abs(day - 6), day + 1);
  let session: PlannedSession | null = null;
  for (const x of sessions) {
    if (x.kind === 'STRENGTH' || x.kind === 'REST') continue;
    if (x.kind !== 'RACE' && x.key !== true && !isHard(x, zoneRpe)) continue;
    const n = Math.abs(day - x.day);
    if (n < days || (n === days && (session === null || (x.key === true && session.key !== true)))) {
      days = n;
      session = x;
    }
  }
  return { days, session };
}

/**
 * The strength sessions, when each is whole and the cut dropped easy running (what the usual cut order takes after
 * strength: `strengthKept`); else undefined.
 */
function strengthWhole(items: readonly Item[]): PlannedSession[] | undefined {
  const strength: PlannedSession[] = [];
  let easyDropped = false;
  for (const it of items) {
    if (it.x.kind === 'STRENGTH') {
      if (it.dropped || it.m < it.planned) return undefined;
      strength.push(it.x);
    } else if (it.tier < 2 && it.dropped) easyDropped = true;
  }
  return strength.length > 0 && easyDropped ? strength : undefined;
}
