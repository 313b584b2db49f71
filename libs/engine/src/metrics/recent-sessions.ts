import { toDayNumber } from '../dates/local-date';
import type { LoggedSession } from '../types';

/**
 * Days before the review date that `RecentSessions` covers: the compliance horizon of the metrics scan (six
 * weeks), which covers every later look at the last weeks (the regular sessions and the usual run week look
 * back to the Monday four weeks before next week, the longest recent run 28 days).
 */
export const RECENT_SESSION_DAYS = 7 * 6;

/**
 * The logged sessions of the last weeks, in input order, with their days: the sessions from `from`
 * (`to − RECENT_SESSION_DAYS`) to `to` (the review date), both included. The metrics scan, which reads every
 * session of the athlete's history once, lists them as it goes, so that the planning steps that only look
 * at the last weeks (`regularSessions`, `usualRunWeek`, `longestRecentRun`) read these few instead of
 * passing over the whole history again.
 */
export interface RecentSessions {
  /** First day listed (`to − RECENT_SESSION_DAYS`). */
  readonly from: number;
  /** Last day listed: the review date. */
  readonly to: number;
  /** The sessions, in input order. */
  readonly sessions: readonly LoggedSession[];
  /** `days[k]` is the day of `sessions[k]` (its `day`, or its date's day number). */
  readonly days: readonly number[];
  /**
   * The day of the last session listed (−Infinity: none in the weeks listed): read once here, for every rule that
   * asks when the athlete last logged one (the silence, the re-entry gap, the last week trained, the reach-out).
   */
  readonly lastDay: number;
}

/**
 * The same list from a pass over `sessions` (for a caller without the metrics state; the review takes the
 * list from `computeMetricsState`, and a test checks that the two agree).
 */
export function recentSessionsOf(sessions: readonly LoggedSession[], reviewDay: number): RecentSessions {
  const from = reviewDay - RECENT_SESSION_DAYS;
  const list: LoggedSession[] = [];
  const days: number[] = [];
  let lastDay = -Infinity;
  for (const s of sessions) {
    const d = s.day ?? toDayNumber(s.date as string);
    if (d < from || d > reviewDay) continue;
    list.push(s);
    days.push(d);
    if (d > lastDay) lastDay = d;
  }
  return { from, to: reviewDay, sessions: list, days, lastDay };
}
