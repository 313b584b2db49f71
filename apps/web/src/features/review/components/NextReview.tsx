import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queueQuery } from '../../queue/graphql/queue';
import { NeedBadge } from '../../queue/need';

/**
 * After a review is completed: the next one in the queue's order (the begun week's reviews still open first, then the
 * coming week's, most urgent first), as a link; or, none left, the way back to the queue. Read from the queue's own
 * query (the completion reads it again), leaving out the review just completed.
 */
export function NextReview({ athleteId, weekStart }: { athleteId: string; weekStart: string }) {
  const queue = useQuery(queueQuery('todo'));
  if (!queue.data) return null;
  const { earlierWeek, items } = queue.data;
  const other = (r: { athleteId: string; workflowStatus: string }, week: string) =>
    r.workflowStatus !== 'DONE' && !(r.athleteId === athleteId && week === weekStart);
  const earlier = earlierWeek?.items.find((r) => other(r, earlierWeek.weekStart));
  const next = earlier
    ? { ...earlier, week: earlierWeek!.weekStart }
    : (items.filter((r) => other(r, queue.data.weekStart)).map((r) => ({ ...r, week: undefined }))[0] ??
      null);
  return (
    <p className="row" data-testid="next-review">
      {next ? (
        <>
          <Link
            to="/coach/review/$athleteId"
            params={{ athleteId: next.athleteId }}
            search={next.week ? { week: next.week } : {}}
          >
            Next review: {next.athleteName}
          </Link>{' '}
          <NeedBadge urgency={next.urgency} />
        </>
      ) : (
        <>
          <span>Every review in your queue is done.</span> <Link to="/coach/queue">Back to the queue</Link>
        </>
      )}
    </p>
  );
}
