import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Card, ErrorNotice, Loading } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { addDays, formatDay } from '../../../lib/dates';
import { WeekView } from '../../plan/components/WeekView';
import { WeekPlanQuery, planKeys } from '../../plan/graphql/plan';
import { weekProgress } from '../../plan/week-progress';
import { AthleteWeekLogsQuery, reviewKeys } from '../graphql/review';

/**
 * The week before the one reviewed (the athlete's current week, while the review is on time), so far: each session of
 * its published plan done (how long, how hard) or not logged once its day is over in the athlete's zone, and what
 * the athlete logged beside the plan; the same view as the athlete's own. Read live, not as of the review's date.
 */
export function ThisWeekCard({ athleteId, nextWeekStart }: { athleteId: string; nextWeekStart: string }) {
  const weekStart = addDays(nextWeekStart, -7);
  const plan = useQuery({
    queryKey: planKeys.week(athleteId, weekStart),
    queryFn: () => gqlRequest(WeekPlanQuery, { athleteId, weekStart }).then((d) => d.weeklyPlan),
  });
  const logs = useQuery({
    queryKey: reviewKeys.weekLogs(athleteId, weekStart),
    queryFn: () => gqlRequest(AthleteWeekLogsQuery, { athleteId, from: weekStart }),
  });
  const sessions = plan.data?.published?.sessions;
  const today = logs.data?.athleteToday.date;
  const over = !!today && today >= nextWeekStart;
  const progress = useMemo(
    () =>
      logs.data && today
        ? weekProgress(
            sessions ?? [],
            logs.data.loggedSessions.filter((l) => l.date < nextWeekStart),
            today,
            new Set(logs.data.compliance.excludedDates),
          )
        : undefined,
    [sessions, logs.data, today, nextWeekStart],
  );
  const error = plan.error ?? logs.error;
  return (
    <Card title={over ? `The week of ${formatDay(weekStart)}` : 'This week so far'}>
      {error ? (
        <ErrorNotice error={error} onRetry={() => void Promise.all([plan.refetch(), logs.refetch()])} />
      ) : plan.isPending || logs.isPending ? (
        <Loading />
      ) : (
        <div data-testid="this-week">
          {!sessions && (
            <p className="hint">No plan was published for this week: what was logged is listed.</p>
          )}
          <WeekView weekStart={weekStart} sessions={sessions ?? []} today={today} progress={progress} />
        </div>
      )}
    </Card>
  );
}
