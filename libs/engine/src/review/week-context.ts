import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, weekdayName } from '../dates/local-date';
import type { MetricsState, ParsedEvent, ParsedRace } from '../metrics/compute-metrics';
import { firstPhaseAt, type PhaseSpans, phaseSpans } from '../planning/phase-spans';
import { defaultFocus } from '../planning/session-templates';
import { andList, purposeName, quoteNote } from '../suggestions/format';
import { readinessEvidence, type ReadinessEvidence } from './readiness-evidence';
import type {
  CheckIn,
  ContextEventKind,
  IllnessStatus,
  MesocycleFocus,
  Phase,
  ReviewInput,
  Weekday,
} from '../types';

export interface ContextDay {
  readonly day: Weekday;
  readonly event: ParsedEvent;
  /** A fixed cap in minutes (the athlete's own number, or the kind's default such as travel's); null: relative. */
  readonly cap: number | null;
  /** Without a fixed cap: the share of what is planned on the day (or the athlete's recent days) it keeps. */
  readonly factor: number;
  /**
   * The cap is the kind's own for an event whose note names a treadmill or a gym (`noteEquipment`), not its
   * default: a trip with a hotel treadmill carries more than the 30 min of a trip without one.
   */
  readonly equipped: boolean;
}

/** Words for training equipment where the athlete stays, and what before them in a clause says there is none. */
const EQUIPMENT = /\b(treadmills?|(?:hotel )?gyms?|fitness (?:centre|center|room|studio)s?)\b/gi;
const NO_EQUIPMENT = /(?:\b(?:no|not|without|never|nor)\b|n't\b)[^.!?;,]{0,20}$/i;

/**
 * The training equipment a context event's note says the athlete has where they stay, as the note names it
 * ("Hotel has a treadmill." → `treadmill`; "hotel gym", "fitness centre"), lower-cased; null when the note
 * names none, or says there is none ("no gym at the hotel", "without a treadmill").
 */
export function noteEquipment(note: string | undefined): string | null {
  if (note === undefined || note === '') return null;
  // Most notes name no equipment: a plain look for the words' stems spares them the regexes.
  const lower = note.toLowerCase();
  if (!lower.includes('treadmill') && !lower.includes('gym') && !lower.includes('fitness ')) return null;
  for (const m of note.matchAll(EQUIPMENT)) {
    const clause =
      note
        .slice(0, m.index)
        .split(/[.!?;,]/)
        .pop() ?? '';
    if (!NO_EQUIPMENT.test(clause)) return m[1].toLowerCase();
  }
  return null;
}

/** What is known about next week before deciding anything. */
export interface WeekContext {
  readonly nextWeekStart: number;
  readonly nextWeekStartDate: string;
  readonly currentPhase: Phase;
  readonly seasonPhaseNextWeek: Phase;
  readonly phaseKnown: boolean;
  /** The season's listed phases as day numbers (`phaseSpans`: parsed once, read here and by the outlook). */
  readonly phaseSpans: PhaseSpans | null;
  readonly focus: MesocycleFocus;
  /** Athlete availability after confirmed context events with a fixed cap (minutes per weekday). */
  readonly availability: number[];
  /**
   * What the engine's own draft may put on each day: `availability`, and on the days of an event without a
   * fixed cap (work stress, family…) its share of the athlete's recent minutes on that weekday.
   */
  readonly draftAvailability: number[];
  /** Minutes those relative caps take from the athlete's recent days (the engine draft's week shrinks by them). */
  readonly draftCutMinutes: number;
  readonly baseAvailability: number[];
  /** The intake's usual week, minutes (`AthleteProfile.typicalWeeklyMinutes`); null when not given. */
  readonly typicalWeeklyMinutes: number | null;
  readonly contextDays: readonly ContextDay[];
  readonly volumeFactor: number;
  readonly illness: IllnessStatus;
  /** Rest through this weekday of next week (−1 none, 6 all week). */
  readonly restThroughDay: number;
  readonly injury: ParsedEvent | null;
  readonly racesNextWeek: readonly ParsedRace[];
  readonly nextARace: ParsedRace | null;
  readonly lastARace: ParsedRace | null;
  readonly unconfirmedEvents: number;
  /** What stands behind an amber or red readiness, or an HRV mean below its band (null otherwise). */
  readonly readiness: ReadinessEvidence | null;
  /** This week, still under way, already short of its published plan (see `thisWeekShort`; null: it is not). */
  readonly thisWeekShort: ThisWeekShort | null;
  /**
   * This week's sessions missed so far while its days to come still count as planned (`thisWeekUnlogged`: too little
   * of the week behind to count the rest at the share done; null: none, or the share does project).
   */
  readonly thisWeekUnlogged: ThisWeekUnlogged | null;
  /**
   * The past weeks the metrics list (index as in `MetricsState.metrics.weeks`: 1 last week …; 0, this week, is
   * null), each judged against its published plan (see `weekAgainstPlan`; null: no plan, or not judged).
   */
  readonly pastWeeks: readonly (WeekAgainstPlan | null)[];
  /**
   * The check-ins an escalated red spell that is over is read from (`recentRedSpell`), on demand: only a build after a
   * down week asks (`decideWeek`), so a review that does not pays nothing for it. Null when readiness is red or amber
   * now (the usual rules) or neither this week nor last week was a down week.
   */
  readonly redSpellCheckIns: readonly CheckIn[] | null;
}

/** A published week done at less than this share of its planned minutes was not the athlete's week. [ours] */
export const LOW_COMPLETION_SHARE = 0.7;

/** A life event's kind as a noun: "the days of the family commitment", "the suggestion for the trip". */
export const EVENT_NAME: Record<ParsedEvent['kind'], string> = {
  ILLNESS: 'illness',
  INJURY: 'injury',
  TRAVEL: 'trip',
  FAMILY: 'family commitment',
  WORK_STRESS: 'work stress',
  VACATION: 'holiday',
  OTHER: 'event',
};

/**
 * A complete past week against its published plan, judged one way for every text that says how it went (the
 * plans-not-done count and the base's words, `baseWeeksWords`): every minute logged counts, and the days a
 * context event or the recent illness covers say nothing about the plan, so the week is judged on its other
 * days (their minutes done and planned), as the compliance metric leaves out the days of an illness or a trip.
 */
export interface WeekAgainstPlan {
  /** Minutes planned on the days judged (the whole plan when no day is covered). */
  readonly planned: number;
  /** Minutes logged on those days. */
  readonly done: number;
  /** The whole plan's minutes and the week's minutes logged. */
  readonly allPlanned: number;
  readonly allDone: number;
  /** Weekdays (0: Monday) an event or the illness covers, in order; empty when none is. */
  readonly coveredDays: readonly number[];
  /** What covers them, as nouns ("family commitment", "illness"), in the order met. */
  readonly what: readonly string[];
  /**
   * The covered days hold more than half of the week's plan (or all of it): the week is the event's, and says
   * nothing about the plan.
   */
  readonly eventsWeek: boolean;
  /** Done under `LOW_COMPLETION_SHARE` of planned on the days judged (never for the event's week). */
  readonly short: boolean;
}

/**
 * The days of the week starting on day `monday` that a context event or the recent illness covers (bit k: day k):
 * the days a week judged against its plan leaves out. `what`, when given, gets their names ("illness"), once each.
 */
function coveredDaysOf(state: MetricsState, monday: number, what?: string[]): number {
  let covered = 0;
  const cover = (start: number, end: number, name: string): void => {
    for (let k = Math.max(0, start - monday); k <= Math.min(6, end - monday); k++) covered |= 1 << k;
    if (what !== undefined && !what.includes(name)) what.push(name);
  };
  for (const e of state.events)
    if (e.start <= monday + 6 && e.end >= monday) cover(e.start, e.end, EVENT_NAME[e.kind]);
  const ill = state.recentIllness;
  if (ill !== null && ill.start <= monday + 6 && ill.end >= monday) cover(ill.start, ill.end, 'illness');
  return covered;
}

/**
 * See `WeekAgainstPlan`: the week starting on day `monday` (complete, before this one), with `plannedAll` its
 * plan's minutes when no day of it is covered (the compliance's count). Null when a day is covered and the
 * week's published plan is not known, or its days are not all in the recent sessions' reach.
 */
export function weekAgainstPlan(
  input: ReviewInput,
  state: MetricsState,
  monday: number,
  plannedAll: number,
): WeekAgainstPlan | null {
  const what: string[] = [];
  const covered = coveredDaysOf(state, monday, what);
  const { sessions, days, from } = state.recentSessions;
  if (monday < from) return null;
  let planned = plannedAll;
  let all = plannedAll;
  if (covered !== 0) {
    const date = fromDayNumber(monday);
    const plan = input.pastWeekPlans?.find((p) => p.weekStart === date);
    if (plan === undefined) return null;
    all = 0;
    planned = 0;
    for (const x of plan.sessions) {
      if (x.kind === 'REST') continue;
      all += x.minutes;
      if ((covered & (1 << x.day)) === 0) planned += x.minutes;
    }
  }
  let done = 0;
  let allDone = 0;
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k] - monday;
    if (d < 0 || d > 6) continue;
    allDone += sessions[k].minutes;
    if ((covered & (1 << d)) === 0) done += sessions[k].minutes;
  }
  const coveredDays: number[] = [];
  for (let k = 0; k < 7; k++) if ((covered & (1 << k)) !== 0) coveredDays.push(k);
  const eventsWeek = covered !== 0 && (planned <= 0 || planned * 2 < all);
  return {
    planned,
    done,
    allPlanned: all,
    allDone,
    coveredDays,
    what,
    eventsWeek,
    short: !eventsWeek && planned > 0 && done < LOW_COMPLETION_SHARE * planned,
  };
}

