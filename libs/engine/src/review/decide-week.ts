import type { EngineConfig } from '../config/engine-config';
import {
  type DraftDownWeek,
  type MetricsState,
  type ParsedEvent,
  type ParsedRace,
  silentWeeksNote,
  weekDaysBehind,
} from '../metrics/compute-metrics';
import { fromDayNumber, mondayOf, toDayNumber, weekdayName } from '../dates/local-date';
import { PEAK_WEEKS_BEFORE_RACE } from '../planning/long-run';
import { type RaceWeekSize, raceWeekCappedWords, raceWeekSize } from '../planning/race-week';
import { nextFocus } from '../planning/session-templates';
import {
  recoveryDaysAfter,
  shortTaperRace,
  taperCoversWeek,
  taperDaysFor,
  taperFirstWeek,
  taperStart,
  taperWeek,
  type TaperWeek,
} from '../planning/taper';
import { andList, fixed } from '../suggestions/format';
import type {
  MesocycleFocus,
  Metrics,
  Phase,
  Readiness,
  SuggestionKind,
  WeekDecisionType,
  WeekLoad,
} from '../types';
import { GRADED_EASY_DAYS, HRV_STRONG_DAYS, eventWords } from './readiness-evidence';
import {
  ESCALATED_DOWN_WEEK_CUT,
  type MedicalWeek,
  recentRedSpell,
  type RedSpell,
} from './persistent-readiness';
import {
  EVENT_NAME,
  LOW_COMPLETION_SHARE,
  baseWeekLoad,
  baseWeekMinutes,
  coveredDaysWords,
  dayRun,
  noteEquipment,
  reviewDayToCome,
  type ContextDay,
  type ReviewDayToCome,
  type ThisWeekShort,
  type ThisWeekUnlogged,
  PROJECT_MIN_DAYS_MISSED,
  type WeekAgainstPlan,
  type WeekContext,
} from './week-context';

export interface Decision {
  readonly type: WeekDecisionType;
  readonly reason: SuggestionKind;
  readonly targetMinutes: number;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly phase: Phase;
  readonly focus: MesocycleFocus;
  /** Mean weekly minutes of the last three calendar weeks that were not down weeks: the base every target derives from. */
  readonly baseMinutes: number;
  /**
   * The weeks `baseMinutes` averages, most recent first (0: this week, its days to come as planned; 1: last week
   * …; see `MetricsState.weekMinutes`); empty when the base is not from whole weeks. The texts name them
   * (`baseWeeksWords`): one week is never said to "average".
   */
  readonly baseWeeks: readonly number[];
  /**
   * This week as the base counts it when it is under way and already short of its plan (see `ThisWeekShort`):
   * its days to come at the share of its plan done so far, not at their full plan (null: this week is not in the
   * base, or nothing of it was missed).
   */
  readonly baseThisWeek: ThisWeekShort | null;
  /**
   * The review date's sessions the base counts as still to come with this week (no log that day matches them yet:
   * the athlete may still run tonight; null: this week is not in the base, or the review date's count as done).
   */
  readonly baseToday: ReviewDayToCome | null;
  /**
   * This week's sessions missed so far while the base counts its days to come as planned (`WeekContext.thisWeekUnlogged`:
   * too little of the week behind to count the rest at the share done; null: none, or this week is not in the base).
   */
  readonly baseUnlogged?: ThisWeekUnlogged | null;
  /** The weeks the base looked at and left out, most recent first: down weeks, and A races' weeks (`race`). */
  readonly baseLeftOut: readonly BaseLeftWeek[];
  readonly easyOnly: boolean;
  readonly rotateFocus: boolean;
  readonly spike: boolean;
  readonly spikeStrong: boolean;
  readonly downDue: boolean;
  readonly taperDaysToRace: number | null;
  /** A taper week with its A race in it: the week's size is the training around the race, the race not counted. */
  readonly raceInWeek: boolean;
  /**
   * That week's days and what they allow besides the race (`raceWeekSize`: the days before it, the race-eve days, the
   * rest and easy days after it), whose sums are the decision's target and range; null when the race is not in it.
   */
  readonly raceWeek: RaceWeekSize | null;
  /** Next week as a taper week (`taperWeek`: its taper's days, first day and cut), null when it is none. */
  readonly taper: TaperWeek | null;
  /** What rules a build week out, in words (see `buildRuleOuts`). */
  readonly ruledOut: readonly string[];
  /**
   * Low readiness that a confirmed life event explains and that is over by next week: a graded return (held
   * near what was done lately, hard sessions of these days made easy) instead of a hold or a down week.
   */
  readonly gradedDays: readonly number[];
  /** A hold graded up from where the athlete is (after an illness or a race's transition), below the usual base. */
  readonly gradedReturn: boolean;
  /**
   * The life event a graded return (`gradedDays`) returns from, when the base is the usual volume of the weeks before
   * it (`baseWeeks` all before its first week: see `beforeEventBase`); null (or absent) when the base is the usual one.
   */
  readonly baseBeforeEvent?: ParsedEvent | null;
  /**
   * A readiness hold on HRV clearly low for 7 days running or more: the volume is held and the hard sessions
   * are made easy (our rule; the long run stays a long run).
   */
  readonly intensityLight: boolean;
  /**
   * Next week starts with a marathon-type A race (its Monday to Wednesday, `raceWeekRecoveryRace`): the rest of
   * the race week is its recovery week (rest days, then short easy runs at −70 %, the race not counted), not
   * the taper's last week.
   */
  readonly raceWeekRecovery: boolean;
  /**
   * The race a transition or recovery week follows, when it is not yet behind the review day (its day number: later
   * this week, or the review day itself). Its sentence then says when the race is, not that it is done (Lukas, read on
   * the Monday of his Thursday marathon's week, had read "The A race is done" three days before it). Null (or
   * absent): the race is behind the review day, or the decision follows none.
   */
  readonly raceAhead?: number | null;
  /** The recent illness that rules a build out and grades the return (see `illnessThatCounts`). */
  readonly illness: Illness | null;
  /** A recent illness that is history by now: context for the texts ("back from the illness of …"), not a reason. */
  readonly illnessOver: Illness | null;
  /**
   * A silence with no session logged for `REENTRY_IDLE_DAYS` days or more and nothing that explains it (see
   * `reentryGap`): the hold becomes a re-entry week until the athlete answers (null: none).
   */
  readonly reentry: Reentry | null;
  /**
   * A re-entry week that a down week falls due in too: the build weeks since the last down week, the weeks left blank
   * by the silence counted as the plan had them, not as down weeks (see `reentryDownDue`); the re-entry week then takes
   * the smaller of the two sizes, the down week's (absent: none).
   */
  readonly reentryDown?: ReentryDown;
  /**
   * A scheduled down week chosen while the athlete is silent after a gap (`reentryGap`: no session logged for
   * `REENTRY_IDLE_DAYS` days or more, no contact): its long run is no longer than the re-entry week's cap either, the
   * smaller of the two (absent: none).
   */
  readonly downReentry?: Reentry;
  /**
   * What a return steps from after a silence (`silentGradedFrom`, as the decision read it: the last week trained), null
   * when there is no such silence; the suggestions read it from here rather than again.
   */
  readonly silent: SilentGradedFrom | null;
  /**
   * A down week for red readiness that carries the medical check (`medicalCheckWeek`): short easy sessions only until
   * a doctor has cleared the athlete (absent: none).
   */
  readonly medicalWeek?: MedicalWeek;
  /**
   * Next week's draft is a down week by its plan (`MetricsState.draftDown`, the rule the past weeks' plans are read
   * by) and the decision is a build over it: no down week is due. The texts say so, with the last down week and the
   * build weeks since, and that keeping the plan's down week is the coach's call (null: no such build).
   */
  readonly overDraftDown: OverDraftDown | null;
}

/** A build over a draft planned as a down week (`Decision.overDraftDown`). */
export interface OverDraftDown {
  readonly draft: DraftDownWeek;
  /** Build weeks since the last down week (`Metrics.weeksSinceDownWeek`). */
  readonly since: number;
  /** The last down week (index as `Decision.baseWeeks`: 0 this week), null when none is on record. */
  readonly lastDown: number | null;
  /**
   * The complete weeks on record when they are too few to read a down week in (`weeksSinceDownWeek` needs 4: a week
   * is read against the three before it), null otherwise: `since` is 0 then, and no build week is counted.
   */
  readonly tooFewWeeks: number | null;
  /**
   * That week as a down week by its load (`MetricsState.weekLoadDropRef`): the mean load of the three weeks before it,
   * which its load fell `downWeekDetectCut` or more below; null for a down week by its plan.
   */
  readonly lastDownLoadRef: number | null;
  /** That week's load (0 when none). */
  readonly lastDownLoad: number;
  /** Build weeks before a down week falls due (`buildWeeksBeforeDown`). */
  readonly buildWeeksBeforeDown: number;
  /** `lastDownWords`, made once (the decision's sentence and the build's text both say it). */
  readonly lastDownText: string;
  /**
   * The weeks since the last down week that fell in a silence (`MetricsState.silentWeeks`): neither a down week nor a
   * build week, named apart.
   */
  readonly silent: readonly number[];
}

/**
 * " The plan is a down week (255 min), but none is due: the week of 2026-11-23 counts as one (…), with 1 build week
 * since (this week); keeping the plan's down week is the coach's call.": the decision's sentence beside a build over
 * a draft planned as a down week.
 */
export function overDraftDownSentence(o: OverDraftDown): string {
  return ` The plan is a down week (${o.draft.minutes} min), but none is due: ${o.lastDownText}; keeping the plan's down week is the coach's call.`;
}

/** "the week of 2026-11-23", "this week": a week by index (0: this week, see `Decision.baseWeeks`). */
function weekName(weeks: readonly WeekLoad[], k: number): string {
  return k === 0 ? 'this week' : `the week of ${weeks[k]?.start ?? ''}`;
}

/**
 * Why no down week is due although the plan is one, in words shared by the decision's sentence and the build's text:
 * "the week of 2026-11-23 counts as one (its load fell 37 % below the three weeks before it), with 1 build week since
 * (this week)", "this week is one (by its plan)", "the 2 weeks on record a down week can be read in are build weeks", or
 * "no down week is on record, as 3 complete weeks are too few to read one".
 */
export function lastDownWords(o: OverDraftDown, weeks: readonly WeekLoad[], reviewDay: number): string {
  const n = o.since;
  const builds = `${n} build week${n === 1 ? '' : 's'}`;
  // No down week on record: too few weeks to read one (a BUILD over a draft down week with 3 complete weeks had said
  // "the 0 build weeks on record are build weeks"), or none in the weeks read.
  if (o.tooFewWeeks !== null)
    return `no down week is on record, as ${o.tooFewWeeks} complete week${o.tooFewWeeks === 1 ? ' is' : 's are'} too few to read one (a down week is read against the three weeks before it)`;
  // The weeks that fell in a silence: no down week taken, nor a build week (`MetricsState.silentWeeks`).
  const quiet =
    o.silent.length === 0 || weeks.length === 0
      ? ''
      : `; ${silentWeeksNote(o.silent, toDayNumber(weeks[0]?.start ?? '') + 7, reviewDay)}`;
  if (o.lastDown === null)
    return (
      (n === 1
        ? 'the 1 week on record a down week can be read in is a build week'
        : `the ${n} weeks on record a down week can be read in are build weeks, with no down week among them`) +
      quiet
    );
  const which = weekName(weeks, o.lastDown);
  const why =
    o.lastDownLoadRef !== null && o.lastDownLoadRef > 0
      ? `its load fell ${Math.round((1 - o.lastDownLoad / o.lastDownLoadRef) * 100)} % below the three weeks before it`
      : 'by its plan';
  const since: string[] = [];
  for (let k = o.lastDown - 1; k >= 0; k--)
    if (!o.silent.includes(k)) since.push(k === 0 ? 'this week' : `the week of ${weeks[k]?.start ?? ''}`);
  return o.lastDown === 0
    ? `this week is one (${why})`
    : `${which} counts as one (${why}), with ${builds} since${since.length > 0 ? ` (${andList(since)})` : ''}${quiet}`;
}

