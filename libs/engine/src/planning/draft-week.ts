import type { EngineConfig } from '../config/engine-config';
import type {
  MesocycleFocus,
  Phase,
  PlannedSession,
  RacePriority,
  WeekDecisionType,
  WeekPlan,
  Weekday,
} from '../types';
import { SHAKE_OUT_MINUTES, heldLongRun, longRunStep, restDayPlace } from './long-run';
import { STRENGTH_MIN_MINUTES, dayId, dayIdTags, plannedSession, restSession } from './plan-measures';
import type { RegularSession, UsualRunWeek } from './regular-sessions';
import { EASY, LONG_EASY, fitTemplate, qualityTemplate } from './session-templates';
import { insertionSort } from '../util/insertion-sort';
import { recoveryDaysAfter } from './taper';

/** The ends of the ids of the sessions a draft makes, by weekday (`dayId`). */
const RACE_IDS = dayIdTags('race');
const STRENGTH_IDS = dayIdTags('strength');
const CROSS_IDS = dayIdTags('cross');
const LONG_IDS = dayIdTags('long');
const EASY_IDS = dayIdTags('easy');
const QUALITY1_IDS = dayIdTags('quality1');
const QUALITY2_IDS = dayIdTags('quality2');

export interface DraftRequest {
  readonly weekStart: string;
  readonly phase: Phase;
  readonly focus: MesocycleFocus;
  readonly decision: WeekDecisionType;
  readonly targetMinutes: number;
  /** Minutes per weekday after context events. */
  readonly availability: readonly number[];
  readonly runsPerWeek: number;
  /** Completion rate of planned sessions per weekday (null = unknown). */
  readonly reliability: readonly (number | null)[];
  readonly races: readonly {
    readonly day: Weekday;
    readonly priority: RacePriority;
    readonly minutes: number;
    readonly label: string;
  }[];
  /** Rest through this weekday (−1 = none) for fever / below-neck illness. */
  readonly restThroughDay: number;
  /** Easy running only (above-neck illness, injury, transition). */
  readonly easyOnly: boolean;
  /** A readiness hold on HRV low for a week or more: no quality session (the long run stays; see `Decision.intensityLight`). */
  readonly intensityLight?: boolean;
  /** Taper volume factor for quality work (1 = unchanged). */
  readonly qualityVolumeFactor: number;
  /** The athlete's regular strength / cross-training sessions, kept on their weekday (see `regularSessions`). */
  readonly regular?: readonly RegularSession[];
  /**
   * The longest the long run may be (`weekLongRunCap`): the athlete's longest recent run plus one step
   * (`longRunCap`); in a hold or a down week, one step over the longest long run logged, which the draft keeps
   * even below the athlete's usual long run (`heldLongRun`), as the hold's cut of a coach's plan does.
   */
  readonly longRunCap?: number;
  /** Weekdays in the last days before an A race of half-marathon length or longer: no strength and no long run on them. */
  readonly noStrengthDays?: readonly number[];
  /**
   * The easy days after an A race or a marathon-type race that fall in this week, as bits (bit d: weekday d;
   * `postRaceEasyDays`), races of earlier weeks included: no regular strength and no quality session on them.
   */
  readonly postRaceDays?: number;
  /**
   * Weekdays in the last 2 days before an A or B race of half-marathon length or longer (`raceEveDays`), with
   * the days to the race: no key session and no long run on them, and the day before (`before` 1) rest or a
   * short easy shake-out, at most `SHAKE_OUT_MINUTES`.
   */
  readonly raceEveDays?: readonly { readonly day: number; readonly before: number }[];
  /**
   * The athlete's recent running weeks (see `usualRunWeek`): the draft keeps their run days, long-run day and
   * length and quality days, scaled to the target in cut order, rather than a template week.
   */
  readonly usual?: UsualRunWeek;
  /**
   * A down week after two weeks or more of red readiness (`ESCALATED_REST_DAYS`): the days the draft keeps free of
   * any session at least, fewer easy runs rather than only shorter ones, chosen as the down-week suggestion's fit
   * chooses them for a coach's plan (see `restDayOrder`), so that the suggestion has none to drop from the draft.
   */
  readonly restDays?: number;
  /**
   * The longest the long run may be whatever else allows it (a down week: this week's long run as the current-week
   * cut for red readiness leaves it, as the down-week suggestion's fit caps it: `FitRequest.longRunCeiling`).
   */
  readonly longRunCeiling?: number;
  /**
   * A re-entry week (`Decision.reentry`): its long run is held under the athlete's own by its cap, and the draft may
   * add one easy run to keep the week its size (`easyMinutes`), as a hold's step may.
   */
  readonly reentry?: boolean;
  /**
   * A re-entry week's size as a share of the athlete's usual week (`Decision.baseMinutes`): its regular strength is
   * shortened by it, `STRENGTH_MIN_MINUTES` at least, as the hold shortens a coach's plan's strength with the running
   * (Ingrid's re-entry draft had kept her 30-min strength twice beside one easy run and her long run). Absent: 1.
   */
  readonly strengthShare?: number;
  /**
   * A short taper's first step (`TaperWeek.share` < 1), drafted as a hold at the usual week for the TAPER suggestion to
   * cut its taper days from: a taper keeps the athlete's number of runs (its frequency, Bosquet 2007), so no run more
   * for a held long run, as a hold's step may take.
   */
  readonly taperStep?: boolean;
}

