import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, Loading, TextArea } from '../../components/ui';
import type { ResultOf } from '../../graphql';
import { gqlRequest } from '../../lib/api';
import { addDays, formatDay, formatLongDay, formatMinutes } from '../../lib/dates';
import {
  AvailabilityFields,
  ClearWeekAvailabilityMutation,
  MyWeekAvailabilityQuery,
  SetWeekAvailabilityMutation,
  availabilityKeys,
} from './graphql/availability';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const minutes = z.coerce
  .number({ error: '0–1440 minutes.' })
  .int('Whole minutes.')
  .min(0, '0–1440 minutes.')
  .max(1440, '0–1440 minutes.');
const schema = z.object({
  days: z.array(z.object({ off: z.boolean(), minutes })).length(7),
  note: z.string().max(500),
});
type FormIn = z.input<typeof schema>;
type FormOut = z.output<typeof schema>;
type Availability = ResultOf<typeof AvailabilityFields>;

const toForm = (a: Availability): FormIn => ({
  days: a.minutes.map((m, i) => ({ off: m === 0, minutes: String(m === 0 ? a.usualMinutes[i] || 0 : m) })),
  note: a.note ?? '',
});

/** The athlete tells their coach how much time next week has: minutes per day, days off, a note. */
export function AvailabilityPage() {
  const queryClient = useQueryClient();
  const [weekStart, setWeekStart] = useState<string | undefined>(undefined);
  const q = useQuery({
    queryKey: availabilityKeys.week(weekStart ?? 'next'),
    queryFn: () =>
      gqlRequest(MyWeekAvailabilityQuery, { weekStart: weekStart ?? null }).then((d) => d.weekAvailability),
  });
  const a = q.data;
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(schema),
    defaultValues: { days: DAYS.map(() => ({ off: false, minutes: '0' })), note: '' },
  });
  useEffect(() => {
    if (a) form.reset(toForm(a));
  }, [a, form]);
  const watched = useWatch({ control: form.control, name: 'days' });
  const total = (watched ?? []).reduce((t, d) => t + (d.off ? 0 : Number(d.minutes) || 0), 0);
  const onSaved = (next: Availability) => {
    queryClient.setQueryData(availabilityKeys.week(weekStart ?? 'next'), next);
    void queryClient.invalidateQueries({ queryKey: ['athlete', 'availability'] });
  };
  const save = useMutation({
    mutationFn: (v: FormOut) =>
      gqlRequest(SetWeekAvailabilityMutation, {
        input: {
          weekStart: a!.weekStart,
          minutes: v.days.map((d) => (d.off ? 0 : d.minutes)),
          note: v.note.trim() || null,
        },
      }).then((d) => d.setWeekAvailability),
    onSuccess: onSaved,
  });
  const clear = useMutation({
    mutationFn: () =>
      gqlRequest(ClearWeekAvailabilityMutation, { input: { weekStart: a!.weekStart } }).then(
        (d) => d.clearWeekAvailability,
      ),
    onSuccess: onSaved,
  });
  const e = form.formState.errors;

  if (q.isPending) return <Loading label="Loading your week…" />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <div className="page narrow">
      <h1>Time for training</h1>
      <p>
        Week of <strong>{formatLongDay(a!.weekStart)}</strong>.{' '}
        {a!.source === 'WEEK'
          ? `You set ${formatMinutes(a!.totalMinutes)} for this week (usually ${formatMinutes(a!.usualTotalMinutes)}).`
          : `Your usual week: ${formatMinutes(a!.usualTotalMinutes)}. Change a day if this week is different.`}
      </p>
      <div className="row">
        <Button variant="ghost" onClick={() => setWeekStart(addDays(a!.weekStart, -7))} disabled={!weekStart}>
          ← Earlier week
        </Button>
        <Button variant="ghost" onClick={() => setWeekStart(addDays(a!.weekStart, 7))}>
          Later week →
        </Button>
      </div>
      <form
        className="stack"
        noValidate
        aria-label="Minutes available per day"
        onSubmit={form.handleSubmit((v) => save.mutate(v))}
      >
        <ul className="availability-days">
          {DAYS.map((day, i) => {
            const off = watched?.[i]?.off;
            const id = `avail-${i}`;
            return (
              <li key={day} className={off ? 'off' : undefined} data-testid="availability-day">
                <span className="day-name">
                  {day}{' '}
                  <span className="hint">{formatDay(addDays(a!.weekStart, i)).replace(/^\w+ /, '')}</span>
                </span>
                <label className="check">
                  <input type="checkbox" {...form.register(`days.${i}.off`)} /> Day off
                </label>
                <span className="field inline">
                  <label htmlFor={id}>{`${day} minutes`}</label>
                  <input
                    id={id}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={1440}
                    step={5}
                    disabled={off}
                    aria-invalid={e.days?.[i]?.minutes ? true : undefined}
                    {...form.register(`days.${i}.minutes`)}
                  />
                </span>
                <span className="hint">
                  usually {a!.usualMinutes[i] ? `${a!.usualMinutes[i]} min` : 'off'}
                </span>
                {e.days?.[i]?.minutes && (
                  <span className="field-error" role="alert">
                    {e.days[i].minutes.message}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        <p role="status">
          Total: <strong>{formatMinutes(total)}</strong>
        </p>
        <TextArea label="Note for your coach (optional)" rows={2} {...form.register('note')} />
        <ErrorNotice error={save.error ?? clear.error} />
        {save.isSuccess && (
          <p className="notice" role="status">
            Saved. Your coach plans the week within it.
          </p>
        )}
        <div className="row">
          <Button type="submit" busy={save.isPending}>
            Save this week
          </Button>
          {a!.source === 'WEEK' && (
            <Button type="button" variant="secondary" busy={clear.isPending} onClick={() => clear.mutate()}>
              Back to my usual week
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