/** "Wednesday–Saturday" for three or more days in a row, else "Monday and Wednesday". */
export function dayRun(days: readonly number[]): string {
  const run = days.length > 2 && days[days.length - 1] - days[0] === days.length - 1;
  return run
    ? `${weekdayName(days[0])}–${weekdayName(days[days.length - 1])}`
    : andList(days.map((k) => weekdayName(k)));
}

/** "the days of the family commitment (Wednesday–Saturday) left out": the days a judged week leaves aside. */
export function coveredDaysWords(j: Pick<WeekAgainstPlan, 'coveredDays' | 'what'>): string {
  return `the days of the ${andList(j.what)} (${dayRun(j.coveredDays)}) left out`;
}

/**
 * This week, still under way (days to come that the metrics count as its published plan has them), whose days
 * so far already fall short of that plan: a session of them was missed and the minutes done are under the
 * minutes planned. The base that sizes next week does not count its days to come at their full plan then
 * (`decideWeek`): the athlete is already missing sessions this week, so they count at the share done so far.
 */
export interface ThisWeekShort {
  /** The sessions missed, in the plan's order (see `MetricsState.thisWeekMissed`), as the texts name them. */
  readonly missed: readonly { readonly day: number; readonly name: string; readonly minutes: number }[];
  /**
   * Minutes logged this week on the days the share is read from (every minute, as `plansNotDone` counts them): the
   * days before the review date, yesterday left out when a session of it is not logged yet (`projectsThisWeek`).
   */
  readonly done: number;
  /** Minutes this week's plan has on those days. */
  readonly planned: number;
  /** The last of those days (the day before the review date, or the one before it). */
  readonly lastDay: number;
  /** `done / planned`: the share of its plan done so far (under 1). */
  readonly share: number;
  /**
   * Planned minutes of the sessions still to come (what the metrics count for them, `thisWeekToCome`: the days
   * after the review date, and the review date's own while no log that day matches them).
   */
  readonly toCome: number;

