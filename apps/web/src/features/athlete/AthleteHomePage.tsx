import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { Button, Card, Empty, ErrorNotice, Loading } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { addDays, formatLongDay } from '../../lib/dates';
import { useSession } from '../../lib/session';
import { SessionLabel, describeSession, type PlannedSession } from '../plan/components/SessionLabel';
import { PlannedProgress, WeekView } from '../plan/components/WeekView';
import { WeekPlanQuery, planKeys } from '../plan/graphql/plan';
import { weekProgress, type PlannedState } from '../plan/week-progress';
import { medicalClearanceQuery } from '../review/graphql/review';
import { DoctorsClearance } from './components/DoctorsClearance';
import { CreateCalendarFeedMutation, WeekLogsQuery, athleteKeys } from './graphql/athlete';
import { useToday } from './hooks/useToday';
import { useTodaysCheckIn } from './hooks/useTodaysCheckIn';

export function AthleteHomePage() {
  const session = useSession();
  const today = useToday();
  const weekStart = today.data?.weekStart;
  const nextWeek = weekStart ? addDays(weekStart, 7) : undefined;
  const thisWeek = useQuery({
    queryKey: planKeys.week(undefined, weekStart ?? ''),
    queryFn: () => gqlRequest(WeekPlanQuery, { weekStart }).then((d) => d.weeklyPlan),
    enabled: !!weekStart,
  });
  const next = useQuery({
    queryKey: planKeys.week(undefined, nextWeek ?? ''),
    queryFn: () => gqlRequest(WeekPlanQuery, { weekStart: nextWeek }).then((d) => d.weeklyPlan),
    enabled: !!nextWeek,
  });
  const date = today.data?.date;
  // This week's logs so far (to today: a session cannot be logged on a later day).
  const weekLogs = useQuery({
    queryKey: athleteKeys.weekLogs(weekStart ?? '', date ?? ''),
    queryFn: () => gqlRequest(WeekLogsQuery, { from: weekStart, to: date }),
    enabled: !!weekStart && !!date,
  });
  const progress = useMemo(
    () =>
      thisWeek.data?.published && weekLogs.data && date
        ? weekProgress(
            thisWeek.data.published.sessions,
            weekLogs.data.loggedSessions,
            date,
            new Set(weekLogs.data.compliance.excludedDates),
          )
        : undefined,
    [thisWeek.data, weekLogs.data, date],
  );
  const checkIn = useTodaysCheckIn(date);

  const athleteId = session?.user.athleteId;
  const clearance = useQuery({ ...medicalClearanceQuery(athleteId ?? ''), enabled: !!athleteId });

  if (today.isPending) return <Loading />;
  if (today.error) return <ErrorNotice error={today.error} onRetry={() => void today.refetch()} />;
  const t = today.data;
  const logIt = (s: PlannedSession, state: PlannedState | undefined) => logLink(s, state, t.date);
  const todays = thisWeek.data?.published?.sessions.filter((s) => s.date === t.date) ?? [];

  return (
    <div className="page">
      <h1>Hi {session?.user.name.split(' ')[0]}</h1>
      <p className="lead">{formatLongDay(t.date)}</p>
      <div className="grid-2">
        <Card title="Today">
          {thisWeek.isPending ? (
            <Loading />
          ) : todays.length === 0 ? (
            <Empty>Nothing planned today. Rest well.</Empty>
          ) : (
            todays.map((s) => (
              <div key={s.id}>
                <SessionLabel session={s} />
                <PlannedProgress state={progress?.planned.get(s.id)} />
                {logIt(s, progress?.planned.get(s.id))}
              </div>
            ))
          )}
          <div className="row">
            <Link className="btn btn-primary" to="/athlete/log">
              Log a session
            </Link>
          </div>
        </Card>
        <Card title="Daily check-in">
          {checkIn.isPending ? (
            <Loading />
          ) : checkIn.data ? (
            <p>
              Done for today
              {checkIn.data.illness !== 'NONE' && ' (your coach has been told you are unwell)'}. You can still
              change it.
            </p>
          ) : (
            <p>How did you sleep, how do you feel? Twenty seconds.</p>
          )}
          <div className="row">
            <Link className="btn btn-primary" to="/athlete/check-in">
              {checkIn.data ? 'Update check-in' : 'Check in'}
            </Link>
          </div>
        </Card>
      </div>
      <Card title="This week">
        <ErrorNotice error={thisWeek.error} />
        {thisWeek.isPending ? (
          <Loading />
        ) : thisWeek.data?.published ? (
          <WeekView
            weekStart={t.weekStart}
            sessions={thisWeek.data.published.sessions}
            today={t.date}
            progress={progress}
            action={logIt}
          />
        ) : (
          <Empty>Your coach has not published this week yet.</Empty>
        )}
      </Card>
      <Card title="Next week">
        <ErrorNotice error={next.error} />
        {next.isPending ? (
          <Loading />
        ) : next.data?.published ? (
          <section aria-label="Next week's plan" data-testid="next-week">
            {next.data.published.notes && (
              <blockquote className="coach-reasons">
                <strong>From your coach:</strong> {next.data.published.notes}
              </blockquote>
            )}
            {next.data.published.sharedRationales.length > 0 && (
              <ul className="list reasons">
                {next.data.published.sharedRationales.map((r) => (
                  <li key={r.kind}>{r.athleteText}</li>
                ))}
              </ul>
            )}
            <WeekView weekStart={next.data.weekStart} sessions={next.data.published.sessions} />
          </section>
        ) : (
          <Empty>Your coach publishes next week after the weekly review. It will appear here.</Empty>
        )}
      </Card>
      <DoctorsClearance clearance={clearance.data} />
      {session?.user.athleteId && <CalendarFeed athleteId={session.user.athleteId} />}
    </div>
  );
}

/**
 * "Log this session" under a planned session not logged yet whose day has come (today's, or a day gone by that was
 * not logged): the log form opens filled from it, and the log names it.
 */
function logLink(s: PlannedSession, state: PlannedState | undefined, today: string) {
  if (state?.state !== 'NOT_LOGGED' && !(state?.state === 'AHEAD' && s.date === today)) return null;
  return (
    <Link
      to="/athlete/log"
      search={{ session: s.id }}
      className="session-log-link"
      aria-label={`Log this session: ${describeSession(s)}`}
    >
      Log this session
    </Link>
  );
}

function CalendarFeed({ athleteId }: { athleteId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => gqlRequest(CreateCalendarFeedMutation, { input: { athleteId } }),
    onSuccess: (d) => setUrl(d.createCalendarFeed.url),
  });
  return (
    <Card title="Calendar feed">
      <p>Subscribe to your plan in Google, Apple or Outlook calendar. A new link stops the old one.</p>
      {url && (
        <p>
          <label htmlFor="feed-url">Your feed link</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <ErrorNotice error={create.error} />
      <Button variant="secondary" busy={create.isPending} onClick={() => create.mutate()}>
        {url ? 'Make a new link' : 'Get my calendar link'}
      </Button>
    </Card>
  );
}
