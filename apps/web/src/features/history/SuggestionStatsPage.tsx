import { useQuery } from '@tanstack/react-query';
import { Card, Empty, ErrorNotice, Loading } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { formatDay } from '../../lib/dates';
import { SuggestionStatsQuery, historyKeys } from './graphql/history';
import { codeWords } from '../../lib/code-words';

const pct = (x: number | null) => (x == null ? '–' : `${Math.round(x * 100)} %`);

/**
 * How often the coach applies, edits or dismisses each kind of suggestion (the last 12 weeks), what is still open,
 * and what was left undecided: still proposed when the week's review was completed (neither applied nor dismissed).
 */
export function SuggestionStatsPage() {
  const q = useQuery({
    queryKey: historyKeys.stats,
    queryFn: () => gqlRequest(SuggestionStatsQuery, {}).then((d) => d.suggestionStats),
  });
  return (
    <div className="page">
      <h1>Your decisions on suggestions</h1>
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Card
          title={`Weeks of ${formatDay(q.data.fromWeek)} to ${formatDay(q.data.toWeek)}: ${q.data.total.decided} decided, ${q.data.total.open} open, ${q.data.total.undecided} left undecided`}
        >
          {q.data.kinds.length === 0 ? (
            <Empty>No suggestion decided in these weeks yet.</Empty>
          ) : (
            // Wider than a phone: the table scrolls sideways, so its box takes the focus and keyboard users scroll it too.
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label="Decisions per suggestion kind (scrolls sideways)"
            >
              <table className="compact-table" data-testid="suggestion-stats">
                <caption className="sr-only">Decisions per suggestion kind, most decided first</caption>
                <thead>
                  <tr>
                    <th scope="col">Suggestion</th>
                    <th scope="col">Decided</th>
                    <th scope="col">Applied</th>
                    <th scope="col">Edited</th>
                    <th scope="col">Dismissed</th>
                    <th scope="col">Open</th>
                    <th scope="col">Left undecided</th>
                  </tr>
                </thead>
                <tbody>
                  {[...q.data.kinds, q.data.total].map((k) => (
                    <tr key={k.kind} className={k.kind === 'ALL' ? 'total' : undefined}>
                      <th scope="row">{k.kind === 'ALL' ? 'All kinds' : codeWords(k.kind)}</th>
                      <td>{k.decided}</td>
                      <td>
                        {k.applied} <span className="hint">({pct(k.appliedShare)})</span>
                      </td>
                      <td>
                        {k.editedAndApplied} <span className="hint">({pct(k.editedShare)})</span>
                      </td>
                      <td>
                        {k.dismissed} <span className="hint">({pct(k.dismissedShare)})</span>
                      </td>
                      <td>{k.open}</td>
                      <td>{k.undecided}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