  /** `toCome` at `share`, to the minute: what the base counts for the days to come. */
  readonly counted: number;
  /** The load of the sessions still to come as planned (as the metrics cost them in `weekLoads[0]`). */
  readonly toComeLoad: number;
  /** `toComeLoad` at `share`: what the base's load (the backward-design warning) counts for the days to come. */
  readonly countedLoad: number;
}

/**
 * Week `k` (0: this week, 1: last week …, as `MetricsState.weekMinutes`) as the base counts it, its minutes
 * (`baseWeekMinutes`) and its load (`baseWeekLoad`): one count for the base that sizes next week (`decideWeek`)
 * and the recent load the backward-design warning compares next week's plan with. This week's days to come count
 * as planned, or, when it is already short of its plan (`short`, see `ThisWeekShort`), at the share of its plan
 * done so far, in minutes and in load alike (Sofia's base had counted her days to come at 71 % in minutes and as
 * planned in load: +11 %, not +16 %).
 */
export function baseWeekMinutes(
  state: Pick<MetricsState, 'weekMinutes'>,
  short: ThisWeekShort | null,
  k: number,
): number {
  const minutes = state.weekMinutes[k] ?? 0;
  return k !== 0 || short === null ? minutes : minutes - short.toCome + short.counted;
}

/** Week `k`'s load as the base counts it (see `baseWeekMinutes`). */
export function baseWeekLoad(
  state: Pick<MetricsState, 'weekLoads'>,
  short: ThisWeekShort | null,
  k: number,
): number {
  const load = state.weekLoads[k] ?? 0;
  return k !== 0 || short === null ? load : load - short.toComeLoad + short.countedLoad;
}

