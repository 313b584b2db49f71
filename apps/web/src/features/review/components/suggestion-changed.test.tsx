import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toApiError } from '../../../lib/errors';
import { change, suggestionOf, weekPlan } from '../preview.fixtures';
import { SuggestionCard } from './SuggestionCard';

const plan = weekPlan();
const suggestion = (over: Record<string, unknown> = {}) =>
  suggestionOf({
    changesDigest: '0123456789abcdef',
    changes: [change({ type: 'SCALE_VOLUME', percent: -20, sessionIds: null, expectedTotalMinutes: 184 })],
    ...over,
  });

/** The API's refusal of an apply on the version the page read (its changesDigest), as the client maps it. */
const refused = () =>
  toApiError({
    code: 'CONFLICT',
    reason: 'SUGGESTION_CHANGED',
    message:
      'The load spike warning suggestion changed since you read it: worked out again with what is known on 2026-12-08 (…). Nothing was done: read the new version, then decide on it',
    details: { changesDigest: 'fedcba9876543210' },
  });

describe('a suggestion that changed since the coach read it (SUGGESTION_CHANGED)', () => {
  it('says in words that it changed since it was read, that nothing was done, and that the new version is shown', () => {
    render(
      <SuggestionCard
        suggestion={suggestion({ changesDigest: 'fedcba9876543210' })}
        basePlan={plan}
        error={refused()}
        onApply={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'This suggestion changed since you read it (worked out again with newer data: a session logged, a check-in, another decision, or the day moving on), so nothing was done. It now shows its new version: read it, then apply it if it still fits.',
    );
    // The new version can be applied.
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('closes an edit started from the version read before when the new version arrives', () => {
    const { rerender } = render(
      <SuggestionCard suggestion={suggestion()} basePlan={plan} onApply={vi.fn()} onDismiss={vi.fn()} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('form', { name: 'Edit the change' })).toBeTruthy();
    // Read again with the same changes (only its words may differ): the edit stays open.
    rerender(
      <SuggestionCard
        suggestion={suggestion({ rationale: 'Load rose fast (Tuesday).' })}
        basePlan={plan}
        onApply={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(screen.getByRole('form', { name: 'Edit the change' })).toBeTruthy();
    rerender(
      <SuggestionCard
        suggestion={suggestion({
          changesDigest: 'fedcba9876543210',
          changes: [
            change({ type: 'SCALE_VOLUME', percent: -10, sessionIds: null, expectedTotalMinutes: 207 }),
          ],
        })}
        basePlan={plan}
        error={refused()}
        onApply={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(screen.queryByRole('form', { name: 'Edit the change' })).toBeNull();
  });
});
