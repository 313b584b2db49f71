import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button, ErrorNotice, ModalDialog, TextArea, TextInput } from '../../../components/ui';
import type { VariablesOf } from '../../../graphql';
import { gqlRequest } from '../../../lib/api';
import { ApiError } from '../../../lib/errors';
import { formatDay, formatMinutes } from '../../../lib/dates';
import { kindLabel } from '../../plan/components/SessionLabel';
import { DeleteLoggedSessionMutation, UpdateLoggedSessionMutation } from '../graphql/athlete';
import { SessionFields, sessionEffort, sessionKind, sessionMinutes } from '../session-fields';

export interface LoggedSessionRow {
  id: string;
  date: string;
  kind: string;
  minutes: number;
  srpe: number | null;
  source: string;
  /** From a file: what the device measured (none for an indoor or manual session). */
  distanceMeters?: number | null;
  note?: string | null;
}

/** "4.84 km", "12.3 km": the distance a file recorded, as the athlete's watch showed it. */
export function formatDistance(meters: number): string {
  return `${(meters / 1000).toFixed(meters < 10_000 ? 2 : 1)} km`;
}

const rateSchema = z.object({ srpe: sessionEffort });
const correctSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date, please.'),
  kind: sessionKind,
  minutes: sessionMinutes,
  // Left empty on a session not rated yet: it stays unrated.
  srpe: z.union([z.literal(''), sessionEffort]),
  note: z.string().max(2000, 'Up to 2000 characters.'),
});

/** The correction form's values for a session as it is saved. */
const correctionOf = (s: LoggedSessionRow): z.input<typeof correctSchema> => ({
  date: s.date,
  kind: s.kind as z.input<typeof correctSchema>['kind'],
  minutes: String(s.minutes),
  srpe: s.srpe === null ? '' : String(s.srpe),
  note: s.note ?? '',
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

function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    // Already gone (deleted on another device): what the athlete wanted, so deleted here too, the list read again.
    mutationFn: (id: string) =>
      gqlRequest(DeleteLoggedSessionMutation, { id }).catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'NOT_FOUND') return { deleteLoggedSession: id };
        throw e;
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['athlete'] }),
  });
}

/**
 * The confirm step of deleting a logged session: a modal alert dialog naming the session. Focus starts on "Keep it"
 * (the safe choice); Escape keeps it too. The server's refusal shows in the dialog.
 */
function ConfirmDelete({
  what,
  detail,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  what: string;
  detail: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <ModalDialog
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      className="confirm"
      data-testid="confirm-delete-session"
      onCancel={onCancel}
    >
      <h2 id={`${id}-title`} className="small-heading">
        Delete {what}?
      </h2>
      <p id={`${id}-text`}>
        {detail} goes from your log: your week and your coach no longer count it. This cannot be undone.
      </p>
      <ErrorNotice error={error} />
      <div className="row">
        <Button variant="secondary" ref={keep} onClick={onCancel}>
          Keep it
        </Button>
        <Button variant="danger" busy={busy} onClick={onConfirm}>
          Delete session
        </Button>
      </div>
    </ModalDialog>
  );
}

/**
 * How hard a session felt, for one that has no effort yet (a file from a watch: its load, effort × minutes, counts
 * once the athlete says). Saves on the session itself, never as a second one.
 */
export function RateSession({
  sessionId,
  what,
  onRated,
}: {
  sessionId: string;
  /** The session, for the controls' names where several are rated on one screen ("Run of Sat 5 Dec"). */
  what?: string;
  onRated?: () => void;
}) {
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
        aria-label={what ? `How hard was ${what} (0–10)?` : undefined}
        type="number"
        inputMode="decimal"
        step="0.5"
        error={form.formState.errors.srpe?.message}
        {...form.register('srpe')}
      />
      <Button
        type="submit"
        variant="secondary"
        busy={update.isPending}
        aria-label={what ? `Save effort for ${what}` : undefined}
      >
        Save effort
      </Button>
      <ErrorNotice error={update.error} />
    </form>
  );
}