/** The review date's own sessions still to come (`MetricsState.thisWeekToCome`), as the texts name them. */
export interface ReviewDayToCome {
  /** The review date's weekday (0 = Monday). */
  readonly day: number;
  /** "Friday's easy run", in the plan's order. */
  readonly names: readonly string[];
}

/**
 * The sessions of the review date that this week counts as still to come (no log that day matches them yet: the
 * athlete may still run tonight), null when there are none (the review date's sessions count as done, as logged).
 */
export function reviewDayToCome(state: MetricsState): ReviewDayToCome | null {
  const day = state.reviewDay - (state.nextWeekStart - 7);
  const names: string[] = [];
  for (const x of state.thisWeekToCome)
    if (x.day === day) names.push(`${weekdayName(x.day)}'s ${purposeName(x.purpose)}`);
  return names.length === 0 ? null : { day, names };
}

/**
 * This week's days still to come, the review date's own among them while its sessions are (`reviewDayToCome`):
 * `projectedDays` counts the days after the review date only, so a Sunday review with Sunday's session not
 * logged yet has 0 of those and 1 of these.
 */
export function daysToCome(state: MetricsState): number {
  // (Whether any is, without their names: `reviewDayToCome` builds those for the texts.)
  const day = state.reviewDay - (state.nextWeekStart - 7);
  for (const x of state.thisWeekToCome) if (x.day === day) return state.projectedDays + 1;
  return state.projectedDays;
}

/**
 * The last day (a day number) a fever or symptoms below the neck keep the athlete from training: the review day and
 * `illnessMinRestDays` days after it at least (24 h free of fever at the earliest), or the day after a confirmed
 * illness of that kind ends (one that ended 2 days before the review or later). One computation for this week's
 * change (`currentWeekSuggestions`) and next week's plan (`WeekContext.restThroughDay`), so the two rest through the
 * same day (our rule).
 */
export function feverRestThrough(
  review: number,
  events: readonly ParsedEvent[],
  config: EngineConfig,
): number {
  let through = review + config.readiness.illnessMinRestDays;
  for (const e of events) {
    if (e.confirmed && e.kind === 'ILLNESS' && e.illness === 'BELOW_NECK_OR_FEVER' && e.end >= review - 2) {
      through = Math.max(through, e.end + 1);
    }
  }
  return through;
}

