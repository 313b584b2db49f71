import type { EngineConfig } from '../config/engine-config';
import { fromDayNumber, toDayNumber, weekdayName } from '../dates/local-date';
import { downByPlan, type ParsedRace } from '../metrics/compute-metrics';
import {
  HOLD_RANGE_TOP,
  peakLongRunRace,
  raceWeekRecoveryRace,
  recoveryWeekRace,
  taperSoonAfter,
  transitionCutAfter,
  transitionDaysAfter,
  type Decision,
} from '../review/decide-week';
import type { OutlookWeek, Phase, Readiness } from '../types';
import { phaseWords } from '../suggestions/format';
import type { PhaseSpans } from './phase-spans';
import { type RaceWeekSize, raceWeekCappedWords, raceWeekSize } from './race-week';
import { taperWeek } from './taper';

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5) * 5);
}

function firstOnOrAfter(races: readonly ParsedRace[], day: number): ParsedRace | undefined {
  for (let i = 0; i < races.length; i++) if (races[i].day >= day) return races[i];
  return undefined;
}

function lastBefore(races: readonly ParsedRace[], day: number): ParsedRace | undefined {
  for (let i = races.length - 1; i >= 0; i--) if (races[i].day < day) return races[i];
  return undefined;
}

/** The season's listed phase for the week starting `ws` (the last listed phase that covers it), or null. */
function listedPhase(spans: PhaseSpans | null, ws: number): Phase | null {
  if (spans === null) return null;
  let out: Phase | null = null;
  for (let i = 0; i < spans.start.length; i++) {
    const start = spans.start[i];
    if (start !== start) toDayNumber(spans.phases[i].start); // throws: not a date
    if (start > ws) continue;
    const end = spans.end[i];
    if (end !== end) toDayNumber(spans.phases[i].end);
    if (ws <= end) out = spans.phases[i].phase;
  }
  return out;
}

/**
 * The first week start after `ws` whose listed phase (`listedPhase`) may differ from `ws`'s: the next listed start
 * after it, or the day after the end of a phase that covers it (Infinity: none). Asked after `listedPhase(spans, ws)`,
 * which has thrown on any date of a phase it read that is not one; a phase that starts after `ws` is read again there.
 */
function listedChange(spans: PhaseSpans | null, ws: number): number {
  if (spans === null) return Infinity;
  let out = Infinity;
  for (let i = 0; i < spans.start.length; i++) {
    const start = spans.start[i];
    if (start > ws) {
      if (start < out) out = start;
    } else if (ws <= spans.end[i] && spans.end[i] + 1 < out) out = spans.end[i] + 1;
  }
  return out;
}

/**
 * The race's label, with the talk's mark when it is the race under the talk. (Module-level: a closure made per
 * review loses its optimised code at each major garbage collection.)
 */
function raceNamed(r: ParsedRace, talk: { readonly race: ParsedRace; readonly mark: string } | null): string {
  return talk !== null && r === talk.race ? `${r.label}${talk.mark}` : r.label;
}

/**
 * ", as far as the 420 min a week available allow," when the return's level is capped by the athlete's available
 * time, else ''. (Module functions, this and `goalReview`: closures made per outlook kept the variables they read in a
 * context object, read and written through memory by the whole loop, and lose their optimised code at each major
 * garbage collection.)
 */
function levelWhy(capped: boolean, availabilityMinutes: number): string {
  return capped ? `, as far as the ${Math.round(availabilityMinutes)} min a week available allow,` : '';
}

/**
 * A return after red readiness or a medical-check week (the caller asks only then, and once) names the first of its
 * weeks that a race's pre-competition or competition phase begins in (`phase`, `race`: the week's phase and next A
 * race; `before`: the phase of the week before), still below the level: it asks the coach to review the race goal
 * (coach read 17: Jonas's return ran into his competition phase at 83 % of his level, and nothing said so). '' for
 * any other week.
 */
function goalReview(
  phase: Phase,
  race: ParsedRace | undefined,
  before: Phase,
  talk: { readonly race: ParsedRace; readonly mark: string } | null,
  athlete: string,
): string {
  if (race === undefined || (phase !== 'PRE_COMPETITION' && phase !== 'COMPETITION')) return '';
  return before !== phase
    ? `; the ${phaseWords(phase)} phase for ${raceNamed(race, talk)} begins this week with the return still under way: review the race goal with ${athlete}`
    : `; the return falls in the ${phaseWords(phase)} phase for ${raceNamed(race, talk)}: review the race goal with ${athlete}`;
}

