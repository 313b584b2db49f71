import { toDayNumber, weekdayOf } from '../dates/local-date';
import type { RecentSessions } from '../metrics/recent-sessions';
import type { CrossTrainingSport, Effort, ReviewInput, WeekPlan, Weekday } from '../types';
import { plannedLongRunIds } from './long-run';

/** A strength or cross-training session the athlete does on the same weekday most weeks. */
export interface RegularSession {
  readonly day: Weekday;
  readonly kind: 'STRENGTH' | 'CROSS_TRAINING';
  readonly minutes: number;
  readonly effort: Effort;
  readonly purpose: string;
  /** CROSS_TRAINING only: the sport the plans gave it, else the one its purpose names (OTHER when none). */
  readonly sport?: CrossTrainingSport;
}

/**
 * The sport a cross-training purpose names: "Spin bike 45'", "Easy ride", "Turbo" → BIKE, "Swim technique" →
 * SWIM; undefined when it names none.
 */
export function sportOfPurpose(purpose: string): CrossTrainingSport | undefined {
  if (/swim|pool/i.test(purpose)) return 'SWIM';
  if (/bike|ride|cycl|turbo|spin|trainer/i.test(purpose)) return 'BIKE';
  return undefined;
}

/**
 * Weeks looked at (the usual run week's, `setRunWeeks`), and in how many of them the session must have been logged:
 * 3 of 4, scaled to the weeks actually read when a blank, event or illness week found none to take its place within
 * `RUN_LOOKBACK_WEEKS` (`regularWeeksNeeded`). [ours]
 */
const WEEKS = 4;
const MIN_WEEKS = 3;
/** The fewest weeks a regular session is logged in, however few weeks are read. [ours] */
const MIN_WEEKS_FLOOR = 2;
/**
 * The usual run week's weeks are the last `WEEKS` calendar weeks that were not unusual (`setRunWeeks`), looked for this far back
 * (the recent sessions' six weeks, `RECENT_SESSION_DAYS`). [ours]
 */
export const RUN_LOOKBACK_WEEKS = 6;
/** The lowest RPE of zone 3 (docs/coaching-domain.md §3, Seiler: RPE 7–10): a run this hard is no long run. */
const ZONE3_RPE = 7;

const DEFAULT_PURPOSE = { STRENGTH: 'Strength', CROSS_TRAINING: 'Cross-training' } as const;

/**
 * The median of a short list, its first `n` values (all by default), sorted in place, ascending: an insertion sort,
 * no comparator call.
 */
