import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { toDayNumber } from '@app/engine';
import { ReviewDataLoader } from '../../apps/api/src/modules/reviews/review-data.loader';
import { writeSteadyHistory } from '../helpers/training-history';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlCounted, gqlOk } from '../helpers/graphql';
import { addMember, createClub } from '../helpers/factories';

const REVIEW_FIELDS = `athleteId athleteName reviewDate nextWeekStart status urgency
  metrics { ctl atl weeklyMinutes readiness hrvStatus daysSinceContact }
  components { component status summary evidence { key value } }
  decision { type targetMinutes minMinutes maxMinutes phase }
  suggestions { id kind severity components rationale basis evidence { key value } changes { type percent days sessionId toDay } }
  suggestionsTarget outlook { weekStart phase minMinutes maxMinutes }`;
const REVIEW = `query($athleteId: ID!, $fresh: Boolean) { athleteReview(athleteId: $athleteId, fresh: $fresh) { ${REVIEW_FIELDS} } }`;
const QUEUE = `query($first: Int) { reviewQueue(first: $first) { items { athleteId athleteName status urgency suggestions { kind severity } } } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) { plan { id version status revision plannedMinutes sessions { date kind minutes effort { type value } } } } }`;
const GENERATE = `mutation { generateReviews(input: { wait: true }) { total done } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { suggestions { id } } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision plannedMinutes } }`;
const TODAY = `{ athleteToday { date weekStart } }`;

