import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekStartOf } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { writeSteadyHistory } from '../helpers/training-history';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlCounted, gqlOk } from '../helpers/graphql';
import { addMember, createClub } from '../helpers/factories';

const QUEUE = `query($weekStart: String, $status: [ReviewWorkflowStatus!], $first: Int, $after: String) {
  reviewQueue(weekStart: $weekStart, status: $status, first: $first, after: $after) {
    weekStart counts { todo done }
    items { athleteId weekStart } pageInfo { endCursor }
    earlierWeek { weekStart count items { athleteId athleteName weekStart workflowStatus urgency } } } }`;
const GENERATE = `mutation { generateReviews(input: { wait: true }) { weekStart total done failed } }`;
const REVIEW = `query($athleteId: ID!, $weekStart: String) { athleteReview(athleteId: $athleteId, weekStart: $weekStart) {
  weekStart workflowStatus suggestions { id } } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { weekStart workflowStatus athleteTimezone } }`;
const COMPLETE = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) {
  review { weekStart workflowStatus } plan { weekStart status } } }`;

/**
 * A week not finished before it starts: the reviews are generated on the organization's Sunday afternoon (Oslo) for
 * the week from the next day; on that Monday the queue's default week is the week after, and the begun week's reviews
 * still open are listed with it (`earlierWeek`) until they are done. The clock is the review clock, set to fixed
 * instants: a Sunday a week or two before the run (so the plans written stay within the API's date window).
 */
describe('Reviews of the week that has begun, still open, in the queue (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let clock: ReviewClock;
  // The organization's Sunday of the review run, the Monday its reviews plan, and the week after.
  let sunday: string;
  let monday: string;
  let weekAfter: string;
  const at = (iso: string) => clock.set(new Date(iso));

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    db = app.get(DataSource);
    clock = app.get(ReviewClock);
    club = await createClub(app, 'Europe/Oslo');
    // The Sunday before last (UTC date of the run): fixed for the whole spec, whatever the weekday it runs on.
    monday = addDays(weekStartOf(new Date().toISOString().slice(0, 10)), -7);
    sunday = addDays(monday, -1);
    weekAfter = addDays(monday, 7);
    for (const a of [club.athlete1, club.athlete2, club.athlete3]) {
      await writeSteadyHistory(
        db,
        { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
        sunday,
      );
    }
    // Sunday 16:00 in Oslo (15:00 UTC in winter, 14:00 in summer: 15:30 UTC is past it either way): the weekly run.
    at(`${sunday}T15:30:00Z`);
    for (const coach of [club.coachA, club.coachB]) {
      const gen = (await gqlOk(app, GENERATE, {}, coach.token)).generateReviews;
      expect(gen).toMatchObject({ weekStart: monday, failed: 0 });
    }
  });
  afterAll(async () => {
    clock.set(null);
    await app.close();
  });

  it('on Sunday evening in Oslo the queue is the coming week, and nothing has begun yet', async () => {
    // 21:30 UTC: 22:30 or 23:30 in Oslo, still Sunday there.
    at(`${sunday}T21:30:00Z`);
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.weekStart).toBe(monday);
    expect(q.items.map((i: any) => i.athleteId).sort()).toEqual(
      [club.athlete1.athleteId, club.athlete2.athleteId].sort(),
    );
    expect(q.earlierWeek).toEqual({ weekStart: addDays(monday, -7), count: 0, items: [] });
  });

  it('from Monday 00:00 in Oslo the begun week’s open reviews stay in the queue, with weekStart omitted', async () => {
    // 23:30 UTC on Sunday is already Monday in Oslo (00:30 or 01:30).
    at(`${sunday}T23:30:00Z`);
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.weekStart).toBe(weekAfter);
    expect(q.items).toEqual([]);
    expect(q.earlierWeek.weekStart).toBe(monday);
    expect(q.earlierWeek.count).toBe(2);
    expect(q.earlierWeek.items.map((i: any) => [i.athleteId, i.weekStart, i.workflowStatus]).sort()).toEqual(
      [
        [club.athlete1.athleteId, monday, 'PENDING'],
        [club.athlete2.athleteId, monday, 'PENDING'],
      ].sort(),
    );
    // Most urgent first, as the week's own list.
    const urgency = q.earlierWeek.items.map((i: any) => i.urgency);
    expect([...urgency].sort((x, y) => y - x)).toEqual(urgency);
    // A week asked for by name is that week only.
    const named = (await gqlOk(app, QUEUE, { weekStart: monday }, club.coachA.token)).reviewQueue;
    expect(named.items).toHaveLength(2);
    expect(named.earlierWeek).toBeNull();
    // On the first page only: a later page (`after`) repeats none of it.
    const firstPage = (await gqlOk(app, QUEUE, { weekStart: monday, first: 1 }, club.coachA.token))
      .reviewQueue;
    const later = (await gqlOk(app, QUEUE, { after: firstPage.pageInfo.endCursor }, club.coachA.token))
      .reviewQueue;
    expect(later.earlierWeek).toBeNull();
    // The done view lists no open review of the begun week.
    const doneView = (await gqlOk(app, QUEUE, { status: ['DONE'] }, club.coachA.token)).reviewQueue;
    expect(doneView.earlierWeek).toEqual({ weekStart: monday, count: 0, items: [] });
  });

  it('shows a coach only their own athletes’ reviews of the begun week, and lets no other coach act on them', async () => {
    at(`${monday}T08:00:00Z`);
    const b = (await gqlOk(app, QUEUE, {}, club.coachB.token)).reviewQueue;
    expect(b.earlierWeek.items.map((i: any) => i.athleteId)).toEqual([club.athlete3.athleteId]);
    expect(b.earlierWeek.count).toBe(1);
    // A coach of another athlete only, and a coach with no athlete, see none of coach A's.
    const lone = await addMember(app, club.admin, 'COACH', { name: 'Coach Lone' });
    const l = (await gqlOk(app, QUEUE, {}, lone.token)).reviewQueue;
    expect(l.earlierWeek).toEqual({ weekStart: monday, count: 0, items: [] });
    expect(
      errorReason(
        await gql(
          app,
          COMPLETE,
          { input: { athleteId: club.athlete1.athleteId, weekStart: monday } },
          club.coachB.token,
        ),
      ),
    ).toBe('ATHLETE_ACCESS_DENIED');
    // An athlete has no queue.
    expect(errorCode(await gql(app, QUEUE, {}, club.athlete1.token))).toBe('FORBIDDEN');
    // The admin reads the organization's.
    const admin = (await gqlOk(app, QUEUE, {}, club.admin.token)).reviewQueue;
    expect(admin.earlierWeek.count).toBe(3);
  });

  it('keeps the queue one statement with the begun week’s reviews in it', async () => {
    at(`${monday}T08:00:00Z`);
    const { data, queries } = await gqlCounted(app, QUEUE, {}, club.admin.token);
    expect(data.reviewQueue.earlierWeek.items).toHaveLength(3);
    // The request's authentication, then the queue's one statement (as the week's own list: reviews.e2e-spec).
    const empty = await gqlCounted(app, QUEUE, { weekStart: weekAfter }, club.admin.token);
    expect(queries).toBe(empty.queries);
  });

  // The web app named the planned week ("This week" / "Next week") and held changes to a week that is over by the
  // browser's day; the API goes by the athlete's. A review says which zone that is, so the page can agree.
  it('gives each review the athlete’s time zone: their own, else the organization’s', async () => {
    at(`${monday}T08:00:00Z`);
    const a1 = club.athlete1.athleteId!;
    const a2 = club.athlete2.athleteId!;
    await db.query(`UPDATE athlete SET timezone = 'Pacific/Auckland' WHERE id = $1`, [a2]);
    try {
      const zoneOf = async (athleteId: string) =>
        (
          await gqlOk(
            app,
            `query($athleteId: ID!, $weekStart: String) {
               athleteReview(athleteId: $athleteId, weekStart: $weekStart) { athleteTimezone } }`,
            { athleteId, weekStart: monday },
            club.coachA.token,
          )
        ).athleteReview.athleteTimezone;
      expect(await zoneOf(a1)).toBe('Europe/Oslo');
      expect(await zoneOf(a2)).toBe('Pacific/Auckland');
      const q = (
        await gqlOk(
          app,
          `{ reviewQueue { earlierWeek { items { athleteId athleteTimezone } } } }`,
          {},
          club.coachA.token,
        )
      ).reviewQueue;
      expect(q.earlierWeek.items.sort((x: any, y: any) => x.athleteId.localeCompare(y.athleteId))).toEqual(
        [
          { athleteId: a1, athleteTimezone: 'Europe/Oslo' },
          { athleteId: a2, athleteTimezone: 'Pacific/Auckland' },
        ].sort((x, y) => x.athleteId.localeCompare(y.athleteId)),
      );
    } finally {
      await db.query(`UPDATE athlete SET timezone = NULL WHERE id = $1`, [a2]);
    }
  });

  it('acts on a begun week’s review named by weekStart; completed ones leave the queue', async () => {
    at(`${monday}T08:00:00Z`);
    const a1 = club.athlete1.athleteId!;
    const a2 = club.athlete2.athleteId!;
    // Without weekStart an action is on the coming week's review, which does not exist yet.
    const r2 = (await gqlOk(app, REVIEW, { athleteId: a2, weekStart: monday }, club.coachA.token))
      .athleteReview;
    expect(r2).toMatchObject({ weekStart: monday, workflowStatus: 'PENDING' });
    expect(r2.suggestions.length).toBeGreaterThan(0);
    const dismissed = (
      await gqlOk(
        app,
        DISMISS,
        { input: { athleteId: a2, weekStart: monday, suggestionId: r2.suggestions[0].id } },
        club.coachA.token,
      )
    ).dismissSuggestion;
    expect(dismissed).toEqual({
      weekStart: monday,
      workflowStatus: 'IN_PROGRESS',
      athleteTimezone: 'Europe/Oslo',
    });
    let q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.earlierWeek.items.map((i: any) => [i.athleteId, i.workflowStatus]).sort()).toEqual(
      [
        [a1, 'PENDING'],
        [a2, 'IN_PROGRESS'],
      ].sort(),
    );

    const done = (
      await gqlOk(app, COMPLETE, { input: { athleteId: a1, weekStart: monday } }, club.coachA.token)
    ).completeReview;
    expect(done).toEqual({
      review: { weekStart: monday, workflowStatus: 'DONE' },
      plan: { weekStart: monday, status: 'PUBLISHED' },
    });
    q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.earlierWeek.items.map((i: any) => i.athleteId)).toEqual([a2]);
    expect(q.earlierWeek.count).toBe(1);

    await gqlOk(app, COMPLETE, { input: { athleteId: a2, weekStart: monday } }, club.coachA.token);
    // Later in the week: the week is finished, nothing of it is left in the queue.
    at(`${addDays(monday, 3)}T12:00:00Z`);
    q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.weekStart).toBe(weekAfter);
    expect(q.earlierWeek).toEqual({ weekStart: monday, count: 0, items: [] });
  });
});

/**
 * A suggestion for the rest of the week before the review's (an illness on the review's Sunday: rest the Sunday's
 * session) on a review finished late: by the review's Monday that week is over, and the apply is refused, not published
 * into the past.
 */
describe('A begun week’s review: a change to the week before it, which is over (e2e)', () => {
  let app: INestApplication;
  let clock: ReviewClock;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    clock = app.get(ReviewClock);
  });
  afterAll(async () => {
    clock.set(null);
    await app.close();
  });

  it('refuses to apply it (SUGGESTION_WEEK_OVER) and publishes nothing to that week', async () => {
    const db = app.get(DataSource);
    const club = await createClub(app, 'Europe/Oslo');
    const a = club.athlete1;
    const monday = addDays(weekStartOf(new Date().toISOString().slice(0, 10)), -7);
    const sunday = addDays(monday, -1);
    const lastWeek = addDays(monday, -7);
    await writeSteadyHistory(
      db,
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      sunday,
    );
    // The week before the review's, published, with a long run on its Sunday; a fever reported that Sunday morning.
    const saved = (
      await gqlOk(
        app,
        `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`,
        {
          input: {
            athleteId: a.athleteId,
            weekStart: lastWeek,
            sessions: [1, 3, 6].map((d) => ({
              date: addDays(lastWeek, d),
              kind: 'RUN',
              minutes: d === 6 ? 90 : 45,
              effort: { type: 'RPE', value: 3 },
              purpose: d === 6 ? 'long run' : 'easy run',
            })),
          },
        },
        club.coachA.token,
      )
    ).savePlanDraft;
    await gqlOk(
      app,
      `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id version } }`,
      { input: { planId: saved.id, expectedRevision: saved.revision } },
      club.coachA.token,
    );
    await db.query(
      `INSERT INTO check_in (organization_id, athlete_id, date, sleep_hours, sleep_quality, soreness, fatigue, stress, mood, illness)
       VALUES ($1, $2, $3, 6, 2, 3, 1, 3, 2, 'BELOW_NECK_OR_FEVER')`,
      [a.organizationId, a.athleteId, sunday],
    );
    clock.set(new Date(`${sunday}T15:30:00Z`));
    await gqlOk(app, GENERATE, {}, club.coachA.token);
    clock.set(new Date(`${monday}T08:00:00Z`));
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.earlierWeek.items.map((i: any) => i.athleteId)).toContain(a.athleteId);
    const r = (
      await gqlOk(
        app,
        `query($athleteId: ID!, $weekStart: String) { athleteReview(athleteId: $athleteId, weekStart: $weekStart) {
          suggestions { id planWeekStart } } }`,
        { athleteId: a.athleteId, weekStart: monday },
        club.coachA.token,
      )
    ).athleteReview;
    const over = r.suggestions.find((s: any) => s.planWeekStart === lastWeek);
    expect(over).toBeDefined();
    const res = await gql(
      app,
      `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) { plan { id } } }`,
      { input: { athleteId: a.athleteId, weekStart: monday, suggestionId: over.id } },
      club.coachA.token,
    );
    expect([errorCode(res), errorReason(res)]).toEqual(['CONFLICT', 'SUGGESTION_WEEK_OVER']);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM weekly_plan WHERE athlete_id = $1 AND week_start = $2`,
      [a.athleteId, lastWeek],
    );
    expect(n).toBe(1);
  });
});
