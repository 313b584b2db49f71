import type { EngineConfig } from '../config/engine-config';
import { weekdayOf, toDayNumber } from '../dates/local-date';
import { effortToRpe } from '../intensity/intensity-distribution';
import type { ReviewInput, WeekPlan } from '../types';

/**
 * Logged session RPE against the effort the published plan asked for (Foster 2001: session RPE is the
 * athlete's rating of the whole session), over the logs of the last `windowDays` that fulfil a planned
 * session. Sums, so that the text can say the real numbers; `flag` is the rule (see `effortVsPlan`).
 */
export class EffortVsPlan {
  constructor(
    /** Planned easy runs (effort at or below `easyMaxRpe`) with a log: count, planned and logged RPE sums. */
    readonly easyRuns: number,
    readonly easyPlannedSum: number,
    readonly easyLoggedSum: number,
    /** Of them, logged at least `minGap` points above the plan. */
    readonly easyAbove: number,
    readonly easyLoggedMin: number,
    readonly easyLoggedMax: number,
    /** Calendar weeks with an easy run logged at least `minGap` points above the plan. */
    readonly weeksAbove: number,
    /** Planned hard sessions (effort ≥ 7 or hard intervals) with a log: count, planned and logged RPE sums. */
    readonly hardSessions: number,
    readonly hardPlannedSum: number,
    readonly hardLoggedSum: number,
    /** Every matched session (races left out) at its logged minutes: the load its planned effort stands for, and the logged load. */
    readonly plannedLoad: number,
    readonly loggedLoad: number,
    readonly flag: boolean,
  ) {}
}

export const NO_EFFORT_VS_PLAN = new EffortVsPlan(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);

/**
 * The logs of the last weeks indexed by day (the metrics' session scan builds it once for the review): `head[d −
 * from]` is the first log (an index into the sessions) of day `d`, −1 for none, `next[i]` the log after `i` on its
 * day (input order), −1 at the end; `linked[0, linkedCount)` are the logs that name a planned session
 * (`plannedSessionId`), in input order. Only logs up to the review date are in it.
 */
export interface LogDayIndex {
  readonly from: number;
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly linked: Int32Array;
  readonly linkedCount: number;
}

/**
 * Which logs a planned session already claimed (by session index; reviews run synchronously and nothing escapes):
 * a log is claimed in this call when its entry is the call's stamp (`stamp`, a new one each call), so nothing is
 * cleared (a loop over the window's logs storing 0 into each cost ~800 instructions a review). The field of a
 * constant object, replaced only to grow (a new buffer is all 0, below every stamp).
 */
const buf = { claimed: new Int32Array(1024), stamp: 0 };

/**
 * Matches each planned session of the published plans (past weeks and this one) in the window to its log:
 * the log that names it (`plannedSessionId`), else an unlinked log of the same kind on its day with at least
 * `completedShare` of its minutes. `sessionDay[i]` is the day of `input.sessions[i]` for the logs of `index`
 * (the compliance horizon's, which covers the window); a planned session is matched against these few logs
 * instead of every log of the window.
 *
 * The flag (our rule): at least `minEasyRuns` easy runs matched, at least `minShare` of them logged `minGap`
 * or more points above the plan, in at least `minWeeks` calendar weeks. A point either way is ordinary
 * scatter of a rating and never counts.
 */