/**
 * "race week: Copenhagen Marathon on 2026-12-17; 3 days of taper before it, the last 2 kept short, and rest after it,
 * the race not counted": an A race's week as its days size it (`raceWeekSize`), `label` the race's (with the talk's
 * mark).
 */
function raceWeekNote(size: RaceWeekSize, label: string): string {
  const n = size.raceDay;
  const eve = size.eve.days.length;
  const before =
    n === 0
      ? ''
      : `${n === 1 ? 'a day' : `${n} days`} of taper before it${eve === 0 ? '' : eve === n ? (n === 1 ? ', kept short' : ', both kept short') : `, the last ${eve} kept short`}`;
  const easy = size.easy.days.length > 0;
  const after =
    n === 6
      ? ''
      : size.long
        ? easy
          ? 'the rest of the week is its recovery week (rest, then short easy runs)'
          : 'rest after it'
        : easy
          ? 'a rest day, then easy days after it'
          : 'a rest day after it';
  // Each day no more than the athlete has (`RaceWeekSize.capped`).
  const time = raceWeekCappedWords(size);
  return `race week: ${label}; ${before}${before !== '' && after !== '' ? ', and ' : ''}${after}, the race not counted${time === '' ? '' : `; each day at most the time the athlete has: ${time}`}`;
}

/** Next week as a life event's days bound it below the decision's range (`lifeBoundOf` in review-athlete). */
export interface OutlookBound {
  /** The week's minutes: the decision's stated target. */
  readonly minutes: number;
  /** The events by name: "work stress", "trip and family commitment". */
  readonly events: string;
  /**
   * What next week is measured against to be a down week by its plan (`MetricsState.nextWeekPlanReference`: the build
   * weeks among this week and the two before it, as planned), and whether the bounded week is one (`downByPlan`, the
   * rule the past weeks' plans and the coach's draft are read by), so that the outlook counts it as the week's own
   * review will once it is past.
   */
  readonly reference: number;
  readonly down: boolean;
}

/**
 * The note of the week after a hold or a bounded week, which goes back to (or stays at) the decision's own range
 * rather than building over it: "held at the hold's 310–365 min again: no build over it before readiness allows; our
 * rule"; "after the 90-min week of the work stress, 64 % under the 250 min a week of the build weeks before it as
 * planned, and so a down week for the cadence: back to the hold's 240–280 min, the week the event took; no build over
 * it before readiness allows, our rule". (The reference is `OutlookBound.reference`, the one the past weeks' plans and
 * the coach's draft are measured against.)
 */
function heldNote(
  decision: Decision,
  bound: OutlookBound | null,
  boundDown: boolean,
  amber: boolean,
  readiness: Readiness | null,
): string {
  // A graded return that a life event explains (`Decision.gradedDays`): its decision builds again once the markers are
  // back in the norm, and says so; the held week names the readiness it holds for.
  if (bound === null && amber && decision.gradedDays.length > 0)
    return `held at the graded return's ${decision.minMinutes}–${decision.maxMinutes} min again: ${readiness === 'RED' || readiness === 'AMBER' ? `readiness is ${readiness.toLowerCase()}, and ` : ''}no build over it before the markers are back in the norm; our rule`;
  const kind = decision.type === 'BUILD' ? 'build' : 'hold';
  const range = `the ${kind}'s ${decision.minMinutes}–${decision.maxMinutes} min`;
  if (bound === null)
    return `held at ${range} again${amber ? ': no build over it before readiness allows; our rule' : ''}`;
  const down = boundDown
    ? `, ${Math.round((1 - bound.minutes / bound.reference) * 100)} % under the ${Math.round(bound.reference)} min a week of the build weeks before it as planned, and so a down week for the cadence`
    : '';
  return `after the ${bound.minutes}-min week of the ${bound.events}${down}: back to ${range}, the week the event took${amber ? '; no build over it before readiness allows, our rule' : ''}`;
}

