import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../../components/ui';
import { getJson } from '../../../lib/api';

/** One file of an archive, as the import job reports it (the API's ActivityImportFileResult). */
export interface ArchiveFileResult {
  file: string;
  status: 'IMPORTED' | 'DUPLICATE' | 'REFUSED' | 'SKIPPED';
  sessionId?: string;
  reason?: string;
  message?: string;
}

/** A zip archive's import job (GET /athletes/:id/activity-archives/:jobId), the fields shown here. */
export interface ArchiveJob {
  id: string;
  archiveName: string;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  total: number | null;
  processed: number;
  imported: number;
  duplicates: number;
  refused: number;
  skipped: number;
  results: ArchiveFileResult[];
  error: string | null;
}

export const isZipFile = (f: { name: string; type: string }) =>
  /\.zip$/i.test(f.name) || f.type === 'application/zip' || f.type === 'application/x-zip-compressed';

const finished = (job: ArchiveJob) => job.status === 'DONE' || job.status === 'FAILED';

/** Reads of an unfinished job in a row that failed before polling stops (the error's "Try again" reads it again). */
export const MAX_POLL_FAILURES = 5;

/**
 * When to read the job again: every second while it runs; after failed reads less often (2, 4, 8, 16 s), and no more
 * after MAX_POLL_FAILURES in a row, not every second forever (the server down, the job gone).
 */
export function pollInterval(job: ArchiveJob | undefined, failures: number): number | false {
  if ((job && finished(job)) || failures >= MAX_POLL_FAILURES) return false;
  return 1000 * 2 ** failures;
}

/** "2 imported, 1 already imported, 1 refused" (the counts that are not 0; skipped files are not activities). */
export function archiveSummary(job: ArchiveJob): string {
  const parts = [
    job.imported > 0 && `${job.imported} imported`,
    job.duplicates > 0 && `${job.duplicates} already imported`,
    job.refused > 0 && `${job.refused} refused`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no activity file in it';
}

function progressText(job: ArchiveJob): string {
  if (job.status === 'QUEUED') return 'Waiting to start…';
  if (job.total === null) return 'Opening the archive…';
  return `Importing: ${job.processed} of ${job.total} files…`;
}

const STATUS_TEXT: Record<ArchiveFileResult['status'], string> = {
  IMPORTED: 'Imported',
  DUPLICATE: 'Already imported',
  REFUSED: 'Refused',
  SKIPPED: 'Skipped',
};

/**
 * An uploaded archive's import, read again every second until it is done (less often after a failed read, not at all
 * after several in a row): its progress, then a result per activity file (imported, already imported, or refused with
 * the server's reason). Files that are no activity (a CSV, photos)
 * are not listed. Once done, the athlete's sessions are read again (the recent list shows the new ones).
 */
export function ArchiveImport({
  athleteId,
  job: uploaded,
  again,
}: {
  athleteId: string;
  job: ArchiveJob;
  /** The same archive had been uploaded before: this is that job. */
  again: boolean;
}) {
  const queryClient = useQueryClient();
  /** Failed reads in a row (the query's own count starts again with every fetch). */
  const failures = useRef(0);
  const read = useQuery({
    queryKey: ['activity-archive', athleteId, uploaded.id],
    queryFn: () =>
      getJson(`/athletes/${athleteId}/activity-archives/${uploaded.id}`).then(
        (b) => {
          failures.current = 0;
          return (b as { job: ArchiveJob }).job;
        },
        (e: unknown) => {
          failures.current += 1;
          throw e;
        },
      ),
    initialData: uploaded,
    // (initialData counts as fresh: read at once all the same, unless the upload answered with a finished job.)
    staleTime: 0,
    refetchOnMount: !finished(uploaded),
    refetchInterval: (q) => pollInterval(q.state.data, failures.current),
  });
  const job = read.data;
  const done = finished(job);
  useEffect(() => {
    if (done && job.imported > 0) void queryClient.invalidateQueries({ queryKey: ['athlete'] });
  }, [done]);
  const listed = job.results.filter((r) => r.status !== 'SKIPPED');
  return (
    <div className="stack" data-testid="archive-import">
      <p role="status" className="notice">
        {again && `${job.archiveName} was uploaded before. `}
        {!done
          ? `${job.archiveName}: ${progressText(job)}`
          : job.status === 'FAILED'
            ? `${job.archiveName} could not be imported${job.error ? `: ${job.error}` : '.'}`
            : `${job.archiveName}: ${archiveSummary(job)}.`}
      </p>
      {!done && job.total !== null && job.total > 0 && (
        <progress max={job.total} value={job.processed} aria-label="Archive import progress" />
      )}
      {done && listed.length > 0 && (
        <ul className="list archive-results" aria-label={`Files of ${job.archiveName}`}>
          {/* By position: a zip may hold two entries of the same name. */}
          {listed.map((r, i) => (
            <li key={i} data-testid="archive-file" data-status={r.status}>
              <span className="archive-file-name">{r.file}</span>: {STATUS_TEXT[r.status]}
              {r.status === 'REFUSED' && r.message ? `. ${r.message}` : ''}
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice error={read.error} onRetry={() => void read.refetch()} />
    </div>
  );
}