export function effortVsPlan(
  input: ReviewInput,
  sessionDay: Int32Array,
  index: LogDayIndex,
  reviewDay: number,
  config: EngineConfig['effort'],
  completedShare: number,
): EffortVsPlan {
  const past = input.pastWeekPlans;
  const current = input.currentWeekPlan;
  if ((past === undefined || past.length === 0) && current === undefined) return NO_EFFORT_VS_PLAN;
  const from = reviewDay - config.windowDays + 1;
  const sessions = input.sessions;
  const { head, next, linked, from: indexFrom } = index;
  const nLinked = index.linkedCount;
  // No log in the window: nothing to match.
  let anyLog = false;
  for (let d = Math.max(from, indexFrom); d <= reviewDay && !anyLog; d++) anyLog = head[d - indexFrom] >= 0;
  if (!anyLog) return NO_EFFORT_VS_PLAN;
  if (buf.claimed.length < sessions.length) buf.claimed = new Int32Array(sessions.length * 2);
  // This call's stamp: the window's logs are none of them claimed yet (every entry is an earlier call's, or 0).
  // Past 2^31 − 1 calls the buffer starts again from zeros.
  if (buf.stamp === 0x7fffffff) {
    buf.claimed = new Int32Array(buf.claimed.length);
    buf.stamp = 0;
  }
  const stamp = ++buf.stamp;
  const { claimed } = buf;
  const nextMonday = reviewDay - weekdayOf(reviewDay) + 7;
  let easyRuns = 0;
  let easyPlannedSum = 0;
  let easyLoggedSum = 0;
  let easyAbove = 0;
  let easyLoggedMin = Infinity;
  let easyLoggedMax = -Infinity;
  let weekBits = 0;
  let hardSessions = 0;
  let hardPlannedSum = 0;
  let hardLoggedSum = 0;
  let plannedLoad = 0;
  let loggedLoad = 0;
  // The past plans, then this week's (read in place: a list of them pushed plan by plan was grown from empty).
  const nPast = past === undefined ? 0 : past.length;
  const nPlans = nPast + (current === undefined ? 0 : 1);
  for (let p = 0; p < nPlans; p++) {
    const plan = (p < nPast ? (past as readonly WeekPlan[])[p] : current) as WeekPlan;
    const ws = toDayNumber(plan.weekStart);
    if (ws + 6 < from || ws > reviewDay) continue;
    for (const ps of plan.sessions) {
      if (ps.kind === 'REST' || ps.kind === 'RACE') continue;
      const d = ws + ps.day;
      if (d < from || d > reviewDay) continue;
      // The first unclaimed log (in window order) that names it, else the first unclaimed unlinked log of
      // its day and kind with enough minutes.
      let match = -1;
      for (let q = 0; q < nLinked; q++) {
        const j = linked[q];
        if (sessionDay[j] >= from && claimed[j] !== stamp && sessions[j].plannedSessionId === ps.id) {
          match = j;
          break;
        }
      }
      if (match < 0 && d >= indexFrom) {
        for (let j = head[d - indexFrom]; j >= 0; j = next[j]) {
          const s = sessions[j];
          if (
            claimed[j] !== stamp &&
            s.plannedSessionId === undefined &&
            s.kind === ps.kind &&
            s.minutes >= completedShare * ps.minutes
          ) {
            match = j;
            break;
          }
        }
      }
      if (match < 0) continue;
      claimed[match] = stamp;
      const log = sessions[match];
      const planned = effortToRpe(ps.effort);
      plannedLoad += log.minutes * planned;
      loggedLoad += log.minutes * log.rpe;
      if (ps.kind !== 'RUN') continue;
      const hardIntervals = ps.intervals !== undefined && effortToRpe(ps.intervals.workEffort) >= 7;
      if (planned <= config.easyMaxRpe && !hardIntervals) {
        easyRuns++;
        easyPlannedSum += planned;
        easyLoggedSum += log.rpe;
        if (log.rpe < easyLoggedMin) easyLoggedMin = log.rpe;
        if (log.rpe > easyLoggedMax) easyLoggedMax = log.rpe;
        if (log.rpe - planned >= config.minGap) {
          easyAbove++;
          const week = Math.floor((nextMonday - 1 - sessionDay[match]) / 7);
          if (week >= 0 && week < 31) weekBits |= 1 << week;
        }
      } else if (planned >= 7 || hardIntervals) {
        hardSessions++;
        hardPlannedSum += planned;
        hardLoggedSum += log.rpe;
      }
    }
  }
  let weeksAbove = 0;
  for (let b = weekBits; b !== 0; b &= b - 1) weeksAbove++;
  const flag =
    easyRuns >= config.minEasyRuns &&
    easyAbove >= config.minShare * easyRuns &&
    weeksAbove >= config.minWeeks;
  return new EffortVsPlan(
    easyRuns,
    easyPlannedSum,
    easyLoggedSum,
    easyAbove,
    easyRuns > 0 ? easyLoggedMin : 0,
    easyRuns > 0 ? easyLoggedMax : 0,
    weeksAbove,
    hardSessions,
    hardPlannedSum,
    hardLoggedSum,
    plannedLoad,
    loggedLoad,
    flag,
  );
}