/**
 * A coarse outlook beyond next week: phase and a weekly volume range only (details are decided a week
 * ahead). Build weeks grow by the build step and every 4th week is a down week, except right before a taper,
 * which takes its place; one that would fall due in a marathon's peak long-run week (`peakLongRunRace`) comes
 * a week early. An A race brings its taper; after it (and after any
 * marathon-type race) comes a recovery week (a marathon early in its week makes the rest of that week the
 * recovery week), after an A race a transition, then a base phase that returns to the usual volume within
 * the ramp limit before building again. After a down week for red readiness that lasted two weeks or more
 * (`redReturn`: next week's escalated down week) the weeks return the same way, from that down week, in the
 * season's phase. Availability bounds every week; a week outside the season's phases is pre-competition only in
 * the weeks before an A race, and competition only in its taper. The weeks of the race under the long-race note's
 * pending talk (`talk`: the race and its mark, ", if Emma starts it") say they are if the athlete starts it: its
 * taper, race week, recovery week and transition (Emma's had read "taper for Oslo Marathon on 2026-12-27" beside a
 * note that called not starting it the safer choice).
 *
 * The outlook starts from next week as the decision states it (one figure: the review's target and range):
 * - A week a life event's days bound below the build's or hold's range (`bound`, the review's `lifeBoundOf`) is that
 *   week, not the rule's. It counts toward the down-week cadence as a past week would by its plan: a down week when
 *   it is `downWeekPlanCut` (20 %) or more under the build weeks before it as planned (`OutlookBound.down`:
 *   `downByPlan`, one rule with the draft's `draftDown`), as `calendarWeeks` classifies a week once it is past (a planned 90-min week of work stress beside a usual 265 is one; its done load will have
 *   fallen too). The week after it goes back to the decision's own range, the week the event took (the hold's
 *   240–280 min, not a build step over it, nor +20 % a week up from the event's 90 min: the time was lost, not the
 *   fitness), and the weeks after grow from there as usual (coach read of the demo club, athlete13 Lea: "12-14 PRE
 *   260–315" after a 90-min week of work stress under amber readiness, a build over the hold).
 * - After a hold for amber readiness (`RECOVERY_HOLD`), or a graded return that a life event explains (red or amber
 *   readiness; its decision builds again once the markers are back in the norm), the first week of the outlook holds
 *   at the hold's range too: a build over the held level needs readiness back, which only the review of that week can
 *   see, and the outlook does not assume it (our rule; coach read of the demo club, Lea on Monday: red readiness on a
 *   graded return, and the outlook built the week after). A hold readiness did not call for (a load spike, a short
 *   history, a rule-out) builds the week after as before. Either held week counts toward the down-week cadence as any
 *   week that is not a down week does.
 * - After a down week readiness called for (`RECOVERY_DOWN_WEEK`, amber with a down week due, or red for a week), the
 *   first week of the outlook goes back to the level before it and holds there (a hold's range at it), not a build
 *   step over it, for the same reason (Sara on Sunday: 365–450 min after her down week for amber readiness, over the
 *   379 min before it). After an escalated one the return within the ramp limit (`redReturn`) has no build either.
 * - The down-week cadence goes on from the count the decision uses: the build weeks since the last down week on record
 *   (`weeksSinceDown`) and the decided week, unless that week is one (a down week, a rest, a race's recovery or
 *   transition, a graded return that is a down week by its plan: `planReference`). Ingrid on Sunday: a graded return
 *   at 240 of her usual 244 min, the 3rd week since her down week, had started the outlook's count again, and put its
 *   down week three weeks after the one Monday's review decides (the week after, with that week on record).
 */
