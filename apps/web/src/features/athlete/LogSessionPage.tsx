import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  MAX_ACTIVITY_FILE_BYTES,
  MAX_ARCHIVE_BYTES,
  megabytes,
} from '../../../../../libs/common/src/upload-limits';
import { Button, Card, Empty, ErrorNotice, Loading, TextArea, TextInput } from '../../components/ui';
import { gqlRequest, uploadFile } from '../../lib/api';
import { addDays, formatDay, formatMinutes } from '../../lib/dates';
import { useSession } from '../../lib/session';
import { describeSession, kindLabel } from '../plan/components/SessionLabel';
import { WeekPlanQuery, planKeys } from '../plan/graphql/plan';
import { LogSessionMutation, RecentSessionsQuery, athleteKeys } from './graphql/athlete';
import { ArchiveImport, type ArchiveJob, isZipFile } from './components/ArchiveImport';
import { LoggedSessionItem, type LoggedSessionRow, RateSession } from './components/LoggedSessionItem';
import { useToday } from './hooks/useToday';
import { SessionFields, sessionEffort, sessionKind, sessionMinutes } from './session-fields';

const schema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick the date.'),
  kind: sessionKind,
  minutes: sessionMinutes,
  srpe: sessionEffort,
  note: z.string().max(2000),
});

/** An empty log form: a run on `today` (the athlete's, else the browser's date). */
function blankLog(today: string | undefined): z.input<typeof schema> {
  return {
    date: today ?? new Date().toLocaleDateString('en-CA'),
    kind: 'RUN',
    minutes: '',
    srpe: '',
    note: '',
  };
}

