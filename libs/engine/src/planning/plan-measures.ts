import { effortToRpe } from '../intensity/intensity-distribution';
import type { Effort, Intervals, PlannedSession, WeekPlan, Weekday } from '../types';

/**
 * A planned session from its fields, as one object literal with every field of `PlannedSession` in its declared
 * order (id, day, kind, minutes, effort, intervals, purpose, key, sport), an optional one `undefined` when it has
 * no value: every session the engine makes (its draft's, the apply step's) goes through here.
 *
 * Why every field: V8 gives each set of fields its own map, and a session with some optional fields had one of
 * several (a rest day, an easy run, a key run, a quality session with intervals, a ride with its sport, each copy
 * the apply step made): every loop over a plan's sessions read their fields megamorphically. One literal gives
 * every session the engine makes one map (beside the input plans' own). As JSON an `undefined` field is left
 * out, so a session reads as it did (its fields with a value, in the same order).
 */
export function plannedSession(
  id: string,
  day: Weekday,
  kind: PlannedSession['kind'],
  minutes: number,
  effort: Effort,
  intervals: Intervals | undefined,
  purpose: string,
  key: boolean | undefined,
  sport: PlannedSession['sport'],
): PlannedSession {
  return { id, day, kind, minutes, effort, intervals, purpose, key, sport };
}

/** A session id's end for each weekday, `-d<day>-<tag>`, made once: an id is then one concatenation (`dayId`). */
export function dayIdTags(tag: string): readonly string[] {
  const out: string[] = [];
  for (let d = 0; d < 7; d++) out.push(`-d${d}-${tag}`);
  return out;
}

/**
 * The id `${weekStart}-d${day}-${tag}` of a session the engine makes, its end from `tags` (`dayIdTags(tag)`): one
 * string concatenation instead of three and a number's string (a draft makes one per day).
 */
export function dayId(weekStart: string, day: number, tags: readonly string[], tag: string): string {
  const end = tags[day];
  return end !== undefined ? weekStart + end : `${weekStart}-d${day}-${tag}`;
}

const REST_IDS = dayIdTags('rest');

/** A rest day the engine makes on weekday `day` of the week starting `weekStart` (the draft's, the apply step's). */
export function restSession(weekStart: string, day: number, purpose: string): PlannedSession {
  return plannedSession(
    dayId(weekStart, day, REST_IDS, 'rest'),
    day as Weekday,
    'REST',
    0,
    { type: 'RPE', value: 0 },
    undefined,
    purpose,
    undefined,
    undefined,
  );
}

/** Planned minutes of a week (rest entries count 0). */
export function planMinutes(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) if (s.kind !== 'REST') total += s.minutes;
  return total;
}

/**
 * The RPE a prescribed effort stands for: the athlete's own mean logged RPE for that zone when `zoneRpe` has
 * it (see `zoneRpeFromHistory`), else the documented default (`effortToRpe`: Seiler's 3-zone mapping).
 */
export function costRpe(effort: Effort, zoneRpe?: ReadonlyMap<string, number>): number {
  if (effort.type === 'ZONE' && zoneRpe !== undefined) {
    const own = zoneRpe.get(`${effort.scale ?? 3}:${effort.value}`);
    if (own !== undefined) return own;
  }
  return effortToRpe(effort);
}

/** Estimated session load of a planned session: minutes × the RPE its effort stands for. */
export function plannedSessionLoad(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): number {
  return s.kind === 'REST' ? 0 : s.minutes * costRpe(s.effort, zoneRpe);
}

/** Estimated weekly load of a plan (Σ minutes × RPE); races included unless `training` is true. */
export function planLoad(plan: WeekPlan, zoneRpe?: ReadonlyMap<string, number>, training = false): number {
  let total = 0;
  for (const s of plan.sessions) if (!training || s.kind !== 'RACE') total += plannedSessionLoad(s, zoneRpe);
  return total;
}

