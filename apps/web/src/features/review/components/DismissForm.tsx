import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui';

/** Reasons a coach gives often: one tap fills the field (and can still be edited). */
export const QUICK_REASONS = [
  'Already handled',
  'Discussed with the athlete',
  'Planned this way on purpose',
  'Not for this week',
] as const;

/**
 * The step between "Dismiss" and the dismissal: an optional reason, kept with the decision for coaches (never shown to
 * the athlete). Light for a coach who dismisses many: focus starts in the field, Enter dismisses (with or without a
 * reason), Escape or Cancel goes back; a quick reason is one tap.
 */
export function DismissForm({
  busy,
  disabled,
  onDismiss,
  onCancel,
}: {
  /** This dismissal is under way. */
  busy?: boolean;
  /** A write under way (this one or another): the form waits. */
  disabled?: boolean;
  onDismiss: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const off = !!busy || !!disabled;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="dismiss-form"
      aria-label="Dismiss this suggestion"
      onSubmit={(e) => {
        e.preventDefault();
        if (!off) onDismiss(reason.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for dismissing (optional)</label>
        <input
          ref={input}
          id={`${id}-reason`}
          aria-describedby={`${id}-hint`}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          disabled={off}
        />
        <p id={`${id}-hint`} className="hint">
          Coaches only: the athlete never sees it.
        </p>
      </div>
      <div className="quick-reasons" role="group" aria-label="Quick reasons">
        {QUICK_REASONS.map((r) => (
          <button
            key={r}
            type="button"
            className="chip"
            aria-pressed={reason === r}
            disabled={off}
            onClick={() => {
              setReason(reason === r ? '' : r);
              input.current?.focus();
            }}
          >
            {r}
          </button>
        ))}
      </div>
      <div className="row">
        <Button type="submit" busy={busy} disabled={off}>
          Dismiss
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
