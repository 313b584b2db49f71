import { useEffect, useRef } from 'react';
import { Button, ModalDialog } from '../../../components/ui';

/** "2 suggestions are still undecided, 1 of them urgent." (none: every suggestion is decided). */
export function undecidedText(undecided: number, urgent: number): string {
  if (undecided === 0) return 'Every suggestion is decided now.';
  const n = undecided === 1 ? '1 suggestion is' : `${undecided} suggestions are`;
  const u = urgent === 0 ? '' : undecided === 1 ? ', and it is urgent' : `, ${urgent} of them urgent`;
  return `${n} still undecided${u}.`;
}

/**
 * The confirm step of "Complete and publish" while suggestions are undecided: a modal alert dialog (the review behind
 * it is inert, so nothing is decided under it) that says how many are undecided and how many urgent, from the review
 * as it is read now: a change that reaches the page while it is open (a re-run after the athlete's check-in, pushed)
 * shows at once, and is announced. Focus starts on "Back to the suggestions" (the safe choice); Escape goes back too.
 */
export function ConfirmComplete({
  undecided,
  urgent,
  onConfirm,
  onCancel,
}: {
  undecided: number;
  urgent: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <ModalDialog
      role="alertdialog"
      labelledBy="confirm-complete-title"
      describedBy="confirm-complete-text"
      className="confirm"
      data-testid="confirm-complete"
      onCancel={onCancel}
    >
      <h2 id="confirm-complete-title" className="small-heading">
        {undecided > 0
          ? 'Complete the review with suggestions undecided?'
          : 'Complete the review and publish the week?'}
      </h2>
      <p id="confirm-complete-text" aria-live="polite" data-testid="confirm-complete-counts">
        {undecidedText(undecided, urgent)}{' '}
        {undecided === 0
          ? 'Completing publishes the week as it is now.'
          : `Completing publishes the week as it is; ${undecided === 1 ? 'it stays' : 'they stay'} undecided and can no longer be applied or dismissed.`}
      </p>
      <div className="row">
        <Button variant="secondary" ref={back} onClick={onCancel}>
          Back to the suggestions
        </Button>
        <Button onClick={onConfirm}>{undecided > 0 ? 'Complete anyway' : 'Complete now'}</Button>
      </div>
    </ModalDialog>
  );
}
