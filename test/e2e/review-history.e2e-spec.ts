import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekStartOf } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { writeSteadyHistory } from '../helpers/training-history';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlCounted, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const HISTORY = `query($athleteId: ID!, $first: Int, $before: String) {
  reviewHistory(athleteId: $athleteId, first: $first, before: $before) {
    reviewId weekStart status engineStatus decisionType decisionTargetMinutes readinessBefore completedAt
    suggestions { suggestionId kind severity state dismissReason decidedAt }
    outcome { weekOver loadDone loadPlanned readinessAfter
      compliance { weekStart plannedMinutes completedMinutes completionRate hasPublishedPlan excludedDates countedThrough } } } }`;
const STATS = `query($coachUserId: ID, $organization: Boolean, $fromWeek: String, $toWeek: String) {
  suggestionStats(coachUserId: $coachUserId, organization: $organization, fromWeek: $fromWeek, toWeek: $toWeek) {
    coachUserId fromWeek toWeek
    kinds { kind open undecided applied editedAndApplied dismissed decided appliedShare dismissedShare }
    total { kind open undecided applied editedAndApplied dismissed decided appliedShare editedShare dismissedShare } } }`;
const GENERATE = `mutation { generateReviews(input: { wait: true }) { weekStart total done } }`;
const REVIEW = `query($athleteId: ID!, $weekStart: String) { athleteReview(athleteId: $athleteId, weekStart: $weekStart) {
  weekStart suggestions { id kind state } } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { weekStart } }`;
const TODAY = `{ athleteToday { date weekStart } }`;
const COMPLIANCE = `query($athleteId: ID, $weekStart: String) { compliance(athleteId: $athleteId, weekStart: $weekStart) {
  weekStart plannedMinutes completedMinutes completionRate hasPublishedPlan excludedDates countedThrough } }`;