/**
 * The fewest run days the draft of an athlete with a marathon-type race ahead (`UsualRunWeek.longRace`) keeps for its
 * regular strength (the athlete's own number when fewer): a strength session gives its minutes to a run rather than
 * leave the week with 2 run days (the marathon run-frequency note's 3 days: Lea's and Henrik's re-entry weeks had
 * kept Monday's and Thursday's strength and 2 runs, the note then asking for 3; coach read of the demo club, next
 * Monday). [ours]
 */
const MIN_RUN_DAYS = 3;

/** The shortest easy run the draft writes outside a graded return: fewer runs rather than token runs. [ours] */
const USEFUL_RUN_MINUTES = 30;
/**
 * An easy run of the draft is at least this much shorter than its long run: the long run is the week's longest run,
 * not one of several of its length (Ida's re-entry draft had read 45/45/45 min). [ours: the 5-min grid]
 */
export const LONG_RUN_LEAD_MINUTES = 5;
/** A down week keeps this share of the athlete's long run (never below its down-week dose). [ours] */
const DOWN_LONG_RUN_SHARE = 0.8;

const PREFERRED_QUALITY_DAYS = [1, 3, 2, 4, 0, 5, 6];

function floor5(v: number): number {
  return Math.max(0, Math.floor(v / 5 + 1e-9) * 5);
}

function rel(req: DraftRequest, d: number): number {
  return req.reliability[d] ?? 1;
}

/** One of the last days before a long race (`DraftRequest.raceEveDays`): no key session on it. */
function raceEve(req: DraftRequest, d: number): boolean {
  const eve = req.raceEveDays;
  if (eve === undefined) return false;
  for (const e of eve) if (e.day === d) return true;
  return false;
}

/**
 * The weekdays of the easy days after this week's A races (`recoveryDaysAfter`: one per 15 race minutes, counted where
 * they fall, as the transition counts them: a Monday 50-min 10 km's Tuesday to Friday), and those of earlier weeks'
 * A or marathon-type races (`DraftRequest.postRaceDays`), as bits: no quality session on them. A quality session
 * with no day left is not drafted.
 */
function raceEasyDays(req: DraftRequest): number {
  let bits = req.postRaceDays ?? 0;
  for (const r of req.races) {
    if (r.priority !== 'A') continue;
    const last = Math.min(6, r.day + recoveryDaysAfter(r.minutes));
    for (let d = r.day + 1; d <= last; d++) bits |= 1 << d;
  }
  return bits;
}