/**
 * One session of the athlete's recent list: unrated ones ask how hard they felt; any can be corrected (its day, kind,
 * minutes, effort and note) or deleted, once confirmed. `onDeleted` is told the deleted session's name (the item is
 * gone from the list then: its parent says so and takes the focus).
 */
export function LoggedSessionItem({
  session: s,
  onDeleted,
}: {
  session: LoggedSessionRow;
  onDeleted?: (what: string) => void;
}) {
  const [correcting, setCorrecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateSession();
  const remove = useDeleteSession();
  const formId = useId();
  const form = useForm<z.input<typeof correctSchema>, unknown, z.output<typeof correctSchema>>({
    resolver: zodResolver(correctSchema),
    defaultValues: correctionOf(s),
  });
  const e = form.formState.errors;
  const what = `${kindLabel(s.kind)} of ${formatDay(s.date)}`;
  // Focus goes to the form's first field when it opens, and back to "Correct" when it closes (saved or cancelled):
  // the control that was focused is gone either way.
  const correctButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasCorrecting = useRef(false);
  useEffect(() => {
    if (correcting) form.setFocus('date');
    else if (wasCorrecting.current) correctButton.current?.focus();
    wasCorrecting.current = correcting;
  }, [correcting]);
  // Kept ("Keep it", Escape): focus goes back to "Delete", once the modal dialog (and the page's inertness) is gone.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const close = () => {
    update.reset();
    setCorrecting(false);
  };
  return (
    <li className="logged-session" data-testid="logged-session" data-date={s.date}>
      <span>
        {formatDay(s.date)}: {kindLabel(s.kind)}, {formatMinutes(s.minutes)}
        {s.distanceMeters ? `, ${formatDistance(s.distanceMeters)}` : ''}
        {s.srpe != null ? `, effort ${s.srpe}` : ', not rated yet'}
        {s.source === 'FILE' && ' (from file)'}
        {s.note && <span className="hint logged-session-note">: “{s.note}”</span>}
      </span>{' '}
      {!correcting && (
        <div className="logged-session-actions">
          <Button
            ref={correctButton}
            type="button"
            variant="ghost"
            aria-label={`Correct ${what}`}
            onClick={() => {
              update.reset();
              form.reset(correctionOf(s));
              setCorrecting(true);
            }}
          >
            Correct
          </Button>
          <Button
            ref={deleteButton}
            type="button"
            variant="ghost"
            aria-label={`Delete ${what}`}
            onClick={() => {
              remove.reset();
              setConfirming(true);
            }}
          >
            Delete
          </Button>
        </div>
      )}
      {confirming && (
        <ConfirmDelete
          what={what}
          detail={`${kindLabel(s.kind)}, ${formatMinutes(s.minutes)} on ${formatDay(s.date)}`}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(s.id, {
              onSuccess: () => {
                setConfirming(false);
                onDeleted?.(what);
              },
            })
          }
        />
      )}
      {!correcting && s.srpe == null && <RateSession sessionId={s.id} what={what} />}
      {correcting && (
        <form
          id={formId}
          className="stack"
          noValidate
          onSubmit={form.handleSubmit((v) => {
            // Only what the athlete changed: an unchanged kind sent again would clear a file's guessed sport.
            const changed = form.formState.dirtyFields;
            const input = {
              id: s.id,
              ...(changed.date ? { date: v.date } : {}),
              ...(changed.kind ? { kind: v.kind } : {}),
              ...(changed.minutes ? { minutes: v.minutes } : {}),
              ...(changed.srpe && v.srpe !== '' ? { srpe: v.srpe } : {}),
              // An emptied note is cleared.
              ...(changed.note ? { note: v.note.trim() || null } : {}),
            };
            if (Object.keys(input).length === 1) close();
            else update.mutate(input, { onSuccess: close });
          })}
        >
          <div className="grid-2">
            <TextInput label="Date" type="date" error={e.date?.message} {...form.register('date')} />
            <SessionFields register={form.register} errors={e} />
          </div>
          <TextArea label="Note" rows={2} error={e.note?.message} {...form.register('note')} />
          <ErrorNotice error={update.error} />
          <div className="row">
            <Button type="submit" busy={update.isPending}>
              Save correction
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
