import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekdayIndex } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { ReviewJobs } from '../../apps/api/src/modules/reviews/jobs/review-jobs.service';
import { ReviewRerun } from '../../apps/api/src/modules/reviews/jobs/review-rerun.service';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { baseUrl, connectChat, recorder } from '../helpers/socket-client';
import { buildZip } from '../helpers/zip';
import { readFileSync } from 'fs';
import { join } from 'path';
import request from 'supertest';

const GENERATE = `mutation { generateReviews(input: { wait: true }) { done } }`;
const QUEUE = `{ reviewQueue { items { athleteId status suggestions { id kind severity } } } }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { id revision } }`;
const PUBLISH = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { id version } }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) { weekStart
  suggestions { id kind severity rationale planWeekStart } } }`;
const APPLY = `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) {
  plan { weekStart version status } review { suggestions { id } decidedSuggestions { id state } } } }`;
const WEEK = `query($weekStart: String) { weeklyPlan(weekStart: $weekStart) { published { version
  sessions { date kind minutes purpose key } } } }`;
const rpe = (value: number) => ({ type: 'RPE', value });

/** Tue and Wed easy, Thursday's intervals (key), Saturday easy, Sunday's long run (key). */
function midweekPlan(monday: string) {
  const easy = (d: number, minutes: number) => ({
    date: addDays(monday, d),
    kind: 'RUN',
    minutes,
    effort: rpe(3),
    purpose: 'Easy run',
    key: false,
  });
  return [
    easy(1, 45),
    easy(2, 45),
    {
      date: addDays(monday, 3),
      kind: 'RUN',
      minutes: 50,
      effort: rpe(6),
      intervals: {
        repeats: 5,
        workSeconds: 240,
        workEffort: rpe(8),
        recoverySeconds: 120,
        recoveryEffort: rpe(3),
      },
      purpose: 'Threshold intervals',
      key: true,
    },
    easy(5, 40),
    { date: addDays(monday, 6), kind: 'RUN', minutes: 100, effort: rpe(4), purpose: 'Long run', key: true },
  ];
}

/** The coach's draft of `midweekPlan` for the week of `monday` (its id and revision). */
async function saveMidweekDraft(app: INestApplication, athleteId: string, monday: string, token: string) {
  return (
    await gqlOk(app, SAVE, { input: { athleteId, weekStart: monday, sessions: midweekPlan(monday) } }, token)
  ).savePlanDraft as { id: string; revision: number };
}

/** Publishes a draft as saved. */
async function publish(app: INestApplication, draft: { id: string; revision: number }, token: string) {
  await gqlOk(app, PUBLISH, { input: { planId: draft.id, expectedRevision: draft.revision } }, token);
}

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

describe('Mid-week: the review queue reacts to life (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    const db = app.get(DataSource);
    club = await createClub(app, 'UTC');
    const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, club.athlete1.token)).athleteToday.date;
    for (const a of [club.athlete1, club.athlete2]) {
      await history(db, a.athleteId!, a.organizationId, today, a.userId);
    }
    await gqlOk(app, GENERATE, {}, club.coachA.token);
  });
  afterAll(() => app.close());

  it('should push review:updated to the coach’s socket when a fever check-in makes the review urgent', async () => {
    const before = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue.items;
    expect(before.find((i: any) => i.athleteId === club.athlete1.athleteId).status).not.toBe('URGENT');
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const other = await connectChat(baseUrl(app), club.coachB.token);
    const seen = recorder(coach, ['review:updated']);
    const notSeen = recorder(other, ['review:updated']);
    try {
      await gqlOk(
        app,
        `mutation { upsertCheckIn(input: { illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.7" }) { id } }`,
        {},
        club.athlete1.token,
      );
      const event = await seen.waitFor('review:updated', undefined, 20_000);
      expect(event).toMatchObject({ athleteId: club.athlete1.athleteId, status: 'URGENT' });
      expect(event.newlyUrgent.some((id: string) => id.startsWith('ILLNESS_REST:'))).toBe(true);
      const after = (await gqlOk(app, QUEUE, {}, club.coachA.token)).reviewQueue.items;
      expect(after[0]).toMatchObject({ athleteId: club.athlete1.athleteId, status: 'URGENT' });
      expect(after[0].suggestions[0]).toMatchObject({ kind: 'ILLNESS_REST', severity: 'URGENT' });
      expect(notSeen.of('review:updated')).toEqual([]);
    } finally {
      coach.close();
      other.close();
    }
  });

  it('should push review:updated to the coach and change this week’s remaining days when a fever is reported on Wednesday', async () => {
    const db = app.get(DataSource);
    const clock = app.get(ReviewClock);
    const own = await createClub(app, 'UTC');
    const a = own.athlete1;
    // The most recent Wednesday (never in the future, so the check-in can be dated on it).
    const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, a.token)).athleteToday.date;
    const wednesday = addDays(today, -((weekdayIndex(today) - 2 + 7) % 7));
    const monday = addDays(wednesday, -2);
    await history(db, a.athleteId!, a.organizationId, wednesday, a.userId);
    await publish(app, await saveMidweekDraft(app, a.athleteId!, monday, own.coachA.token), own.coachA.token);
    clock.set(new Date(`${wednesday}T12:00:00Z`));
    const coach = await connectChat(baseUrl(app), own.coachA.token);
    const athlete = await connectChat(baseUrl(app), a.token);
    const seen = recorder(coach, ['review:updated']);
    const published = recorder(athlete, ['plan:published']);
    try {
      await gqlOk(app, GENERATE, {}, own.coachA.token);
      await gqlOk(
        app,
        `mutation($date: String) { upsertCheckIn(input: { date: $date, illness: BELOW_NECK_OR_FEVER, fatigue: 1, note: "fever 38.5" }) { id } }`,
        { date: wednesday },
        a.token,
      );
      const event = await seen.waitFor('review:updated', undefined, 20_000);
      expect(event).toMatchObject({ athleteId: a.athleteId, status: 'URGENT' });
      expect(event.newlyUrgent).toContain(`CURRENT_WEEK_ILLNESS:${monday}`);

      const review = (await gqlOk(app, REVIEW, { athleteId: a.athleteId }, own.coachA.token)).athleteReview;
      const change = review.suggestions.find((x: any) => x.kind === 'CURRENT_WEEK_ILLNESS');
      expect(change).toMatchObject({ severity: 'URGENT', planWeekStart: monday });
      expect(change.rationale).toContain("Thursday's threshold intervals (50 min)");
      expect(change.rationale).toContain("Sunday's long run (100 min)");
      // With an unpublished draft of this week, a change published at once would publish the draft's edits with
      // it: refused with its own reason, until the draft is published.
      const pending = await saveMidweekDraft(app, a.athleteId!, monday, own.coachA.token);
      const refused = await gql(
        app,
        APPLY,
        { input: { athleteId: a.athleteId, suggestionId: change.id, expectedRevision: null } },
        own.coachA.token,
      );
      expect(errorCode(refused)).toBe('CONFLICT');
      expect(errorReason(refused)).toBe('CURRENT_WEEK_DRAFT_EXISTS');
      await publish(app, pending, own.coachA.token);
      const applied = (
        await gqlOk(
          app,
          APPLY,
          // As the coach's screen sends it: next week's draft revision, null when there is none (a change to the
          // rest of this week meets this week's published plan; it had been refused as PLAN_DRAFT_GONE).
          { input: { athleteId: a.athleteId, suggestionId: change.id, expectedRevision: null } },
          own.coachA.token,
        )
      ).applySuggestion;
      expect(applied.plan).toMatchObject({ weekStart: monday, version: 3, status: 'PUBLISHED' });
      expect(applied.review.decidedSuggestions).toContainEqual({ id: change.id, state: 'APPLIED' });
      expect(applied.review.suggestions.map((x: any) => x.id)).not.toContain(change.id);

      const event2 = await published.waitFor('plan:published', (p) => p.version === 3, 10_000);
      expect(event2).toMatchObject({ athleteId: a.athleteId, weekStart: monday, version: 3 });
      const week = (await gqlOk(app, WEEK, { weekStart: monday }, a.token)).weeklyPlan.published;
      expect(week.version).toBe(3);
      const on = (d: number) =>
        week.sessions.filter((x: any) => x.date === addDays(monday, d) && x.kind !== 'REST');
      expect(on(3)).toEqual([]); // Thursday's intervals
      expect(on(6)).toEqual([]); // Sunday's long run
      expect(on(2)).toEqual([]); // Wednesday: rest until 24 h free of fever
      expect(on(1)).toEqual([expect.objectContaining({ minutes: 45, purpose: 'Easy run' })]); // the past stays
      expect(on(5).every((x: any) => x.minutes <= 30)).toBe(true);
    } finally {
      clock.set(null);
      coach.close();
      athlete.close();
    }
  });

  it('should re-run the review once when a key session’s day ends with nothing logged, and push what turns urgent', async () => {
    const db = app.get(DataSource);
    const clock = app.get(ReviewClock);
    const own = await createClub(app, 'UTC');
    const a = own.athlete1;
    const today = (await gqlOk(app, `{ athleteToday { date } }`, {}, a.token)).athleteToday.date;
    const wednesday = addDays(today, -((weekdayIndex(today) - 2 + 7) % 7) - 7);
    const monday = addDays(wednesday, -2);
    const thursday = addDays(monday, 3); // the key intervals
    await history(db, a.athleteId!, a.organizationId, thursday, a.userId);
    await publish(app, await saveMidweekDraft(app, a.athleteId!, monday, own.coachA.token), own.coachA.token);
    const coach = await connectChat(baseUrl(app), own.coachA.token);
    const seen = recorder(coach, ['review:updated']);
    try {
      clock.set(new Date(`${thursday}T07:00:00Z`));
      await gqlOk(app, GENERATE, {}, own.coachA.token);
      // A fever the athlete noted on Thursday reached the database without a trigger (an import, say).
      await db.query(
        `INSERT INTO check_in (organization_id, athlete_id, date, fatigue, illness) VALUES ($1, $2, $3, 8, 'BELOW_NECK_OR_FEVER')`,
        [a.organizationId, a.athleteId, thursday],
      );
      const rerun = app.get(ReviewRerun);
      // Thursday has not ended yet in the athlete's zone: nothing is missed.
      expect(
        (await rerun.missedKeySessions(new Date(`${thursday}T23:59:00Z`))).filter(
          (m) => m.athleteId === a.athleteId,
        ),
      ).toEqual([]);
      clock.set(new Date(`${addDays(thursday, 1)}T00:01:00Z`));
      await app.get(ReviewJobs).tick(clock.now());
      const event = await seen.waitFor('review:updated', undefined, 20_000);
      expect(event).toMatchObject({ athleteId: a.athleteId, status: 'URGENT' });
      expect(event.newlyUrgent).toContain(`ILLNESS_REST:${addDays(monday, 7)}`);
      const rows = await db.query(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM missed_key_session WHERE athlete_id = $1`,
        [a.athleteId],
      );
      expect(rows).toEqual([{ date: thursday }]);
      // Each missed session triggers once: later ticks (any instance) find nothing new.
      expect(
        (await rerun.missedKeySessions(new Date(`${addDays(thursday, 1)}T09:00:00Z`))).filter(
          (m) => m.athleteId === a.athleteId,
        ),
      ).toEqual([]);
    } finally {
      clock.set(null);
      coach.close();
    }
  });

  it('should push context:proposed to the coach when the athlete’s message carries life context', async () => {
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const seen = recorder(coach, ['context:proposed']);
    try {
      const conversations = (await gqlOk(app, `{ conversations { id kind } }`, {}, club.athlete2.token))
        .conversations;
      const direct = conversations.find((c: any) => c.kind === 'DIRECT');
      await gqlOk(
        app,
        `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
        {
          input: {
            conversationId: direct.id,
            clientMessageId: '3f0b6a4e-1111-4c1e-9a59-0d5a1e7f2a10',
            body: 'I have to travel for work from Tuesday to Thursday next week',
          },
        },
        club.athlete2.token,
      );
      const event = await seen.waitFor('context:proposed', undefined, 10_000);
      expect(event.athleteId).toBe(club.athlete2.athleteId);
      expect(event.contextEventIds.length).toBeGreaterThan(0);
    } finally {
      coach.close();
    }
  });

  it('should push session:logged to the athlete and their coaches when a session is logged or corrected, to no one else', async () => {
    const coach = await connectChat(baseUrl(app), club.coachA.token);
    const phone = await connectChat(baseUrl(app), club.athlete1.token);
    const other = await connectChat(baseUrl(app), club.coachB.token);
    const peer = await connectChat(baseUrl(app), club.athlete2.token);
    const seen = [coach, phone, other, peer].map((s) => recorder(s, ['session:logged']));
    try {
      const { athleteToday } = await gqlOk(app, `{ athleteToday { date } }`, {}, club.athlete1.token);
      const logged = await gqlOk(
        app,
        `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
        { input: { kind: 'RUN', minutes: 41, srpe: 4 } },
        club.athlete1.token,
      );
      const want = { athleteId: club.athlete1.athleteId, date: athleteToday.date };
      expect(await seen[0].waitFor('session:logged')).toEqual(want);
      expect(await seen[1].waitFor('session:logged')).toEqual(want);
      // The coach corrects it: told again.
      await gqlOk(
        app,
        `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { id } }`,
        { input: { id: logged.logSession.id, minutes: 43 } },
        club.coachA.token,
      );
      for (const r of seen.slice(0, 2))
        await r.waitFor('session:logged', () => r.of('session:logged').length === 2);
      // A file uploaded by the athlete: told with the file's day; the same file again (a duplicate) tells no one.
      const gpx = readFileSync(join(__dirname, '..', 'fixtures', 'activities', 'run-with-hr.gpx'));
      const upload = () =>
        request(app.getHttpServer())
          .post(`/athletes/${club.athlete1.athleteId}/activity-files`)
          .set('authorization', `Bearer ${club.athlete1.token}`)
          .attach('file', gpx, 'run-with-hr.gpx');
      const first = await upload();
      expect(first.status).toBe(201);
      const fromFile = { athleteId: club.athlete1.athleteId, date: first.body.session.date };
      expect(await seen[0].waitFor('session:logged', (e) => e.date === fromFile.date)).toEqual(fromFile);
      expect((await upload()).body.duplicate).toBe(true);
      // Coach B (not theirs) and another athlete of coach A hear nothing; the duplicate told no one.
      await new Promise((r) => setTimeout(r, 300));
      expect(seen[0].of('session:logged')).toHaveLength(3);
      expect(seen[2].of('session:logged')).toEqual([]);
      expect(seen[3].of('session:logged')).toEqual([]);
      // A coach no longer assigned hears nothing more; the athlete still does.
      await gqlOk(
        app,
        `mutation($input: UnassignAthleteInput!) { unassignAthlete(input: $input) { id } }`,
        { input: { athleteId: club.athlete1.athleteId, coachUserId: club.coachA.userId } },
        club.admin.token,
      );
      await gqlOk(
        app,
        `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`,
        { input: { kind: 'RUN', minutes: 20, srpe: 2 } },
        club.athlete1.token,
      );
      await seen[1].waitFor('session:logged', () => seen[1].of('session:logged').length === 4);
      await new Promise((r) => setTimeout(r, 300));
      expect(seen[0].of('session:logged')).toHaveLength(3);
    } finally {
      for (const s of [coach, phone, other, peer]) s.close();
    }
  });

  it('should push session:logged once per archive import that created a session, to the athlete and their coaches only', async () => {
    // Athlete 2 is coach A's; coach B and athlete 1 are not theirs.
    const athleteId = club.athlete2.athleteId!;
    const sockets = await Promise.all(
      [club.coachA, club.athlete2, club.coachB, club.athlete1].map((u) => connectChat(baseUrl(app), u.token)),
    );
    const [coach, phone, other, peer] = sockets.map((s) => recorder(s, ['session:logged']));
    const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'activities', name));
    /** Uploads an archive and waits for its job to finish; returns the job. */
    const importArchive = async (token: string, files: Array<{ name: string; file: string }>) => {
      const zip = buildZip(files.map((f) => ({ name: f.name, data: fixture(f.file) })));
      const res = await request(app.getHttpServer())
        .post(`/athletes/${athleteId}/activity-archives`)
        .set('authorization', `Bearer ${token}`)
        .attach('file', zip, 'export.zip');
      expect(res.status).toBe(202);
      for (let i = 0; i < 400; i++) {
        const { body } = await request(app.getHttpServer())
          .get(`/athletes/${athleteId}/activity-archives/${res.body.job.id}`)
          .set('authorization', `Bearer ${token}`);
        if (body.job.status === 'DONE' || body.job.status === 'FAILED') return body.job;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the import job did not finish');
    };
    try {
      // Three sessions created (4 Mar, 7 Mar, 9 Apr 2025) and a broken file: told once, with the latest day.
      const first = await importArchive(club.coachA.token, [
        { name: 'activities/1.fit', file: 'run-with-pause.fit' },
        { name: 'activities/2.gpx', file: 'walk-no-hr.gpx' },
        { name: 'activities/3.fit', file: 'truncated.fit' },
        { name: 'activities/4.tcx', file: 'run.tcx' },
      ]);
      expect(first).toMatchObject({ status: 'DONE', imported: 3, refused: 1 });
      const want = { athleteId, date: '2025-04-09' };
      expect(await coach.waitFor('session:logged')).toEqual(want);
      expect(await phone.waitFor('session:logged')).toEqual(want);
      // One created (5 Mar) beside a duplicate of a later day: told with the day created.
      const second = await importArchive(club.athlete2.token, [
        { name: 'again.tcx', file: 'run.tcx' },
        { name: 'new.gpx', file: 'run-with-hr.gpx' },
      ]);
      expect(second).toMatchObject({ status: 'DONE', imported: 1, duplicates: 1 });
      const then = { athleteId, date: '2025-03-05' };
      expect(await coach.waitFor('session:logged', (e) => e.date === then.date)).toEqual(then);
      expect(await phone.waitFor('session:logged', (e) => e.date === then.date)).toEqual(then);
      // Nothing created (every file a duplicate): no one is told.
      const third = await importArchive(club.athlete2.token, [
        { name: 'a.fit', file: 'run-with-pause.fit' },
        { name: 'b.gpx', file: 'walk-no-hr.gpx' },
      ]);
      expect(third).toMatchObject({ status: 'DONE', imported: 0, duplicates: 2 });
      await new Promise((r) => setTimeout(r, 300));
      expect(coach.of('session:logged')).toEqual([want, then]);
      expect(phone.of('session:logged')).toEqual([want, then]);
      expect(other.of('session:logged')).toEqual([]);
      expect(peer.of('session:logged')).toEqual([]);
    } finally {
      for (const s of sockets) s.close();
    }
  });
});
