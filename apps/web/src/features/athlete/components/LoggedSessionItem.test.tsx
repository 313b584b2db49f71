import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/errors';
import { LoggedSessionItem } from './LoggedSessionItem';

const gqlRequest = vi.fn();
vi.mock('../../../lib/api', () => ({ gqlRequest: (...args: unknown[]) => gqlRequest(...args) }));

const session = { id: 's1', date: '2026-12-05', kind: 'RUN', minutes: 40, srpe: 4, source: 'MANUAL' };

function renderItem(onDeleted: (what: string) => void) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  render(
    <QueryClientProvider client={queryClient}>
      <ul>
        <LoggedSessionItem session={session} onDeleted={onDeleted} />
      </ul>
    </QueryClientProvider>,
  );
  return { invalidate };
}

describe('LoggedSessionItem: deleting', () => {
  beforeEach(() => {
    gqlRequest.mockReset();
  });

  it('treats a session already deleted elsewhere (NOT_FOUND) as deleted: the list is read again, no error', async () => {
    gqlRequest.mockRejectedValue(new ApiError('NOT_FOUND', 'NOT_FOUND', 'Logged session not found'));
    const onDeleted = vi.fn();
    const { invalidate } = renderItem(onDeleted);
    fireEvent.click(screen.getByRole('button', { name: /^Delete Run of/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith(expect.stringMatching(/^Run of/)));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['athlete'] });
    expect(screen.queryByTestId('confirm-delete-session')).toBeNull();
  });

  it('keeps the dialog open with the error for any other refusal', async () => {
    gqlRequest.mockRejectedValue(
      new ApiError('FORBIDDEN', 'ATHLETE_ACCESS_DENIED', 'You do not coach this athlete'),
    );
    const onDeleted = vi.fn();
    renderItem(onDeleted);
    fireEvent.click(screen.getByRole('button', { name: /^Delete Run of/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
    await waitFor(() =>
      expect(screen.getByTestId('confirm-delete-session').textContent).toMatch(/do not coach/),
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