/**
 * How a down week next week stands against the cadence (docs/coaching-domain.md: every 3rd or 4th week, coaching
 * convention rather than trial evidence): sooner than it, or within it (the 3rd week) while the engine's comes after
 * `buildWeeksBeforeDown` build weeks.
 */
export function cadenceWords(o: OverDraftDown): string {
  const n = o.since;
  const convention = 'a down week every 3rd or 4th week (coaching convention rather than trial evidence)';
  // With no down week on record, there is no cadence to keep yet: the engine's first comes after its build weeks.
  if (o.lastDown === null)
    return `with no down week on record there is no cadence to keep yet: the engine's first comes after ${o.buildWeeksBeforeDown} build weeks, within ${convention}`;
  // (A down week after n build weeks is one every (n + 1)th week.)
  if (n === 0) return `a down week next week would be the second in a row, against ${convention}`;
  if (n + 1 < 3)
    return `a down week next week would make it one every ${n + 1}nd week, sooner than ${convention}`;
  const every = `a down week next week would make it one every ${n + 1}${n + 1 === 3 ? 'rd' : 'th'} week`;
  return n + 1 <= 4
    ? `${every}, within ${convention}, where the engine's comes after ${o.buildWeeksBeforeDown} build weeks`
    : `${every}, where the engine's comes after ${o.buildWeeksBeforeDown} build weeks`;
}

/**
 * A gap with no session logged, nothing on record to explain it and no check-in or message for `noContactDays` (see
 * `reentryGap`).
 */
export interface Reentry {
  /** The day of the last session logged. */
  readonly lastSession: number;
  /** Days from it to the review. */
  readonly idleDays: number;
  /**
   * The confirmed life event (not an illness or an injury) over the gap that explains it (null: none): the gap is a
   * break all the same, and the texts name the event as its reason.
   */
  readonly event: ParsedEvent | null;
}

/**
 * No session logged for this many days before the review, by an athlete who logs them (no such gap in the 4
 * weeks before), nothing on record to explain it and no check-in or message for `noContactDays` either: next week is a re-entry week until they answer (our rule; a
 * week with no run is a break, and a return after a break is graded, easy first).
 */
export const REENTRY_IDLE_DAYS = 7;

/**
 * A re-entry week's size, as a share of the usual week, and its long run's, as a share of the longest run
 * logged in the last 4 weeks: about 3/4 (our rule, a down week's cut of about a quarter; no hills or other
 * quality).
 */
export const REENTRY_SHARE = 0.75;

/**
 * A hold at the usual level ranges from 90 % of it to this share of it (the top a little over, the level itself the
 * target); the outlook's week held at the level before a down week for readiness takes the same range.
 */
export const HOLD_RANGE_TOP = 1.05;

/**
 * The gap a re-entry week follows (null: none): no check-in or message for `noContactDays` or more (or none on
 * record), no session logged for `REENTRY_IDLE_DAYS` days or more, no illness over the gap (one over by the last session
 * logged, ending on its day or before, was trained back from), no other context event over the gap (an illness or an injury has its own return; an unconfirmed event is not known yet) than a confirmed life
 * event, which explains the gap but leaves it a break all the same (our rule: the body does not care why; Lea, 11
 * days with nothing logged beside a confirmed work stress, had been returned to her full usual week), and the
 * sessions logged as usual before it: in the 4 weeks
 * up to the last session (as far as the recent sessions reach), no other stretch of `REENTRY_IDLE_DAYS` days
 * without one. Reads only the recent sessions the metrics list (6 weeks).
 */
export function reentryGap(state: MetricsState, config: EngineConfig): Reentry | null {
  const since = state.metrics.daysSinceContact.value;
  if (since !== null && since < config.contact.noContactDays) return null;
  const { days, from, lastDay: last } = state.recentSessions;
  const review = state.reviewDay;
  if (last === -Infinity || review - last < REENTRY_IDLE_DAYS) return null;
  // Only an illness over the gap has its own return: one over before the last session was trained back from (Ingrid,
  // whose flu ended 2026-11-22 and who trained two weeks after it, had kept her hill repeats and a 95-min long run
  // after 7 silent days while the flu was still in the 21-day memory; coach read of the demo club).
  // The boundary: an illness ending on the day of the last session was trained back from (that session is the
  // first back), as an event ending on it is over (below). Only an illness reaching into the gap rules a re-entry week
  // out: on the paths that ask here its return is not graded (a cautious hold asks only when no illness counts, an
  // amber hold never reads it), so ruling it out would leave the hold at the usual volume (Sara, amber, with a flu
  // ending on the day of a 20-min jog and 7 silent days, would have kept her steady blocks and tempo at 275 min
  // where the re-entry week gives 265 min, easy running only).
  const ill = state.recentIllness;
  if (ill !== null && ill.end > last) return null;
  let event: ParsedEvent | null = null;
  for (const e of state.events) {
    if (e.start > review || e.end <= last) continue;
    if (!e.confirmed || e.kind === 'ILLNESS' || e.kind === 'INJURY') return null;
    if (event === null) event = e;
  }
  // Logged as usual before the gap: every stretch of the 4 weeks up to the last session has a session within
  // `REENTRY_IDLE_DAYS` days (the stretch before the first one counts).
  const start = Math.max(from, last - 27);
  const logged = new Array<boolean>(last - start + 1).fill(false);
  for (let k = 0; k < days.length; k++)
    if (days[k] >= start && days[k] <= last) logged[days[k] - start] = true;
  let run = 0;
  for (let i = 0; i < logged.length; i++) {
    run = logged[i] ? 0 : run + 1;
    if (run >= REENTRY_IDLE_DAYS) return null;
  }
  return { lastSession: last, idleDays: review - last, event };
}

/** A down week due beside a re-entry week (`Decision.reentryDown`). */
export interface ReentryDown {
  /** Weeks since the last down week (`Metrics.weeksSinceDownWeek`, the blank weeks of the silence none). */
  readonly weeks: number;
  /** The start of the last down week before the gap (null: none in the weeks on record). */
  readonly lastDown: string | null;
  /**
   * The weeks left blank by the silence (after the week of the last session logged), none planned as a down week:
   * counted as no down week (a fall of their load is the silence's). This week is one only from its Sunday on (its
   * days behind the review day, the review day's own aside): a week begun that day is not yet left blank.
   */
  readonly blank: number;
}

/**
 * A down week due beside a re-entry week (null: none): the build weeks since the last down week reach
 * `buildWeeksBeforeDown`, the weeks after the one with the last session logged a down week only when their plan made
 * them one (blank from the silence: nothing is known of them, and a week with nothing logged is no down week taken,
 * as `lastTrainedWeek` reads a red spell's). Both apply, and a re-entry week is never larger than the down week due (our rule: low
 * readiness, a due down week or a break never make a week less cautious; Ingrid, silent for 7 days with a down week due,
 * had read a hold of 240 min where Wednesday had given the down week, 165 min).
 */
function reentryDownDue(
  state: MetricsState,
  reentry: Reentry,
  nws: number,
  p: EngineConfig['progression'],
): ReentryDown | null {
  const m = state.metrics;
  let k0 = 0;
  while (nws - 7 * (k0 + 1) > reentry.lastSession) k0++;
  // As `weeksSinceDownWeek` counts them (4 complete weeks or more), from the week of the last session logged.
  if (state.completeWeeks < 4) return null;
  const checkable = Math.min(m.weeks.length, state.completeWeeks) - 3;
  // The weeks after the last session logged are down weeks only by their plan: a fall of their load is the
  // silence's (`weekLoadDropRef` is set for a week down by its load alone).
  let since = checkable;
  for (let k = 0; k < checkable; k++)
    if (downWeek(m, k) && (k >= k0 || (state.weekLoadDropRef[k] ?? null) === null)) {
      since = k;
      break;
    }
  if (since < p.buildWeeksBeforeDown) return null;
  // A week is left blank once its days are behind (`weekDaysBehind`, as `MetricsState.silentWeeks` reads them): this
  // week (0) only from its Sunday on (Ingrid, read at 09:00 on the Monday of a new week, had read "the 2 weeks left
  // blank by the silence": one of them hours old).
  const blank = k0 > 0 && !weekDaysBehind(nws - 7, state.reviewDay) ? k0 - 1 : k0;
  return {
    weeks: since,
    lastDown: since < checkable ? (m.weeks[since]?.start ?? null) : null,
    blank: Math.min(blank, since),
  };
}

/**
 * The week of the last session logged (index as in `Decision.baseWeeks`: 0 this week), when the athlete is silent (no
 * check-in or message for `noContactDays` or more) and nothing is logged since that week: the weeks after it are
 * blank from the silence, not weeks trained (their minutes, 0 or only the days to come as planned, say nothing of
 * what the athlete can do). 0 otherwise (something logged this week, or no silence). A down week is never larger
 * than the week before it, a graded return steps from the down week: a blank week is neither (Jonas, red for two
 * weeks with a doctor's check advised and silent since Monday, read the next Monday: "about 0 min, 30 min at most
 * each"; our rule).
 */
export function lastTrainedWeek(state: MetricsState, config: EngineConfig): number {
  const since = state.metrics.daysSinceContact.value;
  if (since === null || since < config.contact.noContactDays) return 0;
  const last = state.recentSessions.lastDay;
  // Silent means no session either (as `silenceStart` reads it): one logged within the days is contact.
  if (last === -Infinity || state.reviewDay - last < config.contact.noContactDays) return 0;
  let k0 = 0;
  while (state.nextWeekStart - 7 * (k0 + 1) > last) k0++;
  return k0 < Math.min(state.weekMinutes.length, state.completeWeeks) ? k0 : 0;
}

/**
 * What a graded return (or a return within the ramp limit) steps from when a silence has left the last days blank
 * (`lastTrainedWeek` above 0: silent for `noContactDays` or more and nothing logged since that week): the minutes of
 * the last week trained, not the last 7 days or this week, whose silent days are unknown, not days without training
 * (Ingrid, silent since Monday and read on Saturday, had a return graded from "47 min in the last 7 days", five of
 * them silent, where the same review said nothing is known of them; our rule). Null when there is no such silence.
 */
export interface SilentGradedFrom {
  /** The last week trained (index as in `Decision.baseWeeks`). */
  readonly week: number;
  /** Its first day. */
  readonly weekStart: number;
  /** Its minutes. */
  readonly minutes: number;
  /** The days without contact. */
  readonly silentDays: number;
}

export function silentGradedFrom(
  state: MetricsState,
  config: EngineConfig,
  /** `lastTrainedWeek(state, config)`, when the caller has it. */
  week = lastTrainedWeek(state, config),
): SilentGradedFrom | null {
  if (week === 0) return null;
  return {
    week,
    weekStart: state.nextWeekStart - 7 * (week + 1),
    minutes: state.weekMinutes[week] ?? 0,
    silentDays: state.metrics.daysSinceContact.value ?? 0,
  };
}

/** "nothing is known of the last 5 days: graded from the week of 2026-11-30, as trained (210 min)". */
export function silentGradedWords(s: SilentGradedFrom): string {
  return `nothing is known of the last ${s.silentDays} days: graded from the week of ${fromDayNumber(s.weekStart)}, as trained (${Math.round(s.minutes)} min)`;
}

/**
 * A week the base leaves out (index as in `Decision.baseWeeks`): a down week, or, `race` set, the week of an A
 * race (its taper and the race are not ordinary training).
 */