/** The fewest planned days missed for more than a day before this week's share done projects the rest (our rule). */
export const PROJECT_MIN_DAYS_MISSED = 2;
/** The least share of the week's planned minutes those days hold before the share done projects the rest (our rule). */
export const PROJECT_MIN_SHARE_MISSED = 1 / 3;

/**
 * Whether this week's share done so far may project its days to come (our rule, one for every text and suggestion
 * that counts this week, through `thisWeekShort`): an unlogged day early in the week is not evidence that the athlete
 * stops training, as athletes log late and yesterday's session may simply not be logged yet. The share projects only
 * when enough of the week is behind and missed: at least `PROJECT_MIN_DAYS_MISSED` planned days (not covered by an
 * event or an illness) whose sessions were missed for more than a day (the day before yesterday or earlier), holding at
 * least `PROJECT_MIN_SHARE_MISSED` of the week's planned minutes, and something of the week logged (a week with
 * nothing logged at all is more likely not logged than not run: it is no evidence of a share). Otherwise the days to
 * come count as planned, the missed sessions at 0 min (`thisWeekUnlogged` names them for the texts).
 */
function projectsThisWeek(
  input: ReviewInput,
  state: MetricsState,
  covered: number,
  today: number,
): 'PROJECTS' | ThisWeekUnlogged['why'] {
  const plan = input.currentWeekPlan;
  if (plan === undefined) return 'LITTLE_BEHIND';
  let all = 0;
  for (const x of plan.sessions) if (x.kind !== 'REST' && (covered & (1 << x.day)) === 0) all += x.minutes;
  let missed = 0;
  let missedDays = 0;
  for (const x of state.thisWeekMissed) {
    if (x.day > today - 2 || (covered & (1 << x.day)) !== 0) continue;
    missed += x.minutes;
    missedDays |= 1 << x.day;
  }
  let n = 0;
  for (let k = 0; k < 7; k++) if ((missedDays & (1 << k)) !== 0) n++;
  if (n < PROJECT_MIN_DAYS_MISSED || all <= 0 || missed < PROJECT_MIN_SHARE_MISSED * all)
    return 'LITTLE_BEHIND';
  const monday = state.nextWeekStart - 7;
  const { days } = state.recentSessions;
  for (let k = 0; k < days.length; k++) if (days[k] >= monday && days[k] < state.reviewDay) return 'PROJECTS';
  return 'NOTHING_LOGGED';
}

/** See `thisWeekUnlogged`. */
export interface ThisWeekUnlogged {
  /** "Monday's easy run", in the plan's order: the sessions missed so far, counted at 0 min. */
  readonly names: readonly string[];
  /**
   * Of `names`, those not logged for more than a day (the day before yesterday or earlier), as `projectsThisWeek`
   * counts a session missed: "not logged", where yesterday's is "not logged yet" (Kasper's Sunday text had called
   * Monday's strength, 6 days back, "not logged yet").
   */
  readonly late: readonly string[];
  /** Why the share done does not project the rest: too little of the week behind and missed, or nothing logged. */
  readonly why: 'LITTLE_BEHIND' | 'NOTHING_LOGGED';
}

/**
 * This week's sessions missed so far (days before the review date, not covered by an event or an illness) while
 * its days to come still count as planned (`projectsThisWeek` said no): "Monday's easy run", for the texts that say
 * why the rest is not counted at the share done. Null when nothing is missed or the share does project.
 */
export function thisWeekUnlogged(input: ReviewInput, state: MetricsState): ThisWeekUnlogged | null {
  const monday = state.nextWeekStart - 7;
  const today = state.reviewDay - monday;
  if (input.currentWeekPlan === undefined || state.thisWeekMissed.length === 0 || today <= 0) return null;
  if (!state.projectedFromPlan || daysToCome(state) <= 0) return null;
  const covered = coveredDaysOf(state, monday);
  const names: string[] = [];
  const late: string[] = [];
  for (const x of state.thisWeekMissed)
    if ((covered & (1 << x.day)) === 0) {
      const name = `${weekdayName(x.day)}'s ${purposeName(x.purpose)}`;
      names.push(name);
      if (x.day <= today - 2) late.push(name);
    }
  if (names.length === 0) return null;
  const why = projectsThisWeek(input, state, covered, today);
  return why === 'PROJECTS' ? null : { names, late, why };
}

