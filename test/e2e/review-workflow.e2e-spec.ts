import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { writeSteadyHistory } from '../helpers/training-history';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { accept, addMember, createClub, invite } from '../helpers/factories';
import { baseUrl, connectChat, recorder } from '../helpers/socket-client';

const SUGGESTION = `id kind severity rationale athleteText state dismissReason shared changes { type days percent } editedChanges { type days }`;
const REVIEW_FIELDS = `id athleteId athleteName weekStart workflowStatus snoozedUntil status urgency engineVersion
  suggestions { ${SUGGESTION} } decidedSuggestions { ${SUGGESTION} }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) { ${REVIEW_FIELDS} } }`;
const QUEUE = `query($first: Int, $after: String, $status: [ReviewWorkflowStatus!], $weekStart: String) {
  reviewQueue(first: $first, after: $after, status: $status, weekStart: $weekStart) {
    weekStart finished counts { athletes missing pending inProgress snoozed done todo }
    items { athleteId workflowStatus urgency status suggestions { id severity } }
    pageInfo { endCursor hasNextPage } } }`;
/** What a queue screen asks for, without `first`: the default page must stay inside the cost limit. */
const FULL_QUEUE = `{ reviewQueue { weekStart counts { todo done } pageInfo { endCursor hasNextPage } items {
  id athleteId athleteName weekStart workflowStatus status urgency reviewDate nextWeekStart
  metrics { ctl atl tsb weeklyLoad weeklyMinutes monotony strain rampPct acwr hrvStatus readiness compliancePct daysSinceContact }
  components { component status summary evidence { key value } }
  decision { type reason targetMinutes minMinutes maxMinutes phase focus }
  suggestions { id kind severity components rationale basis state evidence { key value } changes { type percent days sessionId fromDay toDay } }
  outlook { weekStart phase minMinutes maxMinutes } } } }`;
const GENERATE = `mutation($ids: [ID!]) { generateReviews(input: { wait: true, athleteIds: $ids }) { weekStart total done kept failed } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) {
  plan { id revision status plannedMinutes sessions { date kind minutes } } review { ${REVIEW_FIELDS} } } }`;
const REVERT = `mutation($input: RevertSuggestionInput!) { revertSuggestion(input: $input) {
  plan { id revision plannedMinutes sessions { date kind minutes } } review { ${REVIEW_FIELDS} } } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { ${REVIEW_FIELDS} } }`;
const RESTORE = `mutation($input: RestoreSuggestionInput!) { restoreSuggestion(input: $input) { ${REVIEW_FIELDS} } }`;
const SNOOZE = `mutation($input: SnoozeReviewInput!) { snoozeReview(input: $input) { workflowStatus snoozedUntil } }`;
const COMPLETE = `mutation($input: CompleteReviewInput!) { completeReview(input: $input) {
  review { workflowStatus completedAt } plan { id status weekStart version } messageId } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`;
const PLAN = `query($weekStart: String) { weeklyPlan(weekStart: $weekStart) { published { id sharedRationales { kind rationale athleteText } } } }`;
const ATHLETE_PLAN = `query($athleteId: ID, $weekStart: String) { weeklyPlan(athleteId: $athleteId, weekStart: $weekStart) {
  published { id sharedRationales { kind rationale athleteText } } } }`;
const TODAY = `{ athleteToday { date weekStart } }`;

type Club = Awaited<ReturnType<typeof createClub>>;
type Member = Club['athlete1'];
/** A coach's draft row: weekday (0 = Monday), minutes, session RPE, key, purpose. */
type DraftRow = readonly [day: number, minutes: number, rpe: number, key: boolean, purpose: string];

/** The runs of a coach's draft for the week starting `week`, as `savePlanDraft` takes them. */
const draftOf = (week: string, rows: readonly DraftRow[]) =>
  rows.map(([day, minutes, rpe, key, purpose]) => ({
    date: addDays(week, day),
    kind: 'RUN',
    minutes,
    effort: { type: 'RPE', value: rpe },
    purpose,
    key,
  }));

/**
 * A review to act on: a new club (UTC) in which each of `athletes(club)` has the steady history up to today
 * and, after `before` (a trip, say), coach A's `rows` saved as next week's draft; then the reviews generated.
 */
async function draftedReviews(
  app: INestApplication,
  athletes: (club: Club) => Member[],
  rows: readonly DraftRow[],
  before?: (db: DataSource, club: Club, athlete: Member, nextWeek: string) => Promise<void>,
): Promise<{ db: DataSource; club: Club; nextWeek: string }> {
  const db = app.get(DataSource);
  const club = await createClub(app, 'UTC');
  const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
  const nextWeek = addDays(t.weekStart, 7);
  for (const a of athletes(club)) {
    await writeSteadyHistory(
      db,
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      t.date,
    );
    if (before) await before(db, club, a, nextWeek);
    await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: nextWeek, sessions: draftOf(nextWeek, rows) } },
      club.coachA.token,
    );
  }
  await gqlOk(app, GENERATE, {}, club.coachA.token);
  return { db, club, nextWeek };
}