export interface BaseLeftWeek {
  readonly week: number;
  readonly race: ParsedRace | null;
  /** The week against its published plan, as every text judges it (`WeekContext.pastWeeks`; null: not judged). */
  readonly judged: WeekAgainstPlan | null;
  /**
   * A down week by its load (`MetricsState.weekLoadDropRef`): the mean load of the three weeks before it, which its
   * load fell `downWeekDetectCut` or more below; null for a down week by its plan only, or a race week.
   */
  readonly loadDropRef: number | null;
  /** The week's load (this week's with its days to come as the metrics count them). */
  readonly load: number;
}

/** The A race in week `k` (0: the week of the review, see `Decision.baseWeeks`), or null. */
function aRaceInWeek(races: readonly ParsedRace[], nextWeekStart: number, k: number): ParsedRace | null {
  const start = nextWeekStart - 7 * (k + 1);
  for (const r of races) if (r.priority === 'A' && r.day >= start && r.day < start + 7) return r;
  return null;
}

/**
 * The weeks the base counts and leaves out, in words, for the texts that quote it: `counted` is "the week of
 * 2026-11-23" or "the weeks of 2026-11-16 and 2026-11-23" (`one`: a single week, never said to "average");
 * `left` the weeks left out and why, by the rule that left each out ("this week (a down week, 255 min planned)": its
 * plan made it a down week; "the week of 2026-11-16 (its load fell 37 % below the three weeks before it (960
 * against about 1518 a week): 194 min done of 360 planned)": its load did), with how it went against its plan as
 * the plans-not-done count judges it (`WeekAgainstPlan`: "77 min done of 120 planned, the days of the family
 * commitment (Wednesday–Saturday) left out", or "disrupted by the family commitment (…)" when the event explains
 * it), '' when none is; more than two are summed up in `since`
 * ("the 5 weeks since were down weeks and Lake Run Half's race week"), and `left` is then ''.
 */
export function baseWeeksWords(
  d: Pick<Decision, 'baseWeeks' | 'baseLeftOut' | 'baseThisWeek' | 'baseToday' | 'baseUnlogged'>,
  weeks: readonly WeekLoad[],
): { counted: string; countedWeeks: string; one: boolean; left: string; since: string } {
  const used = d.baseWeeks;
  const countedWeeks = baseCountedWeeks(d, weeks);
  const counted = countedOf(used.length, countedWeeks);
  const items: string[] = [];
  const kinds: string[] = [];
  for (const x of d.baseLeftOut) {
    const w = weeks[x.week];
    const planned = w?.plannedMinutes ?? null;
    const done = Math.round(w?.minutes ?? 0);
    const which = x.week === 0 ? 'this week' : `the week of ${w?.start}`;
    // The rule that left the week out is what the text says (one rule, `isDownWeek`): its plan made it a down week,
    // or its load fell `downWeekDetectCut` or more below the three weeks before it. How it went against its plan is
    // said beside it, in figures, judged as the plans-not-done count judges it (`weekAgainstPlan`: the days of a life
    // event or an illness aside; "disrupted by the family commitment (…)" when the event explains the shortfall), and
    // never as the reason: a week done under 70 % of its plan without such a drop is the athlete's level and counts
    // (Kasper's 221 of 365 min), so the base no longer says "done well short of its plan" of a week it leaves out
    // (Kasper's 194 of 360 min, left out for its load, 37 % under the weeks before; coach read of 2026-12-04).
    const j = x.judged;
    const wholeShort = x.week > 0 && planned !== null && planned > 0 && done < LOW_COMPLETION_SHARE * planned;
    const disrupted =
      x.week > 0 && j !== null && j.coveredDays.length > 0 && (j.eventsWeek || (!j.short && wholeShort));
    // (`loadDropRef` is null for a race week: `decideWeek` sets it for a down week only.)
    const drop = x.loadDropRef;
    const kind =
      x.race !== null
        ? `${x.race.source.name ?? 'the A race'}'s race week`
        : drop !== null
          ? 'weeks whose load fell well below the weeks before'
          : 'down weeks';
    if (!kinds.includes(kind)) kinds.push(kind);
    const vsPlan =
      x.week === 0
        ? planned !== null
          ? `${planned} min planned`
          : `${done} min with its days to come`
        : disrupted && j !== null
          ? `disrupted by the ${andList(j.what)} (${dayRun(j.coveredDays)}), ${done} min done of ${planned} planned`
          : j !== null && j.short && j.coveredDays.length > 0
            ? `${Math.round(j.done)} min done of ${j.planned} planned, ${coveredDaysWords(j)}`
            : planned !== null
              ? `${done} min done of ${planned} planned`
              : `${done} min done`;
    items.push(
      x.race !== null
        ? `${which} (${x.race.source.name ?? 'the A race'}'s race week, ${done} min with the race)`
        : drop !== null
          ? `${which} (its load${x.week === 0 ? ', its days to come as planned,' : ''} fell ${Math.round((1 - x.load / drop) * 100)} % below the three weeks before it (${Math.round(x.load)} against about ${Math.round(drop)} a week): ${vsPlan})`
          : `${which} (a down week, ${vsPlan})`,
    );
  }
  if (items.length > 2)
    return {
      counted,
      countedWeeks,
      one: used.length === 1,
      left: '',
      since: `the ${items.length} weeks since were ${andList(kinds)}`,
    };
  return { counted, countedWeeks, one: used.length === 1, left: andList(items), since: '' };
}

/**
 * The weeks the base counts, in words: `counted` of `baseWeeksWords`, alone, for a text that names only them (the
 * words of the weeks left out are not built).
 */
export function baseCountedWords(
  d: Pick<Decision, 'baseWeeks' | 'baseThisWeek' | 'baseToday' | 'baseUnlogged'>,
  weeks: readonly WeekLoad[],
): string {
  return countedOf(d.baseWeeks.length, baseCountedWeeks(d, weeks));
}

/** "the week of …", "the weeks of …" ('' of no week): `baseCountedWords` from its weeks' words. */
function countedOf(count: number, countedWeeks: string): string {
  return count === 0 ? '' : count === 1 ? `the week of ${countedWeeks}` : `the weeks of ${countedWeeks}`;
}

/**
 * "Monday's strength, not logged, and Saturday's easy run, not logged yet": a session missed for more than a day is
 * not logged (missed, as `projectsThisWeek` counts it), yesterday's not logged yet (it may simply be logged late).
 */
function unloggedNames(u: ThisWeekUnlogged): string {
  const late = u.late;
  const recent: string[] = [];
  for (const x of u.names) if (!late.includes(x)) recent.push(x);
  const parts: string[] = [];
  if (late.length > 0) parts.push(`${andList(late)}, not logged`);
  if (recent.length > 0) parts.push(`${andList(recent)}, not logged yet`);
  return parts.join(', and ');
}

/**
 * The weeks `baseCountedWords` names, without its "the week(s) of" (a text that names them otherwise, "that of …",
 * writes its own words before them rather than replace those in the string).
 */
