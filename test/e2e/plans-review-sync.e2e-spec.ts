import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekdayIndex } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { WeeklyReviewStore } from '../../apps/api/src/modules/reviews/weekly-review.store';
import { writeSteadyHistory } from '../helpers/training-history';
import { createTestApp } from '../helpers/test-app';
import { gql, gqlCounted, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { baseUrl, connectChat, recorder, sleep } from '../helpers/socket-client';

/**
 * savePlanDraft and publishPlan through the API keep the athlete's stored weekly review true of the plan: a saved
 * draft's sessions are new rows (new ids), so the review of that week is re-derived in the save's transaction and
 * its suggestions name the sessions as saved, without anyone asking `athleteReview(fresh: true)`.
 */
const CHANGES = `changes { type sessionId sessionIds }`;
const REVIEW = `query($athleteId: ID!, $weekStart: String) { athleteReview(athleteId: $athleteId, weekStart: $weekStart) {
  id weekStart workflowStatus generatedAt suggestions { id kind planWeekStart ${CHANGES} } decidedSuggestions { id state } } }`;
const QUEUE = `query($weekStart: String) { reviewQueue(weekStart: $weekStart) { items { athleteId suggestions { id ${CHANGES} } } } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision version status sessions { id } } }`;
const SAVE_SYNCED = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) {
  id revision status sessions { id } reviewRegeneration } }`;
const PUBLISH = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id revision version status sessions { id } } }`;
const PUBLISH_SYNCED = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) {
  id version status sessions { id } reviewRegeneration } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) {
  plan { id version status revision sessions { id } } review { decidedSuggestions { id state } } } }`;
const COMPLETE = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { review { workflowStatus } } }`;
const COMPLETE_SYNCED = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) {
  review { weekStart workflowStatus } plan { id version status sessions { id } reviewRegeneration } } }`;
const GENERATE = `mutation { generateReviews(input: { wait: true }) { done } }`;
const TODAY = `{ athleteToday { date weekStart } }`;
const WEEK = `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) {
  published { id sessions { id } } draft { id revision sessions { id } } } }`;

type Club = Awaited<ReturnType<typeof createClub>>;
type Row = readonly [day: number, minutes: number, rpe: number, key: boolean, purpose: string];

const runs = (week: string, rows: readonly Row[]) =>
  rows.map(([day, minutes, rpe, key, purpose]) => ({
    date: addDays(week, day),
    kind: 'RUN',
    minutes,
    effort: { type: 'RPE', value: rpe },
    purpose,
    key,
  }));

/** An over-sized week (seven runs, 580 min): the review proposes changes that name its sessions. */
const BIG: readonly Row[] = [
  [0, 60, 3, false, 'Easy run'],
  [1, 70, 7, true, 'Threshold intervals'],
  [2, 60, 3, false, 'Easy run'],
  [3, 60, 5, false, 'Steady run'],
  [4, 60, 3, false, 'Easy run'],
  [5, 180, 4, true, 'Long run'],
  [6, 90, 3, false, 'Easy run'],
];

/** The session ids a review's open suggestions name (a session a change adds has none of the plan's). */
/** A plan week of easy runs, Thursday's threshold intervals and Sunday's long run (the mid-week publishing specs). */
const MID_WEEK: readonly Row[] = [
  [1, 45, 3, false, 'Easy run'],
  [2, 45, 3, false, 'Easy run'],
  [3, 50, 7, true, 'Threshold intervals'],
  [5, 40, 3, false, 'Easy run'],
  [6, 100, 4, true, 'Long run'],
];

const named = (suggestions: any[]): string[] =>
  suggestions.flatMap((s) =>
    s.changes
      .filter((c: any) => c.type !== 'ADD_SESSION')
      .flatMap((c: any) => [c.sessionId, ...(c.sessionIds ?? [])].filter(Boolean)),
  );

const generationOf = async (db: DataSource, athleteId: string, weekStart: string) =>
  (
    await db.query(
      `SELECT generation, generated_at FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`,
      [athleteId, weekStart],
    )
  )[0] as { generation: number; generated_at: Date };

/**
 * The app and a club whose two athletes have a steady history and a draft of next week (`BIG`), with their reviews
 * generated: what both suites below start from.
 */
async function startClub() {
  const app = await createTestApp();
  const db = app.get(DataSource);
  const club = await createClub(app, 'UTC');
  const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
  const thisWeek: string = t.weekStart;
  const nextWeek = addDays(thisWeek, 7);
  for (const a of [club.athlete1, club.athlete2]) {
    await writeSteadyHistory(
      db,
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      t.date,
    );
    await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: nextWeek, sessions: runs(nextWeek, BIG) } },
      club.coachA.token,
    );
  }
  await gqlOk(app, GENERATE, {}, club.coachA.token);
  return { app, db, club, thisWeek, nextWeek };
}

describe('savePlanDraft re-derives the review of its week (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Club;
  let thisWeek: string;
  let nextWeek: string;

  beforeAll(async () => {
    ({ app, db, club, thisWeek, nextWeek } = await startClub());
  });
  afterAll(() => app.close());

  const draftOf = async (athleteId: string) =>
    (await gqlOk(app, WEEK, { a: athleteId, w: nextWeek }, club.coachA.token)).weeklyPlan.draft;

  it('should name the sessions of the draft as saved in athleteReview and the queue, and apply without PLAN_CHANGED', async () => {
    const a = club.athlete1.athleteId!;
    const before = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    const v1 = await draftOf(a);
    // The scenario has suggestions that name sessions (else the checks below would hold of nothing).
    expect(named(before.suggestions).length).toBeGreaterThan(0);
    const v1Ids = new Set(v1.sessions.map((s: any) => s.id));
    for (const id of named(before.suggestions)) expect(v1Ids.has(id)).toBe(true);

    // The coach saves the week again (the same runs): every session is a new row.
    const saved = (
      await gqlOk(
        app,
        SAVE,
        {
          input: {
            athleteId: a,
            weekStart: nextWeek,
            expectedRevision: v1.revision,
            sessions: runs(nextWeek, BIG),
          },
        },
        club.coachA.token,
      )
    ).savePlanDraft;
    const ids = new Set<string>(saved.sessions.map((s: any) => s.id));
    expect([...ids].filter((id) => v1Ids.has(id))).toEqual([]);

    // Without `fresh`: the stored review already speaks of the saved draft.
    const after = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    expect(after.workflowStatus).toBe('PENDING');
    const names = named(after.suggestions);
    expect(names.length).toBeGreaterThan(0);
    for (const id of names) expect(ids.has(id)).toBe(true);
    const queued = (
      await gqlOk(app, QUEUE, { weekStart: nextWeek }, club.coachA.token)
    ).reviewQueue.items.find((i: any) => i.athleteId === a);
    expect(named(queued.suggestions).length).toBeGreaterThan(0);
    for (const id of named(queued.suggestions)) expect(ids.has(id)).toBe(true);

    // Applying one of them: the change meets the draft it names.
    const target = after.suggestions.find((s: any) => named([s]).length > 0);
    const res = await gql(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: target.id, expectedRevision: saved.revision } },
      club.coachA.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.applySuggestion.plan).toMatchObject({ id: saved.id, revision: saved.revision + 1 });
    expect(res.data!.applySuggestion.review.decidedSuggestions).toContainEqual({
      id: target.id,
      state: 'APPLIED',
    });
  });

  it('should say GENERATED, keep the coach’s decisions, and leave the review alone for a draft of another week', async () => {
    const a = club.athlete1.athleteId!;
    const draft = await draftOf(a);
    const res = (
      await gqlOk(
        app,
        SAVE_SYNCED,
        {
          input: {
            athleteId: a,
            weekStart: nextWeek,
            expectedRevision: draft.revision,
            sessions: runs(nextWeek, BIG),
          },
        },
        club.coachA.token,
      )
    ).savePlanDraft;
    expect(res.reviewRegeneration).toBe('GENERATED');
    const review = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    // The suggestion applied before stays applied: a re-derivation keeps decisions.
    expect(review.decidedSuggestions.map((s: any) => s.state)).toEqual(['APPLIED']);
    expect(review.workflowStatus).toBe('IN_PROGRESS');

    // A draft of this week is not the week the review plans: nothing is re-run.
    const stored = await generationOf(db, a, nextWeek);
    const other = (
      await gqlOk(
        app,
        SAVE_SYNCED,
        {
          input: {
            athleteId: a,
            weekStart: thisWeek,
            sessions: runs(thisWeek, [[6, 40, 3, false, 'Easy run']]),
          },
        },
        club.coachA.token,
      )
    ).savePlanDraft;
    expect(other).toMatchObject({ status: 'DRAFT', reviewRegeneration: null });
    expect(await generationOf(db, a, nextWeek)).toEqual(stored);
  });

  it('should cost the same statements for a draft of 2 sessions as of 12, review re-derived included', async () => {
    const a = club.athlete2.athleteId!;
    const rows = (n: number): Row[] =>
      Array.from({ length: n }, (_, i) => [i % 7, 30 + i, 3, false, `Run ${i}`] as const);
    const count = async (n: number) => {
      // Each size saved twice: the second save changes the ids only, so the review's re-derivation does the same
      // work for both sizes (every suggestion that names a session is superseded by its new wording).
      let revision = (await draftOf(a)).revision;
      let queries = 0;
      for (let i = 0; i < 2; i++) {
        const res = await gqlCounted(
          app,
          SAVE_SYNCED,
          {
            input: {
              athleteId: a,
              weekStart: nextWeek,
              expectedRevision: revision,
              sessions: runs(nextWeek, rows(n)),
            },
          },
          club.coachA.token,
        );
        expect(res.data.savePlanDraft.reviewRegeneration).toBe('GENERATED');
        revision = res.data.savePlanDraft.revision;
        queries = res.queries;
      }
      return queries;
    };
    const few = await count(2);
    const many = await count(12);
    expect(many).toBe(few);
  });

  it('should keep a completed review as it was, and say KEPT_DONE', async () => {
    const a = club.athlete2.athleteId!;
    const draft = await draftOf(a);
    await gqlOk(
      app,
      COMPLETE,
      { input: { athleteId: a, weekStart: nextWeek, expectedRevision: draft.revision } },
      club.coachA.token,
    );
    const done = await db.query(`SELECT * FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`, [
      a,
      nextWeek,
    ]);
    const res = (
      await gqlOk(
        app,
        SAVE_SYNCED,
        { input: { athleteId: a, weekStart: nextWeek, sessions: runs(nextWeek, BIG.slice(0, 4)) } },
        club.coachA.token,
      )
    ).savePlanDraft;
    expect(res).toMatchObject({ status: 'DRAFT', revision: 1, reviewRegeneration: 'KEPT_DONE' });
    expect(
      await db.query(`SELECT * FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`, [a, nextWeek]),
    ).toEqual(done);
  });
});

describe('savePlanDraft when the review cannot be re-derived (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Club;
  let nextWeek: string;

  beforeAll(async () => {
    ({ app, db, club, nextWeek } = await startClub());
  });
  afterAll(() => app.close());

  const reruns = async (athleteId: string) =>
    Number(
      (
        await db.query(
          `SELECT (SELECT count(*) FROM pgboss.job WHERE name = 'review-rerun' AND singleton_key = $1)
                + (SELECT count(*) FROM pgboss.archive WHERE name = 'review-rerun' AND singleton_key = $1) AS n`,
          [athleteId],
        )
      )[0].n,
    );

  /** Saves the same runs again; the review's refresh fails as `fail` makes it; returns the answer and the draft. */
  async function saveFailing(athleteId: string, fail: () => jest.SpyInstance) {
    const draft = (await gqlOk(app, WEEK, { a: athleteId, w: nextWeek }, club.coachA.token)).weeklyPlan.draft;
    const stored = await generationOf(db, athleteId, nextWeek);
    const rerunsBefore = await reruns(athleteId);
    const spy = fail();
    let res;
    try {
      res = await gql(
        app,
        SAVE_SYNCED,
        {
          input: {
            athleteId,
            weekStart: nextWeek,
            expectedRevision: draft.revision,
            sessions: runs(nextWeek, BIG),
          },
        },
        club.coachA.token,
      );
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    // Typed success: the draft is saved all the same, and the answer says the review is to be re-run.
    expect(res.errors).toBeUndefined();
    const saved = res.data!.savePlanDraft;
    expect(saved).toMatchObject({ revision: draft.revision + 1, reviewRegeneration: 'QUEUED' });
    const back = (await gqlOk(app, WEEK, { a: athleteId, w: nextWeek }, club.coachA.token)).weeklyPlan.draft;
    expect(back.revision).toBe(saved.revision);
    expect(back.sessions.map((s: any) => s.id)).toEqual(saved.sessions.map((s: any) => s.id));
    // The stored review is as it was (its generatedAt older than the draft), and a background re-run is asked for.
    expect(await generationOf(db, athleteId, nextWeek)).toEqual(stored);
    expect(await reruns(athleteId)).toBe(rerunsBefore + 1);
    return saved;
  }

  it('should keep the draft when the engine throws, say QUEUED, and re-derive the review in the background', async () => {
    const a = club.athlete1.athleteId!;
    const saved = await saveFailing(a, () =>
      jest.spyOn(app.get(ReviewGenerator), 'reviewOne').mockImplementationOnce(() => {
        throw new Error('the engine tripped');
      }),
    );
    // The background re-run (a second after the save) brings the review to the saved draft.
    const ids = new Set<string>(saved.sessions.map((s: any) => s.id));
    const deadline = Date.now() + 20_000;
    let names: string[] = [];
    while (!(names.length && names.every((id) => ids.has(id))) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      names = named(
        (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview.suggestions,
      );
    }
    expect(names.length).toBeGreaterThan(0);
    for (const id of names) expect(ids.has(id)).toBe(true);
  });

  it('should keep the draft when a statement of the re-derivation fails in the database', async () => {
    const a = club.athlete2.athleteId!;
    await saveFailing(a, () =>
      jest
        .spyOn(app.get(WeeklyReviewStore), 'saveMany')
        .mockImplementationOnce(async (em) => (await em.query(`SELECT 1 / 0`)) as never),
    );
  });
});

describe('publishPlan and the review (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Club;
  let today: string;
  let thisWeek: string;
  let nextWeek: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1'); // coaches' sockets hear the reviews a write changes (review:decided)
    db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
    today = t.date;
    thisWeek = t.weekStart;
    nextWeek = addDays(thisWeek, 7);
  });
  afterAll(async () => {
    app.get(ReviewClock).set(null);
    await app.close();
  });

  it('should leave the review of the published week as it was: its suggestions name the published sessions and apply on a new draft', async () => {
    const a = club.athlete1.athleteId!;
    await writeSteadyHistory(
      db,
      { athleteId: a, orgId: club.athlete1.organizationId, userId: club.athlete1.userId },
      today,
    );
    const draft = (
      await gqlOk(
        app,
        SAVE,
        { input: { athleteId: a, weekStart: nextWeek, sessions: runs(nextWeek, BIG) } },
        club.coachA.token,
      )
    ).savePlanDraft;
    await gqlOk(app, GENERATE, {}, club.coachA.token);
    const stored = await generationOf(db, a, nextWeek);
    const published = (
      await gqlOk(
        app,
        PUBLISH_SYNCED,
        { input: { planId: draft.id, expectedRevision: draft.revision } },
        club.coachA.token,
      )
    ).publishPlan;
    // Publishing turns the draft into the plan with the same sessions: the review reads the same plan.
    expect(published).toMatchObject({ status: 'PUBLISHED', reviewRegeneration: null });
    expect(published.sessions.map((s: any) => s.id)).toEqual(draft.sessions.map((s: any) => s.id));
    expect(await generationOf(db, a, nextWeek)).toEqual(stored);
    const review = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    const ids = new Set(published.sessions.map((s: any) => s.id));
    expect(named(review.suggestions).length).toBeGreaterThan(0);
    for (const id of named(review.suggestions)) expect(ids.has(id)).toBe(true);
    // The review is still to be done: a suggestion applies to the published plan as a new draft of the week.
    const target = review.suggestions.find((s: any) => named([s]).length > 0);
    const applied = (
      await gqlOk(app, APPLY, { input: { athleteId: a, suggestionId: target.id } }, club.coachA.token)
    ).applySuggestion;
    expect(applied.plan).toMatchObject({ status: 'DRAFT', version: published.version + 1, revision: 1 });
  });

  /**
   * A new club's athlete with a steady history up to the most recent Wednesday (never in the future, as the mid-week
   * spec has it), that Wednesday and its Monday, and the review clock.
   */
  async function midWeek() {
    const clock = app.get(ReviewClock);
    const own = await createClub(app, 'UTC');
    const a = own.athlete1;
    const wednesday = addDays(today, -((weekdayIndex(today) - 2 + 7) % 7));
    await writeSteadyHistory(
      db,
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      wednesday,
    );
    return { clock, own, a, wednesday, monday: addDays(wednesday, -2) };
  }

  it('should re-derive the coming week’s review when this week’s plan is published anew: its changes to the rest of this week name the sessions published', async () => {
    const { clock, own, a, wednesday, monday } = await midWeek();
    const week = MID_WEEK;
    const v1 = (
      await gqlOk(
        app,
        SAVE,
        { input: { athleteId: a.athleteId, weekStart: monday, sessions: runs(monday, week) } },
        own.coachA.token,
      )
    ).savePlanDraft;
    await gqlOk(app, PUBLISH, { input: { planId: v1.id, expectedRevision: v1.revision } }, own.coachA.token);
    clock.set(new Date(`${wednesday}T12:00:00Z`));
    try {
      // A fever on Wednesday, written without a trigger: the review generated now has the change to this week.
      await db.query(
        `INSERT INTO check_in (organization_id, athlete_id, date, fatigue, illness) VALUES ($1, $2, $3, 1, 'BELOW_NECK_OR_FEVER')`,
        [a.organizationId, a.athleteId, wednesday],
      );
      await gqlOk(app, GENERATE, {}, own.coachA.token);
      const coming = addDays(monday, 7);
      const current = (r: any) => r.suggestions.filter((s: any) => s.planWeekStart === monday);
      const before = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview;
      expect(before.weekStart).toBe(coming);
      expect(named(current(before)).length).toBeGreaterThan(0);

      // A new draft of this week is not the week the review plans (the review reads this week's published plan).
      const stored = await generationOf(db, a.athleteId!, coming);
      const v2 = (
        await gqlOk(
          app,
          SAVE_SYNCED,
          { input: { athleteId: a.athleteId, weekStart: monday, sessions: runs(monday, week) } },
          own.coachA.token,
        )
      ).savePlanDraft;
      expect(v2.reviewRegeneration).toBeNull();
      expect(await generationOf(db, a.athleteId!, coming)).toEqual(stored);

      // Published, it is the plan the review's changes to this week meet: the review follows it.
      const published = (
        await gqlOk(
          app,
          PUBLISH_SYNCED,
          { input: { planId: v2.id, expectedRevision: v2.revision } },
          own.coachA.token,
        )
      ).publishPlan;
      expect(published.reviewRegeneration).toBe('GENERATED');
      const ids = new Set<string>(published.sessions.map((s: any) => s.id));
      const after = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview;
      const names = named(current(after));
      expect(names.length).toBeGreaterThan(0);
      for (const id of names) expect(ids.has(id)).toBe(true);
      const applied = await gql(
        app,
        APPLY,
        { input: { athleteId: a.athleteId, suggestionId: current(after)[0].id, expectedRevision: null } },
        own.coachA.token,
      );
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applySuggestion.plan).toMatchObject({
        status: 'PUBLISHED',
        version: published.version + 1,
      });
    } finally {
      clock.set(null);
    }
  });

  /**
   * A club whose athlete's review of this week (W) the coach has not completed: W's plan published (v1) on the Sunday
   * before, a fever on Wednesday, the review of W + 7 generated then with changes to the rest of W's plan (naming v1's
   * sessions), and a new draft of W (v2) that completing W's review late publishes. The clock stays on Wednesday.
   */
  async function lateCompletion() {
    const { clock, own, a, wednesday, monday } = await midWeek();
    const coming = addDays(monday, 7);
    const week = MID_WEEK;
    // The Sunday before this week: its review is generated (the coach has not completed it yet).
    clock.set(new Date(`${addDays(monday, -1)}T12:00:00Z`));
    const v1 = (
      await gqlOk(
        app,
        SAVE,
        { input: { athleteId: a.athleteId, weekStart: monday, sessions: runs(monday, week) } },
        own.coachA.token,
      )
    ).savePlanDraft;
    await gqlOk(app, GENERATE, {}, own.coachA.token);
    expect(
      (await gqlOk(app, REVIEW, { athleteId: a.athleteId, weekStart: monday }, own.coachA.token))
        .athleteReview.workflowStatus,
    ).toBe('PENDING');
    await gqlOk(app, PUBLISH, { input: { planId: v1.id, expectedRevision: v1.revision } }, own.coachA.token);

    // Wednesday: a fever; the coming week's review has changes to the rest of this week's published plan.
    clock.set(new Date(`${wednesday}T12:00:00Z`));
    await db.query(
      `INSERT INTO check_in (organization_id, athlete_id, date, fatigue, illness) VALUES ($1, $2, $3, 1, 'BELOW_NECK_OR_FEVER')`,
      [a.organizationId, a.athleteId, wednesday],
    );
    await gqlOk(app, GENERATE, {}, own.coachA.token);
    const before = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview;
    expect(before.weekStart).toBe(coming);
    const v1Ids = new Set(v1.sessions.map((s: any) => s.id));
    expect(named(current(before, monday)).length).toBeGreaterThan(0);
    for (const id of named(current(before, monday))) expect(v1Ids.has(id)).toBe(true);

    // A new draft of this week, which completing this week's review publishes.
    const v2 = (
      await gqlOk(
        app,
        SAVE_SYNCED,
        { input: { athleteId: a.athleteId, weekStart: monday, sessions: runs(monday, week) } },
        own.coachA.token,
      )
    ).savePlanDraft;
    const complete = () =>
      gql(
        app,
        COMPLETE_SYNCED,
        { input: { athleteId: a.athleteId, weekStart: monday, expectedRevision: v2.revision } },
        own.coachA.token,
      );
    return { own, a, monday, coming, v2, complete };
  }

  /** A review's suggestions that change the rest of the week of `monday`. */
  const current = (r: any, monday: string) => r.suggestions.filter((s: any) => s.planWeekStart === monday);

  it('should re-derive the coming week’s review when completing this week’s review publishes this week’s draft late', async () => {
    const clock = app.get(ReviewClock);
    try {
      const { own, a, monday, coming, v2, complete } = await lateCompletion();
      const socket = await connectChat(baseUrl(app), own.coachA.token);
      const heard = recorder(socket, ['review:decided']);
      const reviewIds = {
        own: (await gqlOk(app, REVIEW, { athleteId: a.athleteId, weekStart: monday }, own.coachA.token))
          .athleteReview.id,
        coming: (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview.id,
      };
      const res = await complete();
      expect(res.errors).toBeUndefined();
      const done = res.data!.completeReview;
      expect(done.review).toEqual({ weekStart: monday, workflowStatus: 'DONE' });
      expect(done.plan).toMatchObject({ id: v2.id, status: 'PUBLISHED', reviewRegeneration: 'GENERATED' });
      // The coaches hear both: this week's review completed, and the coming week's re-derived on the plan published
      // (before, the completion's publish named no one, and a page open on the coming week was not told).
      try {
        await heard.waitFor('review:decided', (e) => e.reviewId === reviewIds.own);
        await heard.waitFor('review:decided', (e) => e.reviewId === reviewIds.coming);
        // (A second push of either would come within the same commit's follow-ups: a quiet second finds it.)
        await sleep(1_000);
        const byWhat = (x: { what: string }, y: { what: string }) => x.what.localeCompare(y.what);
        expect(heard.of('review:decided').sort(byWhat)).toEqual([
          {
            athleteId: a.athleteId,
            reviewId: reviewIds.own,
            weekStart: monday,
            by: own.coachA.userId,
            what: 'COMPLETED',
          },
          {
            athleteId: a.athleteId,
            reviewId: reviewIds.coming,
            weekStart: coming,
            by: own.coachA.userId,
            what: 'PLAN_PUBLISHED',
          },
        ]);
      } finally {
        socket.close();
      }

      // The coming week's review follows the plan published: its changes to this week name its sessions.
      const ids = new Set<string>(done.plan.sessions.map((s: any) => s.id));
      const after = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview;
      expect(after.weekStart).toBe(coming);
      const names = named(current(after, monday));
      expect(names.length).toBeGreaterThan(0);
      for (const id of names) expect(ids.has(id)).toBe(true);
      const applied = await gql(
        app,
        APPLY,
        {
          input: {
            athleteId: a.athleteId,
            suggestionId: current(after, monday)[0].id,
            expectedRevision: null,
          },
        },
        own.coachA.token,
      );
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applySuggestion.plan).toMatchObject({
        status: 'PUBLISHED',
        version: done.plan.version + 1,
      });
    } finally {
      clock.set(null);
    }
  });

  it('should complete and publish all the same when the coming week’s review cannot be re-derived, say QUEUED, and re-derive it in the background', async () => {
    const clock = app.get(ReviewClock);
    try {
      const { own, a, monday, coming, v2, complete } = await lateCompletion();
      const stored = await generationOf(db, a.athleteId!, coming);
      const spy = jest.spyOn(app.get(ReviewGenerator), 'reviewOne').mockImplementationOnce(() => {
        throw new Error('the engine tripped');
      });
      let res;
      try {
        res = await complete();
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
      // Typed success: the review is completed and the week published; the coming review is to be re-run.
      expect(res.errors).toBeUndefined();
      const done = res.data!.completeReview;
      expect(done.review).toEqual({ weekStart: monday, workflowStatus: 'DONE' });
      expect(done.plan).toMatchObject({ id: v2.id, status: 'PUBLISHED', reviewRegeneration: 'QUEUED' });
      const ids = new Set<string>(done.plan.sessions.map((s: any) => s.id));

      // The background re-run (a second after the completion) brings the coming review to the plan published.
      const deadline = Date.now() + 20_000;
      let names: string[] = [];
      while (!(names.length && names.every((id) => ids.has(id))) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        names = named(
          current(
            (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview,
            monday,
          ),
        );
      }
      expect(names.length).toBeGreaterThan(0);
      for (const id of names) expect(ids.has(id)).toBe(true);
      expect((await generationOf(db, a.athleteId!, coming)).generation).toBeGreaterThan(stored.generation);
    } finally {
      clock.set(null);
    }
  });
});
