import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekdayIndex } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const GENERATE = `mutation { generateReviews(input: { wait: true }) { done } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`;
const PUBLISH = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id version } }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) { weekStart
  suggestions { id kind rationale planWeekStart } } }`;
const REVIEW_DIGESTS = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) { weekStart
  suggestions { id kind rationale planWeekStart state changesDigest } decidedSuggestions { id state } } }`;
const DISMISS = `mutation($input: DismissSuggestionInput!) { dismissSuggestion(input: $input) { athleteId } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) {
  plan { weekStart version status } review { decidedSuggestions { id state } } } }`;
const WEEK = `query($weekStart: String) { weeklyPlan(weekStart: $weekStart) { published { version
  sessions { date kind minutes purpose } } } }`;
const rpe = (value: number) => ({ type: 'RPE', value });

/** A week far above the athlete's usual 270 min of easy running: a load spike on its first day. */
function spikingPlan(monday: string) {
  const run = (d: number, minutes: number, effort: number, purpose: string, key = false) => ({
    date: addDays(monday, d),
    kind: 'RUN',
    minutes,
    effort: rpe(effort),
    purpose,
    key,
  });
  return [
    run(0, 45, 3, 'Easy run'),
    {
      ...run(1, 75, 6, 'Threshold intervals', true),
      intervals: {
        repeats: 5,
        workSeconds: 360,
        workEffort: rpe(7),
        recoverySeconds: 120,
        recoveryEffort: rpe(3),
      },
    },
    run(2, 60, 3, 'Easy run'),
    run(3, 60, 5, 'Tempo run'),
    run(5, 60, 3, 'Easy run'),
    run(6, 120, 4, 'Long run', true),
  ];
}

/** Four weeks of 45-min easy runs on six days of seven, and check-ins, before `today`. */
async function history(db: DataSource, athleteId: string, orgId: string, today: string, userId: string) {
  for (let i = 28; i >= 1; i--) {
    const date = addDays(today, -i);
    await db.query(
      `INSERT INTO check_in (organization_id, athlete_id, date, sleep_hours, sleep_quality, rmssd, resting_hr,
         soreness, fatigue, stress, mood, illness)
       VALUES ($1, $2, $3, 7.5, 4, $4, 48, 4, 4, 4, 4, 'NONE')`,
      [orgId, athleteId, date, 60 + (i % 5)],
    );
    if (i % 7 !== 3) {
      await db.query(
        `INSERT INTO logged_session (organization_id, athlete_id, date, kind, minutes, srpe, source, logged_by_user_id)
         VALUES ($1, $2, $3, 'RUN', 45, 3, 'MANUAL', $4)`,
        [orgId, athleteId, date, userId],
      );
    }
  }
}

type Session = ReturnType<typeof spikingPlan>[number];

/**
 * A new club's athlete with four weeks of history before last week's Monday (a week wholly in the past, as the other
 * mid-week specs use) and `plan` of that week published by their coach (the spiking plan unless told).
 */
async function publishedWeek(app: INestApplication, plan: (monday: string) => Session[] = spikingPlan) {
  const db = app.get(DataSource);
  const club = await createClub(app, 'UTC');
  const a = club.athlete1;
  const coach = club.coachA.token;
  const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, a.token)).athleteToday.date;
  const monday = addDays(today, -weekdayIndex(today) - 7);
  await history(db, a.athleteId!, a.organizationId, monday, a.userId);
  const draft = (
    await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: monday, sessions: plan(monday) } },
      coach,
    )
  ).savePlanDraft as { id: string; revision: number };
  const published = (
    await gqlOk(app, PUBLISH, { input: { planId: draft.id, expectedRevision: draft.revision } }, coach)
  ).publishPlan as { version: number };
  return { db, a, coach, monday, tuesday: addDays(monday, 1), published };
}

