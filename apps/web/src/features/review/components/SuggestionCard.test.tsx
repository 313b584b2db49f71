import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toEnginePlan } from '../preview';
import { session } from '../preview.fixtures';
import { DecidedList, SuggestionCard, describeChange } from './SuggestionCard';

const plan = toEnginePlan('2026-12-07', [session('a', 1, 60), session('b', 2, 60)]);
const addChange = {
  type: 'ADD_SESSION',
  day: 5,
  sessionId: '2026-12-07-d5-added',
  sessionKind: 'RUN',
  minutes: 40,
  effort: { type: 'RPE', value: 3 },
  purpose: 'Easy run',
  expectedTotalMinutes: 120,
  percent: null,
  fromDay: null,
  toDay: null,
  days: null,
  sessionIds: null,
  from: null,
  to: null,
  key: null,
  intervals: null,
};
const suggestion = {
  id: 'BUILD:2026-12-07',
  kind: 'BUILD',
  severity: 'INFO',
  state: 'PROPOSED',
  rationale: 'The plan has 120 min: add a 40-min easy run on Saturday (45 min available), to 160 min.',
  athleteText:
    'Next week grows to about 160 min instead of 120 min. Your recent weeks went well. You add an easy run of 40 min on Saturday.',
  shared: false,
  basis: 'EVIDENCE',
  planWeekStart: '2026-12-07',
  changes: [addChange],
} as never;

describe('SuggestionCard with an ADD_SESSION change', () => {
  it('names the new session by its day, kind and minutes', () => {
    expect(describeChange(addChange as never)).toBe('+ Saturday: easy run 40 min');
    expect(describeChange({ ...addChange, sessionKind: 'CROSS_TRAINING', minutes: 30 } as never)).toBe(
      '+ Saturday: easy cross-training 30 min',
    );
  });

  it('renders the change and the week after it, and applies it as proposed', () => {
    const onApply = vi.fn();
    render(
      <SuggestionCard
        suggestion={suggestion}
        basePlan={plan}
        onApply={onApply}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByText('+ Saturday: easy run 40 min')).toBeTruthy();
    const preview = screen.getByRole('group', { name: 'Preview of the change to next week' });
    expect(within(preview).getByTestId('after-total').textContent).toBe('2 h 40 min');
    fireEvent.click(screen.getByRole('button', { name: /^apply/i }));
    expect(onApply).toHaveBeenCalledWith();
  });
});

describe('what the athlete reads of a suggestion', () => {
  it('shows the coach the athlete text, apart from the coach rationale, before it is shared', () => {
    render(
      <SuggestionCard
        suggestion={suggestion}
        basePlan={plan}
        onApply={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    const reads = screen.getByTestId('athlete-reads');
    expect(reads.textContent).toBe(
      'If you share it, the athlete reads: Next week grows to about 160 min instead of 120 min. Your recent weeks went well. You add an easy run of 40 min on Saturday.',
    );
    expect(reads.textContent).not.toContain('The plan has 120 min');
  });

  it('says "The athlete reads" for a shared suggestion, and on an applied one the coach keeps ticked', () => {
    const applied = { ...(suggestion as object), state: 'APPLIED', shared: false } as never;
    const onToggle = vi.fn();
    const { rerender } = render(
      <DecidedList decided={[applied]} unshared={new Set()} onToggleShare={onToggle} />,
    );
    expect(screen.getByTestId('athlete-reads').textContent).toMatch(/^The athlete reads: Next week grows/);
    rerender(
      <DecidedList decided={[applied]} unshared={new Set(['BUILD:2026-12-07'])} onToggleShare={onToggle} />,
    );
    expect(screen.getByTestId('athlete-reads').textContent).toMatch(/^If you share it, the athlete reads: /);
    rerender(
      <SuggestionCard
        suggestion={{ ...(suggestion as object), shared: true } as never}
        basePlan={plan}
        onApply={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    expect(screen.getByTestId('athlete-reads').textContent).toMatch(/^The athlete reads: /);
  });
});

describe('SuggestionCard without a change (a note, a reach-out)', () => {
  it('says nothing changes in the plan instead of a before/after of the same week', () => {
    render(
      <SuggestionCard
        suggestion={
          { ...(suggestion as object), id: 'NO_CONTACT_REACH_OUT:2026-12-07', changes: [] } as never
        }
        basePlan={plan}
        onApply={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    const preview = screen.getByRole('group', { name: 'Preview of the change to next week' });
    expect(within(preview).getByText('Nothing changes in the plan.')).toBeTruthy();
    expect(within(preview).queryByTestId('before-after')).toBeNull();
  });
});
