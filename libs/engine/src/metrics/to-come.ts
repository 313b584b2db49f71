import type { PlannedSession } from '../types';

/**
 * What the athlete logged this week up to the review date, as far as what is still to come goes: the planned
 * sessions logged against, and whether anything was logged on the review date itself.
 */
export interface LoggedThisWeek {
  readonly linked: ReadonlySet<string>;
  readonly today: boolean;
}

/**
 * `LoggedThisWeek` from logged sessions and their days (`days[k]` is the day of `sessions[k]`), this week being
 * `monday` to `reviewDay`.
 */
export function loggedThisWeek(
  sessions: readonly { readonly plannedSessionId?: string }[],
  days: ArrayLike<number>,
  monday: number,
  reviewDay: number,
): LoggedThisWeek {
  const linked = new Set<string>();
  let today = false;
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k];
    if (d < monday || d > reviewDay) continue;
    const id = sessions[k].plannedSessionId;
    if (id !== undefined) linked.add(id);
    if (d === reviewDay) today = true;
  }
  return { linked, today };
}

/**
 * Whether a session of this week's published plan is still to come at the review (one rule for the whole
 * engine, our rule: week 0's minutes and load, the base that sizes next week, this week's long run still to
 * come and the current-week cuts all read it): a session on a day after the review date, or on the review date
 * itself while nothing has been logged that day (a review runs during the day or in the evening: the athlete may
 * still run tonight), and not already logged against. A rest day never. `day` is the session's weekday and
 * `todayWd` the review date's.
 */
export function stillToCome(s: PlannedSession, todayWd: number, logged: LoggedThisWeek): boolean {
  if (s.kind === 'REST' || logged.linked.has(s.id)) return false;
  return s.day > todayWd || (s.day === todayWd && !logged.today);
}