describe('Weekly review workflow on stored reviews (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let today: string;
  let nextWeek: string;
  let a1: string;
  let a2: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
    today = t.date;
    nextWeek = addDays(t.weekStart, 7);
    a1 = club.athlete1.athleteId!;
    a2 = club.athlete2.athleteId!;
    for (const a of [club.athlete1, club.athlete2]) {
      await writeSteadyHistory(
        db,
        { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
        today,
      );
    }
    await gqlOk(
      app,
      `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.5" }) { id } }`,
      {},
      club.athlete1.token,
    );
  });
  afterAll(async () => {
    app.get(ReviewClock).set(null);
    await app.close();
  });

  it('should say which athletes have no review yet, then generate one per athlete for the coming week', async () => {
    const before = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(before).toMatchObject({ weekStart: nextWeek, finished: false, items: [] });
    expect(before.counts).toMatchObject({ athletes: 2, missing: 2, todo: 0 });
    const gen = (await gqlOk(app, GENERATE, {}, club.coachA.token)).generateReviews;
    expect(gen).toEqual({ weekStart: nextWeek, total: 2, done: 2, kept: 0, failed: 0 });
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM weekly_review WHERE athlete_id = ANY($1)`,
      [[a1, a2]],
    );
    expect(n).toBe(2);
    // Generating again with the same data changes nothing and never duplicates.
    await gqlOk(app, GENERATE, {}, club.coachA.token);
    const [{ n: again, gen: generation }] = await db.query(
      `SELECT count(*)::int AS n, max(generation) AS gen FROM weekly_review WHERE athlete_id = ANY($1)`,
      [[a1, a2]],
    );
    expect([again, generation]).toEqual([2, 1]);
  });

  it('should list the urgent athlete first, count per status and page by keyset', async () => {
    const p1 = (await gqlOk(app, QUEUE, { first: 1 }, club.coachA.token)).reviewQueue;
    expect(p1.counts).toEqual({
      athletes: 2,
      missing: 0,
      pending: 2,
      inProgress: 0,
      snoozed: 0,
      done: 0,
      todo: 2,
    });
    expect(p1.items.map((i: any) => [i.athleteId, i.status])).toEqual([[a1, 'URGENT']]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await gqlOk(app, QUEUE, { first: 1, after: p1.pageInfo.endCursor }, club.coachA.token))
      .reviewQueue;
    expect(p2.items.map((i: any) => i.athleteId)).toEqual([a2]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(p1.items[0].urgency).toBeGreaterThan(p2.items[0].urgency);
    expect(errorReason(await gql(app, QUEUE, { after: 'bm9wZQ' }, club.coachA.token))).toBe('INVALID_CURSOR');
    expect(errorCode(await gql(app, QUEUE, { first: 5000 }, club.coachA.token))).toBe('BAD_USER_INPUT');
  });

  it('should serve the default queue page with every field a screen shows, inside the cost limit', async () => {
    const q = (await gqlOk(app, FULL_QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.items).toHaveLength(2);
    expect(q.items[0].components).toHaveLength(6);
  });

  it('should dismiss with a private reason: in progress, never proposed again, reason hidden from admins', async () => {
    const r = (await gqlOk(app, REVIEW, { athleteId: a2 }, club.coachA.token)).athleteReview;
    expect(r.workflowStatus).toBe('PENDING');
    const target = r.suggestions[0];
    const after = (
      await gqlOk(
        app,
        DISMISS,
        { input: { athleteId: a2, suggestionId: target.id, reason: 'she told me she feels great' } },
        club.coachA.token,
      )
    ).dismissSuggestion;
    expect(after.workflowStatus).toBe('IN_PROGRESS');
    expect(after.suggestions.map((s: any) => s.id)).not.toContain(target.id);
    expect(after.decidedSuggestions).toEqual([
      expect.objectContaining({
        id: target.id,
        state: 'DISMISSED',
        dismissReason: 'she told me she feels great',
      }),
    ]);
    const byAdmin = (await gqlOk(app, REVIEW, { athleteId: a2 }, club.admin.token)).athleteReview;
    expect(byAdmin.workflowStatus).toBe('IN_PROGRESS');
    expect(byAdmin.decidedSuggestions[0]).toMatchObject({ state: 'DISMISSED', dismissReason: null });
    const adminQueue = (await gqlOk(app, QUEUE, {}, club.admin.token)).reviewQueue;
    expect(adminQueue.counts).toMatchObject({ athletes: 3, missing: 1, inProgress: 1, pending: 1 });

    // Re-generation on new data keeps the coach's decision and proposes only what is new.
    await db.query(
      `UPDATE check_in SET rmssd = rmssd - 25, fatigue = 1 WHERE athlete_id = $1 AND date >= $2`,
      [a2, addDays(today, -3)],
    );
    await gqlOk(app, GENERATE, { ids: [a2] }, club.coachA.token);
    const regenerated = (await gqlOk(app, REVIEW, { athleteId: a2 }, club.coachA.token)).athleteReview;
    expect(regenerated.workflowStatus).toBe('IN_PROGRESS');
    expect(regenerated.suggestions.map((s: any) => s.id)).not.toContain(target.id);
    expect(regenerated.decidedSuggestions.map((s: any) => [s.id, s.state])).toEqual([
      [target.id, 'DISMISSED'],
    ]);
  });

  it('should undo a dismissal: proposed again without its reason, as the engine now proposes it; refused when not dismissed, from the wrong side, and once the engine no longer proposes it', async () => {
    const coach = club.coachA.token;
    const r = (await gqlOk(app, REVIEW, { athleteId: a2 }, coach)).athleteReview;
    const s = r.suggestions[0];
    expect(s).toBeDefined();
    const input = { athleteId: a2, suggestionId: s.id };
    const stateOf = async () => {
      const x = (await gqlOk(app, REVIEW, { athleteId: a2 }, coach)).athleteReview;
      return [...x.suggestions, ...x.decidedSuggestions]
        .filter((y: any) => y.id === s.id)
        .map((y: any) => [y.state, y.dismissReason]);
    };
    // Proposed, not dismissed: nothing to undo.
    expect(errorReason(await gql(app, RESTORE, { input }, coach))).toBe('SUGGESTION_NOT_DISMISSED');
    const dismiss = () =>
      gqlOk(app, DISMISS, { input: { ...input, reason: 'not this week' } }, coach).then(
        (d) => d.dismissSuggestion,
      );
    const priority = async () =>
      (
        await db.query(`SELECT priority FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`, [
          a2,
          nextWeek,
        ])
      )[0].priority as number;
    const proposedPriority = await priority();
    await dismiss();
    expect(await stateOf()).toEqual([['DISMISSED', 'not this week']]);

    // The wrong side: another coach, the athlete, an admin, another organization. Nothing changes.
    expect(errorReason(await gql(app, RESTORE, { input }, club.coachB.token))).toBe('ATHLETE_ACCESS_DENIED');
    expect(errorReason(await gql(app, RESTORE, { input }, club.athlete2.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, RESTORE, { input }, club.admin.token))).toBe('COACH_ONLY');
    const other = await createClub(app);
    expect(errorCode(await gql(app, RESTORE, { input }, other.coachA.token))).toBe('NOT_FOUND');
    expect(await stateOf()).toEqual([['DISMISSED', 'not this week']]);

    // Undone: proposed again as it was, its reason gone, the review's priority counting it open again.
    const restored = (await gqlOk(app, RESTORE, { input }, coach)).restoreSuggestion;
    expect(restored.suggestions.find((x: any) => x.id === s.id)).toMatchObject({
      state: 'PROPOSED',
      rationale: s.rationale,
      dismissReason: null,
    });
    expect(restored.decidedSuggestions.map((x: any) => x.id)).not.toContain(s.id);
    expect(await priority()).toBe(proposedPriority);
    // The decision log keeps both, in order: the dismissal with its reason, then its undoing.
    expect(
      await db.query(
        `SELECT action, note FROM review_decision WHERE athlete_id = $1 AND suggestion_id = $2 ORDER BY created_at, action`,
        [a2, s.id],
      ),
    ).toEqual([
      { action: 'DISMISSED', note: 'not this week' },
      { action: 'RESTORED', note: null },
    ]);

    // Reworded by the engine since the dismissal: the engine's proposal as it is now comes back, the old one superseded.
    await dismiss();
    await db.query(
      `UPDATE weekly_review_suggestion SET suggestion = jsonb_set(suggestion, '{rationale}', '"words of an older engine"')
        WHERE suggestion_id = $1 AND state = 'DISMISSED'
          AND review_id IN (SELECT id FROM weekly_review WHERE athlete_id = $2)`,
      [s.id, a2],
    );
    const reworded = (await gqlOk(app, RESTORE, { input }, coach)).restoreSuggestion;
    expect(reworded.suggestions.find((x: any) => x.id === s.id)).toMatchObject({
      state: 'PROPOSED',
      rationale: s.rationale,
    });
    const superseded = await db.query(
      `SELECT suggestion->>'rationale' AS rationale FROM weekly_review_suggestion
        WHERE suggestion_id = $1 AND state = 'SUPERSEDED' AND review_id IN (SELECT id FROM weekly_review WHERE athlete_id = $2)`,
      [s.id, a2],
    );
    expect(superseded.map((x: any) => x.rationale)).toContain('words of an older engine');

    // No longer proposed by the engine on the plan as it is: it stays dismissed, with its reason.
    await dismiss();
    const [{ output }] = await db.query(
      `SELECT output FROM weekly_review WHERE athlete_id = $1 AND week_start = $2`,
      [a2, nextWeek],
    );
    await db.query(
      `UPDATE weekly_review SET output = jsonb_set(output, '{suggestions}', $3::jsonb)
        WHERE athlete_id = $1 AND week_start = $2`,
      [a2, nextWeek, JSON.stringify(output.suggestions.filter((x: any) => x.id !== s.id))],
    );
    try {
      const gone = await gql(app, RESTORE, { input }, coach);
      expect(errorReason(gone)).toBe('SUGGESTION_NO_LONGER_PROPOSED');
      expect(gone.errors![0].message).toMatch(/no longer proposes the .+ suggestion, so it stays dismissed/);
      expect(await stateOf()).toEqual([['DISMISSED', 'not this week']]);
    } finally {
      await db.query(
        `UPDATE weekly_review SET output = $3::jsonb WHERE athlete_id = $1 AND week_start = $2`,
        [a2, nextWeek, JSON.stringify(output)],
      );
    }
  });

  it('should apply an edited change, revert it, and refuse a revert once the draft was edited since', async () => {
    const r = (await gqlOk(app, REVIEW, { athleteId: a1 }, club.coachA.token)).athleteReview;
    const rest = r.suggestions.find((s: any) => s.kind === 'ILLNESS_REST');
    expect(rest).toBeDefined();
    const edited = (
      await gqlOk(
        app,
        APPLY,
        {
          input: {
            athleteId: a1,
            suggestionId: rest.id,
            changes: [{ type: 'INSERT_REST_DAYS', days: [0, 1, 2] }],
          },
        },
        club.coachA.token,
      )
    ).applySuggestion;
    const restDays = edited.plan.sessions.filter((s: any) => s.date <= addDays(nextWeek, 2));
    expect(restDays.every((s: any) => s.kind === 'REST' || s.minutes === 0)).toBe(true);
    expect(edited.plan.status).toBe('DRAFT');
    expect(edited.review.workflowStatus).toBe('IN_PROGRESS');
    expect(edited.review.decidedSuggestions).toEqual([
      expect.objectContaining({
        id: rest.id,
        state: 'EDITED_AND_APPLIED',
        editedChanges: [{ type: 'INSERT_REST_DAYS', days: [0, 1, 2] }],
      }),
    ]);
    expect(edited.review.suggestions.map((s: any) => s.id)).not.toContain(rest.id);
    // The athlete reads what the coach applied, with the plan's minutes, not the engine's proposal (demo read:
    // Emma's edited cautious hold) nor the kind's sentence of it.
    const decided = edited.review.decidedSuggestions[0];
    expect(decided.athleteText).not.toEqual(rest.athleteText);
    // The week by its Monday as the athlete reads a day ("Mon 14 Dec"), not its ISO date.
    const mondayWords = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${nextWeek}T00:00:00Z`));
    expect(decided.athleteText).toMatch(
      new RegExp(
        `^Your coach adjusted your plan for the week of ${mondayWords}: about ${edited.plan.plannedMinutes} min(, down from \\d+ min|, as before)\\. `,
      ),
    );
    expect(decided.athleteText).toContain('Monday–Wednesday are rest days');
    // The queue's item says the same (it reads the plan the edit met too).
    const queued = (
      await gqlOk(
        app,
        `query($w: String) { reviewQueue(weekStart: $w) { items { athleteId decidedSuggestions { id athleteText } } } }`,
        { w: nextWeek },
        club.coachA.token,
      )
    ).reviewQueue.items.find((i: any) => i.athleteId === a1);
    expect(queued.decidedSuggestions.find((s: any) => s.id === rest.id).athleteText).toBe(
      decided.athleteText,
    );
    // An invalid edit is refused and changes nothing.
    const other = edited.review.suggestions[0];
    if (other) {
      const bad = await gql(
        app,
        APPLY,
        {
          input: {
            athleteId: a1,
            suggestionId: other.id,
            expectedRevision: 1,
            changes: [{ type: 'DROP_SESSION' }],
          },
        },
        club.coachA.token,
      );
      expect(errorReason(bad)).toBe('INVALID_CHANGE');
    }

    const reverted = (
      await gqlOk(app, REVERT, { input: { athleteId: a1, suggestionId: rest.id } }, club.coachA.token)
    ).revertSuggestion;
    expect(reverted.plan.revision).toBe(2);
    expect(reverted.review.suggestions.map((s: any) => s.id)).toContain(rest.id);

    const again = (
      await gqlOk(
        app,
        APPLY,
        { input: { athleteId: a1, suggestionId: rest.id, expectedRevision: 2 } },
        club.coachA.token,
      )
    ).applySuggestion;
    expect(again.review.decidedSuggestions.map((s: any) => [s.id, s.state])).toEqual([[rest.id, 'APPLIED']]);
    await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: a1,
          weekStart: nextWeek,
          expectedRevision: again.plan.revision,
          notes: 'easy week',
        },
      },
      club.coachA.token,
    );
    const refused = await gql(
      app,
      REVERT,
      { input: { athleteId: a1, suggestionId: rest.id } },
      club.coachA.token,
    );
    expect(errorReason(refused)).toBe('PLAN_CHANGED_SINCE');
    expect(refused.errors![0].message).toMatch(
      /edited after this change \(revision 4, the change left it at 3\)/,
    );
  });

  it('should snooze a review out of the to-do queue until its date comes', async () => {
    const tomorrow = addDays(today, 1);
    expect(
      errorReason(await gql(app, SNOOZE, { input: { athleteId: a2, until: today } }, club.coachA.token)),
    ).toBe('SNOOZE_NOT_FUTURE');
    const s = (await gqlOk(app, SNOOZE, { input: { athleteId: a2, until: tomorrow } }, club.coachA.token))
      .snoozeReview;
    expect(s).toEqual({ workflowStatus: 'SNOOZED', snoozedUntil: tomorrow });
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q.items.map((i: any) => i.athleteId)).toEqual([a1]);
    expect(q.counts).toMatchObject({ snoozed: 1, todo: 1 });
    const clock = app.get(ReviewClock);
    clock.set(new Date(`${tomorrow}T08:00:00Z`));
    try {
      const later = (await gqlOk(app, QUEUE, { weekStart: nextWeek }, club.coachA.token)).reviewQueue;
      expect(later.items.map((i: any) => i.athleteId).sort()).toEqual([a1, a2].sort());
      expect(later.counts.todo).toBe(2);
    } finally {
      clock.set(null);
    }
  });

  it('should refuse the wrong side: another coach, the athlete, an admin, another organization', async () => {
    const input = { athleteId: a1, suggestionId: 'ILLNESS_REST:x' };
    expect(errorReason(await gql(app, DISMISS, { input }, club.coachB.token))).toBe('ATHLETE_ACCESS_DENIED');
    expect(errorReason(await gql(app, DISMISS, { input }, club.athlete1.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, DISMISS, { input }, club.admin.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, COMPLETE, { input: { athleteId: a1 } }, club.admin.token))).toBe(
      'COACH_ONLY',
    );
    expect(errorReason(await gql(app, QUEUE, {}, club.athlete1.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, GENERATE, {}, club.athlete1.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, GENERATE, { ids: [a1] }, club.coachB.token))).toBe(
      'ATHLETE_ACCESS_DENIED',
    );
    const other = await createClub(app);
    expect(errorCode(await gql(app, DISMISS, { input }, other.coachA.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, REVIEW, { athleteId: a1 }, other.admin.token))).toBe('NOT_FOUND');
  });

  it('should never let a coach review themselves, even as their own assigned coach', async () => {
    const coach = await addMember(app, club.admin, 'COACH', { name: 'Coach Self' });
    const inv = await invite(app, club.admin, 'ATHLETE', { email: coach.email, coachUserId: coach.userId });
    const both = await accept(app, inv.token);
    expect(both.athleteId).toBeTruthy();
    const q = (await gqlOk(app, QUEUE, {}, both.token)).reviewQueue;
    expect(q.counts.athletes).toBe(0);
    const gen = (await gqlOk(app, GENERATE, {}, both.token)).generateReviews;
    expect(gen.total).toBe(0);
    expect(errorReason(await gql(app, REVIEW, { athleteId: both.athleteId }, both.token))).toBe('STAFF_ONLY');
    expect(errorReason(await gql(app, GENERATE, { ids: [both.athleteId] }, both.token))).toBe(
      'ATHLETE_ACCESS_DENIED',
    );
  });

  it('should complete: publish, message the athlete with the shared athlete text (never the coach rationale), push plan:published, leave the queue', async () => {
    const athleteSocket = await connectChat(baseUrl(app), club.athlete1.token);
    const seen = recorder(athleteSocket, ['message:new', 'plan:published']);
    try {
      const r = (await gqlOk(app, REVIEW, { athleteId: a1 }, club.coachA.token)).athleteReview;
      const rest = r.decidedSuggestions.find((s: any) => s.kind === 'ILLNESS_REST');
      const unshared = r.suggestions[0];
      const draft = (
        await gqlOk(
          app,
          `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`,
          { a: a1, w: nextWeek },
          club.coachA.token,
        )
      ).weeklyPlan.draft;
      const blind = await gql(app, COMPLETE, { input: { athleteId: a1 } }, club.coachA.token);
      expect(errorReason(blind)).toBe('PLAN_DRAFT_EXISTS');
      // Naming another draft than the week's (the one reviewed published and the week drafted again, at the same
      // revision): refused, for an apply and for the completion, and nothing written.
      const notTheDraft = randomUUID();
      const staleApply = await gql(
        app,
        APPLY,
        {
          input: {
            athleteId: a1,
            suggestionId: unshared.id,
            expectedRevision: draft.revision,
            expectedPlanId: notTheDraft,
          },
        },
        club.coachA.token,
      );
      expect(errorCode(staleApply)).toBe('CONFLICT');
      expect(errorReason(staleApply)).toBe('PLAN_DRAFT_GONE');
      const staleComplete = await gql(
        app,
        COMPLETE,
        { input: { athleteId: a1, expectedRevision: draft.revision, expectedPlanId: notTheDraft } },
        club.coachA.token,
      );
      expect(errorCode(staleComplete)).toBe('CONFLICT');
      expect(errorReason(staleComplete)).toBe('PLAN_DRAFT_GONE');
      const still = (
        await gqlOk(
          app,
          `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { id revision } published { id } } }`,
          { a: a1, w: nextWeek },
          club.coachA.token,
        )
      ).weeklyPlan;
      expect(still.draft.revision).toBe(draft.revision);
      expect(still.published).toBeNull();
      expect(
        (await gqlOk(app, REVIEW, { athleteId: a1 }, club.coachA.token)).athleteReview.suggestions,
      ).toEqual(r.suggestions);
      const done = (
        await gqlOk(
          app,
          COMPLETE,
          {
            input: {
              athleteId: a1,
              expectedRevision: draft.revision,
              message: 'Rest up, Anna. We start again gently.',
              shareSuggestionIds: [rest.id],
            },
          },
          club.coachA.token,
        )
      ).completeReview;
      expect(done.review.workflowStatus).toBe('DONE');
      expect(done.plan).toMatchObject({ status: 'PUBLISHED', weekStart: nextWeek });
      expect(done.messageId).toBeTruthy();
      await seen.waitFor('plan:published');
      await seen.waitFor('message:new');
      const msg = seen.of('message:new')[0];
      expect(msg.body).toContain('Rest up, Anna.');
      // The athlete reads words written for them: the athlete text, never the coach rationale.
      expect(rest.athleteText).toMatch(/\byou(r)?\b/i);
      expect(rest.athleteText).not.toEqual(rest.rationale);
      expect(msg.body).toContain(rest.athleteText);
      expect(msg.body).not.toContain(rest.rationale);
      if (unshared) expect(msg.body).not.toContain(unshared.rationale);
      expect(seen.of('plan:published')[0]).toMatchObject({
        athleteId: a1,
        weekStart: nextWeek,
        planId: done.plan.id,
      });

      const plan = (await gqlOk(app, PLAN, { weekStart: nextWeek }, club.athlete1.token)).weeklyPlan
        .published;
      expect(plan.sharedRationales).toEqual([
        { kind: 'ILLNESS_REST', rationale: rest.athleteText, athleteText: rest.athleteText },
      ]);
      // Staff see both texts on the same plan.
      const staffView = (
        await gqlOk(app, ATHLETE_PLAN, { athleteId: a1, weekStart: nextWeek }, club.coachA.token)
      ).weeklyPlan.published;
      expect(staffView.sharedRationales).toEqual([
        { kind: 'ILLNESS_REST', rationale: rest.rationale, athleteText: rest.athleteText },
      ]);
      // Another athlete cannot read this plan, nor what was shared on it.
      const other = await gql(app, ATHLETE_PLAN, { athleteId: a1, weekStart: nextWeek }, club.athlete2.token);
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(JSON.stringify(other)).not.toContain(rest.athleteText);
      // A review stored before suggestions carried an athlete text: a neutral sentence, never the coach text.
      await app.get(DataSource).query(
        `UPDATE weekly_review_suggestion SET suggestion = suggestion - 'athleteText'
            WHERE suggestion_id = $1 AND review_id IN (SELECT id FROM weekly_review WHERE athlete_id = $2)`,
        [rest.id, a1],
      );
      const legacy = (await gqlOk(app, PLAN, { weekStart: nextWeek }, club.athlete1.token)).weeklyPlan
        .published.sharedRationales;
      expect(legacy).toHaveLength(1);
      expect(legacy[0].athleteText).toMatch(/^Your plan gives you time to get well/);
      expect(legacy[0].rationale).toBe(legacy[0].athleteText);
      expect(legacy[0].athleteText).not.toContain(rest.rationale);

      const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
      expect(q.items.map((i: any) => i.athleteId)).not.toContain(a1);
      expect(q.counts.done).toBe(1);
      const doneOnly = (await gqlOk(app, QUEUE, { status: ['DONE'] }, club.coachA.token)).reviewQueue;
      expect(doneOnly.items.map((i: any) => i.athleteId)).toEqual([a1]);
      // Completed: nothing more is done on it, and re-generation leaves it as the coach finished it.
      expect(errorReason(await gql(app, COMPLETE, { input: { athleteId: a1 } }, club.coachA.token))).toBe(
        'REVIEW_DONE',
      );
      for (const undo of [REVERT, RESTORE])
        expect(
          errorReason(
            await gql(app, undo, { input: { athleteId: a1, suggestionId: rest.id } }, club.coachA.token),
          ),
        ).toBe('REVIEW_DONE');
      const gen = (await gqlOk(app, GENERATE, {}, club.coachA.token)).generateReviews;
      expect(gen.kept).toBe(1);
    } finally {
      athleteSocket.close();
    }
  });

  it('should say the week is finished when every review is done', async () => {
    const done = (await gqlOk(app, COMPLETE, { input: { athleteId: a2 } }, club.coachA.token)).completeReview;
    expect(done.plan.status).toBe('PUBLISHED');
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue;
    expect(q).toMatchObject({ finished: true, items: [] });
    expect(q.counts).toMatchObject({ athletes: 2, done: 2, todo: 0 });
  });
});