/**
 * See `ThisWeekShort`. As the plans-not-done count (`plansNotDone` in the suggestions) judges a past week: every
 * minute logged counts, and the days a context event or an illness covers say nothing about the plan (they
 * are left out of the minutes done and planned, and a session missed on them is not missed); the days before
 * the review date only (the review day's session may still be done: it is among those to come while no log that
 * day matches it, `stillToCome`). Null with no published plan for this
 * week, no day still to come, or nothing missed.
 */
export function thisWeekShort(input: ReviewInput, state: MetricsState): ThisWeekShort | null {
  const plan = input.currentWeekPlan;
  const monday = state.nextWeekStart - 7;
  const today = state.reviewDay - monday;
  if (plan === undefined || !state.projectedFromPlan || daysToCome(state) <= 0) return null;
  if (state.thisWeekMissed.length === 0 || today <= 0) return null;
  // The days of this week a context event or an illness covers, as `plansNotDone` has them.
  const covered = coveredDaysOf(state, monday);
  if (projectsThisWeek(input, state, covered, today) !== 'PROJECTS') return null;
  // The days the share is read from: those before yesterday, and yesterday when nothing of it was missed (its
  // session may simply not be logged yet: it is neither done nor missed in the share).
  let last = today - 1;
  for (const x of state.thisWeekMissed)
    if (x.day === today - 1 && (covered & (1 << x.day)) === 0) last = today - 2;
  const missed: { day: number; name: string; minutes: number }[] = [];
  for (const x of state.thisWeekMissed)
    if ((covered & (1 << x.day)) === 0 && x.day <= last)
      missed.push({
        day: x.day,
        name: `${weekdayName(x.day)}'s ${purposeName(x.purpose)}`,
        minutes: x.minutes,
      });
  if (missed.length === 0) return null;
  let planned = 0;
  for (const x of plan.sessions)
    if (x.kind !== 'REST' && x.day <= last && (covered & (1 << x.day)) === 0) planned += x.minutes;
  let toCome = 0;
  for (const x of state.thisWeekToCome) toCome += x.minutes;
  let done = 0;
  const { sessions, days } = state.recentSessions;
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k] - monday;
    if (d >= 0 && d <= last && (covered & (1 << d)) === 0) done += sessions[k].minutes;
  }
  if (done >= planned || toCome <= 0) return null;
  const share = done / planned;
  // Costed once, as the metrics cost them (`calendarWeeks`).
  const toComeLoad = state.thisWeekToComeLoad;
  return {
    missed,
    done,
    planned,
    lastDay: last,
    share,
    toCome,
    counted: Math.round(toCome * share),
    toComeLoad,
    countedLoad: toComeLoad * share,
  };
}

/**
 * `buildWeekContext`'s factors per weekday, reused across calls (reviews run synchronously and neither escapes;
 * two arrays a review otherwise, each copied again at its first factor below 1, a double).
 */
const factorScratch = { dayFactor: new Float64Array(7), relFactor: new Float64Array(7) };