function baseCountedWeeks(
  d: Pick<Decision, 'baseWeeks' | 'baseThisWeek' | 'baseToday' | 'baseUnlogged'>,
  weeks: readonly WeekLoad[],
): string {
  const used = d.baseWeeks;
  const starts: string[] = [];
  const short = d.baseThisWeek;
  // The review date's own sessions count as still to come while no log that day matches them: the text says so.
  const today = d.baseToday;
  const planned =
    today === null
      ? ''
      : `: ${andList(today.names)}, not logged yet${today.day < 6 ? ', and the days after it' : ''}`;
  const among = today === null ? '' : `, ${andList(today.names)} (not logged yet) among them,`;
  // Sessions missed with too little of the week behind to count the rest at the share done (our rule,
  // `projectsThisWeek`): the days to come count as planned, and the text says why.
  const u = d.baseUnlogged ?? null;
  const unlogged =
    u === null
      ? ''
      : `; ${unloggedNames(u)}, ${u.names.length === 1 ? 'counts' : 'count'} 0 min, but ${
          u.why === 'NOTHING_LOGGED'
            ? 'with nothing of the week logged the rest is not counted at a share done of 0 (our rule: athletes log late, and a week with nothing logged is more likely not logged than not run)'
            : `too little of the week is missed to count the rest at the share done (our rule: athletes log late; it takes ${PROJECT_MIN_DAYS_MISSED} days missed for more than a day, a third of the week's plan at least)`
        }`;
  for (let i = used.length - 1; i >= 0; i--)
    starts.push(
      `${weeks[used[i]]?.start ?? ''}${used[i] !== 0 ? '' : short === null ? ` (this week, its days to come as planned${planned}${unlogged})` : ` (this week: ${andList(short.missed.map((x) => x.name))} missed, ${Math.round(short.done)} min done of ${short.planned} planned to ${weekdayName(short.lastDay)}, so its days to come${among} count at that ${Math.round(short.share * 100)} %: ${short.counted} of their ${short.toCome} min)`}`,
    );
  return used.length === 0 ? '' : used.length === 1 ? starts[0] : andList(starts);
}

/** The days of a recent illness (see `MetricsState.recentIllness`). */
type Illness = NonNullable<MetricsState['recentIllness']>;

/**
 * An illness over more than this many days before the review, with training back since, is history: it no
 * longer rules a build out or grades the return (our rule; about two weeks).
 */
export const ILLNESS_OVER_DAYS = 14;

/**
 * The recent illness that still counts, or null when there is none or it is history: over more than
 * `ILLNESS_OVER_DAYS` days before the review, and the last 7 days' training back within the ramp limit of the
 * usual week (`base`), so a graded return from it would have nothing left to grade.
 */
export function illnessThatCounts(
  state: MetricsState,
  base: number,
  config: EngineConfig,
  /** `silentGradedFrom(state, config)`, when the caller has it. */
  silent: SilentGradedFrom | null = silentGradedFrom(state, config),
): Illness | null {
  const ill = state.recentIllness;
  if (ill === null) return null;
  // (After a silence, the last week trained: see `silentGradedFrom`.)
  const recent = silent?.minutes ?? state.last7Minutes;
  const trainedSince = recent > 0 && recent * (1 + config.load.rampWarnPct / 100) >= base;
  return state.reviewDay - ill.end > ILLNESS_OVER_DAYS && trainedSince ? null : ill;
}

/**
 * The easy days after a race of half-marathon length or shorter (`recoveryDaysAfter`: one per 15 race minutes) that
 * fall in the week after its race week, its one transition week, counted where they fall: a Sunday race's all of
 * them (up to 7), a Saturday 10 km's 3 of its 4 (the Sunday is its race week's), a Monday 10 km's none (its race
 * week's Tuesday to Friday).
 */
export function transitionEasyDaysIn(race: ParsedRace): number {
  const week = mondayOf(race.day) + 7;
  return Math.max(0, Math.min(7, race.day + recoveryDaysAfter(race.minutes) - week + 1));
}

/**
 * A transition after an A race lasts the race's easy days when they are longer, within 1–4 weeks. A race of
 * half-marathon length or shorter (`shortTaperRace`, the taper's rule) has at most one week of it
 * (`shortTransitionDays`): the week after its race week, when any of its 3–4 (a 10 km) to 7 (a half) easy days falls
 * in it (`transitionEasyDaysIn`), then the base; when they all fall in its race week (a Monday 10 km), none: the
 * transition ends with the race week.
 */
export function transitionDaysAfter(race: ParsedRace, config: EngineConfig): number {
  const r = config.racing;
  if (shortTaperRace(race, config))
    return transitionEasyDaysIn(race) > 0 ? r.shortTransitionDays : mondayOf(race.day) + 6 - race.day;
  return Math.min(r.maxTransitionDays, Math.max(r.transitionDays, recoveryDaysAfter(race.minutes)));
}

/**
 * The transition's volume cut after `race`, a fraction: the transition's (−50 %), or after a race of half-marathon
 * length or shorter that cut in proportion to its easy days in the one transition week (`transitionEasyDaysIn`: a
 * Sunday 50-min 10 km's 4 easy days: 4/7 of −50 %, about −29 %; a Saturday one's 3: about −21 %; a Sunday half
 * marathon's 7: the full −50 %), as a short taper's first step is cut by its days in the taper. The decision and the
 * outlook both size a transition week by it.
 */
export function transitionCutAfter(race: ParsedRace, config: EngineConfig): number {
  const cut = config.racing.transitionVolumeCut;
  if (!shortTaperRace(race, config)) return cut;
  return (cut * transitionEasyDaysIn(race)) / 7;
}

/**
 * The transition's last day after `race`: the race day and its days (`transitionDaysAfter`), or, after a race
 * of half-marathon length or shorter, the Sunday of the week after its race week (its one transition week), or its
 * last easy day when they all fall in the race week.
 */
export function transitionEndAfter(race: ParsedRace, config: EngineConfig): number {
  if (!shortTaperRace(race, config)) return race.day + transitionDaysAfter(race, config);
  return transitionEasyDaysIn(race) > 0
    ? mondayOf(race.day) + 13
    : race.day + recoveryDaysAfter(race.minutes);
}

/**
 * The marathon-type race (≥ `longRaceMinutes`, any priority) that makes the week starting `weekStart` its
 * recovery week: the race is in the calendar week before, on its Thursday or later (an earlier race leaves
 * most of its first week behind it). Null when there is none.
 */
export function recoveryWeekRace(
  races: readonly ParsedRace[],
  weekStart: number,
  config: EngineConfig,
): ParsedRace | null {
  for (let i = races.length - 1; i >= 0; i--) {
    const r = races[i];
    if (r.day >= weekStart) continue;
    if (weekStart - r.day > 4) break;
    if (r.minutes >= config.racing.longRaceMinutes) return r;
  }
  return null;
}

/**
 * The marathon-type race (≥ `longRaceMinutes`, any priority) early in the week starting `weekStart` (its Monday
 * to Wednesday): the rest of that week is its recovery week, as the week after a race from Thursday on is (see
 * `recoveryWeekRace`). Null when there is none.
 */
export function raceWeekRecoveryRace(
  races: readonly ParsedRace[],
  weekStart: number,
  config: EngineConfig,
): ParsedRace | null {
  for (const r of races) {
    if (r.day < weekStart) continue;
    if (r.day - weekStart > 2) break;
    if (r.minutes >= config.racing.longRaceMinutes) return r;
  }
  return null;
}

/**
 * The next A race, when it is marathon-type, whose peak long-run weeks hold the week starting `weekStart`: from
 * `PEAK_WEEKS_BEFORE_RACE` weeks before its race week up to its taper (a marathon build's long run peaks 3–4
 * weeks before the race). A periodic down week that would fall due there comes a week early (our rule). Null
 * when there is none.
 */
export function peakLongRunRace(
  races: readonly ParsedRace[],
  weekStart: number,
  config: EngineConfig,
): ParsedRace | null {
  for (const r of races) {
    if (r.priority !== 'A' || r.day < weekStart) continue;
    if (r.minutes < config.racing.longRaceMinutes) return null;
    const peak = mondayOf(r.day) - 7 * PEAK_WEEKS_BEFORE_RACE;
    // (The taper's length only once there is a race to measure it from: the outlook asks of every week.)
    const days = taperDaysFor(r, config);
    return weekStart >= peak && weekStart < taperFirstWeek(r.day, weekStart, days) ? r : null;
  }
  return null;
}

/**
 * The next A race whose taper starts the week right after the week starting `weekStart` (null: none). A
 * periodic down week then is skipped: the taper takes its place (no down week right before a taper). A taper
 * two or more weeks away leaves the down week where it falls: down week, the last full week, then the taper
 * (a down week skipped for it would leave five weeks or more without one before the taper).
 */
export function taperSoonAfter(
  races: readonly ParsedRace[],
  weekStart: number,
  config: EngineConfig,
): { race: ParsedRace; taperWeek: number; start: number } | null {
  for (const r of races) {
    if (r.priority !== 'A' || r.day < weekStart) continue;
    const days = taperDaysFor(r, config);
    if (taperCoversWeek(r.day, weekStart, days)) return null;
    const first = taperFirstWeek(r.day, weekStart, days);
    // (The taper's first day as the plan has it: `taperStart`, one rule with the taper week's.)
    return first - weekStart <= 7
      ? { race: r, taperWeek: first, start: taperStart(r, weekStart, config) }
      : null;
  }
  return null;
}

/**
 * Everything that rules a build week out, in words (issue #11, class 2): unknown readiness, no recent
 * contact, a recent illness that still counts (`illnessThatCounts`), a confirmed illness / work-stress / family event this week or next,
 * a B or A race next week or the week after, a crowded race calendar, easy runs logged well above the plan
 * for weeks (EFFORT_ABOVE_PLAN).
 */
export function buildRuleOuts(
  state: MetricsState,
  ctx: WeekContext,
  ill: Illness | null,
  config: EngineConfig,
): string[] {
  const m = state.metrics;
  const out: string[] = [];
  const nws = ctx.nextWeekStart;
  if (m.readiness === 'UNKNOWN') out.push('there is no recent check-in to judge recovery by');
  const since = m.daysSinceContact.value;
  if (since === null) out.push('there is no check-in or message on record');
  else if (since >= config.contact.noContactDays) out.push(`there has been no contact for ${since} days`);
  else {
    // A check-in within the threshold, but no session logged for as long while this week's plan went by unlogged:
    // what was trained is not known, so nothing says recovery is fine for a build (coach read, Aroha on Saturday: a
    // Tuesday check-in, nothing logged since Sunday, the week 61 % down left aside and a build "recovery looks fine").
    const lastRun = state.recentSessions.lastDay;
    const idle = state.reviewDay - lastRun;
    const missed = state.thisWeekMissed.length;
    if (idle >= config.contact.noContactDays && missed > 0)
      out.push(
        lastRun === -Infinity
          ? `no session has been logged in the last 6 weeks, and ${missed} of this week's planned sessions went by unlogged: what was trained is not known`
          : `no session has been logged since ${fromDayNumber(lastRun)} (${idle} days), and ${missed === 1 ? "1 of this week's planned sessions" : `${missed} of this week's planned sessions`} went by unlogged: what was trained is not known`,
      );
  }
  if (ill !== null && ctx.illness === 'NONE') {
    out.push(
      `the athlete was ill ${ill.start === ill.end ? `on ${fromDayNumber(ill.start)}` : `from ${fromDayNumber(ill.start)} to ${fromDayNumber(ill.end)}`}`,
    );
  }
  // A confirmed event next week, or one in this week: the week after a disrupted one returns to the usual
  // week before it grows.
  for (const e of state.events) {
    if (!e.confirmed || e.end < nws - 7 || e.start > nws + 6) continue;
    // A trip next week too (ours): days away from home are not the week to add volume on, whatever the hotel
    // has (Tom was built to 405 min with two quality sessions on three treadmill days).
    if (
      e.kind === 'WORK_STRESS' ||
      e.kind === 'FAMILY' ||
      e.kind === 'ILLNESS' ||
      (e.kind === 'TRAVEL' && e.end >= nws)
    ) {
      const what = eventWords(e);
      out.push(
        e.end >= nws
          ? `${what} is confirmed for next week`
          : `${what}, from ${fromDayNumber(e.start)} to ${fromDayNumber(e.end)}, disrupted this week: back to the usual week before building`,
      );
      break;
    }
  }
  // A B/A race still to come this week (reviewed mid-week) or in the next two weeks: build after it, not before.
  for (const r of state.races) {
    if (r.priority !== 'C' && r.day > state.reviewDay && r.day <= nws + 13) {
      out.push(`${r.source.name ?? `a ${r.priority} race`} (${r.priority}) is on ${fromDayNumber(r.day)}`);
      break;
    }
  }
  for (const r of state.races) {
    if (r.day >= nws || r.minutes < config.racing.longRaceMinutes) continue;
    const easy = recoveryDaysAfter(r.minutes);
    if (nws - r.day <= easy) {
      out.push(
        `${r.source.name ?? `a ${r.priority} race`} on ${fromDayNumber(r.day)} was a marathon-type effort: its ${easy} easy days (one per 15 min raced) run to ${fromDayNumber(r.day + easy)}`,
      );
    }
  }
  if (racingIssues(state, nws, config).touchesNow) out.push('the race calendar is crowded');
  const effort = state.effortVsPlan;
  if (effort.flag) {
    out.push(
      `the easy runs are logged harder than planned (RPE ${fixed(effort.easyLoggedSum / effort.easyRuns, 1)} against ${fixed(effort.easyPlannedSum / effort.easyRuns, 1)}), so the plan's load under-states the real one`,
    );
  }
  return out;
}

/** `x` into `ahead` (day order, each once) when it is after `reviewDay`. */
function addAhead(ahead: ParsedRace[], x: ParsedRace, reviewDay: number): void {
  if (x.day <= reviewDay || ahead.includes(x)) return;
  let at = ahead.length;
  while (at > 0 && ahead[at - 1].day > x.day) at--;
  ahead.splice(at, 0, x);
}

/** What makes the race calendar crowded (heuristics; see RACING_TOO_OFTEN), and whether it touches now. */
export function racingIssues(
  state: MetricsState,
  nextWeekStart: number,
  config: EngineConfig,
): { issues: string[]; densest: ParsedRace[]; touchesNow: boolean; ahead: ParsedRace[] } {
  const r = config.racing;
  const issues: string[] = [];
  // The races the issues name that are still ahead (after the review date), in day order, each once: what the advice
  // can act on.
  const ahead: ParsedRace[] = [];
  const near = nextWeekStart;
  const window = state.races.filter(
    (x) => x.day >= near - 7 * 8 - r.densityWindowDays && x.day <= near + 7 * 12,
  );
  const aRaces = window.filter((x) => x.priority === 'A');
  for (let i = 1; i < aRaces.length; i++) {
    if (aRaces[i].day - aRaces[i - 1].day < r.aRaceSpacingDays) {
      issues.push(
        `two A races ${aRaces[i].day - aRaces[i - 1].day} days apart (${fromDayNumber(aRaces[i - 1].day)}, ${fromDayNumber(aRaces[i].day)})`,
      );
      addAhead(ahead, aRaces[i - 1], state.reviewDay);
      addAhead(ahead, aRaces[i], state.reviewDay);
    }
  }
  const long = window.filter((x) => x.minutes >= r.longRaceMinutes);
  for (let i = 1; i < long.length; i++) {
    if (long[i].day - long[i - 1].day < r.longRaceSpacingDays) {
      issues.push(
        `marathon-type efforts ${long[i].day - long[i - 1].day} days apart (${fromDayNumber(long[i - 1].day)}, ${fromDayNumber(long[i].day)})`,
      );
      addAhead(ahead, long[i - 1], state.reviewDay);
      addAhead(ahead, long[i], state.reviewDay);
    }
  }
  // The densest group of races that touches the last 3 weeks, else the densest of all: an older group of the
  // same size had been taken first and, being old, hid a recent one (Emma: 2026-09-13 B, 10-04 A, 10-18 B hid
  // 10-18 B, 11-08 C, 11-22 A, so her crowded calendar was said to be two A-race gaps only; coach finding 6).
  let densest: ParsedRace[] = [];
  let relevant = false;
  for (let i = 0; i < window.length; i++) {
    // (Loops: the filter's and `some`'s arrow functions, made per call, lost their optimised code at each major
    // garbage collection.)
    const from = window[i].day;
    const group: ParsedRace[] = [];
    let recent = false;
    for (const x of window) {
      if (x.day < from || x.day >= from + r.densityWindowDays) continue;
      group.push(x);
      if (x.day >= state.reviewDay - 21) recent = true;
    }
    if ((recent && !relevant) || (recent === relevant && group.length > densest.length)) {
      densest = group;
      relevant = recent;
    }
  }
  if (densest.length >= r.densityCount && relevant) {
    const span = densest[densest.length - 1].day - densest[0].day;
    issues.push(
      `${densest.length} races in ${Math.ceil((span + 1) / 7)} weeks (${densest.map((x) => `${fromDayNumber(x.day)} ${x.priority}`).join(', ')})`,
    );
    for (const x of densest) addAhead(ahead, x, state.reviewDay);
  }
  const touchesNow = issues.length > 0 && window.some((x) => Math.abs(x.day - state.reviewDay) <= 56);
  return { issues, densest, touchesNow, ahead };
}