function median(values: number[] | Float64Array, n = values.length): number {
  for (let i = 1; i < n; i++) {
    const x = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > x; j--) values[j + 1] = values[j];
    values[j + 1] = x;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/** Number of bits set. */
function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/**
 * What one pass over the last weeks' sessions (`scanRecentWeeks`) leaves for `regularSessions` and `usualRunWeek`,
 * reused across calls (reviews run synchronously and nothing escapes): for the regular sessions, the weeks each
 * kind and weekday was logged in (one bit a week; strength at `day`, cross-training at 7 + `day`) and the kinds and
 * weekdays in the order first seen (`order`, the first `orderCount`; at most 14, a review has a handful); for the
 * usual run week, the longest run's minutes and whether a hard run was on each day of the weeks looked at (week w,
 * weekday d at `w * 7 + d`), and its counts: the runs of each week with a run (`counts`, the first `weeksRun`), and
 * per weekday the weeks with a run, with the week's long run and with a hard run on it (array literals and lists
 * grown by `push` were copies and allocations every review).
 */
const recentWeekScan = {
  weeks: new Int32Array(14),
  order: new Int32Array(14),
  orderCount: 0,
  /** The longest run's minutes of each day, read only where `runBits` has the day's bit (not cleared). */
  mins: new Float64Array(WEEKS * 7),
  /** Bit `w * 7 + d`: a run of more than 0 min on weekday d of week w (its minutes in `mins`). */
  runBits: 0,
  /** Bit `w * 7 + d`: a hard run (RPE ≥ 6) on weekday d of week w. */
  hardBits: 0,
  /** Bit `w * 7 + d`: a run in zone 3 (RPE ≥ 7, Seiler's 3-zone model) on weekday d of week w: no long run. */
  zone3Bits: 0,
  /** Bit `w * 7 + d`: a race on weekday d of week w: a run of its week, never its long run nor its quality. */
  raceBits: 0,
  /**
   * Bit `w * 7 + d`: a run on weekday d of week w logged against a planned long run (`plannedLongRun`): its week's
   * long run at any length (its minutes: the day's longest such run, in `longMins`).
   */
  longBits: 0,
  longMins: new Float64Array(WEEKS * 7),
  counts: new Float64Array(WEEKS),
  /** The run grid's week (0: the oldest of `WEEKS`) of each week back from next week (0: this week), −1: not read. */
  slotOf: new Int32Array(RUN_LOOKBACK_WEEKS),
  /** Bit w: the grid's week w is one of the last `WEEKS` calendar weeks (its long run's length counts). */
  lastSlots: 0,
  dayWeeks: new Int32Array(7),
  longWeeks: new Int32Array(7),
  hardWeeks: new Int32Array(7),
};

/**
 * The published plans' long-run ids (`plannedLongRunIds`), gathered at a scan's first linked run (-1: not yet) and
 * looked through for each: `plannedLongRun` had scanned every plan's sessions for every linked run of the grid.
 */
const longIds: string[] = [];
let longIdCount = -1;

/** `plannedLongRun(input, id)`, from the ids gathered for this scan. */
function isPlannedLongRun(input: ReviewInput, id: string): boolean {
  if (longIdCount < 0) longIdCount = plannedLongRunIds(input, longIds);
  for (let i = 0; i < longIdCount; i++) if (longIds[i] === id) return true;
  return false;
}

/**
 * One pass over the last weeks' sessions (the metrics scan's `recent`) of the weeks `setRunWeeks` chose (`from`: four
 * calendar weeks before next week) to the review date, for `regularSessions` (`others`: its strength and
 * cross-training sessions) and `usualRunWeek` (`runs`: its runs), into `recentWeekScan`. The review asks for both (`recentWeeks`): one pass, where
 * each had read every recent session again.
 */
function scanRecentWeeks(
  input: ReviewInput,
  from: number,
  recent: RecentSessions,
  runs: boolean,
  others: boolean,
): void {
  const review = recent.to;
  const { weeks, order, mins, longMins, slotOf } = recentWeekScan;
  // Next week's start (`from` is four weeks before it), and the first day a run is read from: the oldest week the
  // run grid reads (`runWeeks`).
  const next = from + 7 * WEEKS;
  let runFrom = next;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) if (slotOf[k] >= 0) runFrom = next - 7 * (k + 1);
  let orderCount = 0;
  // The plans' long-run ids are this review's: gathered again at the first linked run.
  longIdCount = -1;
  // Cleared here (loops: `fill` is a call into the runtime). The run grid is two bit sets of its 28 days (a
  // day's minutes are written when its bit is first set), where 56 stores cleared it.
  if (others) for (let i = 0; i < 14; i++) weeks[i] = 0;
  let runBits = 0;
  let hardBits = 0;
  let zone3Bits = 0;
  let raceBits = 0;
  let longBits = 0;
  const { sessions, days } = recent;
  const start = runFrom < from ? runFrom : from;
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k];
    if (d < start || d > review) continue;
    const s = sessions[k];
    const kind = s.kind;
    // A race is a run of the week too (Lea's Sunday 10 km: three runs that week, not two).
    if (kind === 'RUN' || kind === 'RACE') {
      if (!runs) continue;
      // Past the grid (a review date after next week's start, from a caller of `usualRunWeek`): not read.
      if (d >= next) continue;
      // The run's week back from next week, and its place in the grid (its week's slot, −1: a week not read).
      const slot = slotOf[((next - 1 - d) / 7) | 0];
      if (slot < 0) continue;
      const at = slot * 7 + weekdayOf(d);
      const bit = 1 << at;
      if ((runBits & bit) === 0) {
        if (s.minutes > 0) {
          mins[at] = s.minutes;
          runBits |= bit;
        }
      } else if (s.minutes > mins[at]) mins[at] = s.minutes;
      // A race counts as a run of its week, not as a long run or a quality session: its length and effort are the
      // race's (a 215-min marathon had become the draft's usual long run; diff review).
      if (kind === 'RACE') raceBits |= bit;
      else {
        if (s.rpe >= 6) hardBits |= bit;
        if (s.rpe >= ZONE3_RPE) zone3Bits |= bit;
        const id = s.plannedSessionId;
        if (id !== undefined && s.minutes > 0 && isPlannedLongRun(input, id)) {
          if ((longBits & bit) === 0 || s.minutes > longMins[at]) longMins[at] = s.minutes;
          longBits |= bit;
        }
      }
    } else if (others && d < next && (kind === 'STRENGTH' || kind === 'CROSS_TRAINING')) {
      // Read over the run grid's weeks: a week a silence left blank or a life event cut is not the athlete's usual
      // week for their strength either (Henrik, lifting twice a week, silent for a week: drafted no strength and the
      // whole week in running; coach read of the demo club, next Monday).
      const week = slotOf[((next - 1 - d) / 7) | 0];
      if (week < 0) continue;
      const slot = (kind === 'STRENGTH' ? 0 : 7) + weekdayOf(d);
      if (weeks[slot] === 0) order[orderCount++] = slot;
      weeks[slot] |= 1 << week;
    }
  }
  recentWeekScan.orderCount = orderCount;
  if (runs) {
    recentWeekScan.runBits = runBits;
    recentWeekScan.hardBits = hardBits;
    recentWeekScan.zone3Bits = zone3Bits;
    recentWeekScan.raceBits = raceBits;
    recentWeekScan.longBits = longBits;
  }
}

