/**
 * A published week against what the athlete logged in it: which planned session each log did, which planned
 * sessions of the days gone by were not logged, and what was logged beside the plan.
 *
 * The API's compliance rule (compliance.service.ts), extended from key sessions to all: the planned sessions are
 * taken key sessions first, each in plan order; a session is done by a log that names it (`plannedSessionId`), else by
 * a log that names none, of its day and kind (a run logged on a day with a planned run), each log doing one session at
 * most. So the athlete's week and the coach's compliance agree on which key sessions were done. A log that names a
 * session outside this week's plan, or one another log did, is beside the plan, as it is to compliance.
 * Days under a confirmed illness or travel (compliance's `excludedDates`) do not count against the athlete.
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
  key?: boolean;
}

/**
 * DONE: a log did it; NOT_LOGGED: its day is over and no log did it; EXCUSED: not done, on a day of confirmed illness
 * or travel; AHEAD: today or later, not logged yet.
 */
export type PlannedState =
  { state: 'DONE'; log: WeekLog } | { state: 'NOT_LOGGED' } | { state: 'EXCUSED' } | { state: 'AHEAD' };

export interface WeekProgress {
  /** By planned session id; rest days are not in it (there is nothing to log). */
  planned: Map<string, PlannedState>;
  /** Logs that did no planned session, by date. */
  beside: Map<string, WeekLog[]>;
  /** Minutes logged in the week (every log, on the plan or beside it), and planned (rest days count 0). */
  loggedMinutes: number;
  plannedMinutes: number;
}

export function weekProgress(
  planned: readonly WeekPlanned[],
  logs: readonly WeekLog[],
  today: string,
  excluded: ReadonlySet<string> = new Set(),
): WeekProgress {
  const toDo = planned.filter((p) => p.kind !== 'REST');
  const used = new Set<WeekLog>();
  const states = new Map<string, PlannedState>();
  for (const p of [...toDo.filter((x) => x.key), ...toDo.filter((x) => !x.key)]) {
    const log =
      logs.find((l) => !used.has(l) && l.plannedSessionId === p.id) ??
      logs.find((l) => !used.has(l) && !l.plannedSessionId && l.date === p.date && l.kind === p.kind);
    if (log) used.add(log);
    states.set(
      p.id,
      log
        ? { state: 'DONE', log }
        : p.date >= today
          ? { state: 'AHEAD' }
          : excluded.has(p.date)
            ? { state: 'EXCUSED' }
            : { state: 'NOT_LOGGED' },
    );
  }
  const beside = new Map<string, WeekLog[]>();
  for (const l of logs) {
    if (used.has(l)) continue;
    const list = beside.get(l.date);
    if (list) list.push(l);
    else beside.set(l.date, [l]);
  }
  return {
    planned: states,
    beside,
    loggedMinutes: logs.reduce((m, l) => m + l.minutes, 0),
    plannedMinutes: toDo.reduce((m, p) => m + p.minutes, 0),
  };
}
