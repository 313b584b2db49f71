import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/errors';
import { ArchiveImport, type ArchiveJob } from './ArchiveImport';

const getJson = vi.fn();
vi.mock('../../../lib/api', () => ({ getJson: (...args: unknown[]) => getJson(...args) }));

const job = (over: Partial<ArchiveJob>): ArchiveJob => ({
  id: 'j1',
  archiveName: 'export.zip',
  status: 'RUNNING',
  total: 2,
  processed: 0,
  imported: 0,
  duplicates: 0,
  refused: 0,
  skipped: 0,
  results: [],
  error: null,
  ...over,
});

const renderJob = (j: ArchiveJob) =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ArchiveImport athleteId="a1" job={j} again={false} />
    </QueryClientProvider>,
  );

describe('ArchiveImport', () => {
  beforeEach(() => {
    getJson.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('stops polling a job it cannot read after repeated failures, instead of every second forever', async () => {
    vi.useFakeTimers();
    getJson.mockRejectedValue(new ApiError('INTERNAL', 'INTERNAL', 'Something went wrong'));
    renderJob(job({}));
    for (let s = 0; s < 120; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    const calls = getJson.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(calls).toBeLessThanOrEqual(8);
    for (let s = 0; s < 120; s++) await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(getJson.mock.calls.length).toBe(calls); // stopped: the error's Retry reads it again
  });

  it('lists two files of the same name in the archive, without a duplicate key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderJob(
      job({
        status: 'DONE',
        processed: 2,
        imported: 1,
        refused: 1,
        results: [
          { file: 'run.gpx', status: 'IMPORTED', sessionId: 's1' },
          { file: 'run.gpx', status: 'REFUSED', reason: 'FILE_CORRUPT', message: 'broken' },
        ],
      }),
    );
    expect(screen.getAllByTestId('archive-file')).toHaveLength(2);
    expect(error.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    error.mockRestore();
  });
});
