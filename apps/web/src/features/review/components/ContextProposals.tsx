import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Empty, ErrorNotice, Loading } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import {
  ConfirmContextEventMutation,
  DismissContextEventMutation,
  ProposedContextQuery,
  reviewKeys,
} from '../graphql/review';

const KIND: Record<string, string> = {
  ILLNESS: 'Illness',
  INJURY: 'Injury',
  TRAVEL: 'Travel',
  FAMILY: 'Family',
  WORK_STRESS: 'Work stress',
  VACATION: 'Vacation',
  OTHER: 'Other',
};

/**
 * Life context the detector proposed from the athlete's chat messages: confirm it (the engine then uses it
 * and the review re-runs) or dismiss it. Kept live: the chat connection refetches it on `context:proposed`.
 */
export function ContextProposals({ athleteId, onDecided }: { athleteId: string; onDecided: () => void }) {
  const queryClient = useQueryClient();
  const proposals = useQuery({
    queryKey: reviewKeys.proposals(athleteId),
    queryFn: () => gqlRequest(ProposedContextQuery, { athleteId }).then((d) => d.proposedContextEvents),
  });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: reviewKeys.proposals(athleteId) });
    onDecided();
  };
  const confirm = useMutation({
    mutationFn: (id: string) => gqlRequest(ConfirmContextEventMutation, { input: { id } }),
    onSuccess: done,
  });
  const dismiss = useMutation({
    mutationFn: (id: string) => gqlRequest(DismissContextEventMutation, { input: { id } }),
    onSuccess: done,
  });
  const list = proposals.data ?? [];
  return (
    <Card title={`Context from chat${list.length ? ` (${list.length})` : ''}`}>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.error ? (
        <ErrorNotice error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : list.length === 0 ? (
        <Empty>Nothing proposed from the athlete's messages.</Empty>
      ) : (
        <ul className="list" aria-label="Proposed context events">
          {list.map((e) => (
            <li key={e.id} data-testid="context-proposal">
              <div>
                <Badge tone="attention">{KIND[e.kind] ?? e.kind}</Badge> {formatDay(e.startDate)}
                {e.endDate ? ` – ${formatDay(e.endDate)}` : ' (open-ended)'}
              </div>
              {e.note && <p className="quote">“{e.note}”</p>}
              {e.dateNote && <p className="hint">Check the dates: {e.dateNote}.</p>}
              <div className="row">
                <Button
                  variant="secondary"
                  busy={confirm.isPending && confirm.variables === e.id}
                  disabled={dismiss.isPending}
                  onClick={() => confirm.mutate(e.id)}
                  aria-label={`Confirm ${KIND[e.kind] ?? e.kind} from ${formatDay(e.startDate)}`}
                >
                  Confirm
                </Button>
                <Button
                  variant="ghost"
                  busy={dismiss.isPending && dismiss.variables === e.id}
                  disabled={confirm.isPending}
                  onClick={() => dismiss.mutate(e.id)}
                  aria-label={`Dismiss ${KIND[e.kind] ?? e.kind} from ${formatDay(e.startDate)}`}
                >
                  Dismiss
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice error={confirm.error ?? dismiss.error} />
    </Card>
  );
}