/**
 * The decision's reason in words, for the kinds that have their own (`words` for the others). A switch: a keyed
 * load on a table with a different kind each review was a megamorphic load.
 */
export function decisionWords(kind: SuggestionKind): string {
  switch (kind) {
    case 'ILLNESS_REST':
      return 'Fever or symptoms below the neck: rest, then a graded return';
    case 'ILLNESS_EASY_ONLY':
      return 'Symptoms above the neck: easy running only';
    case 'INJURY_CHECK':
      return 'An injury is reported: hold, easy running only until it is checked';
    case 'TRANSITION_AFTER_A_RACE':
      return 'The A race is done: a transition week of easy, unstructured running';
    case 'RACE_RECOVERY':
      return 'A marathon-type race is done: a recovery week of rest days and short easy runs';
    case 'TAPER':
      return 'The A race is close: taper, cutting volume and keeping intensity and frequency';
    case 'RECOVERY_DOWN_WEEK':
      return 'Readiness is red: a down week';
    case 'RECOVERY_HOLD':
      return 'Readiness is amber: hold instead of building';
    case 'SCHEDULED_DOWN_WEEK':
      return 'The build weeks since the last down week call for a down week';
    case 'LOAD_SPIKE_WARNING':
      return 'Load rose too fast: hold instead of building';
    case 'BASELINE_HOLD':
      return 'Too little history yet: hold rather than build';
    case 'BUILD':
      return 'Recovery is good and nothing rules a build out: grow within the ramp limit';
    default:
      return words(kind);
  }
}

/**
 * A transition or recovery week's reason when its race is not yet behind the review day (`Decision.raceAhead`): when
 * the race is, and that next week comes after it ("The A race is on Thursday 2026-12-17, before next week: next week
 * is a transition week …"), not "The A race is done", untrue on every day before it.
 */
function raceAheadWords(kind: SuggestionKind, day: number, reviewDay: number | undefined): string {
  const when = reviewDay === day ? 'today' : `on ${weekdayName(day - mondayOf(day))} ${fromDayNumber(day)}`;
  return kind === 'RACE_RECOVERY'
    ? `A marathon-type race is ${when}, before next week: next week is its recovery week of rest days and short easy runs`
    : `The A race is ${when}, before next week: next week is a transition week of easy, unstructured running`;
}

/**
 * A week whose regular strength comes down with its running (the draft's `strengthShare`, the fit's
 * `strengthWithRunning`): a re-entry week (a return after a break is graded for both), and a week held or cut for red
 * readiness, strength being load too (Lea's red hold had kept her 30-min strength twice, whole, beside runs cut
 * 50 → 40 and 45 → 35 min; coach read of the demo club). [ours]
 */
export function strengthWithRunningWeek(d: Decision, readiness: Readiness): boolean {
  return (
    d.reentry !== null ||
    (readiness === 'RED' && (d.reason === 'RECOVERY_HOLD' || d.reason === 'RECOVERY_DOWN_WEEK'))
  );
}

/**
 * The decision's reason as a sentence a coach can read, naming the athlete (`athlete`: the first name, or "the
 * athlete") as the coach texts do (Henrik's read "A re-entry week until the athlete answers").
 */
export function decisionSentence(
  d: Decision,
  athlete: string,
  readiness?: Readiness,
  sized = true,
  /** The review day (day number): a race still ahead of it is said "today" on its day (`raceAheadWords`). */
  reviewDay?: number,
): string {
  if (d.reentry !== null)
    return `A re-entry week until ${athlete} answers (about ${d.targetMinutes} min, easy running only): ${d.reason === 'RECOVERY_HOLD' && d.gradedDays.length === 0 ? 'readiness is amber; ' : ''}${d.ruledOut.join('; ')}.`;
  if (d.reason === 'CAUTIOUS_HOLD') return `Hold instead of building: ${d.ruledOut.join('; ')}.`;
  if (d.medicalWeek !== undefined)
    return `Readiness is red for two weeks or more: short easy sessions only until a doctor has cleared ${athlete} (about ${d.targetMinutes} min, ${d.medicalWeek.sessionMinutes} min at most each).`;
  if (d.gradedDays.length > 0) {
    return `Readiness is down, but a confirmed life event explains it and is over by next week: a graded return${d.targetMinutes > 0 ? ` (about ${d.targetMinutes} min)` : ''}.`;
  }
  // Amber with a down week due (or brought a week early) takes the down week: not "readiness is red".
  const base =
    d.reason === 'RECOVERY_DOWN_WEEK' && readiness === 'AMBER'
      ? d.downDue
        ? 'Readiness is amber and a down week is due: a down week'
        : 'Readiness is amber and a down week comes a week early, before the peak long-run weeks: a down week'
      : d.raceAhead !== undefined && d.raceAhead !== null
        ? raceAheadWords(d.reason, d.raceAhead, reviewDay)
        : decisionWords(d.reason);
  // A taper's size is the training around the race: the race's own minutes are not part of it.
  // (Only when the race is in the week: Lukas's Monday marathon the day after it had read "the race not counted".)
  const unit = d.reason === 'TAPER' && d.raceInWeek ? ' of training, the race not counted' : '';
  if (d.raceWeekRecovery)
    return `The A race, a marathon-type effort, is early next week: the rest of that week is its recovery week of rest days and short easy runs (about ${d.targetMinutes} min of training${d.raceWeek !== null && d.raceWeek.raceDay > 0 ? ', the days before the race included' : ''}, the race not counted${raceWeekTimeWords(d.raceWeek)}).`;
  // A race week says what its days do, not a whole week's taper ("keeping intensity and frequency" had been said of
  // Lukas's Thursday marathon, whose quality session becomes a shake-out and whose strength is dropped).
  if (d.reason === 'TAPER' && d.raceInWeek && d.raceWeek !== null && !d.raceWeekRecovery)
    return `The A race is next week: a taper to it${raceWeekWords(d.raceWeek)} (${d.targetMinutes > 0 ? `a target of about ${d.targetMinutes} min` : 'nothing'} of training, the race not counted${raceWeekTimeWords(d.raceWeek)}).`;
  // A race week's taper is a target the plan may not reach: its last days before the race are kept short and nothing
  // is planned after it (Lukas, a Thursday marathon: 195 min the target, 40 min the plan), so it is said as a target.
  const about = d.reason === 'TAPER' && d.raceInWeek ? 'a target of about' : 'about';
  return `${base}${sized && d.targetMinutes > 0 ? ` (${about} ${d.targetMinutes} min${unit})` : ''}.`;
}

/**
 * What a race week's days do around the race, in words (", the last two days before it short, and rest after it"):
 * the race-eve days (`RaceWeekSize.eve`) and the days after the race (`rest`, `easy`); shared by the decision's
 * sentence and the athlete's text (`raceWeekAfterWords`).
 */
export function raceWeekWords(w: RaceWeekSize): string {
  const eve = w.eve.days.length;
  const before =
    eve >= 2 ? ', the last two days before it short' : eve === 1 ? ', the day before it short' : '';
  const after = raceWeekAfterWords(w);
  return `${before}${after !== '' ? `, and ${after}` : ''}`;
}

/**
 * ", each day at most the time the athlete has: none on Tuesday": the days of a race week the athlete's time lowers
 * (`RaceWeekSize.capped`), which the week's size counts at that time ('' with none or no race week).
 */
function raceWeekTimeWords(w: RaceWeekSize | null): string {
  const words = w === null ? '' : raceWeekCappedWords(w);
  return words === '' ? '' : `, each day at most the time the athlete has: ${words}`;
}

/** The days after the race in a race week, in words ('rest after it'; '' when the race ends the week). */
export function raceWeekAfterWords(w: RaceWeekSize): string {
  const rest = w.rest.days.length;
  const easy = w.easy.days.length;
  if (rest + easy === 0) return '';
  if (w.long) return easy > 0 ? 'rest after it, then short easy runs' : 'rest after it';
  return easy > 0 ? 'an easy day or rest after it, then easy running' : 'an easy day or rest after it';
}

function words(kind: string): string {
  const w = kind.toLowerCase().replace(/_/g, ' ');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `Tuesday`, `Tuesday and Wednesday`, `Tuesday–Thursday`, `Monday, Wednesday and Friday`. */
function dayList(days: readonly number[]): string {
  const d = [...days].sort((a, b) => a - b);
  if (d.length >= 3 && d[d.length - 1] - d[0] === d.length - 1) {
    return `${weekdayName(d[0])}–${weekdayName(d[d.length - 1])}`;
  }
  return andList(d.map((x) => weekdayName(x)));
}

/**
 * Why availability leaves no room to grow, with the athlete's stated availability and, separately, what caps
 * it next week and why (a capped figure is never presented as the athlete's availability).
 */
function availabilityClause(ctx: WeekContext, available: number, base: number): string {
  let stated = 0;
  for (const a of ctx.baseAvailability) stated += a;
  const room = `no room for a build step on the recent ${Math.round(base)} min`;
  if (Math.round(available) >= Math.round(stated)) {
    return `the athlete's stated availability (${Math.round(stated)} min a week) leaves ${room}`;
  }
  // What caps which days: each event with a fixed cap, in words.
  const caps = new Map<ContextDay['event'], { days: number[]; cap: number; equipped: boolean }>();
  for (const c of ctx.contextDays) {
    if (c.cap === null || c.cap >= ctx.baseAvailability[c.day]) continue;
    const x = caps.get(c.event) ?? { days: [], cap: c.cap, equipped: c.equipped };
    if (!x.days.includes(c.day)) x.days.push(c.day);
    caps.set(c.event, x);
  }
  const why: string[] = [];
  for (const [e, x] of caps) {
    const own = e.source.availableMinutesPerDay !== undefined;
    const kind = e.kind === 'TRAVEL' ? 'travel' : 'this kind of event';
    why.push(
      `${eventWords(e)} caps ${dayList(x.days)} at ${x.cap} min a day (${own ? "the athlete's own number" : x.equipped ? `our cap for ${kind} with a ${noteEquipment(e.source.note) ?? 'treadmill or gym'} to train on` : `the default cap for ${kind}`})`,
    );
  }
  const cause = why.length > 0 ? why.join('; ') : 'a confirmed event closes some of its days';
  return `the athlete's stated availability is ${Math.round(stated)} min a week, but ${cause}, which leaves ${Math.round(available)} min next week and ${room}`;
}

/**
 * After "the usual N min", the weeks it is, when the base left some out: " (the week of 2026-10-26, the last
 * of ordinary training: the 5 weeks since were down weeks and Lake Run Half's race week)"; '' when none is.
 */
export function usualWeeks(b: ReturnType<typeof baseWeeksWords>): string {
  if (b.left === '' && b.since === '') return '';
  const what = b.one ? `${b.counted}, the last of ordinary training` : b.counted;
  return b.since !== '' ? ` (${what}: ${b.since})` : ` (${what}, with ${b.left} left aside)`;
}

/**
 * The mean weekly load of the base's weeks (`Decision.baseWeeks`, each counted as `baseWeekLoad` counts it: this
 * week's days to come as the minutes count them): the recent load the backward-design warning compares next
 * week's plan with (one count of the recent weeks for the minutes and the load). Null when the base is not from
 * whole weeks. Computed where the warning asks for it, not with every decision.
 */
export function baseLoad(
  state: Pick<MetricsState, 'weekLoads'>,
  d: Pick<Decision, 'baseWeeks' | 'baseThisWeek'>,
): number | null {
  const weeks = d.baseWeeks;
  if (weeks.length === 0) return null;
  let sum = 0;
  for (const k of weeks) sum += baseWeekLoad(state, d.baseThisWeek, k);
  return sum / weeks.length;
}

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5 + 1e-9) * 5);
}

