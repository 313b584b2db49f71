import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Empty, ErrorNotice, Loading } from '../../components/ui';
import { gqlRequest } from '../../lib/api';
import { formatDay, formatMinutes } from '../../lib/dates';
import { GenerateReviewsMutation, queueQuery } from './graphql/queue';
import { NEEDS, NeedBadge, needOf } from './need';
import { codeWords } from '../../lib/code-words';

const VIEWS = [
  { value: undefined, label: 'To do' },
  { value: 'snoozed', label: 'Snoozed' },
  { value: 'done', label: 'Done' },
] as const;

export function statusTone(s: string): 'urgent' | 'attention' | 'ok' {
  return s === 'URGENT' ? 'urgent' : s === 'ATTENTION' ? 'attention' : 'ok';
}

const DECISION: Record<string, string> = {
  BUILD: 'Build',
  HOLD: 'Hold',
  DOWN: 'Down week',
  TAPER: 'Taper',
  REST: 'Rest',
};

/** The engine's reason codes (RECOVERY_HOLD) in words; sentences pass through. */
function reasonText(reason: string): string {
  return /^[A-Z_]+$/.test(reason) ? codeWords(reason) : reason;
}

/**
 * The weekly review queue: most urgent first, filters in the URL, j/k to move (through the begun week's rows still
 * open, then the coming week's), Enter to open.
 */
