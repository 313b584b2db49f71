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
 * Buffers reused across calls (reviews run synchronously and nothing escapes): the window's logs
 * (`windowLogs`, indexes into the sessions), which of them a planned session already claimed (`claimed`),
 * the logs by day, a list per day in window order (`dayHead`/`dayTail` per day, `dayNext` per log), and those
 * that name a planned session (`linked`, in window order). A planned session is matched against these few
 * instead of every log of the window.
 *
 * Fields of one constant object, replaced only to grow (never in the bench's reviews): the optimising
 * compiler then embeds each typed array in the code, where a module-level `let` was loaded from its context
 * and re-checked at every access in the loops.
 */
const buf = {
  claimed: new Uint8Array(64),
  windowLogs: new Int32Array(64),
  dayHead: new Int32Array(32),
  dayTail: new Int32Array(32),
  dayNext: new Int32Array(64),
  linked: new Int32Array(64),
};

/**
 * Matches each planned session of the published plans (past weeks and this one) in the window to its log:
 * the log that names it (`plannedSessionId`), else an unlinked log of the same kind on its day with at least
 * `completedShare` of its minutes. `sessionDay[i]` is the day of `input.sessions[i]` for the `recentCount`
 * indices in `recent` (the logs of the compliance horizon, which covers the window).
 *
 * The flag (our rule): at least `minEasyRuns` easy runs matched, at least `minShare` of them logged `minGap`
 * or more points above the plan, in at least `minWeeks` calendar weeks. A point either way is ordinary
 * scatter of a rating and never counts.
 */
export function effortVsPlan(
  input: ReviewInput,
  sessionDay: Int32Array,
  recent: Int32Array,
  recentCount: number,
  reviewDay: number,
  config: EngineConfig['effort'],
  completedShare: number,
): EffortVsPlan {
  const past = input.pastWeekPlans;
  const current = input.currentWeekPlan;
  if ((past === undefined || past.length === 0) && current === undefined) return NO_EFFORT_VS_PLAN;
  const from = reviewDay - config.windowDays + 1;
  const sessions = input.sessions;
  if (buf.windowLogs.length < recentCount) {
    buf.windowLogs = new Int32Array(recentCount * 2);
    buf.claimed = new Uint8Array(recentCount * 2);
    buf.dayNext = new Int32Array(recentCount * 2);
    buf.linked = new Int32Array(recentCount * 2);
  }
  const nDays = reviewDay - from + 1;
  if (buf.dayHead.length < nDays) {
    buf.dayHead = new Int32Array(nDays * 2);
    buf.dayTail = new Int32Array(nDays * 2);
  }
  const { claimed, windowLogs, dayHead, dayTail, dayNext, linked } = buf;
  for (let k = 0; k < nDays; k++) dayHead[k] = -1;
  let nLogs = 0;
  let nLinked = 0;
  for (let k = 0; k < recentCount; k++) {
    const i = recent[k];
    const d = sessionDay[i];
    if (d < from) continue;
    const j = nLogs++;
    windowLogs[j] = i;
    claimed[j] = 0;
    if (sessions[i].plannedSessionId !== undefined) linked[nLinked++] = j;
    // The recent logs are those not after the review date, so `d − from` is a day of the window.
    const slot = d - from;
    dayNext[j] = -1;
    if (dayHead[slot] < 0) dayHead[slot] = j;
    else dayNext[dayTail[slot]] = j;
    dayTail[slot] = j;
  }
  if (nLogs === 0) return NO_EFFORT_VS_PLAN;
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
        if (claimed[j] === 0 && sessions[windowLogs[j]].plannedSessionId === ps.id) {
          match = j;
          break;
        }
      }
      if (match < 0) {
        for (let j = dayHead[d - from]; j >= 0; j = dayNext[j]) {
          const s = sessions[windowLogs[j]];
          if (
            claimed[j] === 0 &&
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
      claimed[match] = 1;
      const log = sessions[windowLogs[match]];
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
          const week = Math.floor((nextMonday - 1 - sessionDay[windowLogs[match]]) / 7);
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