export function LogSessionPage() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  /**
   * The session just deleted from the recent list, said once it is gone ("Run of Sat 5 Dec"), until the next log or
   * upload starts.
   */
  const [deleted, setDeleted] = useState<string | null>(null);
  const recentHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    // (The browser's date until the athlete's today is known: see below.)
    defaultValues: blankLog(undefined),
  });
  // Logging a planned session of this week ("Log this session" on the home page): the form starts from it and the log
  // names it, so the athlete's week and the coach's compliance count it done even on another day.
  const { session: plannedId } = useSearch({ from: '/athlete/log' });
  const navigate = useNavigate();
  const today = useToday().data;
  const weekStart = today?.weekStart;
  const week = useQuery({
    queryKey: planKeys.week(undefined, weekStart ?? ''),
    queryFn: () => gqlRequest(WeekPlanQuery, { weekStart }).then((d) => d.weeklyPlan),
    enabled: !!plannedId && !!weekStart,
  });
  const planned = week.data?.published?.sessions.find((s) => s.id === plannedId && s.kind !== 'REST') ?? null;
  useEffect(() => {
    if (planned)
      form.reset({
        ...form.getValues(),
        date: planned.date,
        kind: planned.kind as z.input<typeof schema>['kind'],
        minutes: String(planned.minutes),
      });
  }, [planned?.id]);
  // The date starts as the athlete's today (their zone's, as the API counts days), unless a planned session or the
  // athlete has set it: the browser's date differs near midnight or away from home.
  useEffect(() => {
    if (today && !plannedId && !form.getFieldState('date').isDirty) form.setValue('date', today.date);
  }, [today?.date]);
  // The log names the planned session while it is still that session: of its kind, in its week. Changed to another
  // kind or week, it is another session (a ride in place of the run is not the run done).
  const namesPlanned = (date: string, kind: string) =>
    !!planned && !!weekStart && kind === planned.kind && date >= weekStart && date <= addDays(weekStart, 6);
  const [date, kind] = form.watch(['date', 'kind']);
  const recent = useQuery({
    queryKey: athleteKeys.sessions,
    queryFn: () =>
      gqlRequest(RecentSessionsQuery, {}).then((d) => d.loggedSessions.slice().reverse().slice(0, 8)),
  });
  const log = useMutation({
    mutationFn: (v: z.output<typeof schema>) =>
      gqlRequest(LogSessionMutation, {
        input: {
          ...v,
          note: v.note.trim() || null,
          plannedSessionId: planned && namesPlanned(v.date, v.kind) ? planned.id : null,
        },
      }),
    onSuccess: (d) => {
      // Logged once: the next log from this screen is another session.
      if (plannedId) void navigate({ to: '/athlete/log', search: {}, replace: true });
      setSaved(
        `Saved: ${kindLabel(d.logSession.kind)}, ${formatMinutes(d.logSession.minutes)} on ${formatDay(d.logSession.date)}.`,
      );
      form.reset({ ...form.getValues(), minutes: '', srpe: '', note: '' });
      void queryClient.invalidateQueries({ queryKey: ['athlete'] });
    },
  });
  const e = form.formState.errors;

  return (
    <div className="page">
      <h1>Log a session</h1>
      <div className="grid-2">
        <Card title="By hand">
          <form
            className="stack"
            noValidate
            onSubmit={form.handleSubmit((v) => (setSaved(null), setDeleted(null), log.mutate(v)))}
          >
            {planned && (
              <p className="hint" data-testid="logging-planned">
                {namesPlanned(date, kind)
                  ? `Logging your planned session: ${describeSession(planned)}. `
                  : `Another kind or week than your planned session (${describeSession(planned)}): this log will not count as it. `}
                <Link to="/athlete/log" search={{}} onClick={() => form.reset(blankLog(today?.date))}>
                  Log something else
                </Link>
              </p>
            )}
            <div className="grid-2">
              <TextInput label="Date" type="date" error={e.date?.message} {...form.register('date')} />
              <SessionFields register={form.register} errors={e} />
            </div>
            <TextArea label="Note" rows={2} {...form.register('note')} />
            <ErrorNotice error={log.error} />
            {saved && (
              <p role="status" className="notice">
                {saved}
              </p>
            )}
            <Button type="submit" busy={log.isPending}>
              Save session
            </Button>
          </form>
        </Card>
        {session?.user.athleteId && (
          <FileUpload
            athleteId={session.user.athleteId}
            recent={recent.data}
            today={today?.date}
            onStart={() => setDeleted(null)}
          />
        )}
      </div>
      <Card title="Recent sessions" headingRef={recentHeading}>
        {deleted && (
          <p role="status" className="notice" data-testid="session-deleted">
            Deleted: {deleted}.
          </p>
        )}
        {recent.isPending ? (
          <Loading />
        ) : recent.error ? (
          <ErrorNotice error={recent.error} onRetry={() => void recent.refetch()} />
        ) : recent.data.length === 0 ? (
          <Empty>No sessions logged in the last four weeks.</Empty>
        ) : (
          <ul className="list">
            {recent.data.map((s) => (
              <LoggedSessionItem
                key={s.id}
                session={s}
                onDeleted={(what) => {
                  setDeleted(what);
                  // Its item (and the focused button) is gone: focus goes to the list's heading.
                  recentHeading.current?.focus();
                }}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function FileUpload({
  athleteId,
  recent,
  today,
  onStart,
}: {
  athleteId: string;
  /** The athlete's today (YYYY-MM-DD), when known. */
  today: string | undefined;
  /** The recent list's sessions: one rated there is no longer asked for here. */
  recent: readonly LoggedSessionRow[] | undefined;
  /** An upload starts. */
  onStart?: () => void;
}) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<string | null>(null);
  /** The imported session, while it has no effort yet: rated here, on the session itself. */
  const [unrated, setUnrated] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** The zip archive uploaded last: its import job, followed below. */
  const [archive, setArchive] = useState<{ job: ArchiveJob; again: boolean } | null>(null);
  // Its effort as the recent list has it now (the athlete may rate it there instead): rated, it is not asked again.
  const ratedElsewhere = unrated !== null && recent?.find((s) => s.id === unrated)?.srpe != null;

  async function upload(file: File) {
    onStart?.();
    setError(null);
    setResult(null);
    setUnrated(null);
    setArchive(null);
    setProgress(0);
    try {
      if (isZipFile(file)) {
        // An export of many activities (Strava, Garmin): imported in the background, followed file by file.
        const res = await uploadFile(`/athletes/${athleteId}/activity-archives`, file, setProgress);
        const body = res.body as { job: ArchiveJob; duplicate: boolean };
        setArchive({ job: body.job, again: body.duplicate });
        return;
      }
      const res = await uploadFile(`/athletes/${athleteId}/activity-files`, file, setProgress);
      const body = res.body as {
        duplicate: boolean;
        session: { id: string; minutes: number; date: string; srpe: number | null };
      };
      // An old file's day says its year: "Wed 6 Feb" alone reads as this year's.
      const year = body.session.date.slice(0, 4);
      const day = `${formatDay(body.session.date)}${year !== (today ?? new Date().toISOString()).slice(0, 4) ? ` ${year}` : ''}`;
      const what = `${formatMinutes(body.session.minutes)} on ${day}`;
      setResult(body.duplicate ? `Already imported: ${what}.` : `Imported: ${what}.`);
      setUnrated(body.session.srpe === null ? body.session.id : null);
      void queryClient.invalidateQueries({ queryKey: ['athlete'] });
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <Card title="From your watch">
      <p>
        Upload a FIT, GPX or TCX file, also gzipped (up to {megabytes(MAX_ACTIVITY_FILE_BYTES)}), or a ZIP
        archive of them such as a Strava or Garmin export (up to {megabytes(MAX_ARCHIVE_BYTES)}).
      </p>
      <label htmlFor="activity-file" className="btn btn-secondary file-label">
        Choose a FIT, GPX or TCX file, or a ZIP
      </label>
      <input
        id="activity-file"
        ref={input}
        className="sr-only"
        type="file"
        accept=".fit,.gpx,.tcx,.gz,.zip,application/gpx+xml,application/vnd.garmin.tcx+xml,application/octet-stream,application/gzip,application/zip"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
        }}
      />
      {progress !== null && (
        <div>
          <progress max={1} value={progress} aria-label="Upload progress" />
          <span className="hint"> {Math.round(progress * 100)} %</span>
        </div>
      )}
      {result && (
        <p role="status" className="notice">
          {ratedElsewhere ? `${result} Effort saved.` : result}
        </p>
      )}
      {unrated && !ratedElsewhere && (
        <RateSession
          key={unrated}
          sessionId={unrated}
          onRated={() => {
            setUnrated(null);
            setResult((r) => `${r} Effort saved.`);
          }}
        />
      )}
      {archive && (
        <ArchiveImport key={archive.job.id} athleteId={athleteId} job={archive.job} again={archive.again} />
      )}
      <ErrorNotice error={error} />
    </Card>
  );
}