/**
 * The weeks the usual run week reads (`recentWeekScan.slotOf`): the last `WEEKS` calendar weeks to this week that are
 * not left out (`unusualWeeks`, bit k: the week k weeks before next week's, 0 this week; not down weeks of training: the
 * review leaves out a week with nothing logged and one a life event or an illness covers), within `RUN_LOOKBACK_WEEKS`: a week a silence left blank
 * or a life event cut is not the athlete's usual week (Lea, silent for a week after a work-stress week, had been
 * drafted two runs with the long run on a Tuesday, the shape of the weeks the silence and the event emptied; coach
 * read of the demo club). With fewer than 2 such weeks, the last `WEEKS` weeks as they were. Oldest first in the
 * grid, so that the latest week still wins a tie.
 */
function setRunWeeks(unusualWeeks: number): void {
  const { slotOf } = recentWeekScan;
  let ordinary = 0;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) if (((unusualWeeks >> k) & 1) === 0) ordinary++;
  const skip = ordinary >= 2 ? unusualWeeks : 0;
  let n = 0;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) {
    slotOf[k] = -1;
    if (n < WEEKS && ((skip >> k) & 1) === 0) slotOf[k] = n++;
  }
  // (Numbered latest first above: the grid's week 0 is the oldest read.)
  let last = 0;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) {
    if (slotOf[k] < 0) continue;
    slotOf[k] = WEEKS - 1 - slotOf[k];
    if (k < WEEKS) last |= 1 << slotOf[k];
  }
  recentWeekScan.lastSlots = last;
}

/** The athlete's regular sessions and usual running week (`regularSessions`, `usualRunWeek`) from one pass. */
export function recentWeeks(
  input: ReviewInput,
  nextWeekStart: number,
  longRaceMinutes: number,
  recent: RecentSessions,
  unusualWeeks = 0,
): { readonly regular: RegularSession[]; readonly usual: UsualRunWeek | undefined } {
  const from = nextWeekStart - 7 * WEEKS;
  setRunWeeks(unusualWeeks);
  scanRecentWeeks(input, from, recent, true, true);
  return {
    regular: regularOfScan(input, nextWeekStart, recent),
    usual: usualOfScan(input, recent.to, longRaceMinutes),
  };
}

