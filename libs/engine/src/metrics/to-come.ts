import { toDayNumber } from '../dates/local-date';
import type { PlannedSession, SessionKind, WeekPlan } from '../types';

/**
 * What the athlete logged this week up to the review date, as far as what is still to come goes: the planned
 * sessions logged against, and those of the review date a log that day matches (`reviewDayMatched`).
 */
export interface LoggedThisWeek {
  readonly linked: ReadonlySet<string>;
  /** The review date's planned sessions a log that day matches: done, or missed when it falls short of them. */
  readonly matchedToday: ReadonlySet<string>;
}

/**
 * A session kind's sport, as the review date's logs are matched to its plan: 0 running (a run or a race), 1
 * strength, 2 cross-training (whatever its sport); -1 a rest day.
 */
export function sportOf(kind: SessionKind): number {
  switch (kind) {
    case 'RUN':
    case 'RACE':
      return 0;
    case 'STRENGTH':
      return 1;
    case 'CROSS_TRAINING':
      return 2;
    default:
      return -1;
  }
}

/**
 * Counts a log of the review date into `unlinked` by its sport (`sportOf`) when it is not logged against the plan:
 * the one count of the review date's unlinked logs (`reviewDayMatched`'s `unlinked`) for every reader of it
 * (`loggedThisWeek`, the metrics scan's `loggedThisWeekOfScan`, the compliance).
 */
export function countUnlinked(
  unlinked: number[],
  s: { readonly kind: SessionKind; readonly plannedSessionId?: string },
): void {
  if (s.plannedSessionId !== undefined) return;
  const sport = sportOf(s.kind);
  if (sport >= 0) unlinked[sport]++;
}

/**
 * The review date's sessions of this week's plan that a log that day matches, so that they are not still to come
 * (our rule, one for the whole engine: week 0's minutes and load, the base that sizes next week, this week's long
 * run still to come, the current-week cuts and the compliance all read it through `stillToCome`). A log on the
 * review date (weekday `todayWd`) not logged against the plan matches a session of its sport (`sportOf`: a
 * strength session never stands for a run) planned that day and not logged against (`linked`), one session a
 * log, in the plan's order; the others are still to come. So a morning strength session logged on a day with a
 * run planned for the evening leaves the run to come (a review runs during the day or in the evening: the athlete
 * may still run tonight), and a run logged takes that day's run, done or missed as the compliance judges it.
 * `unlinked[sport]` counts the review date's logs of each sport not logged against the plan (used up here).
 */
export function reviewDayMatched(
  plan: readonly PlannedSession[],
  todayWd: number,
  linked: ReadonlySet<string> | null,
  unlinked: number[],
): ReadonlySet<string> {
  let matched: Set<string> | null = null;
  for (const s of plan) {
    if (s.day !== todayWd || (linked !== null && linked.has(s.id))) continue;
    const sport = sportOf(s.kind);
    if (sport >= 0 && unlinked[sport] > 0) {
      unlinked[sport]--;
      (matched ??= new Set<string>()).add(s.id);
    }
  }
  return matched ?? NO_IDS;
}

/** An empty set of ids, shared (nothing is ever added to it). */
export const NO_IDS: ReadonlySet<string> = new Set<string>();

/**
 * `LoggedThisWeek` of this week's plan (`plan`, its sessions) from logged sessions and their days (`days[k]` is
 * the day of `sessions[k]`), this week being `monday` to `reviewDay`.
 */
export function loggedThisWeek(
  plan: readonly PlannedSession[],
  sessions: readonly { readonly kind: SessionKind; readonly plannedSessionId?: string }[],
  days: ArrayLike<number>,
  monday: number,
  reviewDay: number,
): LoggedThisWeek {
  const linked = new Set<string>();
  const unlinked = [0, 0, 0];
  for (let k = 0; k < sessions.length; k++) {
    const d = days[k];
    if (d < monday || d > reviewDay) continue;
    const id = sessions[k].plannedSessionId;
    if (id !== undefined) linked.add(id);
    else if (d === reviewDay) countUnlinked(unlinked, sessions[k]);
  }
  return { linked, matchedToday: reviewDayMatched(plan, reviewDay - monday, linked, unlinked) };
}

/**
 * Whether a session of this week's published plan is still to come at the review (see `reviewDayMatched`, our
 * rule): a session on a day after the review date, or on the review date itself while no log that day matches it,
 * and not already logged against. A rest day never. `todayWd` is the review date's weekday.
 */
export function stillToCome(s: PlannedSession, todayWd: number, logged: LoggedThisWeek): boolean {
  if (s.kind === 'REST' || s.day < todayWd) return false;
  return !logged.linked.has(s.id) && !logged.matchedToday.has(s.id);
}

/**
 * The sessions of this week's published plan (`plan`, when it is the week starting `monday`) still to come at the
 * review (`stillToCome`), from the logged sessions and their days (`recent`): what `MetricsState.thisWeekToCome`
 * holds, for a caller without the metrics state. Empty without a plan for this week.
 */
export function thisWeekToComeOf(
  plan: WeekPlan | undefined,
  recent: {
    readonly sessions: readonly { readonly kind: SessionKind; readonly plannedSessionId?: string }[];
    readonly days: ArrayLike<number>;
  },
  monday: number,
  reviewDay: number,
): PlannedSession[] {
  const out: PlannedSession[] = [];
  if (plan === undefined || toDayNumber(plan.weekStart) !== monday) return out;
  const logged = loggedThisWeek(plan.sessions, recent.sessions, recent.days, monday, reviewDay);
  for (const s of plan.sessions) if (stillToCome(s, reviewDay - monday, logged)) out.push(s);
  return out;
}