describe('The current-week load trim read on Monday, applied on Tuesday (e2e)', () => {
  let app: INestApplication;
  let clock: ReviewClock;

  beforeAll(async () => {
    app = await createTestApp();
    clock = app.get(ReviewClock);
  });
  afterAll(() => app.close());

  it('should refuse a Monday trim that Tuesday’s review makes otherwise (SUGGESTION_CHANGED), then apply Tuesday’s to the days after Tuesday only', async () => {
    const { a, coach, monday, tuesday } = await publishedWeek(app);
    try {
      // Monday: the week's load spikes; the trim is proposed, and it shortens Tuesday's intervals too.
      clock.set(new Date(`${monday}T06:00:00Z`));
      await gqlOk(app, GENERATE, {}, coach);
      const onMonday = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, coach)).athleteReview;
      const trim = onMonday.suggestions.find((x: any) => x.kind === 'CURRENT_WEEK_LOAD');
      expect(trim).toMatchObject({ id: `CURRENT_WEEK_LOAD:${monday}`, planWeekStart: monday });
      expect(trim.rationale).toContain('This week is on its first day');
      expect(trim.rationale).toContain("Tuesday's threshold intervals 75 →");

      // Tuesday: the coach applies what was read on Monday. Tuesday's session is today's now, which a current-week
      // change leaves as it is: the trim is worked out again on the days after today, and differs.
      clock.set(new Date(`${tuesday}T09:00:00Z`));
      const refused = await gql(
        app,
        APPLY,
        { input: { athleteId: a.athleteId, suggestionId: trim.id, expectedRevision: null } },
        coach,
      );
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(errorReason(refused)).toBe('SUGGESTION_CHANGED');
      expect(refused.errors![0].message).toContain(`worked out again with what is known on ${tuesday}`);

      // The review now holds Tuesday's version, under the same id: read, then applied.
      const onTuesday = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, coach)).athleteReview;
      const again = onTuesday.suggestions.find((x: any) => x.id === trim.id);
      expect(again.rationale).toContain('This week is on its Tuesday, nothing of it logged so far');
      expect(again.rationale).not.toContain("Tuesday's threshold intervals 75 →");
      const applied = (
        await gqlOk(
          app,
          APPLY,
          { input: { athleteId: a.athleteId, suggestionId: trim.id, expectedRevision: null } },
          coach,
        )
      ).applySuggestion;
      expect(applied.plan).toMatchObject({ weekStart: monday, status: 'PUBLISHED' });
      expect(applied.review.decidedSuggestions).toContainEqual({ id: trim.id, state: 'APPLIED' });
      const week = (await gqlOk(app, WEEK, { weekStart: monday }, a.token)).weeklyPlan.published;
      const on = (d: number) =>
        week.sessions.filter((x: any) => x.date === addDays(monday, d) && x.kind !== 'REST');
      // Monday and Tuesday as published; the days after Tuesday trimmed.
      expect(on(0)).toEqual([expect.objectContaining({ minutes: 45 })]);
      expect(on(1)).toEqual([expect.objectContaining({ minutes: 75, purpose: 'Threshold intervals' })]);
      const after = [2, 3, 5, 6].reduce(
        (t, d) => t + on(d).reduce((u: number, x: any) => u + x.minutes, 0),
        0,
      );
      expect(after).toBeLessThan(60 + 60 + 60 + 120);
    } finally {
      clock.set(null);
    }
  });
  it('should apply a Monday trim on Tuesday when Tuesday’s review makes the same change (Tuesday a rest day, Monday done as planned)', async () => {
    // Tuesday's intervals on Friday: the trim read on Monday cannot touch Tuesday.
    const { db, a, coach, monday, tuesday } = await publishedWeek(app, (m) =>
      spikingPlan(m).map((x) => (x.date === addDays(m, 1) ? { ...x, date: addDays(m, 4) } : x)),
    );
    try {
      clock.set(new Date(`${monday}T06:00:00Z`));
      await gqlOk(app, GENERATE, {}, coach);
      const onMonday = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, coach)).athleteReview;
      const trim = onMonday.suggestions.find((x: any) => x.kind === 'CURRENT_WEEK_LOAD');
      expect(trim.rationale).toContain('This week is on its first day');
      // Monday's easy run done as planned (45 min, RPE 3): the week's load is as it was read on Monday.
      await db.query(
        `INSERT INTO logged_session (organization_id, athlete_id, date, kind, minutes, srpe, source, logged_by_user_id)
         VALUES ($1, $2, $3, 'RUN', 45, 3, 'MANUAL', $4)`,
        [a.organizationId, a.athleteId, monday, a.userId],
      );
      clock.set(new Date(`${tuesday}T09:00:00Z`));
      const applied = (
        await gqlOk(
          app,
          APPLY,
          { input: { athleteId: a.athleteId, suggestionId: trim.id, expectedRevision: null } },
          coach,
        )
      ).applySuggestion;
      expect(applied.plan).toMatchObject({ weekStart: monday, status: 'PUBLISHED' });
      expect(applied.review.decidedSuggestions).toContainEqual({ id: trim.id, state: 'APPLIED' });
      const week = (await gqlOk(app, WEEK, { weekStart: monday }, a.token)).weeklyPlan.published;
      const total = week.sessions.reduce((t: number, x: any) => t + x.minutes, 0);
      expect(trim.rationale).toContain(`to ${total} min`);
    } finally {
      clock.set(null);
    }
  });
  it('should refuse a Monday trim re-derived before the coach applies it (SUGGESTION_CHANGED on the digest read, nothing written), then apply the version read on Tuesday', async () => {
    const { a, coach, monday, tuesday, published } = await publishedWeek(app);
    try {
      // Monday: the coach reads the trim (it shortens Tuesday's intervals too).
      clock.set(new Date(`${monday}T06:00:00Z`));
      await gqlOk(app, GENERATE, {}, coach);
      const read = async () =>
        (await gqlOk(app, REVIEW_DIGESTS, { athleteId: a.athleteId }, coach)).athleteReview;
      const onMonday = (await read()).suggestions.find((x: any) => x.kind === 'CURRENT_WEEK_LOAD');
      expect(onMonday.rationale).toContain("Tuesday's threshold intervals 75 →");
      expect(onMonday.changesDigest).toMatch(/^[0-9a-f]{16}$/);
      // The same content, read again, has the same digest.
      expect((await read()).suggestions.find((x: any) => x.id === onMonday.id).changesDigest).toBe(
        onMonday.changesDigest,
      );

      // Tuesday, before the coach clicks: the review is re-derived (a background run; another tab), so the apply
      // itself re-derives nothing new, and would apply Tuesday's trim under Monday's id.
      clock.set(new Date(`${tuesday}T09:00:00Z`));
      await gqlOk(app, GENERATE, {}, coach);
      const version = async () =>
        (await gqlOk(app, WEEK, { weekStart: monday }, a.token)).weeklyPlan.published.version;

      const refused = await gql(
        app,
        APPLY,
        {
          input: {
            athleteId: a.athleteId,
            suggestionId: onMonday.id,
            expectedRevision: null,
            expectedChangesDigest: onMonday.changesDigest,
          },
        },
        coach,
      );
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(errorReason(refused)).toBe('SUGGESTION_CHANGED');
      expect(refused.errors![0].message).toContain('changed since you read it');
      expect(refused.errors![0].message).toContain(`worked out again with what is known on ${tuesday}`);
      const onTuesday = (await read()).suggestions.find((x: any) => x.id === onMonday.id);
      expect(onTuesday.state).toBe('PROPOSED');
      expect(onTuesday.changesDigest).not.toBe(onMonday.changesDigest);
      expect(onTuesday.rationale).not.toContain("Tuesday's threshold intervals 75 →");
      expect(refused.errors![0].extensions!.details).toMatchObject({
        suggestionId: onMonday.id,
        planWeekStart: monday,
        changesDigest: onTuesday.changesDigest,
      });
      // Nothing written: the week as published, no decision.
      expect(await version()).toBe(published.version);
      expect((await read()).decidedSuggestions).toEqual([]);

      // A dismissal of Monday's version would dismiss Tuesday's for the week: refused the same way.
      const dismissed = await gql(
        app,
        DISMISS,
        {
          input: {
            athleteId: a.athleteId,
            suggestionId: onMonday.id,
            expectedChangesDigest: onMonday.changesDigest,
          },
        },
        coach,
      );
      expect(errorReason(dismissed)).toBe('SUGGESTION_CHANGED');
      expect((await read()).decidedSuggestions).toEqual([]);

      // The version read on Tuesday applies, to the days after Tuesday.
      const applied = (
        await gqlOk(
          app,
          APPLY,
          {
            input: {
              athleteId: a.athleteId,
              suggestionId: onMonday.id,
              expectedRevision: null,
              expectedChangesDigest: onTuesday.changesDigest,
            },
          },
          coach,
        )
      ).applySuggestion;
      expect(applied.plan).toMatchObject({ weekStart: monday, status: 'PUBLISHED' });
      expect(applied.review.decidedSuggestions).toContainEqual({ id: onMonday.id, state: 'APPLIED' });
      const week = (await gqlOk(app, WEEK, { weekStart: monday }, a.token)).weeklyPlan.published;
      expect(week.version).toBe(published.version + 1);
      const tuesdays = week.sessions.filter((x: any) => x.date === tuesday && x.kind !== 'REST');
      expect(tuesdays).toEqual([expect.objectContaining({ minutes: 75, purpose: 'Threshold intervals' })]);
    } finally {
      clock.set(null);
    }
  });
});
