import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, TextInput } from '../../../components/ui';
import { gqlRequest } from '../../../lib/api';
import { addDays, formatLongDay } from '../../../lib/dates';
import { SnoozeReviewMutation } from '../graphql/review';

/** Snooze the review until a date after the athlete's today: it leaves the to-do queue until then. */
export function SnoozeReview({
  athleteId,
  weekStart,
  today,
  snoozedUntil,
  onSnoozed,
}: {
  athleteId: string;
  weekStart: string;
  today: string;
  snoozedUntil: string | null;
  onSnoozed: () => void;
}) {
  const schema = z.object({
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date.')
      .refine((d) => d > today, 'Pick a date after today.'),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { until: snoozedUntil ?? addDays(today, 2) },
  });
  const snooze = useMutation({
    mutationFn: (until: string) =>
      gqlRequest(SnoozeReviewMutation, { input: { athleteId, weekStart, until } }),
    onSuccess: onSnoozed,
  });
  return (
    <form
      className="row snooze"
      noValidate
      aria-label="Snooze the review"
      onSubmit={form.handleSubmit((v) => snooze.mutate(v.until))}
    >
      <TextInput
        label="Snooze until"
        type="date"
        min={addDays(today, 1)}
        error={form.formState.errors.until?.message}
        {...form.register('until')}
      />
      <Button type="submit" variant="secondary" busy={snooze.isPending}>
        Snooze
      </Button>
      {snoozedUntil && (
        <p className="hint" role="status">
          Snoozed until {formatLongDay(snoozedUntil)}.
        </p>
      )}
      <ErrorNotice error={snooze.error} />
    </form>
  );
}