/** At least one day away from every key day. */
function far(keyDay: readonly boolean[], d: number): boolean {
  for (let k = 0; k < 7; k++) if (keyDay[k] && Math.abs(k - d) < 2) return false;
  return true;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

function byWeekday(a: number, b: number): number {
  return a - b;
}

/** By day, then id; equal ids (two races on one day) keep the order they were placed in. */
function bySessionDayThenId(a: PlannedSession, b: PlannedSession): number {
  return a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The best free quality day: preferred weekdays first, then reliability; relaxed when nothing fits. */
function pickQualityDay(
  req: DraftRequest,
  avail: readonly number[],
  used: readonly boolean[],
  keyDay: readonly boolean[],
  candidates: readonly number[],
): number {
  // The candidate weekdays as bits, read once: `includes` was a builtin call for each day of each pass.
  let allowed = 0;
  for (let i = 0; i < candidates.length; i++) allowed |= 1 << candidates[i];
  let best = -1;
  for (let pass = 0; pass < 2; pass++) {
    const strict = pass === 0;
    for (const d of PREFERRED_QUALITY_DAYS) {
      if (used[d] || avail[d] < 35 || ((allowed >> d) & 1) === 0) continue;
      if (strict && (!far(keyDay, d) || rel(req, d) < 0.75)) continue;
      if (best < 0 || rel(req, d) > rel(req, best)) best = d;
    }
    if (best >= 0) break;
  }
  return best;
}

/**
 * The working state of one draft. `draftWeek` is split into a few single-purpose steps over this state:
 * V8 optimises several small functions far faster than one large one, and a deoptimisation (e.g. a field
 * that becomes a double) then recompiles only the step concerned.
 */
class DraftState {
  readonly avail = [0, 0, 0, 0, 0, 0, 0];
  readonly used = [false, false, false, false, false, false, false];
  readonly keyDay = [false, false, false, false, false, false, false];
  readonly sessions: PlannedSession[] = [];
  remaining = 0;
  hasMajorRace = false;
  readonly candidates: number[] = [];
  graded = false;
  easyOnly = false;
  runs = 0;
  longDay = -1;
  readonly qualityDays: number[] = [];
  easyDays: number[] = [];
  longMin = 0;
  readonly qualityMin: number[] = [];
  readonly easyMin: number[] = [];
  /** Minutes of regular strength the easy days after a race leave out of the week (`placeRegular`). */
  withheld = 0;

  constructor(
    readonly req: DraftRequest,
    readonly config: EngineConfig['draft'],
  ) {}
}

/** The effort of a C race a re-entry or easy-only week keeps, run easy as a training run. [ours: a long run's] */
const C_RACE_EASY = LONG_EASY;

/** Easy running only (`chooseKeyDays`): an easy-only decision, an illness's graded return, a transition, rest. */
function easyOnlyWeek(req: DraftRequest): boolean {
  return req.easyOnly || req.restThroughDay >= 0 || req.decision === 'TRANSITION' || req.decision === 'REST';
}

/**
 * What the athlete is told of a C race the week keeps easy: run easy or skipped, except in a rest week or on the
 * illness's rest days, where it is skipped (a fever rest week had read "run it easy"; reviewer of the diff).
 */
function easyRaceWords(req: DraftRequest, day: number): string {
  if (day <= req.restThroughDay) return 'rest days for the illness: skip it';
  if (req.decision === 'REST') return 'rest week: skip it';
  return `${req.reentry === true ? 're-entry' : 'easy'} week: run it easy, as a training run, or skip it`;
}

/** Races are fixed points; protect the day before and (for A/B races) the day after. */
function placeRaces(st: DraftState): void {
  const { req, sessions, used, keyDay, avail } = st;
  const ws = req.weekStart;
  const races = req.races;
  // A C race in a re-entry or easy-only week stays in the plan as a run taken easy (or skipped), as the hold's text
  // says: Sara's re-entry week had kept her Harbour 5k at RPE 8 beside "easy running only … run easy, as a training
  // run, or skipped" (coach read of the demo club, next Monday).
  const easyC = req.reentry === true || easyOnlyWeek(req);
  for (let i = 0; i < races.length; i++) {
    const race = races[i];
    if (race.priority !== 'C') st.hasMajorRace = true;
    const easy = easyC && race.priority === 'C';
    sessions.push(
      plannedSession(
        dayId(ws, race.day, RACE_IDS, 'race'),
        race.day,
        'RACE',
        race.minutes,
        easy ? C_RACE_EASY : { type: 'RPE', value: race.priority === 'C' ? 8 : 9 },
        undefined,
        easy ? `Race: ${race.label} (${easyRaceWords(req, race.day)})` : `Race: ${race.label}`,
        true,
        undefined,
      ),
    );
    used[race.day] = true;
    keyDay[race.day] = true;
    avail[race.day] = 0;
    // A taper's target is the training besides the race (the race is not part of the cut).
    if (req.decision !== 'TAPER') st.remaining = Math.max(0, st.remaining - race.minutes);
    if (race.day > 0) avail[race.day - 1] = Math.min(avail[race.day - 1], race.priority === 'C' ? 40 : 20);
    if (race.day < 6 && race.priority !== 'C') avail[race.day + 1] = 0;
  }
}

/** Illness: rest days first. */
function placeIllnessRest(st: DraftState): void {
  const { req, sessions, used, avail } = st;
  const ws = req.weekStart;
  for (let d = 0; d <= Math.min(6, req.restThroughDay); d++) {
    avail[d] = 0;
    used[d] = true;
    sessions.push(restSession(ws, d, 'Rest until 24 h free of fever and below-neck symptoms'));
  }
}

/**
 * The athlete's regular strength and cross-training sessions, on their weekday, inside the target and the
 * day's time (not in a rest-until-well week, nor when one would take more than a third of the week; no strength in
 * the last days before an A race of half-marathon length or longer, nor on the easy days after an A or a
 * marathon-type race).
 */
function placeRegular(st: DraftState): void {
  const { req, sessions, used, avail } = st;
  if (req.regular === undefined || req.decision === 'REST') return;
  const noStrength = req.noStrengthDays;
  const afterRace = req.postRaceDays ?? 0;
  const share = req.strengthShare ?? 1;
  for (const usual of req.regular) {
    const r =
      usual.kind === 'STRENGTH' && share < 1
        ? {
            ...usual,
            minutes: Math.min(
              usual.minutes,
              Math.max(STRENGTH_MIN_MINUTES, Math.ceil((usual.minutes * share) / 5 - 1e-9) * 5),
            ),
          }
        : usual;
    if (used[r.day] || avail[r.day] < r.minutes || r.minutes * 3 > st.remaining) continue;
    if (r.kind === 'STRENGTH' && noStrength !== undefined && noStrength.includes(r.day)) continue;
    // No leg strength on the easy days after an A or a marathon-type race (`postRaceEasyDays`), and its minutes stay
    // out of the week: they are not running, which those days keep short (Lukas's week after his marathon had put
    // its 45 min of strength into his easy runs, 30 → 45 min each). The week lands under its target by them.
    if (r.kind === 'STRENGTH' && ((afterRace >> r.day) & 1) !== 0) {
      st.remaining -= r.minutes;
      st.withheld += r.minutes;
      continue;
    }
    sessions.push(
      plannedSession(
        r.kind === 'STRENGTH'
          ? dayId(req.weekStart, r.day, STRENGTH_IDS, 'strength')
          : dayId(req.weekStart, r.day, CROSS_IDS, 'cross'),
        r.day,
        r.kind,
        r.minutes,
        r.effort,
        undefined,
        r.purpose,
        undefined,
        r.sport,
      ),
    );
    avail[r.day] -= r.minutes;
    st.remaining -= r.minutes;
  }
}

/** How many runs, the long-run day and the quality days. */
function chooseKeyDays(st: DraftState): void {
  const { req, avail, used, keyDay, candidates } = st;
  const minS = st.config.minSessionMinutes;
  for (let d = 0; d < 7; d++) if (!used[d] && avail[d] >= minS) candidates.push(d);
  const graded = req.restThroughDay >= 0;
  const easyOnly = easyOnlyWeek(req);
  const usual = req.usual;
  // The athlete's own number of runs: the same in a hold or a down week, one more at most in a build.
  const wanted = usual ? usual.runsPerWeek + (req.decision === 'BUILD' ? 1 : 0) : req.runsPerWeek;
  let runs = Math.min(Math.max(1, Math.round(wanted)), candidates.length);
  if (req.decision === 'TRANSITION') runs = Math.min(runs, 3);
  if (graded) runs = Math.min(runs, Math.ceil(candidates.length / 2) + (candidates.length > 3 ? 1 : 0));

  let longDay = -1;
  // An athlete whose recent weeks have no long run (none of 60 min or more) gets none from the draft either.
  if (!easyOnly && !st.hasMajorRace && runs >= 2 && !(usual && usual.longDay < 0)) {
    // Their usual long-run day when it is free and has time for a long run.
    // Never in the last days before an A race of half-marathon length or more (`noStrengthDays`): a long run
    // the day before a marathon is no taper.
    // (Tested in place, twice: a closure for it was allocated with its context at every draft.)
    const nearRace = req.noStrengthDays;
    if (
      usual &&
      usual.longDay >= 0 &&
      candidates.includes(usual.longDay) &&
      avail[usual.longDay] >= 60 &&
      (nearRace === undefined || !nearRace.includes(usual.longDay)) &&
      !raceEve(req, usual.longDay)
    )
      longDay = usual.longDay;
    for (let i = 0; i < candidates.length && (longDay < 0 || longDay !== usual?.longDay); i++) {
      const d = candidates[i];
      if ((nearRace !== undefined && nearRace.includes(d)) || raceEve(req, d)) continue;
      if (
        longDay < 0 ||
        avail[d] > avail[longDay] ||
        (avail[d] === avail[longDay] && rel(req, d) >= rel(req, longDay))
      ) {
        longDay = d;
      }
    }
  }
  let qualityCount = 0;
  if (!easyOnly && req.intensityLight !== true && req.focus !== 'RECOVERY') {
    if (req.decision === 'TAPER') qualityCount = 1;
    else if (req.decision === 'BUILD' || req.decision === 'HOLD') {
      qualityCount = req.phase === 'PREPARATORY' || runs < 5 ? 1 : 2;
    }
    // A race replaces a quality session, except in a taper, which keeps its intensity (Bosquet 2007).
    if (req.races.length > 0 && req.decision !== 'TAPER') qualityCount = Math.max(0, qualityCount - 1);
    qualityCount = Math.min(qualityCount, Math.max(0, runs - (longDay >= 0 ? 1 : 0) - 1));
  }
  if (longDay >= 0) {
    used[longDay] = true;
    keyDay[longDay] = true;
  }

  const qualityDays = st.qualityDays;
  // The easy days after an A race this week stay easy (a Monday 10 km's race week had put its quality on Wednesday).
  const afterRace = qualityCount > 0 ? raceEasyDays(req) : 0;
  for (let q = 0; q < qualityCount; q++) {
    // Only on a day the athlete's history has a hard run on, when there is a history.
    const days = usual ? usual.qualityDays : candidates;
    const best = pickQualityDay(
      req,
      avail,
      used,
      keyDay,
      req.raceEveDays === undefined && afterRace === 0
        ? days
        : days.filter((d) => !raceEve(req, d) && ((afterRace >> d) & 1) === 0),
    );
    if (best < 0) break;
    qualityDays.push(best);
    used[best] = true;
    keyDay[best] = true;
  }
  st.graded = graded;
  st.easyOnly = easyOnly;
  st.runs = runs;
  st.longDay = longDay;
}

/**
 * Which of the free candidates a down week keeping `DraftRequest.restDays` leaves free, one day at a time, as the
 * down-week suggestion's fit chooses the easy sessions it drops (`fitDays`, step 8): while no free day is beside the
 * long run, the day after it, else the day before it; then the day farthest from the free days (around the week: no
 * two rest days in a row when avoidable); the day with less time on a tie (the shorter run), then the earlier day.
 * The days chosen leave the candidates (no easy run goes back on them).
 */
function keepRestDays(st: DraftState, easyPool: number[]): void {
  const want = st.req.restDays ?? 0;
  if (want <= 0) return;
  const { avail, candidates } = st;
  const long = st.longDay;
  const busy = [false, false, false, false, false, false, false];
  for (const x of st.sessions) if (x.kind !== 'REST') busy[x.day] = true;
  if (long >= 0) busy[long] = true;
  for (const d of st.qualityDays) busy[d] = true;
  const free: number[] = [];
  for (let d = 0; d < 7; d++) if (!busy[d] && !easyPool.includes(d)) free.push(d);
  while (free.length < want && easyPool.length > 0) {
    const place = restDayPlace(long, free);
    let pick = 0;
    for (let i = 1; i < easyPool.length; i++) {
      const d = easyPool[i];
      const p = easyPool[pick];
      if (
        place(d) < place(p) ||
        (place(d) === place(p) && (avail[d] < avail[p] || (avail[d] === avail[p] && d < p)))
      )
        pick = i;
    }
    const day = easyPool[pick];
    free.push(day);
    easyPool.splice(pick, 1);
    candidates.splice(candidates.indexOf(day), 1);
  }
}

/**
 * The order easy days are chosen in, and kept in when the minutes cannot fill them all (`easyMinutes`): the athlete's
 * own run days first, then the most reliable, the roomiest, the earliest (a total order).
 */
function easyDayPreference(st: DraftState): (a: number, b: number) => number {
  const { req, avail } = st;
  // (The athlete's run days as bits: an array literal was a copy on its first write.)
  let own = 0;
  if (req.usual) for (const d of req.usual.runDays) own |= 1 << d;
  return (a, b) =>
    ((own >> b) & 1) - ((own >> a) & 1) || rel(req, b) - rel(req, a) || avail[b] - avail[a] || a - b;
}

/** The easy days: the most reliable and roomiest of the free candidates, in weekday order. */
function chooseEasyDays(st: DraftState): void {
  const { used, candidates } = st;
  const easyWanted = Math.max(0, st.runs - (st.longDay >= 0 ? 1 : 0) - st.qualityDays.length);
  const easyPool: number[] = [];
  for (let i = 0; i < candidates.length; i++) if (!used[candidates[i]]) easyPool.push(candidates[i]);
  keepRestDays(st, easyPool);
  // The athlete's own run days first, then the most reliable, the roomiest, the earliest (a total order);
  // then the chosen ones by weekday.
  insertionSort(easyPool, easyDayPreference(st));
  // The first `easyWanted` of them, copied by a loop (`slice` was a builtin call costing more than the copy).
  const easyDays: number[] = [];
  for (let i = 0; i < easyWanted && i < easyPool.length; i++) easyDays.push(easyPool[i]);
  insertionSort(easyDays, byWeekday);
  st.easyDays = easyDays;
}

/**
 * The athlete's own long run scaled to the decision in cut order (docs/coaching-domain.md §5): a hold keeps
 * it, a build grows it one step at most (`longRunStep`, to its share of the week), a down week keeps 80 % of it and at
 * least its down-week dose (a marathon or ultra athlete's 90 min, else 45), never more than it was.
 */
function usualLongRun(
  req: DraftRequest,
  usual: UsualRunWeek,
  shareMinutes: number,
  config: EngineConfig['draft'],
): number {
  const long = usual.longMinutes;
  if (req.decision === 'BUILD') {
    return Math.max(long, Math.min(long + longRunStep(long), shareMinutes, config.longRunMaxMinutes));
  }
  if (req.decision === 'DOWN') {
    const dose = Math.min(long, usual.longRace ? 90 : 45);
    return Math.max(dose, floor5(long * DOWN_LONG_RUN_SHARE));
  }
  return long;
}

/** Minutes of the long run and the quality sessions; shrinks them when the target is tiny. */
function keyMinutes(st: DraftState): number {
  const { req, avail, config, qualityDays, qualityMin } = st;
  const minS = config.minSessionMinutes;
  const target = st.remaining;
  const longDay = st.longDay;
  let longMin = 0;
  if (longDay >= 0) {
    const share = req.decision === 'DOWN' ? config.longRunShare * 0.9 : config.longRunShare;
    // Never more than one step above the athlete's longest recent run (docs: "Long runs and long races"). A build
    // keeps the athlete's own long run whatever that cap says (the cap limits a growth, not what they already
    // run); a hold or a down week does not (`heldLongRun`: the same cap a hold applies to a coach's plan, one step
    // over the longest long run logged, since an illness that resets it).
    const cap = req.longRunCap ?? Infinity;
    const usual = req.usual;
    const held = req.decision === 'HOLD' || req.decision === 'DOWN';
    longMin =
      usual && usual.longMinutes > 0 && req.decision !== 'TAPER'
        ? Math.min(
            avail[longDay],
            usualLongRun(req, usual, floor5(target * share), config),
            target,
            held ? heldLongRun(usual.longMinutes, cap) : Math.max(floor5(cap), usual.longMinutes),
          )
        : Math.min(avail[longDay], floor5(target * share), config.longRunMaxMinutes, floor5(cap));
    if (req.longRunCeiling !== undefined) longMin = Math.min(longMin, floor5(req.longRunCeiling));
    if (longMin < minS) longMin = 0;
  }
  for (let i = 0; i < qualityDays.length; i++) {
    let m = Math.min(avail[qualityDays[i]], floor5(target * config.qualityShare));
    // A taper keeps its intensity (Bosquet 2007): its one quality session keeps a useful length.
    if (req.decision === 'TAPER' && m < 35 && avail[qualityDays[i]] >= 35 && target >= 70) m = 35;
    qualityMin.push(m >= 35 ? m : 0);
    // Too short for a real quality session: the day takes an easy run instead (docs/coaching-domain.md, "The
    // engine's own draft"), a run of the athlete's week: freed only, it had left the week a run short of their
    // own number and under its target (Nora's re-entry week, 150 min for 170).
    if (m < 35) {
      st.used[qualityDays[i]] = false;
      if (!st.easyDays.includes(qualityDays[i])) {
        st.easyDays.push(qualityDays[i]);
        insertionSort(st.easyDays, byWeekday);
      }
    }
  }
  let rest = target - longMin - sum(qualityMin);
  // The athlete's own long run outlasts quality in a cut (cut order): quality goes first, the last one first.
  for (let i = qualityMin.length - 1; i >= 0 && rest < 0 && req.usual !== undefined && longMin > 0; i--) {
    rest += qualityMin[i];
    qualityMin[i] = 0;
    st.used[qualityDays[i]] = false;
  }
  if (rest < 0) {
    // Tiny target: shrink key sessions proportionally.
    const keys = longMin + sum(qualityMin);
    const f = target / keys;
    longMin = floor5(longMin * f);
    if (longMin < minS) longMin = 0;
    for (let i = 0; i < qualityMin.length; i++) {
      qualityMin[i] = floor5(qualityMin[i] * f);
      if (qualityMin[i] < 35) qualityMin[i] = 0;
    }
    rest = target - longMin - sum(qualityMin);
    st.easyDays = [];
    for (let i = 0; i < qualityMin.length; i++) if (qualityMin[i] === 0) st.used[qualityDays[i]] = false;
  }
  st.longMin = longMin;
  if (req.decision === 'TAPER' && longMin > 0) rest = taperKeepsRuns(st, rest);
  return rest;
}

/**
 * A taper keeps its number of runs (docs/coaching-domain.md §2, Taper: keep intensity and frequency, Bosquet
 * 2007): when the easy runs, at their least (`USEFUL_RUN_MINUTES`), do not fit beside the long run, the long run comes
 * down to leave them room, and when it would then not lead them by `LONG_RUN_LEAD_MINUTES` its day takes an easy run,
 * no long run, if that keeps the runs (Emma's taper, 120 min: four easy runs of 30 min, not a 35-min long run and two
 * easy runs). Returns the minutes left for the easy runs.
 */
function taperKeepsRuns(st: DraftState, rest: number): number {
  const least = Math.max(st.config.minSessionMinutes, USEFUL_RUN_MINUTES);
  const need = st.easyDays.length * least;
  if (need === 0 || rest >= need) return rest;
  const shorter = floor5(st.longMin - (need - rest));
  if (shorter >= least + LONG_RUN_LEAD_MINUTES) {
    const freed = st.longMin - shorter;
    st.longMin = shorter;
    return rest + freed;
  }
  // Its day an easy run too: only when that keeps the runs (else the long run stays, and an easy run goes).
  if (rest + st.longMin < need + least) return rest;
  const day = st.longDay;
  const freed = st.longMin;
  st.longMin = 0;
  st.used[day] = false;
  st.keyDay[day] = false;
  if (!st.easyDays.includes(day)) {
    st.easyDays.push(day);
    insertionSort(st.easyDays, byWeekday);
  }
  return rest + freed;
}

/** Graded return: short, easy, growing by 5 minutes per outing. */
function gradedEasyMinutes(st: DraftState, rest: number): void {
  const { avail, easyDays, easyMin } = st;
  const minS = st.config.minSessionMinutes;
  let m = 20;
  for (let i = 0; i < easyDays.length; i++) {
    const v = Math.min(avail[easyDays[i]], m, floor5(rest));
    easyMin.push(v >= minS ? v : 0);
    rest -= easyMin[easyMin.length - 1];
    m += 5;
  }
}

/** Spreads the remaining minutes over the easy days (dropping days that would fall below the minimum). */
function easyMinutes(st: DraftState, rest: number): void {
  const { avail, easyMin, req } = st;
  const minS = Math.max(st.config.minSessionMinutes, USEFUL_RUN_MINUTES);
  let easyDays = st.easyDays;
  // The days dropped while the minutes would not fill each to the minimum: the last in the order they are chosen in
  // (`easyDayPreference`), not the last of the week (Sofia's usual Thursday run had been dropped for a Wednesday she
  // seldom runs on, and Julia's Saturday for a run beside her Wednesday spin; coach read of the demo club, next
  // Monday).
  let keep = easyDays.length;
  while (keep > 0 && floor5(rest / keep) < minS) keep--;
  if (keep < easyDays.length) {
    // (A day too short for a useful run, a race eve's shake-out, goes first: kept, it had left the week empty.)
    const prefer = easyDayPreference(st);
    const kept = insertionSort(
      easyDays.slice(),
      (a, b) => (avail[b] >= minS ? 1 : 0) - (avail[a] >= minS ? 1 : 0) || prefer(a, b),
    );
    kept.length = keep;
    easyDays = insertionSort(kept, byWeekday);
  }
  // (A long run too short for that lead over a useful easy run, a medical-check week's 30 min, caps them at its length.)
  const cap =
    st.longMin > 0 ? Math.max(st.longMin - LONG_RUN_LEAD_MINUTES, Math.min(minS, st.longMin)) : Infinity;
  // Easy runs shorter than the long run: when the chosen days cannot hold the minutes, add free days
  // (the most reliable, then roomiest) so that the week is the size the decision says.
  let room = 0;
  for (let i = 0; i < easyDays.length; i++) room += Math.min(avail[easyDays[i]], cap);
  // Not beyond the athlete's own number of runs: one more in a build, or when the long run is held under the
  // athlete's own (a hold's step, a re-entry week's cap) and the easy runs, shorter than it, are held under the time
  // their days have: they would otherwise leave the week under its size (Lea's re-entry week, a 45-min long run and
  // two easy runs, 125 min for 140–155).
  let runsNow = easyDays.length + (st.longMin > 0 ? 1 : 0);
  let capped = false;
  for (let i = 0; i < easyDays.length; i++) if (avail[easyDays[i]] > cap) capped = true;
  for (let i = 0; i < st.qualityMin.length; i++) if (st.qualityMin[i] > 0) runsNow++;
  const usual = req.usual;
  // (Only a hold or a re-entry week: a down week and a taper keep the athlete's number of runs, a taper its frequency;
  // a capped down week and a taper had drafted 45/45/45/45 + 50 for 4 × 50.)
  // (Nor a short taper's first step, drafted as a hold: `taperStep`.)
  const oneMore =
    req.decision === 'BUILD' ||
    ((req.decision === 'HOLD' || req.reentry === true) &&
      req.taperStep !== true &&
      usual !== undefined &&
      capped &&
      st.longMin > 0 &&
      st.longMin < usual.longMinutes);
  const extra = usual ? Math.max(0, usual.runsPerWeek + (oneMore ? 1 : 0) - runsNow) : 7;
  if (room + minS <= rest && extra > 0) {
    const free: number[] = [];
    for (const d of st.candidates) if (!st.used[d] && !easyDays.includes(d)) free.push(d);
    // (In the order easy days are chosen in: the athlete's own run days first, not the most reliable free day.)
    insertionSort(free, easyDayPreference(st));
    easyDays = easyDays.slice();
    for (let i = 0; i < free.length && i < extra && room + minS <= rest; i++) {
      easyDays.push(free[i]);
      room += Math.min(avail[free[i]], cap);
    }
    insertionSort(easyDays, byWeekday);
  }
  st.easyDays = easyDays;
  // Fill the days with the least availability first so that leftovers flow to roomier days.
  const order = insertionSort(easyDays.slice(), (a, b) => avail[a] - avail[b] || a - b);
  const byDay = [0, 0, 0, 0, 0, 0, 0];
  let left = rest;
  for (let i = 0; i < order.length; i++) {
    const d = order[i];
    const v = Math.min(avail[d], cap, floor5(left / (order.length - i)));
    byDay[d] = v >= minS ? v : 0;
    left -= byDay[d];
  }
  for (let i = 0; i < easyDays.length; i++) easyMin.push(byDay[easyDays[i]]);
}

/** The long run and the quality sessions. */
function emitKeySessions(st: DraftState): void {
  const { req, sessions, qualityDays, qualityMin } = st;
  const ws = req.weekStart;
  const longDay = st.longDay;
  const longMin = st.longMin;
  if (longDay >= 0 && longMin > 0) {
    sessions.push(
      plannedSession(
        dayId(ws, longDay, LONG_IDS, 'long'),
        longDay as Weekday,
        'RUN',
        longMin,
        req.decision === 'DOWN' ? EASY : LONG_EASY,
        undefined,
        req.decision === 'DOWN' ? 'Shorter long run, easy throughout' : 'Long run, easy and conversational',
        true,
        undefined,
      ),
    );
  }
  const focus = req.focus === 'RECOVERY' ? 'AEROBIC_VOLUME' : req.focus;
  const secondary = focus === 'THRESHOLD' ? 'VO2MAX' : 'THRESHOLD';
  for (let i = 0; i < qualityDays.length; i++) {
    const d = qualityDays[i];
    const m = qualityMin[i];
    if (m <= 0) continue;
    const t = qualityTemplate(i === 0 ? focus : secondary);
    sessions.push(
      plannedSession(
        i === 0
          ? dayId(ws, d, QUALITY1_IDS, 'quality1')
          : i === 1
            ? dayId(ws, d, QUALITY2_IDS, 'quality2')
            : `${ws}-d${d}-quality${i + 1}`,
        d as Weekday,
        'RUN',
        m,
        t.effort,
        fitTemplate(t, m, req.qualityVolumeFactor),
        req.decision === 'TAPER' ? `${t.purpose} (taper: fewer repeats, same effort)` : t.purpose,
        true,
        undefined,
      ),
    );
  }
}

/** The easy runs, then a rest day on every day without a session. */
function emitEasyAndRest(st: DraftState): void {
  const { req, sessions, easyDays, easyMin } = st;
  const ws = req.weekStart;
  const graded = st.graded;
  const purpose =
    req.decision === 'TRANSITION'
      ? 'Unstructured easy running or cross-training, only if you feel like it'
      : graded
        ? 'Graded return: easy and short; stop if symptoms come back'
        : 'Easy run, conversational';
  for (let i = 0; i < easyDays.length; i++) {
    const d = easyDays[i];
    const m = easyMin[i];
    if (m <= 0) continue;
    sessions.push(
      plannedSession(
        dayId(ws, d, EASY_IDS, 'easy'),
        d as Weekday,
        'RUN',
        m,
        req.decision === 'TRANSITION' || graded ? { type: 'RPE', value: 2 } : EASY,
        undefined,
        purpose,
        undefined,
        undefined,
      ),
    );
  }
  const hasSession = [false, false, false, false, false, false, false];
  for (let i = 0; i < sessions.length; i++) hasSession[sessions[i].day] = true;
  for (let d = 0; d < 7; d++) {
    if (hasSession[d]) continue;
    sessions.push(restSession(ws, d, 'Rest day'));
  }
}

/**
 * Builds next week from availability, phase, focus and the build/hold/down decision: time-based sessions
 * only. Deterministic; never exceeds `targetMinutes` or a day's availability.
 */
export function draftWeek(req: DraftRequest, config: EngineConfig['draft']): WeekPlan {
  return draftWeekWithheld(req, config).plan;
}

/**
 * The draft (`draftWeek`) and the minutes of regular strength the easy days after a race leave out of it
 * (`withheldStrength`): the draft lands that much under its target, the runs kept at their length.
 */
export function draftWeekWithheld(
  req: DraftRequest,
  config: EngineConfig['draft'],
): { readonly plan: WeekPlan; readonly withheldStrength: number } {
  const st = draftState(req, config);
  // A marathon-type race ahead and fewer than 3 run days (or the athlete's own number, when fewer) because a regular
  // strength session took the minutes of a run: the latest strength session whose minutes give a run day back gives
  // way, one at a time (`MIN_RUN_DAYS`); one that gives none back stays, and the one before it is tried. (Compared with
  // the athlete's own number, not the draft's: the draft's counts only the days strength left, so never fell short
  // of it.) (Not otherwise: a masters runner's calf work back from a strain stays.)
  const regular = req.regular;
  if (
    regular !== undefined &&
    req.usual?.longRace === true &&
    runDays(st.sessions) < Math.min(MIN_RUN_DAYS, Math.round(req.usual.runsPerWeek))
  ) {
    for (let i = regular.length - 1; i >= 0; i--) {
      if (
        regular[i].kind !== 'STRENGTH' ||
        !st.sessions.some((x) => x.kind === 'STRENGTH' && x.day === regular[i].day)
      )
        continue;
      // (Only when it gives a run day back: an illness week's rest days are no strength's doing.)
      const without = draftWeekWithheld({ ...req, regular: regular.filter((_, k) => k !== i) }, config);
      if (runDays(without.plan.sessions) > runDays(st.sessions)) return without;
    }
  }
  return {
    plan: { weekStart: req.weekStart, phase: req.phase, focus: req.focus, sessions: st.sessions },
    withheldStrength: st.withheld,
  };
}

/** The days of a week's sessions with a run or a race on them. */
function runDays(sessions: readonly PlannedSession[]): number {
  let bits = 0;
  for (const x of sessions) if (x.kind === 'RUN' || x.kind === 'RACE') bits |= 1 << x.day;
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** One draft of the week, its sessions sorted by day (`draftWeek`). */
function draftState(req: DraftRequest, config: EngineConfig['draft']): DraftState {
  const st = new DraftState(req, config);
  const src = req.availability;
  for (let d = 0; d < 7 && d < src.length; d++) st.avail[d] = Math.max(0, src[d] || 0);
  // The day before a long race: rest or a short shake-out (too short for a session of the draft's own: rest).
  const eve = req.raceEveDays;
  if (eve !== undefined)
    for (const e of eve) if (e.before === 1) st.avail[e.day] = Math.min(st.avail[e.day], SHAKE_OUT_MINUTES);
  st.remaining = Math.max(0, req.targetMinutes);
  placeRaces(st);
  placeIllnessRest(st);
  placeRegular(st);
  chooseKeyDays(st);
  chooseEasyDays(st);
  const rest = keyMinutes(st);
  if (st.graded) gradedEasyMinutes(st, rest);
  else easyMinutes(st, rest);
  emitKeySessions(st);
  emitEasyAndRest(st);
  insertionSort(st.sessions, bySessionDayThenId);
  return st;
}
