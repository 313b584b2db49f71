import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, Select, TextInput } from '../../../components/ui';
import type { VariablesOf } from '../../../graphql';
import { gqlRequest } from '../../../lib/api';
import { formatDay, formatMinutes } from '../../../lib/dates';
import { kindLabel } from '../../plan/components/SessionLabel';
import { UpdateLoggedSessionMutation } from '../graphql/athlete';
import { SessionKindOptions, sessionEffort, sessionKind, sessionMinutes } from '../session-fields';

export interface LoggedSessionRow {
  id: string;
  date: string;
  kind: string;
  minutes: number;
  srpe: number | null;
  source: string;
}

const rateSchema = z.object({ srpe: sessionEffort });
const correctSchema = z.object({
  kind: sessionKind,
  minutes: sessionMinutes,
  // Left empty on a session not rated yet: it stays unrated.
  srpe: z.union([z.literal(''), sessionEffort]),
});

function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VariablesOf<typeof UpdateLoggedSessionMutation>['input']) =>
      gqlRequest(UpdateLoggedSessionMutation, { input }),
    // The recent list, the week on the home page and the check-in history read it again.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['athlete'] }),
  });
}

/**
 * How hard a session felt, for one that has no effort yet (a file from a watch: its load, effort × minutes, counts
 * once the athlete says). Saves on the session itself, never as a second one.
 */
export function RateSession({ sessionId, onRated }: { sessionId: string; onRated?: () => void }) {
  const update = useUpdateSession();
  const form = useForm<z.input<typeof rateSchema>, unknown, z.output<typeof rateSchema>>({
    resolver: zodResolver(rateSchema),
    defaultValues: { srpe: '' },
  });
  return (
    <form
      className="inline-form"
      noValidate
      data-testid="rate-session"
      onSubmit={form.handleSubmit((v) =>
        update.mutate({ id: sessionId, srpe: v.srpe }, { onSuccess: onRated }),
      )}
    >
      <TextInput
        label="How hard was it (0–10)?"
        type="number"
        inputMode="decimal"
        step="0.5"
        error={form.formState.errors.srpe?.message}
        {...form.register('srpe')}
      />
      <Button type="submit" variant="secondary" busy={update.isPending}>
        Save effort
      </Button>
      <ErrorNotice error={update.error} />
    </form>
  );
}

/** One session of the athlete's recent list: unrated ones ask how hard they felt; any can be corrected. */
export function LoggedSessionItem({ session: s }: { session: LoggedSessionRow }) {
  const [correcting, setCorrecting] = useState(false);
  const update = useUpdateSession();
  const formId = useId();
  const form = useForm<z.input<typeof correctSchema>, unknown, z.output<typeof correctSchema>>({
    resolver: zodResolver(correctSchema),
    defaultValues: {
      kind: s.kind as z.input<typeof correctSchema>['kind'],
      minutes: String(s.minutes),
      srpe: s.srpe === null ? '' : String(s.srpe),
    },
  });
  const e = form.formState.errors;
  return (
    <li className="logged-session" data-testid="logged-session" data-date={s.date}>
      <span>
        {formatDay(s.date)}: {kindLabel(s.kind)}, {formatMinutes(s.minutes)}
        {s.srpe != null ? `, effort ${s.srpe}` : ', not rated yet'}
        {s.source === 'FILE' && ' (from file)'}
      </span>{' '}
      {!correcting && (
        <Button
          type="button"
          variant="ghost"
          aria-label={`Correct ${kindLabel(s.kind)} of ${formatDay(s.date)}`}
          onClick={() => {
            form.reset({
              kind: s.kind as z.input<typeof correctSchema>['kind'],
              minutes: String(s.minutes),
              srpe: s.srpe === null ? '' : String(s.srpe),
            });
            setCorrecting(true);
          }}
        >
          Correct
        </Button>
      )}
      {!correcting && s.srpe == null && <RateSession sessionId={s.id} />}
      {correcting && (
        <form
          id={formId}
          className="stack"
          noValidate
          onSubmit={form.handleSubmit((v) =>
            update.mutate(
              { id: s.id, kind: v.kind, minutes: v.minutes, ...(v.srpe === '' ? {} : { srpe: v.srpe }) },
              { onSuccess: () => setCorrecting(false) },
            ),
          )}
        >
          <div className="grid-2">
            <Select label="Kind" {...form.register('kind')}>
              <SessionKindOptions />
            </Select>
            <TextInput
              label="Minutes"
              type="number"
              inputMode="numeric"
              error={e.minutes?.message}
              {...form.register('minutes')}
            />
            <TextInput
              label="How hard (0–10)"
              type="number"
              inputMode="decimal"
              step="0.5"
              error={e.srpe?.message}
              {...form.register('srpe')}
            />
          </div>
          <ErrorNotice error={update.error} />
          <div className="row">
            <Button type="submit" busy={update.isPending}>
              Save correction
            </Button>
            <Button type="button" variant="secondary" onClick={() => setCorrecting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
