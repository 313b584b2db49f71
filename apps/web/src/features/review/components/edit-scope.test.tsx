import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { change, suggestionOf, weekPlan } from '../preview.fixtures';
import { SuggestionCard } from './SuggestionCard';

const plan = weekPlan();
const suggestion = suggestionOf;

describe('the edit form of a volume change', () => {
  const scale = (sessionIds: string[] | null) =>
    change({ type: 'SCALE_VOLUME', percent: -20, sessionIds, expectedTotalMinutes: 230 });
  const edit = (sessionIds: string[] | null) => {
    render(
      <SuggestionCard
        suggestion={suggestion({ changes: [scale(sessionIds)] })}
        basePlan={plan}
        onApply={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    return screen.getByRole('form', { name: 'Edit the change' });
  };

  it('names the one session a change scales, with no days to choose', () => {
    const form = edit(['c']);
    expect(within(form).queryByRole('group', { name: /on these days/ })).toBeNull();
    expect(within(form).getByTestId('scale-scope').textContent).toBe(
      "This change scales Sunday's long run (120 min) only.",
    );
  });

  it('limits a change to some sessions among them, and a change to the week among all its sessions', () => {
    const some = edit(['a', 'b']);
    expect(
      within(some).getByRole('group', {
        name: 'Of the 2 sessions it scales, only those on these days (none: all 2)',
      }),
    ).toBeTruthy();
    some.remove();
    const week = edit(null);
    expect(
      within(week).getByRole('group', { name: 'Only the sessions on these days (none: the whole week)' }),
    ).toBeTruthy();
  });

  it('offers, for a change to some sessions, only the days those sessions are on (a day without one scales nothing)', () => {
    const form = edit(['a', 'c']);
    const days = within(form).getByRole('group', { name: /on these days/ });
    expect(
      within(days)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement!.textContent!.trim()),
    ).toEqual(['Tue', 'Sun']);
    form.remove();
    // A change to the week keeps all seven.
    const week = edit(null);
    expect(within(week).getAllByRole('checkbox')).toHaveLength(7);
  });
});