/**
 * `floor5`, but up to 5 where rounding down would cross `floor` from at or above it and rounding up stays at or
 * under `cap` (`floor` 0: none).
 */
function round5(v: number, floor: number, cap: number): number {
  const down = floor5(v);
  if (floor <= 0 || down >= floor || v < floor - 1e-9) return down;
  const up = Math.ceil(v / 5 - 1e-9) * 5;
  return up <= cap + 1e-9 ? up : down;
}

/**
 * The graded return's minutes a day after a rest for fever (our rule): next week's rest decision sizes the days after
 * the rest at about this many minutes each (a medical-check week too, `medicalCheckWeek`).
 */
export const RETURN_DAY_MINUTES = 25;

/** An escalated red spell that is over (`recentRedSpell`), when the week context lets one count. */
function redSpellOf(ctx: WeekContext, reviewDay: number, config: EngineConfig): RedSpell | null {
  const c = ctx.redSpellCheckIns;
  return c === null ? null : recentRedSpell(c, reviewDay, config.readiness);
}

/** Week k (0: this week) was a down week, by its plan or its load. */
function downWeek(m: Metrics, k: number): boolean {
  return m.weeks[k]?.isDownWeek === true;
}

/**
 * Week k counts toward the base (`decideWeek`): neither a down week nor an A race's week; one that does not is
 * noted in `baseLeftOut`. (Module-level, as `downWeek` and `shortWeekMinutes`: a closure made per review loses its
 * optimised code at each major garbage collection, and ran in the interpreter until it was hot again.)
 */
function ordinaryWeek(
  state: MetricsState,
  ctx: WeekContext,
  k: number,
  baseLeftOut: BaseLeftWeek[],
): boolean {
  const down = downWeek(state.metrics, k);
  const race = down ? null : aRaceInWeek(state.races, ctx.nextWeekStart, k);
  if (!down && race === null) return true;
  baseLeftOut.push({
    week: k,
    race,
    judged: k > 0 ? (ctx.pastWeeks[k] ?? null) : null,
    loadDropRef: race === null ? (state.weekLoadDropRef[k] ?? null) : null,
    load: state.weekLoads[k] ?? 0,
  });
  return false;
}

/**
 * The usual volume before a life event (our rule, for the graded return after it): the base's rule on the three weeks
 * before the event's first week (week k runs from next week's start − 7(k + 1)), down weeks and an A race's week left
 * out and noted; null when the metrics hold none of them, or none was ordinary training (the base then stays).
 */
function beforeEventBase(
  state: MetricsState,
  ctx: WeekContext,
  event: ParsedEvent,
  w: readonly number[],
): { readonly weeks: number[]; readonly left: BaseLeftWeek[]; readonly minutes: number } | null {
  const first = Math.floor((ctx.nextWeekStart - 1 - event.start) / 7) + 1;
  const end = Math.min(first + 3, state.completeWeeks, w.length, state.metrics.weeks.length);
  if (first < 1 || first >= end) return null;
  const weeks: number[] = [];
  const left: BaseLeftWeek[] = [];
  let sum = 0;
  for (let k = first; k < end; k++) {
    if (!ordinaryWeek(state, ctx, k, left)) continue;
    sum += w[k];
    weeks.push(k);
  }
  return weeks.length === 0 ? null : { weeks, left, minutes: sum / weeks.length };
}

/** The weeks' minutes with this week's days to come at the share of the plan done so far (`baseWeekMinutes`). */
function shortWeekMinutes(state: MetricsState, short: NonNullable<WeekContext['thisWeekShort']>): number[] {
  const out: number[] = [];
  for (let k = 0; k < state.weekMinutes.length; k++) out.push(baseWeekMinutes(state, short, k));
  return out;
}

/**
 * The single build / hold / down (or taper / transition / rest) decision for next week, with its range. `talk`: the
 * race whose long run the long-race note finds under-built with no time left (`underbuiltLongRace`) and the coach
 * texts' mark for it; a hold in place of a down week before its taper says the taper is if the athlete starts it
 * ("the taper for Oslo Marathon, if Emma starts it (see the long-race note), starts in the week of …": a hold has
 * the note, so the race is under the talk, `raceUnderTalk`).
 */
/**
 * Where a week with no training logged yet starts (docs/coaching-domain.md, "Too little history"): the usual week the
 * athlete gave in the intake questionnaire (`typicalWeeklyMinutes`), within the week's time available; without one,
 * half of that time, 180 min at most (our rule of thumb). `from` says which, for the texts; `available`: the week's
 * time. Kari, new with a 4-h usual week, had been held at 180 min "close to what Kari has been doing".
 */
export function noHistoryBase(ctx: WeekContext): {
  readonly minutes: number;
  readonly from: 'INTAKE' | 'INTAKE_CAPPED' | 'AVAILABILITY';
  readonly available: number;
} {
  let total = 0;
  for (const a of ctx.baseAvailability) total += a;
  const stated = ctx.typicalWeeklyMinutes;
  if (stated !== null && stated > 0)
    return stated <= total
      ? { minutes: stated, from: 'INTAKE', available: total }
      : { minutes: total, from: 'INTAKE_CAPPED', available: total };
  return { minutes: Math.min(total * 0.5, 180), from: 'AVAILABILITY', available: total };
}

