import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Badge, Card, Empty, ErrorNotice, Loading } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { formatDay, formatMinutes } from '../../lib/dates';
import { PastReviewsQuery, historyKeys } from './graphql/history';
import { codeWords } from '../../lib/code-words';

const STATE: Record<string, string> = {
  APPLIED: 'applied',
  EDITED_AND_APPLIED: 'edited and applied',
  DISMISSED: 'dismissed',
  PROPOSED: 'left open',
  SUPERSEDED: 'superseded',
};
const READINESS_TONE: Record<string, 'ok' | 'attention' | 'urgent' | 'neutral'> = {
  GREEN: 'ok',
  AMBER: 'attention',
  RED: 'urgent',
};
const pct = (x: number | null | undefined) => (x == null ? '–' : `${Math.round(x * 100)} %`);

/** An athlete's past weekly reviews: what the coach did with each suggestion and how the planned week went. */
export function PastReviewsPage() {
  const { athleteId } = useParams({ from: '/coach/athletes/$athleteId/history' });
  const q = useQuery({
    queryKey: historyKeys.history(athleteId),
    queryFn: () => gqlRequest(PastReviewsQuery, { athleteId }),
  });
  return (
    <div className="page">
      <p>
        <Link to="/coach/review/$athleteId" params={{ athleteId }}>
          ← This week's review
        </Link>
      </p>
      <h1>Past reviews{q.data ? `: ${q.data.athlete.name}` : ''}</h1>
      {q.isPending ? (
        <Loading label="Loading past reviews…" />
      ) : q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.reviewHistory.length === 0 ? (
        <Empty>No review of an earlier week yet.</Empty>
      ) : (
        <ol className="history" aria-label="Past reviews, newest first">
          {q.data.reviewHistory.map((h) => {
            const o = h.outcome;
            const c = o?.compliance;
            return (
              <li key={h.reviewId} data-testid="history-entry">
                <Card
                  title={
                    <>
                      Week of {formatDay(h.weekStart)}{' '}
                      <Badge tone={h.status === 'DONE' ? 'ok' : 'neutral'}>{codeWords(h.status)}</Badge>
                    </>
                  }
                >
                  <p>
                    {h.decisionType ? codeWords(h.decisionType) : 'No decision'}
                    {h.decisionTargetMinutes != null ? `, ${formatMinutes(h.decisionTargetMinutes)}` : ''} ·
                    engine said {h.engineStatus.toLowerCase()}
                    {h.readinessBefore ? ` · readiness before ${h.readinessBefore.toLowerCase()}` : ''}
                  </p>
                  {h.suggestions.length === 0 ? (
                    <p className="hint">No suggestions.</p>
                  ) : (
                    <ul
                      className="list compact"
                      aria-label={`Suggestions of the week of ${formatDay(h.weekStart)}`}
                    >
                      {h.suggestions.map((s) => (
                        <li key={s.suggestionId} data-state={s.state}>
                          {codeWords(s.kind)}: <strong>{STATE[s.state] ?? s.state.toLowerCase()}</strong>
                          {s.dismissReason ? ` (“${s.dismissReason}”)` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                  <h3 className="small-heading">The week after</h3>
                  {!o ? (
                    <p className="hint">The week has not started yet.</p>
                  ) : (
                    <dl className="facts small" data-testid="history-outcome">
                      <div className="fact">
                        <dt>Compliance</dt>
                        <dd>
                          {c?.hasPublishedPlan
                            ? `${pct(c.completionRate)} (${formatMinutes(c.completedMinutes)} of ${formatMinutes(c.plannedMinutes)})`
                            : 'no published plan'}
                          {o.weekOver ? '' : ' so far'}
                        </dd>
                      </div>
                      <div className="fact">
                        <dt>Load vs plan</dt>
                        <dd>
                          {o.loadDone}
                          {o.loadPlanned != null ? ` of ${o.loadPlanned}` : ''}
                          {o.weekOver ? '' : ' so far'}
                        </dd>
                      </div>
                      <div className="fact">
                        <dt>Key sessions</dt>
                        <dd>
                          {c ? `${c.keySessionsDone} of ${c.keySessionsPlanned}` : '–'}
                          {c && !o.weekOver ? ' so far' : ''}
                        </dd>
                      </div>
                      <div className="fact">
                        <dt>Readiness after</dt>
                        <dd>
                          {o.readinessAfter ? (
                            <Badge tone={READINESS_TONE[o.readinessAfter] ?? 'neutral'}>
                              {o.readinessAfter.toLowerCase()}
                            </Badge>
                          ) : (
                            'not reviewed yet'
                          )}
                        </dd>
                      </div>
                    </dl>
                  )}
                </Card>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