describe('Review history and suggestion statistics (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let clock: ReviewClock;
  let club: Awaited<ReturnType<typeof createClub>>;
  let a1: string;
  let today: string;
  /** The week planned by a review made two Sundays ago, and the one after it. */
  let w1: string;
  let w2: string;
  let dismissed: { id: string; kind: string };

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    clock = app.get(ReviewClock);
    club = await createClub(app, 'UTC');
    a1 = club.athlete1.athleteId!;
    today = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday.date;
    for (const a of [club.athlete1, club.athlete2]) {
      await writeSteadyHistory(
        db,
        { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
        today,
        { days: 42, restDays: [3, 5] },
      );
    }
    // Two Sundays ago at 16:00 UTC (the organization's review time), the weekly generation ran …
    const sunday = addDays(weekStartOf(today), -8);
    w1 = addDays(sunday, 1);
    w2 = addDays(w1, 7);
    clock.set(new Date(`${sunday}T16:00:00Z`));
    expect((await gqlOk(app, GENERATE, {}, club.coachA.token)).generateReviews).toMatchObject({
      weekStart: w1,
      total: 2,
      done: 2,
    });
    // … the coach dismissed a suggestion with a private reason and published the plan of that week …
    const r1 = (await gqlOk(app, REVIEW, { athleteId: a1, weekStart: w1 }, club.coachA.token)).athleteReview;
    expect(r1.suggestions.length).toBeGreaterThan(0);
    dismissed = r1.suggestions[0];
    await gqlOk(
      app,
      DISMISS,
      { input: { athleteId: a1, weekStart: w1, suggestionId: dismissed.id, reason: 'She knows her body' } },
      club.coachA.token,
    );
    await db.query(
      `WITH p AS (
         INSERT INTO weekly_plan (organization_id, athlete_id, week_start, status, version, revision, created_by_user_id)
         VALUES ($1, $2, $3, 'PUBLISHED', 1, 1, $4) RETURNING id)
       INSERT INTO planned_session (plan_id, date, position, kind, minutes, effort_type, effort_value, purpose, key)
       SELECT p.id, $3::date + d, 0, 'RUN', m, 'RPE', e, 'Run', false
         FROM p, (VALUES (0, 45, 3), (1, 45, 7), (3, 45, 3), (5, 90, 3), (6, 45, 3)) AS s(d, m, e)`,
      [club.athlete1.organizationId, a1, w1, club.coachA.userId],
    );
    // … and a week later the next generation ran, at the end of that planned week.
    clock.set(new Date(`${addDays(sunday, 7)}T16:00:00Z`));
    await gqlOk(app, GENERATE, {}, club.coachA.token);
    // Today: the first planned week is over, the second under way.
    clock.set(null);
  });

  afterAll(async () => {
    clock.set(null);
    await app.close();
  });

  it('should list past reviews newest first with what the coach did and how the planned week went', async () => {
    const h = (await gqlOk(app, HISTORY, { athleteId: a1 }, club.coachA.token)).reviewHistory;
    expect(h.map((e: any) => e.weekStart)).toEqual([w2, w1]);
    const [second, first] = h;
    expect(first.status).toBe('IN_PROGRESS');
    expect(first.decisionType).toBeTruthy();
    expect(first.suggestions.find((s: any) => s.suggestionId === dismissed.id)).toMatchObject({
      kind: dismissed.kind,
      state: 'DISMISSED',
      dismissReason: 'She knows her body',
    });
    // The planned week is over: the published plan against what was logged that week.
    const [{ minutes, load }] = await db.query(
      `SELECT coalesce(sum(minutes), 0)::int AS minutes, coalesce(sum(minutes * srpe), 0)::int AS load
         FROM logged_session WHERE athlete_id = $1 AND date BETWEEN $2 AND $3`,
      [a1, w1, addDays(w1, 6)],
    );
    expect(minutes).toBeGreaterThan(0);
    expect(first.outcome).toMatchObject({
      weekOver: true,
      loadDone: load,
      loadPlanned: 45 * 3 * 3 + 45 * 7 + 90 * 3,
    });
    expect(first.outcome.compliance).toMatchObject({
      weekStart: w1,
      plannedMinutes: 270,
      completedMinutes: minutes,
      hasPublishedPlan: true,
      excludedDates: [],
    });
    expect(first.outcome.compliance.completionRate).toBeCloseTo(minutes / 270, 3);
    // Readiness at the end of that week is the one the next review saw.
    expect(first.outcome.readinessAfter).toBe(second.readinessBefore);
    expect(['GREEN', 'AMBER', 'RED', 'UNKNOWN']).toContain(first.outcome.readinessAfter);
    // The latest review's week is this week: under way, no review made at its end yet.
    expect(second.outcome).toMatchObject({ weekOver: false, readinessAfter: null });
  });

  it('should page back with before and cost the same queries for one week or many', async () => {
    const older = (await gqlOk(app, HISTORY, { athleteId: a1, before: w2 }, club.coachA.token)).reviewHistory;
    expect(older.map((e: any) => e.weekStart)).toEqual([w1]);
    const count = async (first: number) => {
      return (await gqlCounted(app, HISTORY, { athleteId: a1, first }, club.coachA.token)).queries;
    };
    expect(await count(1)).toBe(await count(12));
    const bad = await gql(app, HISTORY, { athleteId: a1, before: addDays(w2, 2) }, club.coachA.token);
    expect(errorReason(bad)).toBe('WEEK_START_NOT_MONDAY');
    expect(errorCode(await gql(app, HISTORY, { athleteId: a1, first: 0 }, club.coachA.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('should show admins what was dismissed but not why, and nothing to the athlete or another coach', async () => {
    const h = (await gqlOk(app, HISTORY, { athleteId: a1 }, club.admin.token)).reviewHistory;
    const s = h[1].suggestions.find((x: any) => x.suggestionId === dismissed.id);
    expect(s).toMatchObject({ state: 'DISMISSED', dismissReason: null });
    expect(errorReason(await gql(app, HISTORY, { athleteId: a1 }, club.athlete1.token))).toBe('STAFF_ONLY');
    expect(errorCode(await gql(app, HISTORY, { athleteId: a1 }, club.athlete2.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, HISTORY, { athleteId: a1 }, club.coachB.token))).toBe('FORBIDDEN');
    const other = await createClub(app, 'UTC');
    expect(errorCode(await gql(app, HISTORY, { athleteId: a1 }, other.coachA.token))).toBe('NOT_FOUND');
  });

  it('should count each kind a coach applied, edited or dismissed, and what is still open', async () => {
    const mine = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats;
    expect(mine.coachUserId).toBe(club.coachA.userId);
    const kind = mine.kinds.find((k: any) => k.kind === dismissed.kind);
    expect(kind).toMatchObject({ dismissed: 1, decided: 1, dismissedShare: 1, appliedShare: 0 });
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM weekly_review_suggestion s JOIN weekly_review r ON r.id = s.review_id
        WHERE r.athlete_id = ANY($1) AND s.state = 'PROPOSED'`,
      [[club.athlete1.athleteId, club.athlete2.athleteId]],
    );
    expect(mine.total).toMatchObject({ dismissed: 1, applied: 0, editedAndApplied: 0, decided: 1, open });
    // Coach B decided nothing and coaches nobody with a review.
    const b = (await gqlOk(app, STATS, {}, club.coachB.token)).suggestionStats;
    expect(b.total).toMatchObject({ decided: 0, open: 0, dismissedShare: null });
    // The admin sees any coach's figures, and the organization's.
    const viaAdmin = (await gqlOk(app, STATS, { coachUserId: club.coachA.userId }, club.admin.token))
      .suggestionStats;
    expect(viaAdmin.total).toEqual(mine.total);
    const org = (await gqlOk(app, STATS, {}, club.admin.token)).suggestionStats;
    expect(org.coachUserId).toBeNull();
    expect(org.total.decided).toBe(1);
    // A window before any review counts nothing.
    const early = (
      await gqlOk(app, STATS, { fromWeek: addDays(w1, -70), toWeek: addDays(w1, -7) }, club.coachA.token)
    ).suggestionStats;
    expect(early.total.decided + early.total.open).toBe(0);
  });

  it('should report each week’s compliance as the compliance query does, a week published without sessions included', async () => {
    // The coach published this week empty (a week off after the hard block).
    await db.query(
      `INSERT INTO weekly_plan (organization_id, athlete_id, week_start, status, version, revision, created_by_user_id)
       VALUES ($1, $2, $3, 'PUBLISHED', 1, 1, $4)`,
      [club.athlete1.organizationId, a1, w2, club.coachA.userId],
    );
    const h = (await gqlOk(app, HISTORY, { athleteId: a1 }, club.coachA.token)).reviewHistory;
    expect(h.map((e: any) => e.weekStart)).toEqual([w2, w1]);
    for (const e of h) {
      const c = (await gqlOk(app, COMPLIANCE, { athleteId: a1, weekStart: e.weekStart }, club.coachA.token))
        .compliance;
      expect(e.outcome.compliance).toEqual(c);
    }
    expect(h[0].outcome.compliance.hasPublishedPlan).toBe(true);
    expect(h[0].outcome.loadPlanned).toBe(0);
  });

  it('should count only the days that have ended in the week under way, not its sessions still to come', async () => {
    // This week's plan (published empty above) gets a 30-minute run every day, today and later included.
    await db.query(
      `INSERT INTO planned_session (plan_id, date, position, kind, minutes, effort_type, effort_value, purpose, key)
       SELECT p.id, p.week_start + d, 0, 'RUN', 30, 'RPE', 3, 'Run', false
         FROM weekly_plan p, generate_series(0, 6) AS d
        WHERE p.athlete_id = $1 AND p.week_start = $2 AND p.status = 'PUBLISHED'`,
      [a1, w2],
    );
    const ended = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // days of the week before today
    const [{ minutes, load }] = await db.query(
      `SELECT coalesce(sum(minutes), 0)::int AS minutes, coalesce(sum(minutes * srpe), 0)::int AS load
         FROM logged_session WHERE athlete_id = $1 AND date >= $2 AND date < $3`,
      [a1, w2, today],
    );
    const [current] = (await gqlOk(app, HISTORY, { athleteId: a1 }, club.coachA.token)).reviewHistory;
    expect(current.weekStart).toBe(w2);
    expect(current.outcome).toMatchObject({ weekOver: false, loadDone: load, loadPlanned: 30 * 3 * ended });
    expect(current.outcome.compliance).toMatchObject({
      plannedMinutes: 30 * ended,
      completedMinutes: minutes,
      completionRate: ended ? Math.round((minutes / (30 * ended)) * 1000) / 1000 : null,
      countedThrough: addDays(today, -1),
    });
    const c = (await gqlOk(app, COMPLIANCE, { athleteId: a1, weekStart: w2 }, club.coachA.token)).compliance;
    expect(current.outcome.compliance).toEqual(c);
  });

  it('should give an admin who also coaches the organization’s figures when asked, and nothing more to anyone else', async () => {
    const org = (await gqlOk(app, STATS, {}, club.admin.token)).suggestionStats;
    expect(org.total.decided).toBe(1);
    // The admin takes on coaching too: by default they now see their own decisions (none) …
    await db.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'COACH')`, [
      club.admin.organizationId,
      club.admin.userId,
    ]);
    try {
      const own = (await gqlOk(app, STATS, {}, club.admin.token)).suggestionStats;
      expect(own.coachUserId).toBe(club.admin.userId);
      expect(own.total).toMatchObject({ decided: 0, open: 0 });
      // … and the organization's when they ask for it.
      const asked = (await gqlOk(app, STATS, { organization: true }, club.admin.token)).suggestionStats;
      expect(asked.coachUserId).toBeNull();
      expect(asked.total).toEqual(org.total);
      expect(
        errorReason(
          await gql(app, STATS, { organization: true, coachUserId: club.coachA.userId }, club.admin.token),
        ),
      ).toBe('COACH_OR_ORGANIZATION');
    } finally {
      await db.query(
        `DELETE FROM membership WHERE organization_id = $1 AND user_id = $2 AND role = 'COACH'`,
        [club.admin.organizationId, club.admin.userId],
      );
    }
    // A plain coach still sees their own only; athletes nothing.
    expect(errorReason(await gql(app, STATS, { organization: true }, club.coachA.token))).toBe(
      'OWN_STATS_ONLY',
    );
    expect(errorCode(await gql(app, STATS, { organization: true }, club.athlete1.token))).toBe('FORBIDDEN');
    // Another organization's admin counts their own organization, which has none of these suggestions.
    const other = await createClub(app, 'UTC');
    const theirs = (await gqlOk(app, STATS, { organization: true }, other.admin.token)).suggestionStats;
    expect(theirs.total).toMatchObject({ decided: 0, open: 0, undecided: 0 });
    expect(errorReason(await gql(app, STATS, { coachUserId: club.coachA.userId }, other.admin.token))).toBe(
      'NOT_A_COACH',
    );
  });

  it('should refuse another coach’s statistics to a coach, and statistics to athletes', async () => {
    const res = await gql(app, STATS, { coachUserId: club.coachA.userId }, club.coachB.token);
    expect(errorReason(res)).toBe('OWN_STATS_ONLY');
    expect(errorCode(await gql(app, STATS, {}, club.athlete1.token))).toBe('FORBIDDEN');
    expect(errorReason(await gql(app, STATS, { coachUserId: club.athlete1.userId }, club.admin.token))).toBe(
      'NOT_A_COACH',
    );
    expect(errorReason(await gql(app, STATS, { fromWeek: w2, toWeek: w1 }, club.admin.token))).toBe(
      'INVALID_RANGE',
    );
  });

  it('should count what a completed review left undecided apart from what is still open', async () => {
    const before = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats.total;
    const [{ left }] = await db.query(
      `SELECT count(*)::int AS left FROM weekly_review_suggestion s JOIN weekly_review r ON r.id = s.review_id
        WHERE r.athlete_id = $1 AND r.week_start = $2 AND s.state = 'PROPOSED'`,
      [a1, w2],
    );
    // (The second week's review, which nothing here has decided: a review with nothing open would test nothing.)
    expect(left).toBeGreaterThan(0);
    const otherBefore = (await gqlOk(app, STATS, {}, club.coachB.token)).suggestionStats.total;
    // The week's review completed with those suggestions untouched (as completeReview leaves them), by
    // coach B (covering): what it left undecided is B's, not coach A's, who still coaches the athlete.
    await db.query(
      `UPDATE weekly_review SET status = 'DONE', completed_at = now(), completed_by_user_id = $3
        WHERE athlete_id = $1 AND week_start = $2`,
      [a1, w2, club.coachB.userId],
    );
    const after = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats.total;
    expect(after).toMatchObject({
      open: before.open - left,
      undecided: before.undecided,
      decided: before.decided,
    });
    const other = (await gqlOk(app, STATS, {}, club.coachB.token)).suggestionStats.total;
    expect(other).toMatchObject({ open: otherBefore.open, undecided: otherBefore.undecided + left });
    // Completed by coach A: A's.
    await db.query(
      `UPDATE weekly_review SET completed_by_user_id = $3 WHERE athlete_id = $1 AND week_start = $2`,
      [a1, w2, club.coachA.userId],
    );
    const own = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats.total;
    expect(own).toMatchObject({ open: before.open - left, undecided: before.undecided + left });
  });

  it('should no longer count as open what a review completed with completeReview left proposed', async () => {
    const a2 = club.athlete2.athleteId!;
    const review = (await gqlOk(app, REVIEW, { athleteId: a2, weekStart: w2 }, club.coachA.token))
      .athleteReview;
    const proposed = review.suggestions.filter((s: any) => s.state === 'PROPOSED');
    // The steady history makes the engine propose something: a review with nothing open would test nothing.
    expect(proposed.length).toBeGreaterThan(0);
    const before = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats.total;
    await gqlOk(
      app,
      `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { review { workflowStatus } } }`,
      { input: { athleteId: a2, weekStart: w2 } },
      club.coachA.token,
    );
    const after = (await gqlOk(app, STATS, {}, club.coachA.token)).suggestionStats.total;
    expect(after).toMatchObject({
      open: before.open - proposed.length,
      undecided: before.undecided + proposed.length,
      decided: before.decided,
    });
  });
});