/** Minutes of the races in a plan. */
export function raceMinutes(plan: WeekPlan): number {
  let total = 0;
  for (const s of plan.sessions) if (s.kind === 'RACE') total += s.minutes;
  return total;
}

/** Logs needed before a zone is costed from the athlete's own RPE instead of the default. */
export const ZONE_RPE_MIN_LOGS = 3;

/**
 * The athlete's mean logged session RPE per prescribed zone (`'<scale>:<zone>'`), from the logs that
 * fulfil a planned session prescribed by zone in an earlier plan; zones with fewer than
 * {@link ZONE_RPE_MIN_LOGS} such logs are left out (the default applies).
 */
export function zoneRpeFromHistory(
  plans: readonly WeekPlan[] | undefined,
  logs: readonly { readonly plannedSessionId?: string; readonly rpe: number; readonly kind: string }[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (!plans || plans.length === 0) return out;
  const zoneOf = new Map<string, string>();
  for (const p of plans) {
    for (const s of p.sessions) {
      if (s.effort.type === 'ZONE' && s.kind === 'RUN')
        zoneOf.set(s.id, `${s.effort.scale ?? 3}:${s.effort.value}`);
    }
  }
  if (zoneOf.size === 0) return out;
  const sum = new Map<string, number>();
  const n = new Map<string, number>();
  for (const l of logs) {
    if (l.plannedSessionId === undefined || l.kind !== 'RUN') continue;
    const z = zoneOf.get(l.plannedSessionId);
    if (z === undefined) continue;
    sum.set(z, (sum.get(z) ?? 0) + l.rpe);
    n.set(z, (n.get(z) ?? 0) + 1);
  }
  for (const [z, count] of n) if (count >= ZONE_RPE_MIN_LOGS) out.set(z, (sum.get(z) as number) / count);
  return out;
}

/** `zoneRpeFromHistory` per review input, computed once (the engine is synchronous: one review at a time). */
const ZONE_RPE_CACHE = new WeakMap<
  readonly unknown[],
  { readonly plans: readonly WeekPlan[] | undefined; readonly rpe: ReadonlyMap<string, number> }
>();

/**
 * The athlete's own RPE per prescribed zone (`zoneRpeFromHistory`) for a review's input, computed once per input:
 * the metrics (this week's days to come), the volume decision and the current-week cut all read it.
 */
export function zoneRpeOf(input: {
  readonly pastWeekPlans?: readonly WeekPlan[];
  readonly sessions: readonly {
    readonly plannedSessionId?: string;
    readonly rpe: number;
    readonly kind: string;
  }[];
}): ReadonlyMap<string, number> {
  const hit = ZONE_RPE_CACHE.get(input.sessions);
  if (hit !== undefined && hit.plans === input.pastWeekPlans) return hit.rpe;
  const rpe = zoneRpeFromHistory(input.pastWeekPlans, input.sessions);
  ZONE_RPE_CACHE.set(input.sessions, { plans: input.pastWeekPlans, rpe });
  return rpe;
}

/** Minutes planned per weekday (index 0 = Monday). */
export function planMinutesByDay(plan: WeekPlan): number[] {
  const out = [0, 0, 0, 0, 0, 0, 0];
  for (const s of plan.sessions) if (s.kind !== 'REST') out[s.day] += s.minutes;
  return out;
}

export function isHard(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): boolean {
  if (s.kind === 'REST') return false;
  if (costRpe(s.effort, zoneRpe) >= 5) return true;
  return s.intervals !== undefined && effortToRpe(s.intervals.workEffort) >= 7;
}

/** A long run: a key run that is neither hard nor intervals (the session a volume cut protects longest). */
export function isLongRun(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): boolean {
  return s.kind === 'RUN' && s.key === true && s.intervals === undefined && !isHard(s, zoneRpe);
}

/**
 * The week's long session of its sport: the long run, or a triathlete's long ride or long swim (a key, steady
 * session without intervals). A cut treats a long ride as it treats the long run (the last to give, to its
 * dose), never as a key quality session to be cut to 15 min.
 */
export function isLongSession(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): boolean {
  return (
    (s.kind === 'RUN' || s.kind === 'CROSS_TRAINING') &&
    s.key === true &&
    s.intervals === undefined &&
    !isHard(s, zoneRpe)
  );
}

/**
 * What a session is to a volume cut (docs/coaching-domain.md, "Cut order"): 0 easy runs, 1 other non-key
 * aerobic work (easy cross-training), 2 non-key quality (a hard run, intervals) and strength, 3 key quality
 * sessions, 4 the long run. The cut order is not the tier order: the easy tiers are first trimmed evenly to
 * their easy floor (`easyFloor`), then non-key quality and strength give way, and only then is an easy
 * session dropped (fewer runs), before the key sessions and the long run are touched.
 */
export function cutTier(s: PlannedSession, zoneRpe?: ReadonlyMap<string, number>): number {
  if (s.key) return isLongSession(s, zoneRpe) ? 4 : 3;
  if (s.kind === 'STRENGTH' || isHard(s, zoneRpe)) return 2;
  return s.kind === 'RUN' ? 0 : 1;
}

/** How far a volume cut may shorten the long run, as a share of its minutes kept. */
export type CutDepth = 'HOLD' | 'DOWN' | 'TAPER' | 'DEEP';

/** Warm-up and cool-down around the work of an interval session, minutes. [convention] */
export const WARM_UP_COOL_DOWN_MINUTES = 15;

/**
 * The shortest a quality session (intervals, a tempo, steady blocks) is worth doing, minutes: what a taper keeps of
 * it, and the least a build's cut shortens the week's quality for a race ahead to (`shorterQuality`). [convention]
 */
export const QUALITY_SHORT_MINUTES = 35;

/**
 * The warm-up and cool-down the apply step leaves an interval session scaled to fewer minutes: it keeps the repeats
 * that fit the rest (`repeatsAt`). [convention]
 */
export const SCALED_WARM_UP_COOL_DOWN_MINUTES = 10;

/**
 * The repeats an interval session keeps when a SCALE_VOLUME takes it to `minutes` (the apply step's rule, one place):
 * all of them while they fit the minutes less {@link SCALED_WARM_UP_COOL_DOWN_MINUTES}, else as many as fit, one at
 * least.
 */
export function repeatsAt(i: Intervals, minutes: number): number {
  const rep = i.workSeconds + i.recoverySeconds;
  const room = (minutes - SCALED_WARM_UP_COOL_DOWN_MINUTES) * 60;
  if (i.repeats * rep <= room) return i.repeats;
  return Math.max(1, Math.floor(room / rep));
}

/**
 * The minutes an interval session needs for `repeats` of its blocks by the apply step's rule (`repeatsAt`): the
 * repeats' work and recoveries and {@link SCALED_WARM_UP_COOL_DOWN_MINUTES} of warm-up and cool-down, in 5-min steps.
 */
export function minutesForRepeats(i: Intervals, repeats: number): number {
  return ceil5((repeats * (i.workSeconds + i.recoverySeconds)) / 60 + SCALED_WARM_UP_COOL_DOWN_MINUTES);
}

/**
 * The next shorter size of a quality run at `minutes` (of `s`, as planned) that still does its job, or null when it
 * is at its shortest (docs/coaching-domain.md, "Cut order": a build's quality for a race ahead is shortened, not
 * dropped): a session with intervals one repeat fewer, by the apply step's rule (`repeatsAt`, one rule for the cut,
 * the hard share and the applied plan): the least minutes that hold one repeat fewer (`minutesForRepeats`), its
 * work blocks as they are (2 × 15′ with 3′ recoveries at 50 min becomes 1 × 15′ at 35 min; 4 × (5′ + 2′) at 45
 * min 3 × 5′ at 35). Where 5-min steps cannot hold exactly one repeat fewer (blocks of less than 5 min), the next
 * size that holds fewer; where even {@link QUALITY_SHORT_MINUTES} holds all of them (8 × (2′ + 1′)), that size,
 * with all of its work and a shorter warm-up. A continuous one 5 min shorter. Never under
 * {@link QUALITY_SHORT_MINUTES}.
 */
export function shorterQuality(s: PlannedSession, minutes: number): number | null {
  const i = s.intervals;
  let next = minutes - 5;
  if (i !== undefined) {
    const r = minutes >= s.minutes ? i.repeats : repeatsAt(i, minutes);
    if (r <= 1) return null;
    next = QUALITY_SHORT_MINUTES;
    for (let k = r - 1; k >= 1; k--) {
      const m = Math.max(QUALITY_SHORT_MINUTES, minutesForRepeats(i, k));
      if (repeatsAt(i, m) < r) {
        next = m;
        break;
      }
    }
  }
  return next < QUALITY_SHORT_MINUTES || next >= minutes ? null : next;
}

function ceil5(v: number): number {
  return Math.ceil(v / 5 - 1e-9) * 5;
}

/**
 * What a marathon-type athlete's long session keeps in a taper: 60 % of itself, at least 45 and at most 75 min
 * (a 150-min long run tapers to 75, an 80-min one to 50: a taper of 41–60 % cuts the long session too, Bosquet
 * 2007, rather than leave it whole while every other session goes to a token).
 */
function taperLongKeep(minutes: number): number {
  return Math.min(75, Math.max(45, ceil5(minutes * 0.6)));
}

/**
 * The shortest a strength session is worth doing, minutes: a cut never leaves a shorter one (of two strength
 * sessions that would both go below it, one is dropped and the other kept whole). [ours: a coach's useful
 * minimum is about 20–25 min]
 */
export const STRENGTH_MIN_MINUTES = 20;

/**
 * The least a marathon or ultra athlete's long run keeps in a down week, and in a hold whose long run is above
 * its share of the week (`longRunCutShare`): the long run their race is built on stays a long run. [ours]
 */
export const LONG_RACE_LONG_RUN_MINUTES = 90;

/**
 * The shortest a session may become in a volume cut (never more than it has): below it a non-key session is
 * dropped and a key session is left at it. Every dose is a number of minutes, not a share of the session, so
 * a plan cut to its doses is not cut again when it is reviewed again (a marathon-type taper's long session aside,
 * which `taperLongKeep` takes as a share). A non-key run keeps `minRunMinutes`, strength
 * {@link STRENGTH_MIN_MINUTES}, other kinds 15 min; a session with intervals keeps its work (repeats and recoveries) and 15 min of warm-up
 * and cool-down (a taper: 35 min, with fewer repeats); a continuous hard run (a tempo) is kept whole or
 * dropped. The long run keeps 60 min (a down week 45, a taper 45); a marathon or ultra athlete's (`longRace`)
 * all of itself (a down week 80 % of it and at least 90 min, a taper `taperLongKeep`); rest, transition or illness leave it a short run.
 * A long ride or swim (`isLongSession`) keeps the same minutes as the long run would.
 */
export function usefulDose(
  s: PlannedSession,
  depth: CutDepth,
  longRace: boolean,
  minRunMinutes: number,
  zoneRpe?: ReadonlyMap<string, number>,
): number {
  const floor = s.kind === 'RUN' ? minRunMinutes : s.kind === 'STRENGTH' ? STRENGTH_MIN_MINUTES : 15;
  let dose = floor;
  if (depth !== 'DEEP' && s.kind === 'CROSS_TRAINING' && isLongSession(s, zoneRpe)) {
    // A long ride or swim keeps what a long run keeps, in its own minutes (a 150-min long ride tapers to 75).
    if (depth === 'TAPER') dose = longRace ? taperLongKeep(s.minutes) : 45;
    else if (depth === 'DOWN')
      dose = longRace ? Math.max(LONG_RACE_LONG_RUN_MINUTES, ceil5(s.minutes * 0.8)) : 45;
    else dose = longRace ? s.minutes : 60;
  } else if (depth !== 'DEEP' && s.kind === 'RUN') {
    if (s.intervals !== undefined) {
      const i = s.intervals;
      const work = ceil5((i.repeats * (i.workSeconds + i.recoverySeconds)) / 60 + WARM_UP_COOL_DOWN_MINUTES);
      dose = depth === 'TAPER' ? QUALITY_SHORT_MINUTES : Math.max(floor, work);
    } else if (isLongRun(s, zoneRpe)) {
      if (depth === 'TAPER') dose = longRace ? taperLongKeep(s.minutes) : 45;
      // A marathon or ultra athlete's down week keeps 80 % of the long run (at least 90 min): their race is
      // built on it (a 150-min long run four weeks out stays 120 min).
      else if (depth === 'DOWN')
        dose = longRace ? Math.max(LONG_RACE_LONG_RUN_MINUTES, ceil5(s.minutes * 0.8)) : 45;
      else dose = longRace ? s.minutes : 60;
    } else if (isHard(s, zoneRpe)) {
      dose = depth === 'TAPER' ? QUALITY_SHORT_MINUTES : s.minutes;
    }
  }
  return Math.min(s.minutes, Math.max(floor, dose));
}

/**
 * The share of itself the long run keeps at least when a red-readiness cut of this week (two weeks or more of red
 * readiness: `CURRENT_WEEK_RECOVERY`) takes it first: half of it. [ours: after two weeks of red readiness the long
 * run is the session that costs the most recovery; a down week's −30 % (`downLongKeep`) keeps 105 of a 150-min
 * long run, where a coach cuts it to about 75–90 min]
 */
export const RED_CUT_LONG_RUN_KEEP = 0.5;

/**
 * Where a red-readiness cut of this week takes the long run first (`FitRequest.redCut`): half of it
 * ({@link RED_CUT_LONG_RUN_KEEP}, on the 5-min grid), never under its down-week dose (`usefulDose` at DOWN: 45 min; a
 * marathon or ultra athlete's 80 % of it, 90 min at least). One function for the cut and its text.
 */
export function redCutLongRunDose(
  s: PlannedSession,
  longRace: boolean,
  minRunMinutes: number,
  zoneRpe?: ReadonlyMap<string, number>,
): { minutes: number; half: boolean } {
  const dose = usefulDose(s, 'DOWN', longRace, minRunMinutes, zoneRpe);
  const half = Math.min(s.minutes, ceil5(s.minutes * RED_CUT_LONG_RUN_KEEP));
  return half >= dose ? { minutes: half, half: true } : { minutes: dose, half: false };
}

/** The shortest warm-up and cool-down an interval session keeps when it is fitted to a short day. [convention] */
export const SHORT_WARM_UP_COOL_DOWN_MINUTES = 10;
/** The share of itself a continuous hard run (a steady run, a tempo) keeps when fitted to a short day. [convention] */
export const DAY_FIT_HARD_KEEP_SHARE = 0.8;

/**
 * The shortest a session may become to fit the athlete's time on its day (never more than `usefulDose` allows
 * a cut): a coach trims a session to the day while what is left still does its job. Intervals keep their
 * work with a shorter warm-up and cool-down ({@link SHORT_WARM_UP_COOL_DOWN_MINUTES}); a continuous hard run
 * that is not the long run keeps {@link DAY_FIT_HARD_KEEP_SHARE} of itself (45 of a 50-min steady run).
 */
export function dayFitDose(
  s: PlannedSession,
  depth: CutDepth,
  longRace: boolean,
  minRunMinutes: number,
  zoneRpe?: ReadonlyMap<string, number>,
): number {
  const dose = usefulDose(s, depth, longRace, minRunMinutes, zoneRpe);
  if (depth === 'DEEP' || s.kind !== 'RUN') return dose;
  let shorter = dose;
  if (s.intervals !== undefined) {
    const i = s.intervals;
    shorter = ceil5((i.repeats * (i.workSeconds + i.recoverySeconds)) / 60 + SHORT_WARM_UP_COOL_DOWN_MINUTES);
  } else if (!isLongRun(s, zoneRpe) && isHard(s, zoneRpe)) {
    shorter = ceil5(s.minutes * DAY_FIT_HARD_KEEP_SHARE);
  }
  return Math.min(dose, Math.max(minRunMinutes, shorter));
}

/** The share of itself an easy session keeps when a cut trims the easy running evenly. [coaching convention] */
export const EASY_KEEP_SHARE = 0.6;
/** An easy run of this many minutes or more keeps at least {@link EASY_RUN_USEFUL_MINUTES} in a trim. */
export const EASY_RUN_USUAL_MINUTES = 40;
export const EASY_RUN_USEFUL_MINUTES = 30;
/**
 * The most runs a week may have and still keep one quality session besides the long run only (`FitRequest.oneQuality`;
 * ours: a week of 4 runs is a long run, one quality session and two easy runs, the easy running a base is built on).
 */
export const ONE_QUALITY_RUNS = 4;
/**
 * Hard minutes (runs and cross-training at zone 2 or above, strength aside; an interval session's work, not its
 * warm-up, cool-down and recoveries: `hardShareMinutes`) a cut may leave in a base or general week, as a share of
 * the week: a cut that would push the share above it takes the non-key quality first. [coaching convention:
 * about 80/20 by time in base weeks, Seiler 2010]
 */
export const BASE_HARD_SHARE_MAX = 0.25;

/** An easy session of any length is a useful one at this many minutes: a long easy run can give the rest. */
export const EASY_FLOOR_MAX_MINUTES = 45;

/**
 * How far an even trim of the easy running takes an easy session (never more than it has): 60 % of it, at
 * most 45 min (a 240-min easy run is the most flexible time of a week), and a run of 40 min or more keeps
 * 30 min, a run at least `minRunMinutes`, anything else 15 min. Above it the session is still a useful run; a
 * cut that needs more first takes the non-key quality and strength, then drops a whole easy session, rather
 * than leave several token runs.
 */
export function easyFloor(s: PlannedSession, minRunMinutes: number): number {
  const least = s.kind === 'RUN' ? minRunMinutes : 15;
  let f = Math.max(least, Math.min(ceil5(s.minutes * EASY_KEEP_SHARE), EASY_FLOOR_MAX_MINUTES));
  if (s.kind === 'RUN' && s.minutes >= EASY_RUN_USUAL_MINUTES) f = Math.max(f, EASY_RUN_USEFUL_MINUTES);
  return Math.min(s.minutes, f);
}

/**
 * Minutes of hard work in a session for the week's hard share, by time in zone (the share is "about 80/20 by
 * time", Seiler 2010): hard runs and cross-training, not strength. A session with intervals counts its work
 * (repeats × work time: the warm-up, the cool-down and the recoveries are easy running), a continuous hard run
 * all of its minutes. Sara's 75-min steady blocks (3 × 10 min) had counted 75 hard minutes, and her base week of
 * two such sessions looked a third hard when 60 of its 380 minutes were (athlete21). `minutes`: the session's
 * minutes as a cut leaves them (its own when absent), with the repeats the apply step leaves it at them (`repeatsAt`:
 * a 2 × 15′ tempo cut to 35 min keeps one block, 15 hard minutes).
 */
export function hardShareMinutes(
  s: PlannedSession,
  zoneRpe?: ReadonlyMap<string, number>,
  minutes = s.minutes,
): number {
  if (s.kind === 'REST' || s.kind === 'STRENGTH' || s.kind === 'RACE' || !isHard(s, zoneRpe)) return 0;
  const i = s.intervals;
  if (i === undefined) return minutes;
  const repeats = minutes >= s.minutes ? i.repeats : repeatsAt(i, minutes);
  return Math.min(minutes, Math.round((repeats * i.workSeconds) / 60));
}
