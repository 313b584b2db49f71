import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/errors';
import { useSuggestionDecisions } from './useSuggestionDecisions';

const gqlRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/api', () => ({ gqlRequest }));

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
    {children}
  </QueryClientProvider>
);

describe('deciding on the version of a suggestion the page shows', () => {
  it('sends its changesDigest with an apply and a dismissal, and reads the review again when it changed since', async () => {
    const onDecided = vi.fn(() => Promise.resolve());
    gqlRequest.mockRejectedValue(
      new ApiError('CONFLICT', 'SUGGESTION_CHANGED', 'This suggestion changed since you read it.'),
    );
    const { result } = renderHook(
      () => useSuggestionDecisions('a1', '2026-12-14', { id: 'p1', revision: 2 }, onDecided),
      { wrapper },
    );
    act(() =>
      result.current.apply.mutate({ suggestionId: 'CURRENT_WEEK_LOAD:2026-12-07', changesDigest: 'abc' }),
    );
    await waitFor(() => expect(result.current.apply.isError).toBe(true));
    expect(gqlRequest.mock.calls[0][1]).toMatchObject({
      input: { suggestionId: 'CURRENT_WEEK_LOAD:2026-12-07', expectedChangesDigest: 'abc' },
    });
    // Nothing was done, but the review is read again: the card shows the new version.
    expect(onDecided).toHaveBeenCalledTimes(1);

    act(() =>
      result.current.dismiss.mutate({
        suggestionId: 'CURRENT_WEEK_LOAD:2026-12-07',
        changesDigest: 'abc',
        reason: '',
      }),
    );
    await waitFor(() => expect(result.current.dismiss.isError).toBe(true));
    expect(gqlRequest.mock.calls[1][1]).toMatchObject({ input: { expectedChangesDigest: 'abc' } });
    expect(onDecided).toHaveBeenCalledTimes(2);
  });

  it('does not read the review again for another refusal', async () => {
    const onDecided = vi.fn(() => Promise.resolve());
    gqlRequest.mockRejectedValue(new ApiError('CONFLICT', 'PLAN_VERSION_CONFLICT', 'Changed meanwhile.'));
    const { result } = renderHook(() => useSuggestionDecisions('a1', '2026-12-14', null, onDecided), {
      wrapper,
    });
    act(() => result.current.apply.mutate({ suggestionId: 'BUILD:2026-12-14', changesDigest: 'abc' }));
    await waitFor(() => expect(result.current.apply.isError).toBe(true));
    expect(onDecided).not.toHaveBeenCalled();
  });
});