/**
 * The athlete's regular non-run sessions (strength, cross-training): a kind logged on the same weekday in at
 * least 3 of the 4 weeks the usual run week reads (`setRunWeeks`: the last 4 to the review date that are not
 * `unusualWeeks`; 2 when only 3 or 2 such weeks are found: `regularWeeksNeeded`). Each keeps the athlete's usual minutes (median,
 * to 5 min) and effort (median RPE) and the purpose the plans gave it. The engine's own draft keeps them:
 * they are part of the athlete's week, not filler to be replaced by running.
 */
export function regularSessions(
  input: ReviewInput,
  nextWeekStart: number,
  recent: RecentSessions,
  unusualWeeks = 0,
): RegularSession[] {
  setRunWeeks(unusualWeeks);
  scanRecentWeeks(input, nextWeekStart - 7 * WEEKS, recent, false, true);
  return regularOfScan(input, nextWeekStart, recent);
}

/**
 * In how many of the weeks read (`slotOf`) a regular session must have been logged: 3 of 4, the same share of fewer
 * (rounded down, at least 2: 2 of 3, 2 of 2). Lea's Monday and Thursday strength, in 2 of the 3 weeks her silence
 * and work-stress weeks left to read, had been dropped by a "3 weeks" count fixed for 4 (coach read of the demo
 * club, next Monday).
 */
function regularWeeksNeeded(slotOf: Int32Array): number {
  let read = 0;
  for (let k = 0; k < RUN_LOOKBACK_WEEKS; k++) if (slotOf[k] >= 0) read++;
  return Math.max(MIN_WEEKS_FLOOR, Math.floor((read * MIN_WEEKS) / WEEKS));
}

/**
 * `regularSessions` from the scan's weeks and order. The last weeks' sessions are few (the metrics scan listed
 * them, see `RecentSessions`); their minutes and efforts are gathered only for the few logged in enough weeks
 * (most are not, and lists for each had been built for nothing).
 */
function regularOfScan(input: ReviewInput, next: number, recent: RecentSessions): RegularSession[] {
  const review = recent.to;
  const { weeks, order, orderCount, slotOf } = recentWeekScan;
  const { sessions, days } = recent;
  const out: RegularSession[] = [];
  if (orderCount === 0) return out;
  const need = regularWeeksNeeded(slotOf);
  let plans: WeekPlan[] | null = null;
  for (let o = 0; o < orderCount; o++) {
    const slot = order[o];
    if (bitCount(weeks[slot]) < need) continue;
    const kind: RegularSession['kind'] = slot < 7 ? 'STRENGTH' : 'CROSS_TRAINING';
    const day = (slot < 7 ? slot : slot - 7) as Weekday;
    const minutes: number[] = [];
    const rpe: number[] = [];
    const ids: string[] = [];
    for (let k = 0; k < sessions.length; k++) {
      const s = sessions[k];
      const d = days[k];
      if (s.kind !== kind || d >= next || d > review || weekdayOf(d) !== day) continue;
      const back = ((next - 1 - d) / 7) | 0;
      if (back >= RUN_LOOKBACK_WEEKS || slotOf[back] < 0) continue;
      minutes.push(s.minutes);
      rpe.push(s.rpe);
      if (s.plannedSessionId !== undefined) ids.push(s.plannedSessionId);
    }
    let purpose: string = DEFAULT_PURPOSE[kind];
    let sport: CrossTrainingSport | undefined;
    plans ??= [...(input.pastWeekPlans ?? []), ...(input.currentWeekPlan ? [input.currentWeekPlan] : [])];
    for (const p of plans) {
      const x = p.sessions.find((ps) => ids.includes(ps.id) || (ps.kind === kind && ps.day === day));
      if (x) {
        purpose = x.purpose;
        sport = x.kind === 'CROSS_TRAINING' ? x.sport : undefined;
      }
    }
    const session = {
      day,
      kind,
      minutes: Math.max(5, Math.round(median(minutes) / 5) * 5),
      effort: { type: 'RPE', value: Math.round(median(rpe)) } as const,
      purpose,
    };
    out.push(
      kind === 'CROSS_TRAINING'
        ? { ...session, sport: sport ?? sportOfPurpose(purpose) ?? 'OTHER' }
        : session,
    );
  }
  out.sort((a, b) => a.day - b.day);
  return out;
}