describe('Weekly review and suggestions (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let club: Awaited<ReturnType<typeof createClub>>;
  let today: string;
  let nextWeek: string;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const t = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday;
    today = t.date;
    nextWeek = addDays(t.weekStart, 7);
    for (const a of [club.athlete1, club.athlete2]) {
      await writeSteadyHistory(
        db,
        { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
        today,
      );
    }
    // athlete1 wakes up with a fever today
    await gqlOk(
      app,
      `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.5" }) { id } }`,
      {},
      club.athlete1.token,
    );
  });
  afterAll(() => app.close());

  it('should review an athlete on all six components with evidence, a decision and an outlook', async () => {
    const r = (await gqlOk(app, REVIEW, { athleteId: club.athlete2.athleteId }, club.coachA.token))
      .athleteReview;
    expect(r).toMatchObject({
      athleteId: club.athlete2.athleteId,
      reviewDate: today,
      nextWeekStart: nextWeek,
    });
    expect(r.components.map((c: any) => c.component).sort()).toEqual([
      'ADAPTATION',
      'CURRENT_FITNESS',
      'EXTERNAL_EYES',
      'INDIVIDUALIZATION',
      'LONG_TERM_DEVELOPMENT',
      'PROGRESSION',
    ]);
    expect(r.components.every((c: any) => c.summary.length > 0)).toBe(true);
    expect(r.metrics.ctl).toBeGreaterThan(0);
    expect(r.decision.minMinutes).toBeLessThanOrEqual(r.decision.targetMinutes);
    expect(r.outlook.length).toBeGreaterThan(0);
  });

  it('should load sessions and check-ins with the day numbers of their dates, computed by PostgreSQL', async () => {
    const data = await app.get(ReviewDataLoader).load([club.athlete2.athleteId!], new Date());
    const a = data.get(club.athlete2.athleteId!)!;
    // What `history` wrote: a check-in on each of the 28 days before today, a session on all but 4 of them.
    const days = (from: number, keep: (i: number) => boolean) =>
      Array.from({ length: from }, (_, k) => from - k)
        .filter(keep)
        .map((i) => toDayNumber(addDays(today, -i)));
    expect(a.checkIns.map((c) => c.day)).toEqual(days(28, () => true));
    expect(a.sessions.map((s) => s.day)).toEqual(days(28, (i) => i % 7 !== 3));
  });

  it('should make illness below the neck urgent, first in the queue, with a rest suggestion that adds no load', async () => {
    expect((await gqlOk(app, GENERATE, {}, club.coachA.token)).generateReviews).toEqual({
      total: 2,
      done: 2,
    });
    const q = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue.items;
    expect(q.map((i: any) => i.athleteId)).toEqual([club.athlete1.athleteId, club.athlete2.athleteId]);
    expect(q[0].status).toBe('URGENT');
    const r = (await gqlOk(app, REVIEW, { athleteId: club.athlete1.athleteId }, club.coachA.token))
      .athleteReview;
    const rest = r.suggestions.find((s: any) => s.kind === 'ILLNESS_REST');
    expect(rest).toBeDefined();
    expect(rest.severity).toBe('URGENT');
    expect(rest.rationale.length).toBeGreaterThan(20);
    expect(rest.changes.some((c: any) => c.type === 'SCALE_VOLUME' && c.percent > 0)).toBe(false);
  });

  it('should apply a suggestion to next week’s draft once, record it, and not propose it again', async () => {
    const a = club.athlete1.athleteId!;
    const draft = await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: a,
          weekStart: nextWeek,
          sessions: [0, 1, 3, 5].map((d) => ({
            date: addDays(nextWeek, d),
            kind: 'RUN',
            minutes: d === 5 ? 90 : 45,
            effort: { type: 'RPE', value: d === 1 ? 7 : 3 },
            purpose: d === 1 ? 'Threshold' : 'Easy',
            key: d === 1 || d === 5,
          })),
        },
      },
      club.coachA.token,
    );
    const before = draft.savePlanDraft.plannedMinutes;
    // The stored review predates the draft; the coach asks for a fresh one.
    const r = (await gqlOk(app, REVIEW, { athleteId: a, fresh: true }, club.coachA.token)).athleteReview;
    expect(r.suggestionsTarget).toBe('NEXT_WEEK_DRAFT');
    const rest = r.suggestions.find((s: any) => s.kind === 'ILLNESS_REST');

    // Without the draft revision the coach looked at: refused, nothing changes.
    const blind = await gql(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: rest.id } },
      club.coachA.token,
    );
    expect(errorReason(blind)).toBe('PLAN_DRAFT_EXISTS');

    const applied = await gqlOk(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: rest.id, expectedRevision: 1 } },
      club.coachA.token,
    );
    expect(applied.applySuggestion.plan.revision).toBe(2);
    expect(applied.applySuggestion.plan.plannedMinutes).toBeLessThan(before);
    const [decision] = await db.query(
      `SELECT action, suggestion_id, plan_before IS NOT NULL AS has_before, plan_after IS NOT NULL AS has_after
         FROM review_decision WHERE athlete_id = $1`,
      [a],
    );
    expect(decision).toEqual({
      action: 'APPLIED',
      suggestion_id: rest.id,
      has_before: true,
      has_after: true,
    });

    const again = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    expect(again.suggestions.map((s: any) => s.id)).not.toContain(rest.id);
    // Applying it a second time is refused and changes nothing.
    const twice = await gql(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: rest.id, expectedRevision: 2 } },
      club.coachA.token,
    );
    expect(errorReason(twice)).toBe('SUGGESTION_GONE');
  });

  it('should stop proposing a dismissed suggestion for the week', async () => {
    const a = club.athlete2.athleteId!;
    const r = (await gqlOk(app, REVIEW, { athleteId: a }, club.coachA.token)).athleteReview;
    expect(r.suggestions.length).toBeGreaterThan(0);
    const target = r.suggestions[0];
    const after = await gqlOk(
      app,
      DISMISS,
      { input: { athleteId: a, suggestionId: target.id, reason: 'I know' } },
      club.coachA.token,
    );
    expect(after.dismissSuggestion.suggestions.map((s: any) => s.id)).not.toContain(target.id);
    const gone = await gql(
      app,
      DISMISS,
      { input: { athleteId: a, suggestionId: target.id } },
      club.coachA.token,
    );
    expect(errorReason(gone)).toBe('SUGGESTION_GONE');
  });

  it('should keep reviews to the athlete’s staff and let only an assigned coach act on them', async () => {
    const a = club.athlete1.athleteId!;
    expect(errorReason(await gql(app, REVIEW, { athleteId: a }, club.athlete1.token))).toBe('STAFF_ONLY');
    expect(errorCode(await gql(app, REVIEW, { athleteId: a }, club.coachB.token))).toBe('FORBIDDEN');
    const other = await createClub(app);
    expect(errorCode(await gql(app, REVIEW, { athleteId: a }, other.coachA.token))).toBe('NOT_FOUND');
    expect((await gqlOk(app, REVIEW, { athleteId: a }, club.admin.token)).athleteReview.athleteId).toBe(a);
    const byAdmin = await gql(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: 'ILLNESS_REST:x' } },
      club.admin.token,
    );
    expect(errorReason(byAdmin)).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, QUEUE, {}, club.athlete1.token))).toBe('COACH_ONLY');
    const unknown = await gql(
      app,
      APPLY,
      { input: { athleteId: a, suggestionId: 'NOPE:2020-01-06', expectedRevision: 2 } },
      club.coachA.token,
    );
    expect(errorReason(unknown)).toBe('SUGGESTION_GONE');
  });

  it('should build the whole queue with a fixed number of queries, however long the roster', async () => {
    const coach = club.coachB;
    await gqlOk(app, GENERATE, {}, coach.token);
    const small = (await gqlCounted(app, QUEUE, {}, coach.token)).queries;
    for (let i = 0; i < 4; i++) await addMember(app, club.admin, 'ATHLETE', { coachUserId: coach.userId });
    await gqlOk(app, GENERATE, {}, coach.token);
    const many = await gqlCounted(app, QUEUE, {}, coach.token);
    expect(many.data.reviewQueue.items).toHaveLength(5);
    expect(many.queries).toBe(small);
    expect(small).toBeGreaterThan(0);
  });
});