export function buildWeekContext(input: ReviewInput, state: MetricsState, config: EngineConfig): WeekContext {
  const nws = state.nextWeekStart;
  const review = state.reviewDay;
  const spans = phaseSpans(input.season);
  const current = input.currentWeekPlan?.phase ?? firstPhaseAt(spans, review);
  const seasonNext = firstPhaseAt(spans, nws);
  const currentPhase: Phase = current ?? seasonNext ?? 'PREPARATORY';
  const seasonPhaseNextWeek: Phase = seasonNext ?? currentPhase;
  const focus = input.season?.mesocycle?.focus ?? defaultFocus(seasonPhaseNextWeek);

  // A literal overwritten day by day: one allocation of its size (pushed from empty, it was grown to 17 slots).
  const base: number[] = [0, 0, 0, 0, 0, 0, 0];
  for (let d = 0; d < 7; d++) base[d] = Math.max(0, input.athlete.availabilityMinutes[d] ?? 0);
  const availability = base.slice();
  const contextDays: ContextDay[] = [];
  let factorSum = 0;
  // Per day, the smallest volume factor of an event, and the smallest share kept by an event without a fixed cap
  // (`factorScratch`, reset here).
  const { dayFactor, relFactor } = factorScratch;
  for (let d = 0; d < 7; d++) {
    dayFactor[d] = 1;
    relFactor[d] = 1;
  }
  let unconfirmed = 0;
  let injury: ParsedEvent | null = null;
  for (const e of state.events) {
    if (e.end < nws - 7 || e.start > nws + 6) continue;
    if (!e.confirmed) {
      unconfirmed++;
      continue;
    }
    if (e.kind === 'INJURY' && e.start <= nws + 6 && e.end >= review) injury = e;
    if (e.kind === 'ILLNESS') continue; // handled by the illness rule
    const rule = config.context[e.kind];
    // The athlete's own number first; else a treadmill or gym where they stay carries the kind's longer cap.
    const equipped =
      e.source.availableMinutesPerDay === undefined &&
      rule.equippedMaxMinutesPerDay !== undefined &&
      noteEquipment(e.source.note) !== null;
    const cap =
      e.source.availableMinutesPerDay ??
      (equipped ? (rule.equippedMaxMinutesPerDay as number) : rule.maxMinutesPerDay);
    for (let d = Math.max(e.start, nws); d <= Math.min(e.end, nws + 6); d++) {
      const wd = (d - nws) as Weekday;
      if (cap !== null) availability[wd] = Math.min(availability[wd], cap);
      dayFactor[wd] = Math.min(dayFactor[wd], rule.volumeFactor);
      if (cap === null) relFactor[wd] = Math.min(relFactor[wd], rule.volumeFactor);
      contextDays.push({ day: wd, event: e, cap, factor: rule.volumeFactor, equipped });
    }
  }
  for (let d = 0; d < 7; d++) factorSum += dayFactor[d];

  // Illness: rest through max(review + minRest, event end + 1) for fever / below-neck symptoms (`feverRestThrough`,
  // the same days this week's change rests).
  const illness = state.metrics.illness.status;
  let restThroughDay = -1;
  if (illness === 'BELOW_NECK_OR_FEVER') {
    restThroughDay = Math.min(6, feverRestThrough(review, state.events, config) - nws);
  }
  // Illness events that start next week (rare: known in advance) also close those days.
  for (const e of state.events) {
    if (!e.confirmed || e.kind !== 'ILLNESS' || e.start <= review) continue;
    for (let d = Math.max(e.start, nws); d <= Math.min(e.end, nws + 6); d++) availability[d - nws] = 0;
  }

  // Without a plan for those days, a relative cap is a share of the athlete's recent minutes on the weekday.
  const draftAvailability = availability.slice();
  let draftCutMinutes = 0;
  for (let d = 0; d < 7; d++) {
    if (relFactor[d] >= 1) continue;
    const recent = Math.min(availability[d], state.recentDayMinutes[d] ?? 0);
    const cap = Math.floor((relFactor[d] * recent) / 5 + 1e-9) * 5;
    draftAvailability[d] = Math.min(draftAvailability[d], cap);
    draftCutMinutes += recent - cap;
  }

  const racesNextWeek: ParsedRace[] = [];
  let nextARace: ParsedRace | null = null;
  let lastARace: ParsedRace | null = null;
  for (const r of state.races) {
    if (r.day >= nws && r.day <= nws + 6) racesNextWeek.push(r);
    if (r.priority !== 'A') continue;
    if (r.day > review && nextARace === null) nextARace = r;
    if (r.day <= review) lastARace = r;
  }

  return {
    nextWeekStart: nws,
    nextWeekStartDate: fromDayNumber(nws),
    currentPhase,
    seasonPhaseNextWeek,
    phaseKnown: current !== null || seasonNext !== null,
    phaseSpans: spans,
    focus,
    availability,
    draftAvailability,
    draftCutMinutes,
    baseAvailability: base,
    typicalWeeklyMinutes: input.athlete.typicalWeeklyMinutes ?? null,
    contextDays,
    volumeFactor: factorSum / 7,
    illness,
    restThroughDay,
    injury,
    racesNextWeek,
    nextARace,
    lastARace,
    unconfirmedEvents: unconfirmed,
    readiness: readinessEvidence(input, state, nws, config),
    thisWeekShort: thisWeekShort(input, state),
    thisWeekUnlogged: thisWeekUnlogged(input, state),
    pastWeeks: pastWeeksAgainstPlan(input, state),
    redSpellCheckIns:
      state.metrics.readiness !== 'RED' &&
      state.metrics.readiness !== 'AMBER' &&
      (state.metrics.weeks[0]?.isDownWeek === true || state.metrics.weeks[1]?.isDownWeek === true)
        ? input.checkIns
        : null,
  };
}