/** The shape of the athlete's recent running weeks: what the engine's own draft starts from. */
export interface UsualRunWeek {
  /** Runs per week (median over the weeks with a run). */
  readonly runsPerWeek: number;
  /** Weekdays with a run in at least half of those weeks (and at least 2). */
  readonly runDays: readonly Weekday[];
  /**
   * The weekday the week's long run was on most often (the latest week wins a tie); −1 = no long run. A week's long
   * run is its longest run logged against a planned long run, at any length; in a week without one, its longest run
   * if 60 min or more (`LONG_RUN_MINUTES`; not a zone-3 session when a run of that length under zone 3 was run).
   */
  readonly longDay: number;
  /**
   * The longest weekly long run of the last 4 calendar weeks among those read, minutes (0 when none: a week read from
   * further back, in place of a blank or event week, gives `longDay` but not the length). A race is never it.
   */
  readonly longMinutes: number;
  /** Weekdays of a hard run (RPE ≥ 6, not the week's longest) in at least 2 of those weeks. */
  readonly qualityDays: readonly Weekday[];
  /** The next A or B race is a marathon-type effort: the long run keeps its purpose. */
  readonly longRace: boolean;
}

/**
 * The weekdays of each set of them (bit `d` set: weekday `d`), in weekday order: one shared, never-written list per
 * set (`UsualRunWeek`'s lists are read only), where two lists grown by `push` were allocated every review. Pushed,
 * so that each is packed, as the lists grown by `push` were.
 */
const DAYS_OF_MASK: readonly (readonly Weekday[])[] = (() => {
  const out: Weekday[][] = [];
  for (let mask = 0; mask < 128; mask++) {
    const days: Weekday[] = [];
    for (let d = 0; d < 7; d++) if ((mask & (1 << d)) !== 0) days.push(d as Weekday);
    out.push(days);
  }
  return out;
})();

/** A run this long or more is a long run, in a week with no run logged against a planned long run. [ours] */
const LONG_RUN_MINUTES = 60;

/**
 * The athlete's usual running week over the 4 weeks `setRunWeeks` reads (the last 4 to the review date that are not
 * `unusualWeeks`: blank, event or illness weeks, not down weeks of training), or undefined with fewer than 2 weeks of
 * running: their run days, long-run day and length and their quality days. A race counts as a run of its week, never
 * as its long run or a quality day.
 */
export function usualRunWeek(
  input: ReviewInput,
  nextWeekStart: number,
  longRaceMinutes: number,
  recent: RecentSessions,
  unusualWeeks = 0,
): UsualRunWeek | undefined {
  const from = nextWeekStart - 7 * WEEKS;
  setRunWeeks(unusualWeeks);
  scanRecentWeeks(input, from, recent, true, false);
  return usualOfScan(input, recent.to, longRaceMinutes);
}

