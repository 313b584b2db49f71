import type { ReactNode } from 'react';
import { formatDay, formatMinutes, weekDays } from '../../../lib/dates';
import type { PlannedState, WeekLog, WeekProgress } from '../week-progress';
import { SessionLabel, kindLabel, type PlannedSession } from './SessionLabel';

/** "32 min · RPE 3" (the effort once rated). */
const logged = (l: WeekLog) => `${formatMinutes(l.minutes)}${l.srpe != null ? ` · RPE ${l.srpe}` : ''}`;

/**
 * A week, day by day (read only); today highlighted. With `progress` (the athlete's own week), each planned session
 * says whether it was done (and how long and hard), or not logged once its day is over, and what was logged beside
 * the plan is listed on its day.
 */
export function WeekView({
  weekStart,
  sessions,
  today,
  progress,
  action,
}: {
  weekStart: string;
  sessions: PlannedSession[];
  today?: string;
  progress?: WeekProgress;
  /** Under a planned session, after its progress: what the viewer can do about it (the athlete: log it). */
  action?: (session: PlannedSession, state: PlannedState | undefined) => ReactNode;
}) {
  const total = sessions.reduce((m, s) => m + s.minutes, 0);
  return (
    <div>
      <ol className="week">
        {weekDays(weekStart).map((d) => {
          const day = sessions.filter((s) => s.date === d);
          const beside = progress?.beside.get(d) ?? [];
          return (
            <li
              key={d}
              className={d === today ? 'day today' : 'day'}
              aria-current={d === today ? 'date' : undefined}
            >
              <div className="day-name">
                {formatDay(d)}
                {d === today && <span className="badge badge-info">Today</span>}
              </div>
              {day.length === 0 ? (
                <div className="session-empty">Nothing planned</div>
              ) : (
                day.map((s) => (
                  <div key={s.id}>
                    <SessionLabel session={s} />
                    <PlannedProgress state={progress?.planned.get(s.id)} />
                    {action?.(s, progress?.planned.get(s.id))}
                  </div>
                ))
              )}
              {beside.map((l) => (
                <div key={l.id} className="session-log beside" data-testid="session-beside">
                  Also logged: {kindLabel(l.kind)} · {logged(l)}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
      <p className="hint">
        {progress
          ? // The whole week's plan (the chart's line counts only the days already over: said there).
            `Logged ${formatMinutes(progress.loggedMinutes)} so far · ${formatMinutes(progress.plannedMinutes)} planned for the week`
          : `Total: ${formatMinutes(total)}`}
      </p>
    </div>
  );
}

/**
 * Under a planned session of the athlete's own week: done (how long and hard), not logged once its day is over, or
 * not counted (a day of confirmed illness or travel).
 */
export function PlannedProgress({ state }: { state: PlannedState | undefined }) {
  if (state?.state === 'DONE')
    return (
      <div className="session-log done" data-testid="session-done">
        <span aria-hidden="true">✓ </span>Done: {logged(state.log)}
      </div>
    );
  if (state?.state === 'NOT_LOGGED')
    return (
      <div className="session-log missed" data-testid="session-not-logged">
        Not logged
      </div>
    );
  if (state?.state === 'EXCUSED')
    return (
      <div className="session-log excused" data-testid="session-excused">
        Not counted: ill or away that day
      </div>
    );
  return null;
}
