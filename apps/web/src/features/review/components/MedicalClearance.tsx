import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, Card, ErrorNotice, TextArea, TextInput } from '../../../components/ui';
import { addDays, formatLongDay } from '../../../lib/dates';
import { useMedicalClearance } from '../hooks/useMedicalClearance';

const NOTE_MAX = 500;

/**
 * The doctor's answer after the engine recommended a medical check: the latest clearance on record, and (where the
 * review recommends a doctor) a form to record one. Only the athlete's coach may record it; the API says so otherwise.
 */
export function MedicalClearance({
  athleteId,
  athleteName,
  today,
  recommended,
  onRecorded,
}: {
  athleteId: string;
  athleteName: string;
  /** The athlete's today (the review date): the latest day a clearance may have. */
  today: string;
  /** The review recommends a doctor (a suggestion carries the medical check). */
  recommended: boolean;
  onRecorded: () => Promise<unknown> | void;
}) {
  const { latest, record } = useMedicalClearance(athleteId, onRecorded);
  const earliest = addDays(today, -366);
  const schema = z.object({
    clearedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick the day the doctor cleared them.')
      .refine((d) => d <= today, 'Pick a day that is not in the future.')
      .refine((d) => d >= earliest, 'Pick a day within the last year.'),
    note: z.string().max(NOTE_MAX, `At most ${NOTE_MAX} characters.`),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { clearedOn: today, note: '' },
  });
  const cleared = latest.data ?? null;
  if (!recommended && cleared === null) return null;
  const first = athleteName.split(/\s+/)[0];
  return (
    <Card title="Doctor's clearance">
      {cleared ? (
        <p data-testid="medical-clearance" role="status">
          A doctor cleared {first} on {formatLongDay(cleared.clearedOn)} (recorded by {cleared.recordedByName}
          ){cleared.note ? `: ${cleared.note}` : '.'}
        </p>
      ) : (
        <p className="hint">No clearance on record.</p>
      )}
      {record.data?.reviewRegeneration === 'QUEUED' && (
        <p className="hint" role="status" data-testid="medical-clearance-queued">
          Saved. The review could not be generated again just now: it is re-run in the background, so reload
          the page in a minute.
        </p>
      )}
      {record.data?.reviewRegeneration === 'KEPT_DONE' && (
        <p className="hint" role="status">
          Saved. This review was already completed, so it stays as it was: the clearance counts from the next
          review on.
        </p>
      )}
      {recommended && (
        <form
          noValidate
          aria-label="Record doctor's clearance"
          onSubmit={form.handleSubmit((v) => record.mutate(v))}
        >
          <p className="hint">
            The review recommends that {first} sees a doctor. Once a doctor has cleared {first}, record the
            day: only the days after it count toward a new medical check, and the review is generated again.
          </p>
          <TextInput
            label="Date cleared"
            type="date"
            max={today}
            min={earliest}
            error={form.formState.errors.clearedOn?.message}
            {...form.register('clearedOn')}
          />
          <TextArea
            label={`Note (optional; ${first} sees it)`}
            rows={2}
            maxLength={NOTE_MAX}
            error={form.formState.errors.note?.message}
            {...form.register('note')}
          />
          <Button type="submit" busy={record.isPending}>
            Record doctor's clearance
          </Button>
          <ErrorNotice error={record.error} />
        </form>
      )}
    </Card>
  );
}
