import { useQuery } from '@tanstack/react-query';
import { Card, Empty, ErrorNotice, Loading } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { IntakeAnswers } from '../../onboarding/components/IntakeAnswers';
import { AthleteIntakeQuery, intakeKeys } from '../../onboarding/graphql/onboarding';

/**
 * The athlete's intake questionnaire on the coach's review: what the form promised ("Your coach reads this before
 * writing your first week"). Open while the athlete has no training history (the first weeks are written from it),
 * collapsed to one line once they have, when the review's own figures speak for them.
 */
export function IntakeCard({ athleteId, hasHistory }: { athleteId: string; hasHistory: boolean }) {
  const athlete = useQuery({
    queryKey: intakeKeys.athlete(athleteId),
    queryFn: () => gqlRequest(AthleteIntakeQuery, { id: athleteId }).then((d) => d.athlete),
  });
  return (
    <Card title="Intake">
      {athlete.isPending ? (
        <Loading label="Loading the intake…" />
      ) : athlete.error ? (
        <ErrorNotice error={athlete.error} onRetry={() => void athlete.refetch()} />
      ) : !athlete.data.intake ? (
        <Empty>{athlete.data.name.split(' ')[0]} has not sent the intake questionnaire yet.</Empty>
      ) : (
        <details className="intake" open={!hasHistory} data-testid="intake">
          <summary>
            {athlete.data.name.split(' ')[0]}&apos;s answers
            {athlete.data.intakeSubmittedAt &&
              ` (sent ${formatDay(athlete.data.intakeSubmittedAt.slice(0, 10))})`}
          </summary>
          <IntakeAnswers intake={athlete.data.intake} />
        </details>
      )}
    </Card>
  );
}
