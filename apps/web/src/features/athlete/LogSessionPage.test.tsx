import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AthleteTodayQuery,
  DeleteLoggedSessionMutation,
  LogSessionMutation,
  RecentSessionsQuery,
} from './graphql/athlete';
import { LogSessionPage } from './LogSessionPage';

const gqlRequest = vi.fn();
const uploadFile = vi.fn();
vi.mock('../../lib/api', () => ({
  gqlRequest: (...args: unknown[]) => gqlRequest(...args),
  uploadFile: (...args: unknown[]) => uploadFile(...args),
  getJson: vi.fn(),
}));
vi.mock('../../lib/session', () => ({ useSession: () => ({ user: { athleteId: 'a1' } }) }));
vi.mock('@tanstack/react-router', () => ({
  Link: () => null,
  useNavigate: () => vi.fn(),
  useSearch: () => ({}),
}));

const RUN = { id: 's1', date: '2026-12-05', kind: 'RUN', minutes: 40, srpe: 4, source: 'MANUAL', note: null };

function answer(doc: unknown) {
  if (doc === AthleteTodayQuery) return { athleteToday: { date: '2026-12-07', weekStart: '2026-12-07' } };
  if (doc === RecentSessionsQuery) return { loggedSessions: [RUN] };
  if (doc === DeleteLoggedSessionMutation) return { deleteLoggedSession: 's1' };
  if (doc === LogSessionMutation)
    return { logSession: { ...RUN, id: 's2', date: '2026-12-07', minutes: 30 } };
  throw new Error('unexpected request');
}

async function deleteTheRun() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <LogSessionPage />
    </QueryClientProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: /^Delete Run of/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Delete session' }));
  expect((await screen.findByTestId('session-deleted')).textContent).toMatch(/^Deleted: Run of/);
}

describe('LogSessionPage: the "Deleted" notice', () => {
  beforeEach(() => {
    gqlRequest.mockReset();
    gqlRequest.mockImplementation(async (doc: unknown) => answer(doc));
    uploadFile.mockReset();
    uploadFile.mockReturnValue(new Promise(() => undefined));
  });

  it('clears when the next log starts', async () => {
    await deleteTheRun();
    fireEvent.change(screen.getByLabelText('Minutes'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('How hard (0–10)'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    await waitFor(() => expect(gqlRequest).toHaveBeenCalledWith(LogSessionMutation, expect.anything()));
    expect(screen.queryByTestId('session-deleted')).toBeNull();
  });

  it('clears when the next upload starts', async () => {
    await deleteTheRun();
    const file = new File(['<gpx/>'], 'run.gpx', { type: 'application/gpx+xml' });
    fireEvent.change(document.getElementById('activity-file')!, { target: { files: [file] } });
    await waitFor(() => expect(uploadFile).toHaveBeenCalled());
    expect(screen.queryByTestId('session-deleted')).toBeNull();
  });
});
