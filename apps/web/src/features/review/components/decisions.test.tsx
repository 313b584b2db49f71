import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/errors';
import { suggestionOf, weekPlan, WEEK } from '../preview.fixtures';
import { ConfirmComplete } from './ConfirmComplete';
import { DecidedList, SuggestionCard } from './SuggestionCard';

const plan = weekPlan();
const suggestion = suggestionOf;

describe('dismissing with an optional reason', () => {
  it('asks for the reason first: focus in the field, Enter dismisses with it, a quick reason fills it', () => {
    const onDismiss = vi.fn();
    render(
      <SuggestionCard suggestion={suggestion()} basePlan={plan} onApply={vi.fn()} onDismiss={onDismiss} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).not.toHaveBeenCalled();
    const form = screen.getByRole('form', { name: 'Dismiss this suggestion' });
    const field = within(form).getByLabelText('Reason for dismissing (optional)');
    expect(document.activeElement).toBe(field);
    fireEvent.click(within(form).getByRole('button', { name: 'Already handled' }));
    expect((field as HTMLInputElement).value).toBe('Already handled');
    fireEvent.change(field, { target: { value: '  she feels great  ' } });
    fireEvent.submit(form);
    expect(onDismiss).toHaveBeenCalledWith('she feels great');
  });

  it('dismisses without a reason, and Escape goes back to the buttons', () => {
    const onDismiss = vi.fn();
    render(
      <SuggestionCard suggestion={suggestion()} basePlan={plan} onApply={vi.fn()} onDismiss={onDismiss} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.keyDown(screen.getByLabelText('Reason for dismissing (optional)'), { key: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Dismiss this suggestion' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(
      within(screen.getByRole('form', { name: 'Dismiss this suggestion' })).getByRole('button', {
        name: 'Dismiss',
      }),
    );
    expect(onDismiss).toHaveBeenCalledWith('');
  });
});

describe('the decided list: reasons and undo', () => {
  const dismissed = {
    ...(suggestion() as object),
    state: 'DISMISSED',
    dismissReason: 'Already handled',
  } as never;
  const applied = {
    ...(suggestion() as object),
    id: `BUILD:${WEEK}`,
    kind: 'BUILD',
    state: 'APPLIED',
  } as never;
  const thisWeek = {
    ...(suggestion() as object),
    id: 'CURRENT_WEEK_LONG_RUN:2026-11-30',
    kind: 'CURRENT_WEEK_LONG_RUN',
    state: 'APPLIED',
    planWeekStart: '2026-11-30',
  } as never;

  it('shows a dismissal’s reason and offers to undo each decision, named', () => {
    const onUndo = vi.fn();
    render(<DecidedList decided={[dismissed, applied]} nextWeekStart={WEEK} onUndo={onUndo} />);
    expect(screen.getByTestId('dismiss-reason').textContent).toBe('Reason: “Already handled”');
    fireEvent.click(screen.getByRole('button', { name: 'Undo dismissing Load spike warning' }));
    expect(onUndo).toHaveBeenCalledWith({
      id: `LOAD_SPIKE_WARNING:${WEEK}`,
      state: 'DISMISSED',
      kind: 'LOAD_SPIKE_WARNING',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo applying Build' }));
    expect(onUndo).toHaveBeenLastCalledWith({ id: `BUILD:${WEEK}`, state: 'APPLIED', kind: 'BUILD' });
  });

  it('says why a change to the rest of this week has no undo (published when applied), and shows a refusal', () => {
    render(
      <DecidedList
        decided={[thisWeek, applied]}
        nextWeekStart={WEEK}
        onUndo={vi.fn()}
        undoError={{
          id: `BUILD:${WEEK}`,
          error: new ApiError('CONFLICT', 'REVIEW_DONE', 'This review is completed.'),
        }}
      />,
    );
    expect(screen.getByTestId('undo-published').textContent).toBe(
      'Published to the athlete when it was applied, so it cannot be undone here.',
    );
    expect(screen.queryByRole('button', { name: /Current week long run/ })).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('This review is completed.');
  });

  it('offers no undo on a completed review (no onUndo)', () => {
    render(<DecidedList decided={[dismissed, applied]} nextWeekStart={WEEK} />);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });
});

describe('the confirm step of Complete and publish', () => {
  it('follows the counts it is given while open, and says so when none is left undecided', () => {
    const { rerender } = render(
      <ConfirmComplete undecided={2} urgent={1} onConfirm={vi.fn()} onCancel={vi.fn()} />,
    );
    const counts = screen.getByTestId('confirm-complete-counts');
    expect(counts.textContent).toMatch(/^2 suggestions are still undecided, 1 of them urgent\./);
    rerender(<ConfirmComplete undecided={0} urgent={0} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(counts.textContent).toBe(
      'Every suggestion is decided now. Completing publishes the week as it is now.',
    );
    expect(counts.textContent).not.toMatch(/0 suggestions/);
    expect(screen.getByRole('heading').textContent).toBe('Complete the review and publish the week?');
    expect(screen.getByRole('button', { name: 'Complete now' })).toBeTruthy();
  });
});