export function QueuePage() {
  const search = useSearch({ from: '/coach/queue' });
  const navigate = useNavigate({ from: '/coach/queue' });
  const queryClient = useQueryClient();
  const view = VIEWS.find((v) => v.value === search.view) ?? VIEWS[0];
  const queue = useQuery({ ...queueQuery(view.value), refetchInterval: 60_000 });
  const generate = useMutation({
    mutationFn: () => gqlRequest(GenerateReviewsMutation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['coach', 'queue'] }),
  });
  // What each athlete needs from the coach now, in the queue's own order (need.tsx: the review shows the same).
  const all = useMemo(
    () => (queue.data?.items ?? []).map((r) => ({ ...r, status: needOf(r.urgency) })),
    [queue.data],
  );
  const workflowCounts = queue.data?.counts;
  // The week that has begun: its reviews still open in this view (the API's `earlierWeek`), most urgent first.
  const earlier = queue.data?.earlierWeek ?? null;
  const counts = useMemo(() => {
    const c: Record<string, number> = { URGENT: 0, ATTENTION: 0, OK: 0 };
    for (const r of all) c[r.status] = (c[r.status] ?? 0) + 1;
    return c;
  }, [all]);
  const q = (search.q ?? '').toLowerCase();
  const rows = all.filter(
    (r) => (!search.status || r.status === search.status) && (!q || r.athleteName.toLowerCase().includes(q)),
  );
  // j/k move through every row shown, in display order: the begun week's still open (`earlier`), then these. The
  // cursor counts across both lists (it moved through this list only, so a review left open could not be reached).
  const earlierCount = earlier?.items.length ?? 0;
  const rowCount = earlierCount + rows.length;
  const [cursor, setCursor] = useState(0);
  const ready = !!queue.data;
  useEffect(() => {
    // For the browser tests' timings (Performance API): when the queue first shows its rows.
    if (ready && performance.getEntriesByName('queue-ready').length === 0) performance.mark('queue-ready');
  }, [ready]);
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement;
      if (t.closest('input, textarea, select, [contenteditable]') || e.metaKey || e.ctrlKey || e.altKey)
        return;
      if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        setCursor((c) => {
          const next = Math.max(0, Math.min(rowCount - 1, c + (e.key === 'j' ? 1 : -1)));
          page.current?.querySelectorAll<HTMLAnchorElement>('ul.queue a.queue-link')[next]?.focus();
          return next;
        });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rowCount]);

  return (
    <div className="page" ref={page}>
      <h1>Review queue</h1>
      <p className="hint">
        Next week's reviews, most urgent first.
        <span className="keys-hint">
          {' '}
          Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens.
        </span>
      </p>
      <div className="toolbar">
        <div role="group" aria-label="Reviews" className="segmented">
          {VIEWS.map((v) => (
            <Link
              key={v.label}
              to="/coach/queue"
              search={{ ...search, view: v.value }}
              aria-current={view === v ? 'true' : undefined}
            >
              {v.label}{' '}
              <span className="count">
                {workflowCounts
                  ? v.value === 'done'
                    ? workflowCounts.done
                    : v.value === 'snoozed'
                      ? workflowCounts.snoozed
                      : workflowCounts.todo
                  : ''}
              </span>
            </Link>
          ))}
        </div>
        <div role="group" aria-label="Filter by status" className="segmented">
          <Link
            to="/coach/queue"
            search={{ ...search, status: undefined }}
            aria-current={!search.status ? 'true' : undefined}
          >
            All <span className="count">{all.length}</span>
          </Link>
          {NEEDS.map((s) => (
            <Link
              key={s.value}
              to="/coach/queue"
              search={{ ...search, status: s.value }}
              aria-current={search.status === s.value ? 'true' : undefined}
            >
              {s.label} <span className="count">{counts[s.value]}</span>
            </Link>
          ))}
        </div>
        <div className="field inline">
          <label htmlFor="queue-search">Search athletes</label>
          <input
            id="queue-search"
            type="search"
            value={search.q ?? ''}
            onChange={(e) =>
              void navigate({ search: { ...search, q: e.target.value || undefined }, replace: true })
            }
          />
        </div>
      </div>
      {workflowCounts && workflowCounts.missing > 0 && (
        <div className="notice row" role="status">
          <span>
            {workflowCounts.missing} of {workflowCounts.athletes} athletes have no review for the week of{' '}
            {queue.data && formatDay(queue.data.weekStart)} yet.
          </span>
          <Button variant="secondary" busy={generate.isPending} onClick={() => generate.mutate()}>
            Generate reviews
          </Button>
        </div>
      )}
      {workflowCounts && workflowCounts.notYetDue > 0 && (
        <p className="hint" data-testid="not-yet-due">
          {workflowCounts.notYetDue === 1
            ? '1 athlete is still in the week before in their own time zone: their review of the week of'
            : `${workflowCounts.notYetDue} athletes are still in the week before in their own time zone: their reviews of the week of`}{' '}
          {queue.data && formatDay(queue.data.weekStart)} can be made from their Monday.
        </p>
      )}
      <ErrorNotice error={generate.error} />
      {earlier && earlier.items.length > 0 && (
        <section
          className="queue-earlier"
          aria-labelledby="queue-earlier-heading"
          data-testid="queue-earlier"
        >
          <h2 id="queue-earlier-heading">
            Still open from the week of {formatDay(earlier.weekStart)}
            <span className="count"> {earlier.count}</span>
          </h2>
          <p className="hint">
            That week has begun: finish these reviews (most urgent first); each leaves this list once it is
            completed.
          </p>
          <ul className="queue" aria-label={`Still open from the week of ${formatDay(earlier.weekStart)}`}>
            {earlier.items.map((r, i) => (
              <li key={r.athleteId} className={i === cursor ? 'queue-row current' : 'queue-row'}>
                <Link
                  className="queue-link"
                  to="/coach/review/$athleteId"
                  params={{ athleteId: r.athleteId }}
                  search={{ week: earlier.weekStart }}
                  onFocus={() => setCursor(i)}
                  data-testid="queue-earlier-row"
                >
                  <span className="queue-name">{r.athleteName}</span>
                  <NeedBadge urgency={r.urgency} />
                  <ItemHint item={r} left />
                </Link>
              </li>
            ))}
          </ul>
          {earlier.count > earlier.items.length && (
            <p className="hint">
              {earlier.count - earlier.items.length} more of that week still open, listed after these are
              done.
            </p>
          )}
        </section>
      )}
      {queue.data?.finished && <p className="notice">Every review of the week is done.</p>}
      {queue.isPending ? (
        <Loading label="Reviewing your athletes…" />
      ) : queue.error ? (
        <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>
          {all.length === 0
            ? view.value === 'done'
              ? 'No review done yet this week.'
              : earlier?.items.length && queue.data
                ? `Nothing of the week of ${formatDay(queue.data.weekStart)} to review yet.`
                : 'Nothing to review here.'
            : 'Nobody matches these filters.'}
        </Empty>
      ) : (
        <ul className="queue" aria-label="Athletes to review">
          {rows.map((r, i) => (
            <li key={r.athleteId} className={earlierCount + i === cursor ? 'queue-row current' : 'queue-row'}>
              <Link
                className="queue-link"
                to="/coach/review/$athleteId"
                params={{ athleteId: r.athleteId }}
                onFocus={() => setCursor(earlierCount + i)}
                data-testid="queue-row"
              >
                <span className="queue-name">{r.athleteName}</span>
                <NeedBadge urgency={r.urgency} />
                <span className="queue-decision">
                  {DECISION[r.decision.type] ?? r.decision.type} · {formatMinutes(r.decision.targetMinutes)}
                </span>
                <span className="queue-reason">{reasonText(r.decision.reason)}</span>
                <ItemHint item={r} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A queue row's count of suggestions and where its review stands (in progress, snoozed). */
function ItemHint({
  item: r,
  left = false,
}: {
  item: { suggestions: readonly unknown[]; workflowStatus: string; snoozedUntil?: string | null };
  left?: boolean;
}) {
  return (
    <span className="hint">
      {r.suggestions.length} suggestion{r.suggestions.length === 1 ? '' : 's'}
      {left && ' left'}
      {r.workflowStatus === 'IN_PROGRESS' && ' · in progress'}
      {r.workflowStatus === 'SNOOZED' && r.snoozedUntil && ` · snoozed until ${r.snoozedUntil}`}
    </span>
  );
}
