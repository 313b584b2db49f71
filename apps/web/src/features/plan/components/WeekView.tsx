import { formatDay, formatMinutes, weekDays } from '../../../lib/dates';
import { SessionLabel, type PlannedSession } from './SessionLabel';

/** A week, day by day (read only); today highlighted. */
export function WeekView({
  weekStart,
  sessions,
  today,
}: {
  weekStart: string;
  sessions: PlannedSession[];
  today?: string;
}) {
  const total = sessions.reduce((m, s) => m + s.minutes, 0);
  return (
    <div>
      <ol className="week">
        {weekDays(weekStart).map((d) => {
          const day = sessions.filter((s) => s.date === d);
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
                day.map((s) => <SessionLabel key={s.id} session={s} />)
              )}
            </li>
          );
        })}
      </ol>
      <p className="hint">Total: {formatMinutes(total)}</p>
    </div>
  );
}
