import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Badge, Button, Card, Empty, ErrorNotice, Loading } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { addDays, formatDay } from '../../../lib/dates';
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

/** The id of the completed review's "Change this week" button (ReviewPage's DoneWeek), which a confirmation points to. */
export const CHANGE_WEEK_ID = 'change-this-week';

/** The week a completed review published, as the confirmation speaks of it. */
export interface CompletedWeek {
  athleteName: string;
  weekStart: string;
  /** A plan is published for it (the week shows, with "Change this week"). */
  published: boolean;
  /** The coach has it open for a change already (the editor shows instead). */
  changing: boolean;
}

interface ConfirmedEvent {
  kind: string;
  startDate: string;
  endDate?: string | null;
}

const dates = (e: ConfirmedEvent) =>
  `${formatDay(e.startDate)}${e.endDate ? ` – ${formatDay(e.endDate)}` : ' (open-ended)'}`;

/**
 * Life context the detector proposed from the athlete's chat messages: confirm it (the engine then uses it
 * and the review re-runs) or dismiss it. Kept live: the chat connection refetches it on `context:proposed`.
 * A confirmation says so; on a completed review, whose week is published and no longer follows the review, it says
 * whether the event falls in that week and points to "Change this week".
 */
export function ContextProposals({
  athleteId,
  onDecided,
  completedWeek,
}: {
  athleteId: string;
  onDecided: () => void;
  completedWeek: CompletedWeek | null;
}) {
  const queryClient = useQueryClient();
  const [confirmed, setConfirmed] = useState<ConfirmedEvent | null>(null);
  useEffect(() => setConfirmed(null), [athleteId]);
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
    onSuccess: (d) => {
      setConfirmed(d.confirmContextEvent);
      return done();
    },
  });
  const dismiss = useMutation({
    mutationFn: (id: string) => gqlRequest(DismissContextEventMutation, { input: { id } }),
    onSuccess: () => {
      setConfirmed(null);
      return done();
    },
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
      <div role="status" data-testid="context-confirmed">
        {confirmed && <ConfirmedNotice event={confirmed} week={completedWeek} />}
      </div>
      <ErrorNotice error={confirm.error ?? dismiss.error} />
    </Card>
  );
}

export function ConfirmedNotice({ event, week }: { event: ConfirmedEvent; week: CompletedWeek | null }) {
  const what = `${KIND[event.kind] ?? event.kind}, ${dates(event)}`;
  if (!week || !week.published) return <p className="notice">Confirmed: {what}.</p>;
  const first = week.athleteName.split(' ')[0];
  const weekEnd = addDays(week.weekStart, 6);
  const touches = event.startDate <= weekEnd && (!event.endDate || event.endDate >= week.weekStart);
  if (!touches)
    return (
      <p className="notice">
        Confirmed: {what}. It falls outside the week this completed review published (
        {formatDay(week.weekStart)} – {formatDay(weekEnd)}).
      </p>
    );
  const goToChange = () => {
    const button = document.getElementById(CHANGE_WEEK_ID);
    button?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    button?.focus({ preventScroll: true });
  };
  return (
    <div className="notice">
      <p>
        Confirmed: {what}. This review is completed: {first}&apos;s published week from{' '}
        {formatDay(week.weekStart)} was not changed for it, and stays as it is unless you change it.
      </p>
      {week.changing ? (
        <p>You have the week open for a change: edit it, then publish the change.</p>
      ) : (
        <Button variant="secondary" onClick={goToChange}>
          Go to “Change this week”
        </Button>
      )}
    </div>
  );
}