/** `WeekContext.pastWeeks`: each past week the metrics list, with a published plan, judged against it. */
function pastWeeksAgainstPlan(input: ReviewInput, state: MetricsState): (WeekAgainstPlan | null)[] {
  const weeks = state.metrics.weeks;
  // Sized up front, every slot written in order (pushed week by week after the first, it was grown to 17 slots).
  const out = new Array<WeekAgainstPlan | null>(weeks.length > 1 ? weeks.length : 1);
  out[0] = null;
  for (let k = 1; k < weeks.length; k++) {
    const planned = weeks[k].plannedMinutes;
    out[k] =
      planned === null || planned <= 0
        ? null
        : weekAgainstPlan(input, state, state.nextWeekStart - 7 * (k + 1), planned);
  }
  return out;
}

const EVENT_KIND_WORDS: Record<ContextEventKind, string> = {
  ILLNESS: 'an illness',
  INJURY: 'an injury',
  TRAVEL: 'a trip',
  FAMILY: 'a family commitment',
  WORK_STRESS: 'work stress',
  VACATION: 'a holiday',
  OTHER: 'an event',
};

/**
 * The days of the week from `weekStart` an event covers, in the athlete's weekdays: `Tuesday–Thursday`,
 * `Tuesday and Wednesday`, `on Tuesday`, `until Wednesday` (it began before the week), `from Friday on` (it
 * goes on after it), `all week`.
 */
export function eventDaysWords(e: ParsedEvent, weekStart: number): string {
  const first = Math.max(e.start, weekStart) - weekStart;
  const last = Math.min(e.end, weekStart + 6) - weekStart;
  if (first > 6 || last < 0) return e.end < weekStart ? 'before the week' : 'after the week';
  const before = e.start < weekStart;
  const after = e.end > weekStart + 6;
  if (before && after) return 'all week';
  if (before) return `until ${weekdayName(last)}`;
  if (after) return `from ${weekdayName(first)} on`;
  if (first === last) return `on ${weekdayName(first)}`;
  return last === first + 1
    ? `${weekdayName(first)} and ${weekdayName(last)}`
    : `${weekdayName(first)}–${weekdayName(last)}`;
}

/**
 * A context event of the week from `weekStart` in words, its kind and days, with the note quoted cleanly (no
 * date fragment: the days are said in words): `a trip Tuesday–Thursday ("Client visit in Hamburg.")`.
 */
export function eventInWeekWords(e: ParsedEvent, weekStart: number): string {
  const note = quoteNote(e.source.note);
  return `${EVENT_KIND_WORDS[e.kind]} ${eventDaysWords(e, weekStart)}${note === null ? '' : ` (${note})`}`;
}