export function decideWeek(
  state: MetricsState,
  ctx: WeekContext,
  config: EngineConfig,
  talk: { readonly race: ParsedRace; readonly mark: string } | null = null,
  /** `lastTrainedWeek(state, config)`: the review computes it once, for the decision and the outlook. */
  quiet = lastTrainedWeek(state, config),
): Decision {
  const m = state.metrics;
  const p = config.progression;
  const weeks = Math.min(3, state.completeWeeks);
  let base: number;
  // Sized from the recent weeks that were not down weeks: a down week is a planned dip, not fitness. Nor is an
  // A race's week ordinary training (its taper and the race: Emma's "usual 244 min" was Lake Run Half's week).
  const baseWeeks: number[] = [];
  const baseLeftOut: BaseLeftWeek[] = [];
  // Nor are this week's days to come counted at their full plan when sessions of it were already missed (Sofia's
  // base had counted Saturday and Sunday as planned, 110 of the 241 min it counted for this week, with Thursday's
  // tempo missed): they count at the share of the plan done so far, so a missed session never raises the base (as
  // leaving the week out would, beside a bigger week before it).
  const short = ctx.thisWeekShort;
  // (A copy only when this week counts otherwise than the metrics count it.)
  const w = short === null ? state.weekMinutes : shortWeekMinutes(state, short);
  // (`quiet`: the week of the last session logged when a silence has left the weeks after it blank, 0: none, see
  // `lastTrainedWeek`.) What a return steps from after such a silence (null: none).
  const silent = silentGradedFrom(state, config, quiet);
  if (weeks >= 1) {
    base = 0;
    for (let k = 0; k < weeks; k++) {
      if (!ordinaryWeek(state, ctx, k, baseLeftOut)) continue;
      base += w[k];
      baseWeeks.push(k);
    }
    // None of the last three was ordinary training: the base is the latest week that was, in the weeks the
    // metrics hold (Emma: a race week and two down weeks since her week of 249 min).
    const held = Math.min(w.length, m.weeks.length, state.completeWeeks);
    for (let k = weeks; baseWeeks.length === 0 && k < held; k++) {
      if (!ordinaryWeek(state, ctx, k, baseLeftOut)) continue;
      base += w[k];
      baseWeeks.push(k);
    }
    if (baseWeeks.length === 0) {
      baseLeftOut.length = 0;
      for (let k = 0; k < weeks; k++) {
        base += w[k];
        baseWeeks.push(k);
      }
    }
    base /= baseWeeks.length;
  } else if (state.historyDays > 0) base = (w[0] * 7) / (state.historyDays + state.projectedDays);
  else base = noHistoryBase(ctx).minutes;
  // The review date's sessions the base counts as still to come, named for the texts (only when this week is in it).
  const today = baseWeeks.includes(0) ? reviewDayToCome(state) : null;
  // This week's sessions missed while its days to come count as planned (too little of the week behind), for the texts.
  const unlogged = baseWeeks.includes(0) && short === null ? ctx.thisWeekUnlogged : null;
  // (This week as the texts state it: its days to come as planned.)
  const w0 = state.weekMinutes[0] ?? 0;
  const ramp = m.rampPct.value;
  const two = m.twoWeekPct.value;
  const spike = ramp !== null && ramp > config.load.rampWarnPct;
  const spikeStrong = two !== null && two > config.load.twoWeekStrongPct;
  // Not while a silence that left weeks down by their load only is going on (`MetricsState.silentWeeks`, the count
  // passes over them): the silence decides next week (the reach-out hold, a re-entry week with the down week due beside
  // it, or the down week a red spell calls for), never less cautious than it (our rule; Jonas, red and 8 days silent,
  // had read a scheduled down week of 390 min where the red spell's down week is 340).
  const silentNow =
    state.silentWeeks.length > 0 &&
    (m.daysSinceContact.value ?? 0) >= config.contact.noContactDays &&
    state.reviewDay - state.recentSessions.lastDay >= config.contact.noContactDays;
  const downDue =
    !silentNow && m.weeksSinceDownWeek.value !== null && m.weeksSinceDownWeek.value >= p.buildWeeksBeforeDown;
  const nws = ctx.nextWeekStart;
  // Read against the base as sized here, before a graded return or a re-entry replaces it (`beforeEventBase`, the
  // weeks before the gap): the re-entry is itself decided by `ill` (no illness that counts), and after a graded
  // return's replacement `ill` is read only by rules and texts of other reasons (a build's rule-outs and red return,
  // a cautious hold's grading, the load-spike text's `illnessOver`), never by a RECOVERY_HOLD (diff review, issue #11).
  const ill = illnessThatCounts(state, base, config, silent);

  let type: WeekDecisionType;
  let reason: SuggestionKind;
  let phase: Phase = ctx.seasonPhaseNextWeek;
  let easyOnly = ctx.illness === 'ABOVE_NECK' || ctx.injury !== null;
  let taperDaysToRace: number | null = null;
  let raceInWeek = false;
  let raceWeek: RaceWeekSize | null = null;
  let graded = false;
  let intensityLight = false;
  let raceWeekRecovery = false;
  let raceAhead: number | null = null;
  const a = ctx.nextARace;
  // Next week as a taper week of the next A race (its cut: the full taper's, or a short taper's first step).
  const taper = a !== null && a.day >= nws ? taperWeek(a, nws, config) : null;
  const last = ctx.lastARace;
  const recovering = recoveryWeekRace(state.races, nws, config);
  const taperSoon = taperSoonAfter(state.races, nws, config);
  // No down week in a marathon's peak long-run weeks: one that would fall due there comes a week early.
  const downEarly =
    !downDue &&
    m.weeksSinceDownWeek.value === p.buildWeeksBeforeDown - 1 &&
    peakLongRunRace(state.races, nws + 7, config) !== null &&
    taperSoonAfter(state.races, nws + 7, config) === null;

  if (ctx.illness === 'BELOW_NECK_OR_FEVER') {
    type = 'REST';
    reason = 'ILLNESS_REST';
  } else if (
    (last !== null && nws - last.day <= transitionDaysAfter(last, config)) ||
    (a !== null && a.day < nws)
  ) {
    type = 'TRANSITION';
    reason = 'TRANSITION_AFTER_A_RACE';
    phase = 'TRANSITION';
    easyOnly = true;
    // (The A race still ahead this week, or run on the review day: `Decision.raceAhead`.)
    if (a !== null && a.day < nws) raceAhead = a.day;
    else if (last !== null && last.day >= state.reviewDay) raceAhead = last.day;
  } else if (recovering !== null) {
    // A B or C race of marathon length is still a marathon for the legs: a recovery week, never a build.
    type = 'DOWN';
    reason = 'RACE_RECOVERY';
    easyOnly = true;
    if (recovering.day >= state.reviewDay) raceAhead = recovering.day;
  } else if (a !== null && taper !== null) {
    type = 'TAPER';
    reason = 'TAPER';
    if (raceWeekRecoveryRace(state.races, nws, config) === a) {
      raceWeekRecovery = true;
      easyOnly = true;
    }
    phase = 'COMPETITION';
    taperDaysToRace = a.day - state.reviewDay;
    raceInWeek = a.day < nws + 7;
  } else if ((m.readiness === 'RED' || m.readiness === 'AMBER') && ctx.readiness?.context?.ending) {
    // A confirmed event explains the low markers and is over by next week: grade the return, don't hold
    // (or cut) the whole week again.
    type = 'HOLD';
    reason = 'RECOVERY_HOLD';
    graded = true;
  } else if (m.readiness === 'RED') {
    type = 'DOWN';
    reason = 'RECOVERY_DOWN_WEEK';
  } else if (m.readiness === 'AMBER' && ((downDue && taperSoon === null) || downEarly)) {
    // Amber with a down week due (or brought a week early): the down week, for both reasons. A hold at the usual
    // volume would give the athlete more than the down week the plan was due anyway (our rule; amber had held such
    // weeks at the base).
    type = 'DOWN';
    reason = 'RECOVERY_DOWN_WEEK';
  } else if (m.readiness === 'AMBER') {
    type = 'HOLD';
    reason = 'RECOVERY_HOLD';
    // HRV clearly low for a week or more: one marker, but a persistent one.
    const below = m.hrv.below;
    intensityLight =
      ctx.readiness !== null && ctx.readiness.hrvLow && below !== null && below.days >= HRV_STRONG_DAYS;
  } else if (ctx.illness === 'ABOVE_NECK') {
    type = 'HOLD';
    reason = 'ILLNESS_EASY_ONLY';
  } else if (ctx.injury !== null) {
    type = 'HOLD';
    reason = 'INJURY_CHECK';
  } else if ((downDue && taperSoon === null) || downEarly) {
    type = 'DOWN';
    reason = 'SCHEDULED_DOWN_WEEK';
  } else if (spike || spikeStrong) {
    type = 'HOLD';
    reason = 'LOAD_SPIKE_WARNING';
  } else if (state.historyDays < config.history.minDaysForProgression || state.completeWeeks < 3) {
    type = 'HOLD';
    reason = 'BASELINE_HOLD';
  } else {
    type = 'BUILD';
    reason = 'BUILD';
  }
  // A graded return goes back to the usual volume from before the event (the time was lost, not the fitness): the
  // base's weeks are those before the event's first week, not the weeks the event took (a plan written for them counted
  // as planned, or a silence inside them) nor a single week the event left beside them (Lea, red after a work-stress
  // event and silent since, had been returned to "the usual 269 min", her biggest week in months, the one build week
  // the event's weeks left; coach read of the demo club).
  let baseBeforeEvent: ParsedEvent | null = null;
  if (graded && ctx.readiness?.context) {
    const before = beforeEventBase(state, ctx, ctx.readiness.context.event, w);
    if (before !== null) {
      baseWeeks.length = 0;
      baseLeftOut.length = 0;
      for (const k of before.weeks) baseWeeks.push(k);
      for (const x of before.left) baseLeftOut.push(x);
      base = before.minutes;
      baseBeforeEvent = ctx.readiness.context.event;
    }
  }
  // A plain hold keeps its own reason unless an illness explains it (the return is graded from it): its rule-outs are
  // only gathered then (built and cleared, they had cost every hold a list of clauses and a length store).
  const ruledOut =
    type === 'BUILD' ||
    ((reason === 'LOAD_SPIKE_WARNING' || reason === 'BASELINE_HOLD') &&
      ill !== null &&
      ctx.illness === 'NONE')
      ? buildRuleOuts(state, ctx, ill, config)
      : [];
  // After an A race's transition the base returns to the usual volume within the ramp limit: no build
  // straight from a transition week.
  const back =
    last !== null &&
    type === 'BUILD' &&
    nws - last.day <= transitionDaysAfter(last, config) + 28 &&
    (silent?.minutes ?? w0) < base * 0.85
      ? last
      : null;
  if (back !== null) {
    ruledOut.push(
      `after ${back.source.name ?? 'the A race'} on ${fromDayNumber(back.day)} and its transition, the base returns to ${baseWeeks.length === 1 && baseLeftOut.length > 0 ? '' : 'the usual '}${Math.round(base)} min${usualWeeks(baseWeeksWords({ baseWeeks, baseLeftOut, baseThisWeek: baseWeeks.includes(0) ? short : null, baseToday: today, baseUnlogged: unlogged }, m.weeks))} at most +${config.load.rampWarnPct} % a week, ${silent !== null ? `from the last week trained (${silentGradedWords(silent)})` : `from the ${Math.round(w0)} min of this week`}`,
    );
  }
  // After an escalated red spell (two weeks or more of HRV clearly below its band) that is over, and the down week
  // for it (this week or last week), a coach returns gradually, as the season outlook projects it: at most +20 % a
  // week from the down week, up to the usual level, no build beyond it (our rule, coach read 12). The engine keeps
  // nothing between reviews: the spell is read again from the check-ins (`recentRedSpell`), only for a build.
  const step = 1 + config.load.rampWarnPct / 100;
  const redWeek = downWeek(m, 0) ? 0 : 1;
  // A down week for the spell blank from the silence (`lastTrainedWeek`: nothing logged since the week before it) is
  // no down week taken: no return steps from it (Jonas, silent for 8 days after two weeks of red readiness, had read
  // "at most +20 % on the 0 min of this week" and a hold of 0 min). Next week is that down week, at the spell's
  // deepest cut of the usual week, never above the last week trained (our rule).
  const redBlank = quiet > redWeek;
  // (This week as the texts state it, its days to come as planned; last week as done.)
  const redFrom = redBlank
    ? Math.min(base * (1 - ESCALATED_DOWN_WEEK_CUT), w[quiet])
    : redWeek === 0
      ? w0
      : (state.weekMinutes[1] ?? 0);
  // Only after the down week taken for the red spell: the spell is read from HRV alone, and 14 days of HRV below its
  // band that were an amber hold (wellness as usual: the volume held), followed by an ordinary scheduled down week, are
  // a planned dip, not lost fitness (docs/coaching-domain.md §2): the usual rules. The down week for an escalated
  // spell takes the deepest cut (`ESCALATED_DOWN_WEEK_CUT`, −40 %), a scheduled one the usual cut (−30 %): its
  // minutes, as its published plan has them (else as done), are nearer the deepest cut of the usual week than the
  // usual one (our rule).
  const redPlanned = redBlank ? null : (m.weeks[redWeek]?.plannedMinutes ?? null);
  const red =
    back === null &&
    ill === null &&
    type === 'BUILD' &&
    (downWeek(m, 0) || downWeek(m, 1)) &&
    redFrom * step < base * (1 + p.buildStep) &&
    (redPlanned ?? redFrom) <= base * (1 - (p.downWeekCut + ESCALATED_DOWN_WEEK_CUT) / 2)
      ? redSpellOf(ctx, state.reviewDay, config)
      : null;
  if (red !== null && redBlank) {
    ruledOut.push(
      `${red.days} days of red readiness (the HRV 7-day mean below its band from ${red.since} to ${red.until}) call for a down week, and none is on record: nothing has been logged since the week of ${m.weeks[quiet]?.start ?? ''}, so next week is that down week (${redFrom < Math.round(base * (1 - ESCALATED_DOWN_WEEK_CUT)) ? `the ${Math.round(redFrom)} min of that week, the last trained, under the −${Math.round(ESCALATED_DOWN_WEEK_CUT * 100)} % on the usual ${Math.round(base)} min` : `−${Math.round(ESCALATED_DOWN_WEEK_CUT * 100)} % on the usual ${Math.round(base)} min`}), not a return from it`,
    );
  } else if (red !== null) {
    const capped = redFrom * step < base;
    ruledOut.push(
      `a graded return after ${red.days} days of red readiness (the HRV 7-day mean below its band from ${red.since} to ${red.until}) and the down week for it: at most +${config.load.rampWarnPct} % on the ${Math.round(redFrom)} min of ${redWeek === 0 ? 'this week' : 'last week'}, ${capped ? 'back toward' : 'up to'} ${baseWeeks.length === 1 && baseLeftOut.length > 0 ? '' : 'the usual '}${Math.round(base)} min${usualWeeks(baseWeeksWords({ baseWeeks, baseLeftOut, baseThisWeek: baseWeeks.includes(0) ? short : null, baseToday: today, baseUnlogged: unlogged }, m.weeks))}`,
    );
  }
  if (downDue && taperSoon !== null && (type === 'BUILD' || ruledOut.length > 0)) {
    // No down week right before a taper: the taper is the down week, and the week before it holds.
    ruledOut.push(
      `a down week is due after ${m.weeksSinceDownWeek.value} build weeks, but the taper for ${taperSoon.race.source.name ?? 'the A race'}${talk !== null && taperSoon.race === talk.race ? `${talk.mark},` : ''} starts in the week of ${fromDayNumber(taperSoon.taperWeek)} and takes its place, so there is no down week right before it`,
    );
  }
  if (ruledOut.length > 0) {
    type = 'HOLD';
    reason = 'CAUTIOUS_HOLD';
  }
  // A hold for no contact, with no session logged for a week or more and nothing that explains it: a re-entry
  // week until the athlete answers (see `reentryGap`); an illness or a race's transition grades its own return.
  // A graded return after a confirmed life event is one too when nothing has been logged for a week or more: the
  // event explains the gap, but the gap is a break all the same (its size: 3/4 of the usual week before the event).
  const gradedFrom = graded ? (ctx.readiness?.context?.event ?? null) : null;
  // An amber hold too: low readiness never makes a week less cautious than the break alone would (Sara, amber and 7
  // days silent, had kept her steady blocks, her tempo and a long run longer than any she logged in a hold at the
  // usual volume, where athletes with no warning sign got a re-entry week; our rule).
  const reentry =
    (reason === 'CAUTIOUS_HOLD' && ill === null && red === null) ||
    (reason === 'RECOVERY_HOLD' && !graded) ||
    (gradedFrom !== null && gradedFrom.kind !== 'ILLNESS')
      ? reentryGap(state, config)
      : null;
  const reentryBefore =
    reentry !== null && reentry.event !== null && baseBeforeEvent === null
      ? beforeEventBase(state, ctx, reentry.event, w)
      : null;
  if (reentryBefore !== null && reentry !== null) {
    // Sized from the usual weeks before the event that explains the gap, as a graded return after it is.
    baseWeeks.length = 0;
    baseLeftOut.length = 0;
    for (const k of reentryBefore.weeks) baseWeeks.push(k);
    for (const x of reentryBefore.left) baseLeftOut.push(x);
    base = reentryBefore.minutes;
    baseBeforeEvent = reentry.event;
  } else if (reentry !== null && baseBeforeEvent === null && back === null) {
    // Sized from the usual weeks before the gap: the 3 weeks up to the one with the last session logged (down
    // weeks aside), not the weeks wholly in the gap, of which nothing is known (they are no down week: a
    // 300-min athlete ten days silent had been re-entered at 80 min, 3/4 of a base the empty weeks had emptied).
    let k0 = 0;
    while (nws - 7 * (k0 + 1) > reentry.lastSession) k0++;
    const end = Math.min(k0 + 3, state.completeWeeks, w.length);
    if (k0 > 0 && k0 < end) {
      // The weeks counted and left out are those weeks' (the texts name them: "sized from the N min of the week
      // of …" had named the empty weeks of the gap beside the figure of the weeks before it).
      baseWeeks.length = 0;
      baseLeftOut.length = 0;
      let sum = 0;
      for (let k = k0; k < end; k++) {
        if (!ordinaryWeek(state, ctx, k, baseLeftOut)) continue;
        sum += w[k];
        baseWeeks.push(k);
      }
      if (baseWeeks.length === 0) {
        baseLeftOut.length = 0;
        for (let k = k0; k < end; k++) {
          sum += w[k];
          baseWeeks.push(k);
        }
      }
      base = sum / baseWeeks.length;
    }
  }
  // A down week due beside it: the re-entry week takes the smaller size, the down week's (see `reentryDownDue`).
  const reentryDown =
    reentry !== null && taperSoon === null && p.downWeekCut > 1 - REENTRY_SHARE
      ? reentryDownDue(state, reentry, nws, p)
      : null;
  // A scheduled down week while the athlete is silent after a gap: the down week's size, and the re-entry week's
  // long-run cap too (our rule: a break never makes a week less cautious; see `Decision.downReentry`).
  const downReentry = reason === 'SCHEDULED_DOWN_WEEK' && reentry === null ? reentryGap(state, config) : null;
  if (reentry !== null) {
    const e = reentry.event;
    ruledOut.push(
      `no session has been logged since ${fromDayNumber(reentry.lastSession)} (${reentry.idleDays} days), ${e === null ? 'with no illness or event on record to explain it' : `which the ${EVENT_NAME[e.kind]} confirmed for ${fromDayNumber(e.start)} to ${fromDayNumber(e.end)} explains: a break all the same`}`,
    );
  }
  if (phase === 'PREPARATORY' && a !== null && a.day - nws < p.preCompetitionWeeks * 7 && type !== 'TAPER') {
    phase = 'PRE_COMPETITION';
  }

  let target: number;
  let min: number;
  let max: number;
  // A down week's deepest cut (−40 %, the convention's): its minutes round to 5 up, not down, where rounding
  // down would take them past it (Jonas: 60 % of 565 min is 339, "-41 %" at 335; 340 is −40 %), never above this
  // week (a down week is no larger than the week before it).
  let deepest = 0;
  let gradedReturn = false;
  switch (type) {
    case 'BUILD': {
      const rampCap = base * (1 + config.load.rampWarnPct / 100);
      const twoCap =
        weeks >= 3 && !downWeek(m, 1) && !downWeek(m, 2)
          ? (w[1] + w[2]) * (1 + config.load.twoWeekStrongPct / 100) - w0
          : Infinity;
      let available = 0;
      for (const v of ctx.availability) available += v;
      max = Math.min(rampCap, twoCap, base * (1 + p.buildStep * 1.8), available);
      target = Math.min(base * (1 + p.buildStep), max);
      min = Math.min(base, target);
      if (target < base && available < base * (1 + p.buildStep)) {
        type = 'HOLD';
        reason = 'CAUTIOUS_HOLD';
        ruledOut.push(availabilityClause(ctx, available, base));
        min = target * 0.9;
        max = target;
      } else if (target < base) {
        // The two-week limit leaves no room to grow: this is a hold, and it says why.
        type = 'HOLD';
        reason = 'CAUTIOUS_HOLD';
        ruledOut.push(
          `the last two weeks already rose, so growing would take them more than +${config.load.twoWeekStrongPct} % above the two before`,
        );
        target = Math.max(0, target);
        min = target * 0.9;
        max = target;
      }
      break;
    }
    case 'HOLD':
      if (
        (graded && ctx.readiness?.context?.event.kind === 'ILLNESS') ||
        (reason === 'CAUTIOUS_HOLD' && ill !== null && ctx.illness === 'NONE')
      ) {
        // Back from illness: graded from where the athlete is (done in the last 7 days), within the ramp limit.
        // After a silence, from the last week trained (`silentGradedFrom`): silent days are unknown, not rest.
        target = Math.min(
          base,
          (silent?.minutes ?? state.last7Minutes) * (1 + config.load.rampWarnPct / 100),
        );
        min = target * 0.9;
        max = target;
        gradedReturn = true;
        break;
      }
      if (reentry !== null) {
        // A re-entry week: about 3/4 of the usual week (see `REENTRY_SHARE`), graded back up from there; the down
        // week's size when one is due too (`reentryDown`).
        target = base * (reentryDown !== null ? 1 - p.downWeekCut : REENTRY_SHARE);
        // After a race's transition the return graded from this week (or the last week trained) when it is smaller:
        // the usual base the return steps toward stays the one its text names (Emma, 7 days silent after her
        // half marathon's transition, had kept Tuesday's steady blocks in a hold of 95 min).
        if (back !== null)
          target = Math.min(target, base, (silent?.minutes ?? w0) * (1 + config.load.rampWarnPct / 100));
        min = target * 0.9;
        max = target;
        gradedReturn = true;
        break;
      }
      if (red !== null) {
        // Back from an escalated red spell's down week: from the down week's volume, within the ramp limit (the
        // down week itself when it was blank from the silence: see `redBlank`).
        target = redBlank ? redFrom : Math.min(base, redFrom * step);
        min = target * 0.9;
        max = target;
        gradedReturn = true;
        break;
      }
      if (back !== null) {
        // Back from a race's transition: from this week's volume (after a silence the last week trained), within the
        // ramp limit.
        target = Math.min(base, (silent?.minutes ?? w0) * (1 + config.load.rampWarnPct / 100));
        min = target * 0.9;
        max = target;
        gradedReturn = true;
        break;
      }
      // (After work stress, a trip or a family event the usual volume: the time was lost, not the fitness.)
      target = base;
      min = base * 0.9;
      max = graded ? base : base * HOLD_RANGE_TOP;
      break;
    case 'DOWN':
      if (reason === 'RACE_RECOVERY') {
        target = base * (1 - config.racing.recoveryWeekCut);
        min = 0;
        max = target;
        break;
      }
      // Never above this week, or, when the silence has left this week blank, the last week trained
      // (`lastTrainedWeek`).
      target = Math.min(base * (1 - p.downWeekCut), quiet > 0 ? Math.max(w0, w[quiet]) : w0);
      // The range stays within the convention (−20 % to −40 %): a −30 % target's bottom had been −44 % and the
      // −40 % one's −52 % (Jonas's "[255–320]" on 535 min). Below −40 % only when the target itself is.
      min = Math.min(target, Math.max(target * 0.8, base * (1 - ESCALATED_DOWN_WEEK_CUT)));
      max = target;
      deepest = base * (1 - ESCALATED_DOWN_WEEK_CUT);
      break;
    case 'TAPER':
      if (raceInWeek) {
        // The race week: what its days allow besides the race (the days before it, under the race-eve rules, and the
        // rest and easy days after it; a marathon early in the week: the rest of the week is its recovery), not a whole
        // week of taper (Lukas's Thursday marathon had a target of 195 min where its days allow about 75).
        // Each day no more than the athlete has on that weekday (a day without time allows nothing): the time the
        // athlete gave, as the outlook sizes a race week; a life event's caps are its own suggestion's, which the
        // taper's fit sizes the week around (a work trip's 7-min days had left a taper's plan "above that range, its
        // sessions at their shortest" where the event's suggestion takes it into the range).
        raceWeek = raceWeekSize(a as ParsedRace, nws, base, config, ctx.baseAvailability);
        target = raceWeek.target;
        min = raceWeek.min;
        max = raceWeek.max;
        break;
      }
      target = base * (1 - (taper as TaperWeek).volumeCut);
      min = base * (1 - (taper as TaperWeek).maxCut);
      max = base * (1 - (taper as TaperWeek).minCut);
      break;
    case 'TRANSITION':
      // The week right after a marathon-type A race is its recovery week: rest days first, then short easy runs.
      target =
        base *
        (1 -
          (recovering !== null
            ? config.racing.recoveryWeekCut
            : transitionCutAfter((a !== null && a.day < nws ? a : last) as ParsedRace, config)));
      min = 0;
      max = target;
      break;
    default: {
      // REST: graded return only on the days after the rest days.
      const days = Math.max(0, 6 - ctx.restThroughDay);
      target = Math.min(base, days * RETURN_DAY_MINUTES);
      min = 0;
      max = target;
    }
  }
  // A hold never asks for more than the athlete has next week (availability after confirmed context), as a
  // build does not: the figure it states is the one the week can hold, and it says why.
  if (type === 'HOLD') {
    let available = 0;
    for (const v of ctx.availability) available += v;
    if (available > 0 && target > available) {
      target = available;
      max = Math.min(max, available);
      min = Math.min(min, available * 0.9);
      ruledOut.push(availabilityClause(ctx, available, base));
    }
  }
  const focus = phase === 'TRANSITION' ? 'RECOVERY' : ctx.focus;
  const weeksIn = m.weeksInMesocycle.value;
  // The last weeks before an A race are race specific: no rotation away from it, and a rotation goes to it.
  const raceBlock =
    a !== null &&
    a.day - nws < p.raceSpecificWeeks * 7 &&
    (phase === 'PRE_COMPETITION' || phase === 'COMPETITION');
  const rotateFocus =
    weeksIn !== null &&
    weeksIn >= p.stimulusInfoWeeks &&
    (type === 'BUILD' || type === 'HOLD' || type === 'DOWN') &&
    !easyOnly &&
    focus !== 'RECOVERY' &&
    !(raceBlock && focus === 'RACE_SPECIFIC');
  return {
    type,
    reason,
    targetMinutes: round5(target, deepest, w0),
    minMinutes: round5(min, deepest, w0),
    maxMinutes: Math.max(round5(max, deepest, w0), round5(target, deepest, w0)),
    phase,
    focus: rotateFocus ? (raceBlock ? 'RACE_SPECIFIC' : nextFocus(phase, focus)) : focus,
    baseMinutes: base,
    baseWeeks,
    baseThisWeek: baseWeeks.includes(0) ? short : null,
    // (A re-entry week's base may have left this week out since: see `reentry` above.)
    baseToday: baseWeeks.includes(0) ? today : null,
    baseUnlogged: baseBeforeEvent === null ? unlogged : null,
    baseLeftOut,
    easyOnly,
    rotateFocus,
    spike,
    spikeStrong,
    downDue,
    taperDaysToRace,
    raceInWeek,
    raceWeek,
    taper: type === 'TAPER' ? taper : null,
    ruledOut,
    gradedDays: graded ? GRADED_EASY_DAYS : [],
    intensityLight,
    gradedReturn,
    baseBeforeEvent,
    illness: ill,
    illnessOver: ill === null ? state.recentIllness : null,
    raceWeekRecovery,
    ...(raceAhead !== null ? { raceAhead } : {}),
    reentry,
    ...(reentryDown !== null ? { reentryDown } : {}),
    ...(downReentry !== null ? { downReentry } : {}),
    silent,
    overDraftDown: type === 'BUILD' && state.draftDown !== null ? overDraftDownOf(state, p) : null,
  };
}

/** `Decision.overDraftDown` for a build over a draft planned as a down week (`state.draftDown` set). */
function overDraftDownOf(state: MetricsState, p: EngineConfig['progression']): OverDraftDown {
  const m = state.metrics;
  const since = m.weeksSinceDownWeek.value ?? 0;
  // (The weeks that fell in a silence are passed over: the last down week comes after them.)
  const at = since + state.silentWeeks.length;
  const lastDown = downWeek(m, at) ? at : null;
  const o = {
    draft: state.draftDown as DraftDownWeek,
    since,
    lastDown,
    tooFewWeeks: m.weeksSinceDownWeek.value === null ? state.completeWeeks : null,
    lastDownLoadRef: lastDown === null ? null : (state.weekLoadDropRef[lastDown] ?? null),
    lastDownLoad: lastDown === null ? 0 : (state.weekLoads[lastDown] ?? 0),
    buildWeeksBeforeDown: p.buildWeeksBeforeDown,
    lastDownText: '',
    silent: state.silentWeeks,
  };
  return { ...o, lastDownText: lastDownWords(o, m.weeks, state.reviewDay) };
}
