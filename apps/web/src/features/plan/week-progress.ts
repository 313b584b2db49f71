/**
 * A published week against what the athlete logged in it: which planned session each log did, which planned
 * sessions of the days gone by were not logged, and what was logged beside the plan.
 *
 * A log names the planned session it did when it was logged against one (`plannedSessionId`); a log that names none
 * does the first planned session of its day and kind that no other log did (a run logged on a day with a planned
 * run). The rest are logged beside the plan. The same rule as the API's compliance (compliance.service.ts), so the
 * athlete's week and the coach's compliance agree on which sessions were done.
 */
export interface WeekLog {
  id: string;
  date: string;
  kind: string;
  minutes: number;
  srpe?: number | null;
  plannedSessionId?: string | null;
}

export interface WeekPlanned {
  id: string;
  date: string;
  kind: string;
  minutes: number;
}

/** DONE: a log did it; NOT_LOGGED: its day is over and no log did it; AHEAD: today or later, not logged yet. */
export type PlannedState = { state: 'DONE'; log: WeekLog } | { state: 'NOT_LOGGED' } | { state: 'AHEAD' };

export interface WeekProgress {
  /** By planned session id; rest days are not in it (there is nothing to log). */
  planned: Map<string, PlannedState>;
  /** Logs that did no planned session, by date. */
  beside: Map<string, WeekLog[]>;
  /** Minutes logged in the week (every log), and planned (rest days count 0). */
  doneMinutes: number;
  plannedMinutes: number;
}

export function weekProgress(
  planned: readonly WeekPlanned[],
  logs: readonly WeekLog[],
  today: string,
): WeekProgress {
  const toDo = planned.filter((p) => p.kind !== 'REST');
  const byId = new Map(toDo.map((p) => [p.id, p]));
  const doneBy = new Map<string, WeekLog>();
  const unlinked: WeekLog[] = [];
  const beside = new Map<string, WeekLog[]>();
  const besideOf = (log: WeekLog) => {
    const list = beside.get(log.date);
    if (list) list.push(log);
    else beside.set(log.date, [log]);
  };
  // Logs that name their planned session first, so that an unlinked log never takes a session another log did.
  // (A log naming a session of another week, or one another log did, is beside this week's plan.)
  for (const log of logs) {
    const id = log.plannedSessionId;
    if (!id) unlinked.push(log);
    else if (byId.has(id) && !doneBy.has(id)) doneBy.set(id, log);
    else besideOf(log);
  }
  for (const log of unlinked) {
    const match = toDo.find((p) => p.date === log.date && p.kind === log.kind && !doneBy.has(p.id));
    if (match) doneBy.set(match.id, log);
    else besideOf(log);
  }
  const states = new Map<string, PlannedState>();
  for (const p of toDo) {
    const log = doneBy.get(p.id);
    states.set(
      p.id,
      log ? { state: 'DONE', log } : p.date < today ? { state: 'NOT_LOGGED' } : { state: 'AHEAD' },
    );
  }
  return {
    planned: states,
    beside,
    doneMinutes: logs.reduce((m, l) => m + l.minutes, 0),
    plannedMinutes: toDo.reduce((m, p) => m + p.minutes, 0),
  };
}
