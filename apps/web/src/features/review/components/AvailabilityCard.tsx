import { useQuery } from '@tanstack/react-query';
import { Card, ErrorNotice, Loading } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { formatDay, formatMinutes } from '../../../lib/dates';
import { WeekAvailabilityQuery, reviewKeys } from '../graphql/review';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The time the athlete has next week, day by day against their usual week (the review plans within it). */
export function AvailabilityCard({
  athleteId,
  weekStart,
  weekWord,
}: {
  athleteId: string;
  weekStart: string;
  /** How the review names the week ("Next week", "This week": by the athlete's day, see `plannedWeekWord`). */
  weekWord: string;
}) {
  const q = useQuery({
    queryKey: reviewKeys.availability(athleteId, weekStart),
    queryFn: () =>
      gqlRequest(WeekAvailabilityQuery, { athleteId, weekStart }).then((d) => d.weekAvailability),
  });
  const a = q.data;
  // "next week", or "this week" on a review finished once its week has begun.
  const week = weekWord.toLowerCase();
  return (
    <Card title={`Time available ${week}`}>
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <div data-testid="availability">
          <p>
            {a!.source === 'WEEK' ? (
              <>
                <strong>Set by the athlete for {week}:</strong> {formatMinutes(a!.totalMinutes)} against a
                usual {formatMinutes(a!.usualTotalMinutes)}.
              </>
            ) : (
              <>
                The usual week: {formatMinutes(a!.usualTotalMinutes)} (nothing different set for {week}).
              </>
            )}
          </p>
          {a!.note && <p className="quote">“{a!.note}”</p>}
          <table className="compact-table availability">
            <caption className="sr-only">Minutes available per day, {week} and usually</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {a!.days.map((d) => (
                  <th key={d.date} scope="col" title={formatDay(d.date)}>
                    {DAYS[d.weekday]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{week === 'this week' ? 'This week' : 'Next week'}</th>
                {a!.days.map((d) => (
                  <td key={d.date} className={d.changed ? 'changed' : undefined}>
                    {d.minutes === 0 ? 'off' : d.minutes}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Usual</th>
                {a!.days.map((d) => (
                  <td key={d.date}>{d.usualMinutes === 0 ? 'off' : d.usualMinutes}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
