import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Badge, Card, ErrorNotice, Loading } from '../../components/ui';
import { graphql } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { formatMinutes } from '../../lib/dates';
import { statusTone } from '../queue/QueuePage';

export const AthleteReviewQuery = graphql(`
  query AthleteReview($athleteId: ID!) {
    athleteReview(athleteId: $athleteId) {
      athleteId
      athleteName
      status
      nextWeekStart
      decision {
        type
        reason
        targetMinutes
        minMinutes
        maxMinutes
        phase
        focus
      }
      components {
        component
        status
        summary
        evidence {
          key
          value
        }
      }
      suggestions {
        id
        kind
        severity
        rationale
        basis
      }
    }
  }
`);

const COMPONENT: Record<string, string> = {
  CURRENT_FITNESS: 'Current fitness',
  PROGRESSION: 'Progression',
  ADAPTATION: 'Adaptation',
  INDIVIDUALIZATION: 'Individualization',
  LONG_TERM_DEVELOPMENT: 'Long-term development',
  EXTERNAL_EYES: 'External eyes',
};

export function ReviewPage() {
  const { athleteId } = useParams({ from: '/coach/review/$athleteId' });
  const review = useQuery({
    queryKey: ['coach', 'review', athleteId],
    queryFn: () => gqlRequest(AthleteReviewQuery, { athleteId }).then((d) => d.athleteReview),
  });
  if (review.isPending) return <Loading label="Loading the review…" />;
  if (review.error) return <ErrorNotice error={review.error} onRetry={() => void review.refetch()} />;
  const r = review.data;
  return (
    <div className="page">
      <p>
        <Link to="/coach/queue">← Queue</Link>
      </p>
      <h1>
        {r.athleteName} <Badge tone={statusTone(r.status)}>{r.status.toLowerCase()}</Badge>
      </h1>
      <Card title={`Next week: ${r.decision.type.toLowerCase()}, ${formatMinutes(r.decision.targetMinutes)}`}>
        <p>{r.decision.reason}</p>
      </Card>
      <div className="grid-3">
        {r.components.map((c) => (
          <Card key={c.component} title={COMPONENT[c.component] ?? c.component}>
            <Badge tone={statusTone(c.status)}>{c.status.toLowerCase()}</Badge>
            <p>{c.summary}</p>
          </Card>
        ))}
      </div>
      <Card title="Suggestions">
        <ul className="list">
          {r.suggestions.map((s) => (
            <li key={s.id}>
              <strong>{s.kind}</strong> {s.rationale}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
