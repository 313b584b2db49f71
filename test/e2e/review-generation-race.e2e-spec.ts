import { INestApplication } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { addDays, localDateIn } from '@app/common';
import { ReviewRerun } from '../../apps/api/src/modules/reviews/jobs/review-rerun.service';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { ReviewDataLoader } from '../../apps/api/src/modules/reviews/review-data.loader';
import { ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { DEMO_PASSWORD, demoEmail } from '../../scripts/seed/demo-roster';
import { seedDemo } from '../../scripts/seed/demo-seed';
import { gql, gqlOk } from '../helpers/graphql';
import { sleep } from '../helpers/socket-client';
import { lastFridayEvening } from '../helpers/demo-clock';
import { createTestApp } from '../helpers/test-app';

const RECORD = `mutation($input: RecordMedicalClearanceInput!) {
  recordMedicalClearance(input: $input) { clearedOn reviewRegeneration } }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) {
  nextWeekStart suggestions { id kind planWeekStart rationale changes { type sessionId sessionIds } evidence { key value } } } }`;
const GENERATE = `mutation($ids: [ID!]) { generateReviews(input: { athleteIds: $ids }) { runId total } }`;
const PROGRESS = `query($runId: ID!) { reviewGeneration(runId: $runId) { total done failed finished } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) { plan { revision } } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) {
  revision sessions { id } reviewRegeneration } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * Two generations of one athlete's review must never interleave so that one which read the athlete's data before
 * a change committed stores its review over one which read it after (the change would be hidden until the next
 * run). Each test holds a first generation between its read and its write (a hook on the loader), commits a change
 * whose own generation runs meanwhile (or waits for the first: either way, the test goes on once the second has
 * finished or is blocked by the first's connection), then lets the first go on. The review stored at the end must
 * be the one of the data as it now is.
 */
describe('Concurrent generations of one athlete’s review (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  const NOW = lastFridayEvening();
  const REVIEW_DAY = localDateIn('Europe/Oslo', NOW);
  let jonas: string;
  let coach: string;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    await seedDemo(db, { now: NOW });
    [{ id: jonas }] = await db.query(
      `SELECT a.id FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE u.email = $1`,
      [demoEmail('athlete04')],
    );
    coach = (await gqlOk(app, LOGIN, { input: { email: demoEmail('coach2'), password: DEMO_PASSWORD } }))
      .login.accessToken;
    app.get(ReviewClock).set(NOW);
    // The first review of the coming week, before any clearance.
    await app.get(ReviewRerun).regenerate(jonas);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    app.get(ReviewClock).set(null);
    await app.close();
  });

  /**
   * Holds the next load of `athleteId` alone (a one-athlete generation: a re-run, a job's step) once it has read,
   * until released. `loaded` gives the backend pid of the connection it read on.
   */
  const holdNextLoad = (athleteId: string) => {
    const loader = app.get(ReviewDataLoader);
    const load = loader.load.bind(loader);
    let armed = true;
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let loadedOn!: (pid: number) => void;
    const loaded = new Promise<number>((r) => (loadedOn = r));
    jest.spyOn(loader, 'load').mockImplementation(async (ids: string[], now: Date, em?: EntityManager) => {
      const data = await load(ids, now, em);
      if (armed && ids.length === 1 && ids[0] === athleteId) {
        armed = false;
        const [{ pid }] = await (em ?? db.manager).query(`SELECT pg_backend_pid() AS pid`);
        loadedOn(pid);
        await released;
      }
      return data;
    });
    return { loaded, release };
  };

  /** Resolves once `p` has settled, or once a backend waits for a lock the held one (`pid`) holds. */
  const settledOrBlockedBy = async (p: Promise<unknown>, pid: number): Promise<'settled' | 'blocked'> => {
    let settled = false;
    p.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      if (settled) return 'settled';
      const [{ n }] = await db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))`,
        [pid],
      );
      if (n > 0) return 'blocked';
      await sleep(20);
    }
  };

  /** The stored review of the coming week and the input digest a generation made now would store. */
  const digests = async () => {
    const data = await app.get(ReviewDataLoader).load([jonas], NOW);
    const { outcome, save } = app.get(ReviewGenerator).reviewOne(data.get(jonas)!, NOW);
    const [row] = await db.query(
      `SELECT input_digest FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`,
      [jonas, outcome.weekStart],
    );
    return { stored: row?.input_digest as string, fresh: save!.digest };
  };
  const downWeekRationale = async () =>
    (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview.suggestions.find(
      (s: any) => s.kind === 'RECOVERY_DOWN_WEEK',
    )?.rationale as string | undefined;
  const medical = async () =>
    (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview.suggestions.some((s: any) =>
      s.evidence.some((e: any) => e.key === 'medicalCheck' && e.value === 'true'),
    );

  it('should not let a background re-run that read before a clearance store its review over the clearance’s own', async () => {
    expect(await medical()).toBe(true);
    const held = holdNextLoad(jonas);
    const background = app.get(ReviewRerun).rerun(jonas); // the pg-boss job's handler
    const pid = await held.loaded;

    const clearedOn = addDays(REVIEW_DAY, -4);
    const recorded = gql(app, RECORD, { input: { athleteId: jonas, clearedOn } }, coach);
    await settledOrBlockedBy(recorded, pid);
    held.release();
    await background;
    const res = await recorded;
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordMedicalClearance).toEqual({ clearedOn, reviewRegeneration: 'GENERATED' });

    // The review stored last is the clearance's: no doctor any more, the clearance in its rationale.
    expect(await medical()).toBe(false);
    expect(await downWeekRationale()).toContain(`A doctor cleared Jonas on ${clearedOn}`);
    const { stored, fresh } = await digests();
    expect(stored).toBe(fresh);
  });

  it('should not let a weekly job’s step that read before a clearance store its review over the clearance’s own', async () => {
    const held = holdNextLoad(jonas);
    const run = (await gqlOk(app, GENERATE, { ids: [jonas] }, coach)).generateReviews;
    expect(run.total).toBe(1);
    const pid = await held.loaded; // the worker's step, reading

    const clearedOn = addDays(REVIEW_DAY, -2); // later than the last one: the rationale says this day now
    const recorded = gql(app, RECORD, { input: { athleteId: jonas, clearedOn } }, coach);
    await settledOrBlockedBy(recorded, pid);
    held.release();
    const res = await recorded;
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordMedicalClearance).toEqual({ clearedOn, reviewRegeneration: 'GENERATED' });
    let progress: any;
    for (let i = 0; i < 300; i++) {
      progress = (await gqlOk(app, PROGRESS, { runId: run.runId }, coach)).reviewGeneration;
      if (progress.finished) break;
      await sleep(100);
    }
    expect(progress).toEqual({ total: 1, done: 1, failed: 0, finished: true });

    expect(await downWeekRationale()).toContain(`A doctor cleared Jonas on ${clearedOn}`);
    const { stored, fresh } = await digests();
    expect(stored).toBe(fresh);
  });

  it('should not let a background re-run that read before a suggestion was applied store its review over the apply’s, nor deadlock with it', async () => {
    const review = (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview;
    const suggestion = review.suggestions.find(
      (s: any) => s.planWeekStart === review.nextWeekStart && s.changes.length > 0,
    );
    expect(suggestion).toBeDefined();
    const [draft] = await db.query(
      `SELECT revision FROM weekly_plan WHERE athlete_id = $1 AND week_start = $2 AND status = 'DRAFT'`,
      [jonas, review.nextWeekStart],
    );

    const held = holdNextLoad(jonas);
    const background = app.get(ReviewRerun).rerun(jonas);
    const pid = await held.loaded;
    const applied = gql(
      app,
      APPLY,
      {
        input: {
          athleteId: jonas,
          suggestionId: suggestion.id,
          ...(draft ? { expectedRevision: draft.revision } : {}),
        },
      },
      coach,
    );
    await settledOrBlockedBy(applied, pid);
    held.release();
    await background;
    const res = await applied;
    expect(res.errors).toBeUndefined();
    expect(res.data!.applySuggestion.plan.revision).toBe((draft?.revision ?? 0) + 1);

    // The stored review is the one of the plan as applied.
    const { stored, fresh } = await digests();
    expect(stored).toBe(fresh);
    const [{ state }] = await db.query(
      `SELECT s.state FROM weekly_review_suggestion s JOIN weekly_review r ON r.id = s.review_id
        WHERE r.athlete_id = $1 AND r.week_start = $2 AND s.suggestion_id = $3 AND s.state <> 'SUPERSEDED'`,
      [jonas, review.nextWeekStart, suggestion.id],
    );
    expect(state).toBe('APPLIED');
  });

  it('should not let a background re-run that read before a draft was saved store its review over the save’s, nor deadlock with it', async () => {
    const review = (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview;
    const week = review.nextWeekStart as string;
    const [draft] = await db.query(
      `SELECT revision FROM weekly_plan WHERE athlete_id = $1 AND week_start = $2 AND status = 'DRAFT'`,
      [jonas, week],
    );
    const sessions = [
      [1, 45, 3, false, 'Easy run'],
      [3, 50, 7, true, 'Tempo'],
      [6, 70, 4, false, 'Long run'],
    ].map(([day, minutes, rpe, key, purpose]) => ({
      date: addDays(week, day as number),
      kind: 'RUN',
      minutes,
      effort: { type: 'RPE', value: rpe },
      key,
      purpose,
    }));

    const held = holdNextLoad(jonas);
    const background = app.get(ReviewRerun).rerun(jonas);
    const pid = await held.loaded;
    // The save takes the athlete's generation lock before the review's row (as every review action does): taking
    // the row first, it held what the held re-run needs to store while waiting for that re-run's lock.
    const saved = gql(
      app,
      SAVE,
      {
        input: {
          athleteId: jonas,
          weekStart: week,
          sessions,
          ...(draft ? { expectedRevision: draft.revision } : {}),
        },
      },
      coach,
    );
    await settledOrBlockedBy(saved, pid);
    held.release();
    await background;
    const res = await saved;
    expect(res.errors).toBeUndefined();
    expect(res.data!.savePlanDraft.reviewRegeneration).toBe('GENERATED');

    // The stored review is the one of the draft as saved: its suggestions name the saved sessions.
    const { stored, fresh } = await digests();
    expect(stored).toBe(fresh);
    const ids = new Set(res.data!.savePlanDraft.sessions.map((x: any) => x.id));
    const after = (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview;
    const named = after.suggestions
      .filter((x: any) => x.planWeekStart === week)
      .flatMap((x: any) =>
        x.changes
          .filter((c: any) => c.type !== 'ADD_SESSION')
          .flatMap((c: any) => [c.sessionId, ...(c.sessionIds ?? [])]),
      )
      .filter(Boolean);
    for (const id of named) expect(ids.has(id)).toBe(true);
  });
});