/** The over-sized draft: seven runs, 580 min. */
const OVERSIZED: readonly DraftRow[] = [
  [0, 60, 3, false, 'Easy run'],
  [1, 70, 7, true, 'Threshold intervals'],
  [2, 60, 3, false, 'Easy run'],
  [3, 60, 5, false, 'Steady run'],
  [4, 60, 3, false, 'Easy run'],
  [5, 180, 4, true, 'Long run'],
  [6, 90, 3, false, 'Easy run'],
];

/** An athlete's confirmed work trip next Tuesday–Thursday, entered before the draft is saved. */
async function workTrip(q: DataSource, c: Club, a: Member, week: string): Promise<void> {
  await q.query(
    `INSERT INTO context_event (organization_id, athlete_id, kind, start_date, end_date, note, source, status, created_by_user_id)
     VALUES ($1, $2, 'TRAVEL', $3, $4, 'work trip', 'ENTERED', 'CONFIRMED', $5)`,
    [a.organizationId, a.athleteId, addDays(week, 1), addDays(week, 3), c.coachA.userId],
  );
}

/**
 * Issue #11 class 6: the suggestions of one review compose. Two athletes with the same history, the same
 * over-sized draft and the same confirmed trip next week: the coach applies the volume decision and the trip's
 * reduction in one order for the first and in the other for the second; both applies succeed, and the
 * published plans carry both changes (the trip's days capped, the week cut to the decision's range).
 */