export function seasonOutlook(
  nextWeekStart: number,
  decision: Decision,
  weeksSinceDown: number | null,
  races: readonly ParsedRace[],
  /** The season's listed phases (`phaseSpans`, parsed once per review: `WeekContext.phaseSpans`). */
  spans: PhaseSpans | null,
  config: EngineConfig,
  availabilityMinutes = Infinity,
  redReturn = false,
  talk: { readonly race: ParsedRace; readonly mark: string } | null = null,
  medicalHold: string | null = null,
  /** The athlete's name, for the note that asks the coach to review a race goal (`goalReview`). */
  athlete = 'the athlete',
  /** Next week as a life event's days bound it (null: the decision's own week). */
  bound: OutlookBound | null = null,
  /**
   * The athlete's time per weekday (index 0 = Monday; null: only the week's `availabilityMinutes`): a race week's days
   * each allow at most the time the athlete has on them (`raceWeekSize`).
   */
  availabilityDays: readonly number[] | null = null,
  /**
   * Next week as its plan comes to once the decision's own suggestion is applied, when that is above the decision's
   * range (its key sessions and long run at their doses, say; null otherwise): a return's weeks after step from it
   * while it is under the level they return toward, not from the range (Ingrid's graded return aimed at 55 min, its plan held at 105, had an outlook of 55–70 the week after).
   */
  start: number | null = null,
  /** Readiness on the review (`Metrics.readiness`), which the week held after a hold or a down week for it names. */
  readiness: Readiness | null = null,
  /**
   * What next week is measured against to be a down week by its plan (`MetricsState.nextWeekPlanReference`; after a
   * silence that left the weeks it reads blank, the decision's usual week): a graded return that is one starts the
   * down-week cadence again, as the week will count once past (0: none known).
   */
  planReference = 0,
): OutlookWeek[] {
  // The races themselves when all are A races (none: most reviews), else the A races copied into a list of their
  // size (pushed from empty, it was grown to 17 slots).
  let nA = 0;
  for (let i = 0; i < races.length; i++) if (races[i].priority === 'A') nA++;
  // (`taperSoonAfter` and `peakLongRunRace` read the A races alone: without one, their null is known, and the weeks
  // due a down week skip the calls.)
  let aRaces: readonly ParsedRace[] = races;
  if (nA < races.length) {
    const list = new Array<ParsedRace>(nA);
    let j = 0;
    for (let i = 0; i < races.length; i++) if (races[i].priority === 'A') list[j++] = races[i];
    aRaces = list;
  }
  // One entry per week of the loop below (i = 1 … outlookWeeks), each written at its index: `push` was a call
  // into the builtin per week, where a store into the array sized up front is inline.
  const weeks = config.draft.outlookWeeks;
  const out: OutlookWeek[] = new Array<OutlookWeek>(weeks >= 1 ? Math.floor(weeks) : 0);
  // The athlete's usual training level, which a taper, a recovery and a transition are measured from.
  let level = decision.type === 'BUILD' ? decision.targetMinutes : decision.baseMinutes;
  // The down-week cadence the decision counts: the build weeks on record since the last down week, and the decided
  // week unless it is a down week itself.
  let builds = decision.type === 'DOWN' || decision.type === 'REST' ? 0 : (weeksSinceDown ?? 0) + 1;
  // Below the usual level after a race (or a rest week): the base weeks return to it within the ramp limit.
  // (a graded return from an illness or a transition is a hold below the usual level).
  // After two weeks or more of red readiness a coach returns gradually too (coach read 12: Jonas's outlook went from
  // his 340-min down week straight back to his usual weeks).
  const belowLevel =
    decision.type === 'TRANSITION' ||
    decision.type === 'REST' ||
    decision.reason === 'RACE_RECOVERY' ||
    decision.gradedReturn ||
    redReturn;
  let returning = belowLevel;
  // The return is the one after the red down week (not after a race since): it keeps the season's phase.
  let fromRed = redReturn && decision.type === 'DOWN';
  // Next week bounded by a life event that far under the usual weeks is a down week for the cadence, as it will be
  // once past (its plan `downWeekPlanCut` or more under them: `calendarWeeks`).
  const boundDown = bound !== null && bound.down;
  // A hold for amber readiness, or a graded return for low readiness that a life event explains: the week after it
  // holds too (no build before readiness allows, our rule).
  const amberHold = decision.reason === 'RECOVERY_HOLD';
  // The first week goes back to (or stays at) the decision's own range, not a build over it (when the athlete's
  // available time holds that range: otherwise it bounds the week, as it bounds every week).
  const heldAgain = (bound !== null || amberHold) && decision.maxMinutes <= availabilityMinutes;
  // A down week for readiness (not an escalated one's return): the week after it goes back to the level before it, no
  // build over it.
  const readinessDown = decision.reason === 'RECOVERY_DOWN_WEEK' && !redReturn && medicalHold === null;
  // A week that is a recovery of its own starts the build streak again after it: a transition, a rest, a race's
  // recovery, a red down week, a week a life event bounds to a down week, and a graded return only when it is a down
  // week by its plan, as the week counts once past (else it is a week of the cadence the decision counts).
  // (A down week or a rest, a race's recovery and a red down week among them, counts 0 already.)
  if (
    decision.type === 'TRANSITION' ||
    boundDown ||
    (decision.gradedReturn && downByPlan(decision.targetMinutes, planReference, config.progression))
  )
    builds = 0;
  // The weeks before the outlook in its count (the weeks on record and next week), until a down week starts it again.
  let carried = builds;
  // (Next week above the range as its plan holds it, `start`: a return steps from it.)
  // (A return only, from a week still under the level it returns toward.)
  const fromPlan =
    bound === null &&
    start !== null &&
    belowLevel &&
    decision.type === 'HOLD' &&
    start > decision.targetMinutes &&
    start < level;
  let previous: number =
    bound !== null
      ? bound.minutes
      : belowLevel
        ? fromPlan
          ? (start as number)
          : decision.targetMinutes
        : level;
  // The build weeks the athlete holds before a taper (next week's usual level and the weeks that build or hold;
  // the down weeks aside): after the race the base returns toward their average, not toward the peak week.
  let heldSum = belowLevel || boundDown ? 0 : level;
  let heldWeeks = belowLevel || boundDown ? 0 : 1;
  let held = level;
  const returnStep = 1 + config.load.rampWarnPct / 100;
  // A down week inside a return: the size of the week before it, which the week after it goes back to.
  let resumeAt: OutlookWeek | null = null;
  // The week after it: that range as shown.
  let fixed: OutlookWeek | null = null;
  // The return has had a down week: its weeks no longer name what it came after.
  let returnDown = false;
  // The level the return goes back toward is the most the athlete's available time allows (the range's top at it),
  // not the usual level the decision measured (Jonas's "back toward 464 min" beside his usual 565: coach read 17).
  let capped = false;
  // A return after red readiness or a medical-check week keeps the season's phase: the first of its weeks that a race's
  // pre-competition or competition phase begins in, still below the level, asks the coach to review the race goal,
  // once (coach read 17: Jonas's return ran into his competition phase at 83 % of his level, and nothing said so).
  let goalSaid = false;
  // The listed phase of the week, read again only from the week it may change in (`listedChange`): most seasons list
  // one or two phases over the outlook's twelve weeks.
  let listed: Phase | null = null;
  let listedUntil = -Infinity;
  // The transition's days after the last A race before the week, counted once per race, not once per week.
  let transitionOf: ParsedRace | undefined;
  let transitionDays = 0;
  // (Without races, most reviews, no week looks for one.)
  const anyRace = races.length > 0;
  for (let i = 1; i <= weeks; i++) {
    const ws = nextWeekStart + 7 * i;
    const next = nA === 0 ? undefined : firstOnOrAfter(aRaces, ws);
    const prev = nA === 0 ? undefined : lastBefore(aRaces, ws);
    if (prev !== undefined && prev !== transitionOf) {
      transitionOf = prev;
      transitionDays = transitionDaysAfter(prev, config);
    }
    // Within the transition after the last A race.
    const inTransition = prev !== undefined && ws - prev.day <= transitionDays;
    if (ws >= listedUntil) {
      listed = listedPhase(spans, ws);
      listedUntil = listedChange(spans, ws);
    }
    // Outside the season's listed phases (or a listed race phase with no A race left): base building, and
    // pre-competition in the weeks before an A race.
    let phase: Phase =
      listed !== null && (next || (listed !== 'COMPETITION' && listed !== 'PRE_COMPETITION'))
        ? listed
        : next && next.day - ws < config.progression.preCompetitionWeeks * 7
          ? 'PRE_COMPETITION'
          : 'PREPARATORY';
    let minutes: number;
    let note: string | undefined;
    let buildWeek = false;
    // A race week's own range (`raceWeekSize`), and what the return after it steps from (null: the range's middle).
    let range: RaceWeekSize | null = null;
    let stepFrom: number | null = null;
    // The week is the decision's own range, as the decision states it (`heldAgain`).
    let held1 = false;
    // The week is the return's step from next week as its plan comes to (`start`), and says so.
    let steppedFromPlan = false;
    // The range's top as a share of the week's minutes (a hold's, `HOLD_RANGE_TOP`, for the week held at its level).
    let top = 1.1;
    const taper = next ? taperWeek(next, ws, config) : null;
    const recovery = anyRace ? recoveryWeekRace(races, ws, config) : null;
    // A marathon-type race on the week's Monday to Wednesday: the rest of the week is its recovery week.
    const early = recovery || !anyRace ? null : raceWeekRecoveryRace(races, ws, config);
    // The race week of an A race whose easy days all fall in it (a Monday 10 km): no transition week follows, and
    // the base returns from this week within the ramp limit, as after a transition.
    const doneInWeek =
      taper !== null &&
      next !== undefined &&
      next.day <= ws + 6 &&
      ws + 7 - next.day > transitionDaysAfter(next, config);
    if (recovery || early || doneInWeek || inTransition) {
      // After the race: the block before it is closed, its build weeks' average is what the base returns to.
      if (heldWeeks > 0) held = heldSum / heldWeeks;
      heldSum = 0;
      heldWeeks = 0;
    }
    if (recovery) {
      // The week after a marathon-type race (any priority): rest days first, then short easy runs.
      if (recovery.priority === 'A') phase = 'TRANSITION';
      minutes = level * (1 - config.racing.recoveryWeekCut);
      note = `recovery week after ${raceNamed(recovery, talk)}`;
      builds = 0;
      returning = true;
      fromRed = false;
    } else if (early) {
      // Its race week: the race, then rest days and short easy runs (the race's own minutes not counted); an A race's
      // as its days size it, the days before it tapered (`raceWeekSize`), as next week's decision sizes it.
      if (early.priority === 'A') {
        phase = 'COMPETITION';
        const size = raceWeekSize(early, ws, level, config, availabilityDays ?? undefined);
        minutes = size.target;
        range = size;
        note = raceWeekNote(size, raceNamed(early, talk));
      } else {
        minutes = level * (1 - config.racing.recoveryWeekCut);
        note = `race week: ${raceNamed(early, talk)}; the rest of the week is its recovery week, the race not counted`;
      }
      builds = 0;
      returning = true;
      fromRed = false;
    } else if (inTransition) {
      phase = 'TRANSITION';
      // (After a half marathon or shorter one week, cut in proportion to the race's easy days.)
      minutes = level * (1 - transitionCutAfter(prev, config));
      note = `transition after ${raceNamed(prev, talk)}`;
      builds = 0;
      returning = true;
      fromRed = false;
    } else if (next && taper !== null) {
      phase = 'COMPETITION';
      if (next.day <= ws + 6) {
        // The race week: what its days allow besides the race (`raceWeekSize`), as next week's decision sizes it, not
        // a whole week of taper (Lukas's Thursday marathon: 175–210 min projected where its days allow about 75).
        const size = raceWeekSize(next, ws, level, config, availabilityDays ?? undefined);
        minutes = size.target;
        range = size;
        note = raceWeekNote(size, raceNamed(next, talk));
      } else {
        minutes = level * (1 - taper.volumeCut);
        // A short taper's first step names its first day and its days in the week (its cut is their share).
        note =
          taper.share < 1
            ? `taper for ${raceNamed(next, talk)}, from ${weekdayName(taper.start - ws)} ${fromDayNumber(taper.start)}: ${taper.daysInWeek} of the week's 7 days`
            : `taper for ${raceNamed(next, talk)}`;
      }
      if (doneInWeek) {
        builds = 0;
        returning = true;
        fromRed = false;
        // The base returns from the race week within the ramp limit, from the week as done: its training and the
        // race (next week's decision steps from this week's minutes, the race in them).
        stepFrom = minutes + next.minutes;
      }
    } else if (returning && i === 1 && medicalHold !== null) {
      // After a medical-check week (`MedicalWeek`): no build before the doctor's answer, the week after it holds at
      // its size; the return within the ramp limit starts from there.
      minutes = previous;
      note = medicalHold;
    } else if (returning) {
      // Base first: back to the usual volume within the ramp limit (after a race; after red readiness the season's
      // phase stays, the volume returns the same way), no build yet.
      if (!fromRed && (phase === 'COMPETITION' || phase === 'PRE_COMPETITION'))
        phase = listed ?? 'PREPARATORY';
      // (toward the build weeks the athlete held before the race, not its peak week; from a rest, a graded return
      // or a red down week, toward the usual level the decision measured), as far as the week's availability allows:
      // the note names the level the weeks get back to.
      if (held < level) level = held;
      if (level * 1.1 > availabilityMinutes) {
        level = availabilityMinutes / 1.1;
        capped = true;
      }
      if (
        builds >= config.progression.buildWeeksBeforeDown &&
        (nA === 0 || !taperSoonAfter(races, ws, config))
      ) {
        // A return's rising weeks count toward the down week as a build's do (the doc's down week every 3rd or 4th
        // week; coach read 16: Jonas's outlook rose seven weeks running after his medical-check week): after 3 of
        // them the 4th is a down week, cut from the week before it, and the week after it goes back to that week's
        // size before the return goes on within the ramp limit (not +20 % on the down week).
        // (In the first week: next week's range, as the decision states it.)
        resumeAt =
          i >= 2
            ? out[i - 2]
            : bound === null
              ? {
                  weekStart: fromDayNumber(nextWeekStart),
                  phase: decision.phase,
                  minMinutes: decision.minMinutes,
                  maxMinutes: decision.maxMinutes,
                }
              : null;
        minutes = previous * (1 - config.progression.downWeekCut);
        // (The count goes on from the weeks before the outlook, next week's among them, until a down week.)
        note =
          carried > 0 && weeksSinceDown === null
            ? `down week: ${builds} weeks with no down week on record, next week's included, and every 4th week steps back, as in a build; our rule`
            : carried > 0
              ? `down week: ${builds} weeks since the last down week, next week's included, and every 4th week steps back, as in a build; our rule`
              : `down week: ${builds} weeks of return behind it, and every 4th week steps back, as in a build; our rule`;
        builds = 0;
        returnDown = true;
      } else if (heldAgain && i === 1) {
        // After a return week a life event bounded: back to the return's own week (the decision's range), the return
        // toward the level goes on from there. After a return held for low readiness (a graded return an illness
        // explains): held at its range, no step over it before readiness allows, then the return goes on.
        minutes = decision.targetMinutes;
        if (minutes > previous) builds++;
        held1 = true;
        note = heldNote(decision, bound, boundDown, bound === null, readiness);
        if (minutes < level)
          note += `; the return toward ${Math.round(level)} min${levelWhy(capped, availabilityMinutes)} goes on from there within the ramp limit`;
        else {
          returning = false;
          fromRed = false;
          buildWeek = true;
        }
      } else if (resumeAt !== null) {
        // The range of the week before the down week, as it was shown (not one rounded again from its middle).
        const back = resumeAt;
        resumeAt = null;
        builds = 1;
        minutes = Math.min(level, (back.minMinutes + back.maxMinutes) / 2);
        if (minutes < level) {
          fixed = back;
          const goal =
            goalSaid || !fromRed
              ? ''
              : goalReview(phase, next, i > 1 ? out[i - 2].phase : decision.phase, talk, athlete);
          if (goal !== '') goalSaid = true;
          note = `after the down week: back to ${back.minMinutes}–${back.maxMinutes} min, as in the week of ${back.weekStart}; the return toward ${Math.round(level)} min${levelWhy(capped, availabilityMinutes)} goes on from there${goal}`;
        } else {
          returning = false;
          fromRed = false;
          buildWeek = true;
        }
      } else {
        minutes = Math.min(level, previous * returnStep);
        if (i === 1 && fromPlan) steppedFromPlan = true;
        if (minutes > previous) builds++;
        // (After a down week of the return, the return goes on: what it came after is two steps back.)
        if (minutes < level)
          note =
            fromRed && !returnDown
              ? `after the ${medicalHold !== null ? 'medical-check week' : 'down week for red readiness'}: back toward ${Math.round(level)} min${levelWhy(capped, availabilityMinutes)} within the ramp limit`
              : `${fromRed ? 'the return goes on' : 'base'}: back toward ${Math.round(level)} min${levelWhy(capped, availabilityMinutes)} within the ramp limit`;
        if (minutes < level) {
          const goal =
            goalSaid || !fromRed
              ? ''
              : goalReview(phase, next, i > 1 ? out[i - 2].phase : decision.phase, talk, athlete);
          if (goal !== '') goalSaid = true;
          note += goal;
        } else {
          returning = false;
          fromRed = false;
          buildWeek = true;
        }
      }
    } else if (builds >= config.progression.buildWeeksBeforeDown) {
      const soon = nA === 0 ? null : taperSoonAfter(races, ws, config);
      if (soon) {
        // No down week right before a taper: the taper takes its place, and the week holds.
        minutes = level;
        note = `no down week: the taper from ${fromDayNumber(soon.start)} takes its place`;
        buildWeek = true;
      } else {
        minutes = level * (1 - config.progression.downWeekCut);
        note = 'down week';
        builds = 0;
      }
    } else if (
      nA > 0 &&
      builds === config.progression.buildWeeksBeforeDown - 1 &&
      peakLongRunRace(races, ws + 7, config) !== null &&
      taperSoonAfter(races, ws + 7, config) === null
    ) {
      // The down week would fall due in a marathon's peak long-run week: it comes a week early.
      const peak = peakLongRunRace(races, ws + 7, config) as ParsedRace;
      minutes = level * (1 - config.progression.downWeekCut);
      note = `down week, a week early: the long run peaks in the week of ${fromDayNumber(ws + 7)}, before ${peak.label}`;
      builds = 0;
    } else if (heldAgain && i === 1) {
      // The week after a hold for amber readiness, or after a week a life event bounded: the decision's own range,
      // the level it states, no build step over it.
      level = decision.targetMinutes;
      minutes = level;
      held1 = true;
      note = heldNote(decision, bound, boundDown, amberHold, readiness);
      builds++;
      buildWeek = true;
    } else if (readinessDown && i === 1) {
      // The week after a down week for readiness: back to the level before it (the decision's usual level), a hold's
      // range at it, no build step over it (our rule).
      // (The athlete's available time bounds it, as it bounds every week, and the note says so.)
      minutes = level;
      top = HOLD_RANGE_TOP;
      const why = levelWhy(level * top > availabilityMinutes, availabilityMinutes);
      note = `after the down week for ${readiness === 'RED' ? 'red' : readiness === 'AMBER' ? 'amber' : 'low'} readiness: held at the usual ${Math.round(level)} min a week before it${why === '' ? ',' : why} no build over it before readiness allows; our rule`;
      builds++;
      buildWeek = true;
    } else {
      level = level * (1 + config.progression.buildStep);
      minutes = level;
      builds++;
      buildWeek = true;
    }
    const weekStart = fromDayNumber(ws);
    // Never more than the athlete has time for: the week's availability bounds every range. A race week's range is its
    // days' own (`raceWeekSize`), not ±10 % of a figure: the athlete's week bounds its target and both ends, and the
    // note says so (a capped target beside the days' range had shown a top above the athlete's week).
    let rangeTop = range === null ? 0 : range.max;
    let rangeBottom = range === null ? 0 : range.min;
    if (range !== null) {
      if (!held1 && range.max > availabilityMinutes) {
        minutes = Math.min(minutes, availabilityMinutes);
        rangeTop = availabilityMinutes;
        rangeBottom = Math.min(rangeBottom, availabilityMinutes);
        level = Math.min(level, availabilityMinutes / 1.1);
        note = `${note ?? ''}; at most the athlete's ${Math.round(availabilityMinutes)} min a week`;
      }
    } else if (!held1 && minutes * top > availabilityMinutes) {
      minutes = availabilityMinutes / top;
      level = Math.min(level, minutes);
    }
    if (buildWeek) {
      heldSum += minutes;
      heldWeeks++;
    }
    const minMinutes =
      fixed !== null
        ? fixed.minMinutes
        : held1
          ? decision.minMinutes
          : range !== null
            ? floor5(rangeBottom)
            : floor5(minutes * 0.9);
    const maxMinutes =
      fixed !== null
        ? fixed.maxMinutes
        : held1
          ? decision.maxMinutes
          : range !== null
            ? Math.max(floor5(rangeTop), floor5(minutes))
            : floor5(minutes * top);
    fixed = null;
    // (A down week started the count again: the weeks before the outlook are no longer in it.)
    if (builds < carried) carried = 0;
    // The next return week steps from this range as the coach reads it (its middle; each end is rounded down), so
    // "within the ramp limit" holds of the ranges shown too (Jonas's had stepped +22 % midpoint to midpoint beside
    // it, from minutes +20 % a week).
    previous = stepFrom ?? (minMinutes + maxMinutes) / 2;
    if (steppedFromPlan)
      note = `${note === undefined ? '' : `${note}; `}from next week's ${Math.round(start as number)} min, its plan with the hold applied, above the hold's ${decision.minMinutes}–${decision.maxMinutes} min`;
    out[i - 1] = note
      ? { weekStart, phase, minMinutes, maxMinutes, note }
      : { weekStart, phase, minMinutes, maxMinutes };
  }
  return out;
}