/** `usualRunWeek` from the scan's grid (the review date `review`). */
function usualOfScan(input: ReviewInput, review: number, longRaceMinutes: number): UsualRunWeek | undefined {
  const {
    mins,
    longMins,
    runBits,
    hardBits,
    zone3Bits,
    raceBits,
    longBits,
    counts,
    dayWeeks,
    longWeeks,
    hardWeeks,
  } = recentWeekScan;
  const lastSlots = recentWeekScan.lastSlots;
  for (let d = 0; d < 7; d++) {
    dayWeeks[d] = 0;
    longWeeks[d] = 0;
    hardWeeks[d] = 0;
  }
  let weeksRun = 0;
  let longMinutes = 0;
  let longDay = -1;
  // Each week's days from its bits, lowest weekday first (as a loop over the weekdays took them).
  for (let w = 0; w < WEEKS; w++) {
    const at = w * 7;
    const days = (runBits >>> at) & 127;
    if (days === 0) continue;
    let n = 0;
    let top = -1;
    // The longest run under zone 3 too: a long run is not a zone-3 session, so a week whose longest run was one
    // (Lea's 71-min race-specific Tuesday at RPE 8 beside her 65-min Sunday long run) has its long run on the day of
    // its longest run under zone 3 of long-run length, and the hard one counts as quality (a long run at RPE 6, zone
    // 2, stays the long run: Aroha's 118-min Sunday).
    let easyTop = -1;
    const hard = (zone3Bits >>> at) & 127;
    const race = (raceBits >>> at) & 127;
    for (let m = days; m !== 0; m &= m - 1) {
      const d = 31 - Math.clz32(m & -m);
      n++;
      dayWeeks[d]++;
      if (((race >> d) & 1) !== 0) continue;
      if (top < 0 || mins[at + d] >= mins[at + top]) top = d;
      if (((hard >> d) & 1) === 0 && (easyTop < 0 || mins[at + d] >= mins[at + easyTop])) easyTop = d;
    }
    if (top >= 0 && ((hard >> top) & 1) !== 0 && easyTop >= 0 && mins[at + easyTop] >= LONG_RUN_MINUTES)
      top = easyTop;
    // A run logged against a planned long run is the week's long run at any length (the longest such run): the plan
    // says which run was the long run, and a short one is still the athlete's long run (Maya's Sundays of 53–57 min
    // beside her 60-min planned long runs had left her usual week without one, and her draft without a Sunday long
    // run; Hanna's 80-min Tuesday intervals had made Tuesday her long-run day beside her Sunday long runs).
    const linked = (longBits >>> at) & 127;
    let planned = -1;
    for (let m = linked; m !== 0; m &= m - 1) {
      const d = 31 - Math.clz32(m & -m);
      if (planned < 0 || longMins[at + d] >= longMins[at + planned]) planned = d;
    }
    if (planned >= 0) top = planned;
    counts[weeksRun++] = n;
    for (let m = (hardBits >>> at) & 127 & ~(top >= 0 ? 1 << top : 0); m !== 0; m &= m - 1)
      hardWeeks[31 - Math.clz32(m & -m)]++;
    // (A week whose only runs were races has no long run.)
    if (top < 0) continue;
    const topMinutes = planned >= 0 ? longMins[at + top] : mins[at + top];
    if (planned < 0 && topMinutes < LONG_RUN_MINUTES) continue;
    longWeeks[top]++;
    // Its length only from the last 4 calendar weeks: what the athlete runs now, which a build keeps whatever the
    // long-run cap says (an older week read in place of a down week says on which day, not how long).
    if (topMinutes > longMinutes && ((lastSlots >> w) & 1) !== 0) longMinutes = topMinutes;
    if (longDay < 0 || longWeeks[top] >= longWeeks[longDay]) longDay = top;
  }
  if (weeksRun < 2) return undefined;
  const need = Math.max(2, Math.ceil(weeksRun / 2));
  let runMask = 0;
  let qualityMask = 0;
  for (let d = 0; d < 7; d++) {
    if (dayWeeks[d] >= need) runMask |= 1 << d;
    if (hardWeeks[d] >= 2) qualityMask |= 1 << d;
  }
  const runDays = DAYS_OF_MASK[runMask];
  const qualityDays = DAYS_OF_MASK[qualityMask];
  let longRace = false;
  for (const r of input.races ?? []) {
    if (r.priority !== 'C' && r.expectedMinutes >= longRaceMinutes && toDayNumber(r.date) >= review)
      longRace = true;
  }
  return {
    runsPerWeek: Math.round(median(counts, weeksRun)),
    runDays,
    longDay,
    longMinutes: Math.round(longMinutes / 5) * 5,
    qualityDays,
    longRace,
  };
}