describe('Weekly review workflow: suggestions compose (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Club;
  let nextWeek: string;

  beforeAll(async () => {
    app = await createTestApp();
    ({ db, club, nextWeek } = await draftedReviews(
      app,
      (c) => [c.athlete1, c.athlete2],
      OVERSIZED,
      workTrip,
    ));
  });
  afterAll(async () => {
    await app.close();
  });

  const applyIn = async (athleteId: string, suggestionId: string, expectedRevision: number) =>
    (await gqlOk(app, APPLY, { input: { athleteId, suggestionId, expectedRevision } }, club.coachA.token))
      .applySuggestion;

  it('should undo two applied suggestions last first: the first refused while the later stands on it, then both undone to the draft as it was', async () => {
    const athleteId = club.athlete1.athleteId!;
    const r = (await gqlOk(app, REVIEW, { athleteId }, club.coachA.token)).athleteReview;
    const [a, b] = r.suggestions.filter((s: any) => s.changes.length > 0);
    expect([a?.id, b?.id]).toEqual([expect.any(String), expect.any(String)]);
    const WEEK = `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) {
      draft { revision sessions { date kind minutes } } } }`;
    const draft = async () =>
      (await gqlOk(app, WEEK, { a: athleteId, w: nextWeek }, club.coachA.token)).weeklyPlan.draft;
    const week = (d: any) => d.sessions.map((x: any) => `${x.date} ${x.kind} ${x.minutes}`).sort();
    const before = await draft();
    const revert = (suggestionId: string) =>
      gql(app, REVERT, { input: { athleteId, suggestionId } }, club.coachA.token);

    const first = await applyIn(athleteId, a.id, before.revision);
    const second = await applyIn(athleteId, b.id, first.plan.revision);
    expect(week(second.plan)).not.toEqual(week(before));
    const refused = await revert(a.id);
    expect(errorReason(refused)).toBe('PLAN_CHANGED_SINCE');
    expect(refused.errors![0].extensions!.details).toMatchObject({ laterSuggestionIds: [b.id] });

    // Last first: each undo puts back the draft the change met, so the one before it can be undone in turn.
    const undoneB = (await revert(b.id)).data!.revertSuggestion;
    expect(week(undoneB.plan)).toEqual(week(first.plan));
    const undoneA = await revert(a.id);
    expect(undoneA.errors).toBeUndefined();
    expect(week(undoneA.data!.revertSuggestion.plan)).toEqual(week(before));
    expect(week(await draft())).toEqual(week(before));
    const after = undoneA.data!.revertSuggestion.review;
    expect(after.decidedSuggestions).toEqual([]);
    // The decision log records each undo after the apply it takes back, with the plan before and after the revert.
    const log = await db.query(
      `SELECT suggestion_id AS id, action, plan_before AS before, plan_after AS after
         FROM review_decision WHERE athlete_id = $1 ORDER BY created_at`,
      [athleteId],
    );
    const minutes = (p: any) =>
      p.sessions.map((x: any) => x.minutes).reduce((t: number, m: number) => t + m, 0);
    expect(log.map((x: any) => `${x.action} ${x.id}`)).toEqual([
      `APPLIED ${a.id}`,
      `APPLIED ${b.id}`,
      `REVERTED ${b.id}`,
      `REVERTED ${a.id}`,
    ]);
    expect(minutes(log[2].before)).toBe(minutes(log[1].after));
    expect(minutes(log[2].after)).toBe(minutes(log[1].before));
    expect(minutes(log[3].after)).toBe(minutes(log[0].before));
    expect(after.suggestions.map((s: any) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('should apply two suggestions of one review in either order, then publish both with completeReview', async () => {
    const DECISION = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) {
      decision { type minMinutes maxMinutes } suggestions { id kind rationale changes { type } } } }`;
    const first = (await gqlOk(app, DECISION, { athleteId: club.athlete1.athleteId }, club.coachA.token))
      .athleteReview;
    const withChanges = first.suggestions.filter((s: any) => s.changes.length > 0);
    const life = withChanges.find((s: any) => s.kind.startsWith('LIFE_CONTEXT'));
    const volume = withChanges.find(
      (s: any) => s.changes.some((c: any) => c.type === 'SCALE_VOLUME') && s !== life,
    );
    expect([life?.kind, volume?.kind]).toEqual([expect.any(String), expect.any(String)]);
    const { minMinutes, maxMinutes } = first.decision;

    const orders: Array<[string, string[]]> = [
      [club.athlete1.athleteId!, [volume.id, life.id]],
      [club.athlete2.athleteId!, [life.id, volume.id]],
    ];
    for (const [athleteId, ids] of orders) {
      let last: any;
      // (The draft's revision as it is: the test above applied and undid changes in athlete1's.)
      let revision = (
        await gqlOk(
          app,
          `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`,
          { a: athleteId, w: nextWeek },
          club.coachA.token,
        )
      ).weeklyPlan.draft.revision;
      for (const id of ids) {
        last = await applyIn(athleteId, id, revision);
        revision = last.plan.revision;
      }
      expect(last.review.decidedSuggestions.map((s: any) => [s.id, s.state]).sort()).toEqual(
        ids.map((id) => [id, 'APPLIED']).sort(),
      );
      const done = (
        await gqlOk(app, COMPLETE, { input: { athleteId, expectedRevision: revision } }, club.coachA.token)
      ).completeReview;
      expect(done.plan).toMatchObject({ status: 'PUBLISHED', weekStart: nextWeek });
      const [row] = await db.query(
        `SELECT coalesce(sum(minutes), 0)::int AS total,
                coalesce(max(minutes) FILTER (WHERE date BETWEEN $2 AND $3), 0)::int AS trip_max,
                count(*) FILTER (WHERE key AND minutes < 40)::int AS token_keys
           FROM planned_session WHERE plan_id = $1`,
        [done.plan.id, addDays(nextWeek, 1), addDays(nextWeek, 3)],
      );
      // Both changes are in the published week: the trip's days capped at 30 min, the week at the
      // decision's size (not cut twice for the same days), and no key session left as a token run.
      expect(row.trip_max).toBeLessThanOrEqual(30);
      expect(row.total).toBeGreaterThanOrEqual(minMinutes - 15);
      expect(row.total).toBeLessThanOrEqual(maxMinutes + 15);
      expect(row.token_keys).toBe(0);
    }
  });
});

describe('Weekly review workflow: undoing stacked applies (e2e)', () => {
  let app: INestApplication;
  let club: Club;
  let nextWeek: string;

  beforeAll(async () => {
    app = await createTestApp();
    ({ club, nextWeek } = await draftedReviews(app, (c) => [c.athlete1], OVERSIZED, workTrip));
  });
  afterAll(async () => {
    await app.close();
  });
  const applyIn = async (athleteId: string, suggestionId: string, expectedRevision: number) =>
    (await gqlOk(app, APPLY, { input: { athleteId, suggestionId, expectedRevision } }, club.coachA.token))
      .applySuggestion;

  it('should undo three stacked applies last first, each undone to the draft the one before it left', async () => {
    // Three applies on one draft: a cold (easy only) and the trip, then a fever that makes the week rest. Undoing the
    // third and the second had left the first refused as if the draft had been edited since (its revision moved by
    // the second's undo, the one it met worked out from it).
    const athleteId = club.athlete1.athleteId!;
    const coach = club.coachA.token;
    const WEEK = `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) {
      draft { revision sessions { date kind minutes } } } }`;
    const draft = async () => (await gqlOk(app, WEEK, { a: athleteId, w: nextWeek }, coach)).weeklyPlan.draft;
    const week = (d: any) => d.sessions.map((x: any) => `${x.date} ${x.kind} ${x.minutes}`).sort();
    const checkIn = (illness: string) =>
      gqlOk(
        app,
        `mutation { upsertCheckIn(input: { illness: ${illness}, fatigue: 4 }) { id } }`,
        {},
        club.athlete1.token,
      );
    const changing = async () =>
      (await gqlOk(app, REVIEW, { athleteId }, coach)).athleteReview.suggestions.filter(
        (s: any) => s.changes.length > 0 && !s.planWeekStart,
      );
    await checkIn('ABOVE_NECK');
    await gqlOk(app, GENERATE, { ids: [athleteId] }, coach);
    const start = await draft();
    const [a, b] = await changing();
    expect([a?.id, b?.id]).toEqual([expect.any(String), expect.any(String)]);
    const first = await applyIn(athleteId, a.id, start.revision);
    const second = await applyIn(athleteId, b.id, first.plan.revision);
    await checkIn('BELOW_NECK_OR_FEVER');
    await gqlOk(app, GENERATE, { ids: [athleteId] }, coach);
    const [c] = await changing();
    expect(c?.id).toEqual(expect.any(String));
    const third = await applyIn(athleteId, c.id, second.plan.revision);
    expect(week(third.plan)).not.toEqual(week(second.plan));
    const revert = async (suggestionId: string) => {
      const res = await gql(app, REVERT, { input: { athleteId, suggestionId } }, coach);
      expect(res.errors).toBeUndefined();
      return res.data!.revertSuggestion.plan;
    };
    expect(week(await revert(c.id))).toEqual(week(second.plan));
    expect(week(await revert(b.id))).toEqual(week(first.plan));
    expect(week(await revert(a.id))).toEqual(week(start));
    expect(week(await draft())).toEqual(week(start));
  });
});

describe('Weekly review workflow: a build that adds a session on a free day (e2e)', () => {
  let app: INestApplication;
  let club: Club;
  let nextWeek: string;
  const CHANGES = `changes { type day sessionId sessionKind minutes effort { type value } purpose expectedTotalMinutes }`;
  const BUILD = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) {
    decision { type minMinutes maxMinutes } suggestions { id kind rationale ${CHANGES} } } }`;
  const APPLY_PLAN = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) {
    plan { id revision plannedMinutes sessions { date kind minutes purpose key } } } }`;
  const WEEK = `query($athleteId: ID!, $weekStart: String!) { weeklyPlan(athleteId: $athleteId, weekStart: $weekStart) {
    draft { revision sessions { date kind minutes key } } } }`;

  // 60 min a day (no intake): the 100-min easy runs do not fit their days, Monday, Thursday and Saturday are free.
  const DRAFT: readonly DraftRow[] = [
    [1, 60, 7, true, 'Threshold intervals'],
    [2, 100, 3, false, 'Easy run'],
    [4, 100, 3, false, 'Easy run'],
    [6, 60, 4, true, 'Long run'],
  ];

  beforeAll(async () => {
    app = await createTestApp();
    ({ club, nextWeek } = await draftedReviews(app, (c) => [c.athlete1], DRAFT));
  });
  afterAll(async () => {
    await app.close();
  });

  it('should apply a build with an ADD_SESSION through the API and read the new session back in the plan', async () => {
    const athleteId = club.athlete1.athleteId!;
    const r = (await gqlOk(app, BUILD, { athleteId }, club.coachA.token)).athleteReview;
    const s = r.suggestions.find((x: any) => x.changes.some((c: any) => c.type === 'ADD_SESSION'));
    if (!s) throw new Error(`no ADD_SESSION: ${JSON.stringify(r)}`);
    const add = s.changes.find((c: any) => c.type === 'ADD_SESSION');
    expect(add).toMatchObject({ sessionKind: 'RUN', effort: { type: 'RPE' }, purpose: expect.any(String) });
    expect([0, 3, 5]).toContain(add.day);
    expect(add.minutes).toBeGreaterThanOrEqual(20);
    expect(add.minutes).toBeLessThanOrEqual(60);
    const day = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][add.day];
    expect(s.rationale).toContain(`add a ${add.minutes}-min easy run on ${day} (60 min available)`);

    // The wrong side: another coach cannot apply it.
    const denied = await gql(
      app,
      APPLY_PLAN,
      { input: { athleteId, suggestionId: s.id } },
      club.coachB.token,
    );
    expect(errorReason(denied)).toBe('ATHLETE_ACCESS_DENIED');
    // A coach's edit that puts it on a day with a session is refused, typed, and changes nothing.
    const clash = await gql(
      app,
      APPLY_PLAN,
      { input: { athleteId, suggestionId: s.id, changes: [{ type: 'ADD_SESSION', day: 1, minutes: 30 }] } },
      club.coachA.token,
    );
    expect(errorReason(clash)).toBe('SUGGESTION_DAY_CONFLICT');
    // A race is no session a coach adds: class-validator refuses it before the engine sees it.
    const race = await gql(
      app,
      APPLY_PLAN,
      {
        input: {
          athleteId,
          suggestionId: s.id,
          changes: [{ type: 'ADD_SESSION', day: add.day, minutes: 30, sessionKind: 'RACE' }],
        },
      },
      club.coachA.token,
    );
    expect(errorCode(race)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(race.errors)).toMatch(/never a race/);

    const applied = (
      await gqlOk(
        app,
        APPLY_PLAN,
        { input: { athleteId, suggestionId: s.id, expectedRevision: 1 } },
        club.coachA.token,
      )
    ).applySuggestion;
    const date = addDays(nextWeek, add.day);
    expect(applied.plan.sessions.filter((x: any) => x.date === date)).toEqual([
      { date, kind: 'RUN', minutes: add.minutes, purpose: add.purpose, key: false },
    ]);
    const back = (await gqlOk(app, WEEK, { athleteId, weekStart: nextWeek }, club.coachA.token)).weeklyPlan;
    expect(back.draft.sessions.filter((x: any) => x.date === date)).toEqual([
      { date, kind: 'RUN', minutes: add.minutes, key: false },
    ]);
  });
});

/**
 * An athlete with no plan for the coming week (ENGINE_DRAFT): the review carries the engine's own draft, which its
 * suggestions change and which the coach's screen shows, edits and publishes. Completing the review with no plan
 * saved publishes exactly that draft, never an empty week.
 */
describe('The engine’s draft of a week with no plan (e2e)', () => {
  let app: INestApplication;
  let club: Club;
  let nextWeek: string;
  const DRAFT_REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) { nextWeekStart suggestionsTarget
    engineDraft { id date dayOfWeek kind minutes key purpose sport effort { type value scale }
      intervals { repeats workSeconds recoverySeconds workEffort { type value } recoveryEffort { type value } } }
    suggestions { id kind changes { type sessionId sessionIds } } } }`;
  const PUBLISHED = `query($athleteId: ID, $weekStart: String) { weeklyPlan(athleteId: $athleteId, weekStart: $weekStart) {
    published { status sessions { date kind minutes key purpose } } draft { revision } } }`;

  beforeAll(async () => {
    app = await createTestApp();
    const db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
    nextWeek = addDays(t.weekStart, 7);
    for (const a of [club.athlete1, club.athlete2]) {
      await writeSteadyHistory(
        db,
        { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
        t.date,
      );
    }
    // athlete1 also rides hard once a week, and is run down (HRV clearly below its band for a week, the last
    // check-ins low): next week is a down week, whose suggestion eases the engine's draft's hard ride.
    for (let k = 0; k < 4; k++)
      await gqlOk(
        app,
        `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
        { input: { date: addDays(t.date, -(7 * k + 2)), kind: 'CROSS_TRAINING', minutes: 60, srpe: 7 } },
        club.athlete1.token,
      );
    await db.query(`UPDATE check_in SET rmssd = rmssd - 25 WHERE athlete_id = $1 AND date >= $2`, [
      club.athlete1.athleteId,
      addDays(t.date, -7),
    ]);
    await db.query(
      `UPDATE check_in SET sleep_quality = 2, fatigue = 2, mood = 2, stress = 2, soreness = 2
        WHERE athlete_id = $1 AND date >= $2`,
      [club.athlete1.athleteId, addDays(t.date, -3)],
    );
    // athlete2's coach has saved next week's draft: the coach's plan is the one that counts there.
    await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: club.athlete2.athleteId,
          weekStart: nextWeek,
          sessions: draftOf(nextWeek, [
            [1, 60, 6, true, 'Tempo'],
            [3, 45, 3, false, 'Easy run'],
            [6, 100, 4, true, 'Long run'],
          ]),
        },
      },
      club.coachA.token,
    );
    await gqlOk(app, GENERATE, {}, club.coachA.token);
  });
  afterAll(async () => {
    await app.close();
  });

  it('should give the engine’s draft with the ids its suggestions change, and publish exactly it on completion', async () => {
    const a = club.athlete1.athleteId!;
    const r = (await gqlOk(app, DRAFT_REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    expect(r.suggestionsTarget).toBe('ENGINE_DRAFT');
    expect(r.nextWeekStart).toBe(nextWeek);
    const draft: any[] = r.engineDraft;
    expect(draft.filter((s) => s.kind !== 'REST').length).toBeGreaterThanOrEqual(3);
    for (const s of draft) {
      expect(s.date).toBe(addDays(nextWeek, s.dayOfWeek));
      expect(s.minutes).toBeGreaterThanOrEqual(s.kind === 'REST' ? 0 : 10);
      expect(['RPE', 'ZONE']).toContain(s.effort.type);
    }
    expect(draft.some((s) => s.key)).toBe(true);
    // Every session a suggestion acts on is one of the draft's: here the down week eases the draft's hard ride.
    const ids = new Set(draft.map((s) => s.id));
    const named: string[] = r.suggestions.flatMap((s: any) =>
      s.changes.flatMap((c: any) => [c.sessionId, ...(c.sessionIds ?? [])].filter(Boolean)),
    );
    const ride = draft.find((s) => s.kind === 'CROSS_TRAINING');
    expect(ride).toBeDefined();
    expect(named).toContain(ride?.id);
    for (const id of named) expect(ids.has(id)).toBe(true);
    // The athlete never reads the review.
    const own = await gql(app, DRAFT_REVIEW, { athleteId: a }, club.athlete1.token);
    expect(errorCode(own)).toBe('FORBIDDEN');

    // Completed with no plan saved: the engine's draft is published, session for session.
    await gqlOk(app, COMPLETE, { input: { athleteId: a, weekStart: nextWeek } }, club.coachA.token);
    const plan = (await gqlOk(app, PUBLISHED, { athleteId: a, weekStart: nextWeek }, club.coachA.token))
      .weeklyPlan;
    const shape = (s: any) => ({
      date: s.date,
      kind: s.kind,
      minutes: s.minutes,
      key: s.key,
      purpose: s.purpose,
    });
    const order = (x: any, y: any) =>
      x.date.localeCompare(y.date) || x.kind.localeCompare(y.kind) || x.minutes - y.minutes;
    expect(plan.published.sessions.map(shape).sort(order)).toEqual(draft.map(shape).sort(order));
  });

  it('should take a null expectedRevision as none: a first draft is created, a second save is told a draft exists', async () => {
    const input = {
      athleteId: club.athlete3.athleteId,
      weekStart: nextWeek,
      expectedRevision: null,
      sessions: draftOf(nextWeek, [[2, 40, 3, false, 'Easy run']]),
    };
    const first = (await gqlOk(app, SAVE, { input }, club.coachB.token)).savePlanDraft;
    expect(first.revision).toBe(1);
    const again = await gql(app, SAVE, { input }, club.coachB.token);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorReason(again)).toBe('PLAN_DRAFT_EXISTS');
  });

  it('should still give the engine’s draft beside a coach’s plan, whose sessions the suggestions change instead', async () => {
    const r = (await gqlOk(app, DRAFT_REVIEW, { athleteId: club.athlete2.athleteId }, club.coachA.token))
      .athleteReview;
    expect(r.suggestionsTarget).toBe('NEXT_WEEK_DRAFT');
    expect(r.engineDraft.length).toBeGreaterThan(0);
    // The suggestions name the coach's draft's sessions (its stored ids), none of the engine's (a session a change
    // adds has an id of its own).
    const engineIds = new Set(r.engineDraft.map((s: any) => s.id));
    const coachIds = new Set(
      (
        await gqlOk(
          app,
          `query($a: ID, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { sessions { id } } } }`,
          { a: club.athlete2.athleteId, w: nextWeek },
          club.coachA.token,
        )
      ).weeklyPlan.draft.sessions.map((s: any) => s.id),
    );
    const named = r.suggestions.flatMap((s: any) =>
      s.changes
        .filter((c: any) => c.type !== 'ADD_SESSION')
        .flatMap((c: any) => [c.sessionId, ...(c.sessionIds ?? [])].filter(Boolean)),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) {
      expect(coachIds.has(id)).toBe(true);
      expect(engineIds.has(id)).toBe(false);
    }
  });
});
