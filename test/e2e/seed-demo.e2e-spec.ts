import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, localDateIn, weekStartOf } from '@app/common';
import { DEMO_ORGANIZATION_NAME, DEMO_PASSWORD, demoEmail } from '../../scripts/seed/demo-roster';
import { seedDemo, SeedDemoResult } from '../../scripts/seed/demo-seed';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { gql, gqlOk } from '../helpers/graphql';
import { createTestApp } from '../helpers/test-app';

/** A fixed "today" (a Thursday), so the assertions do not depend on the day the suite runs. */
const NOW = new Date('2025-11-20T12:00:00Z');
const TODAY = localDateIn('Europe/Oslo', NOW);
const THIS_WEEK = weekStartOf(TODAY);

describe('Demo seed (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let first: SeedDemoResult;
  let second: SeedDemoResult;

  const athleteId = async (n: number): Promise<string> => {
    const [row] = await db.query(
      `SELECT a.id FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE u.email = $1`,
      [demoEmail(`athlete${String(n).padStart(2, '0')}`)],
    );
    return row.id;
  };
  const one = async (sql: string, params: unknown[]) => (await db.query(sql, params))[0];

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    first = await seedDemo(db, { now: NOW });
    second = await seedDemo(db, { now: NOW });
  });
  afterAll(() => app.close());

  it('should replace the demo organization on a re-run instead of adding another', async () => {
    expect(second.replacedPrevious).toBe(true);
    expect(second.counts).toEqual(first.counts);
    const orgs = await db.query(`SELECT id FROM organization WHERE name = $1`, [DEMO_ORGANIZATION_NAME]);
    expect(orgs).toEqual([{ id: second.organizationId }]);
    // Nothing of the first run survives.
    const leftovers = await one(
      `SELECT (SELECT count(*) FROM weekly_plan WHERE organization_id = $1)::int
            + (SELECT count(*) FROM check_in WHERE organization_id = $1)::int
            + (SELECT count(*) FROM logged_session WHERE organization_id = $1)::int AS n`,
      [first.organizationId],
    );
    expect(leftovers.n).toBe(0);
    const [{ n: users }] = await db.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email LIKE '%@demo.coachline.test'`,
    );
    expect(users).toBe(27);
  });

  it('should give every demo athlete their conversations, with a few messages from the storylines', async () => {
    const rows = await db.query(
      `SELECT c.kind, count(*)::int AS n FROM conversation c WHERE c.organization_id = $1 GROUP BY c.kind ORDER BY c.kind::text`,
      [second.organizationId],
    );
    expect(rows).toEqual([
      { kind: 'ANNOUNCEMENT', n: 2 },
      { kind: 'DIRECT', n: 24 },
      { kind: 'STAFF', n: 24 },
    ]);
    expect(second.counts.messages).toBe(10);
    const flu = await one(
      `SELECT m.body, m.seq FROM message m JOIN conversation c ON c.id = m.conversation_id
        WHERE c.athlete_id = $1 AND c.kind = 'DIRECT' ORDER BY m.seq LIMIT 1`,
      [await athleteId(1)],
    );
    expect(flu).toMatchObject({ seq: 1, body: expect.stringMatching(/Fever is gone/) });
  });

  it('should create an admin, two coaches and 24 athletes split between them', async () => {
    const org = second.organizationId;
    const roles = await db.query(
      `SELECT role, count(*)::int AS n FROM membership WHERE organization_id = $1 GROUP BY role ORDER BY role`,
      [org],
    );
    expect(roles).toEqual([
      { role: 'ADMIN', n: 1 },
      { role: 'COACH', n: 2 },
      { role: 'ATHLETE', n: 24 },
    ]);
    const split = await db.query(
      `SELECT count(*)::int AS n FROM coach_assignment WHERE organization_id = $1 AND removed_at IS NULL
        GROUP BY coach_user_id ORDER BY 1`,
      [org],
    );
    expect(split).toEqual([{ n: 12 }, { n: 12 }]);
    const [{ n: withIntake }] = await db.query(
      `SELECT count(*)::int AS n FROM athlete WHERE organization_id = $1 AND intake IS NOT NULL`,
      [org],
    );
    expect(withIntake).toBe(24);
    expect(second.counts).toMatchObject({ users: 27, coaches: 2, athletes: 24, seasons: 24 });
  });

  it('should give every athlete 16 published weeks, a draft for next week, check-ins and sessions', async () => {
    const rows = await db.query(
      `SELECT a.id,
              (SELECT count(*)::int FROM weekly_plan p WHERE p.athlete_id = a.id AND p.status = 'PUBLISHED') AS published,
              (SELECT count(*)::int FROM weekly_plan p WHERE p.athlete_id = a.id AND p.status = 'DRAFT') AS drafts,
              (SELECT count(*)::int FROM weekly_plan p WHERE p.athlete_id = a.id AND extract(isodow FROM p.week_start) <> 1) AS not_monday,
              (SELECT count(*)::int FROM check_in c WHERE c.athlete_id = a.id) AS check_ins,
              (SELECT count(*)::int FROM logged_session s WHERE s.athlete_id = a.id) AS sessions,
              (SELECT count(*)::int FROM logged_session s WHERE s.athlete_id = a.id AND s.srpe IS NULL) AS unrated,
              (SELECT count(*)::int FROM season s WHERE s.athlete_id = a.id) AS seasons
         FROM athlete a WHERE a.organization_id = $1`,
      [second.organizationId],
    );
    expect(rows).toHaveLength(24);
    for (const r of rows) {
      expect(r).toMatchObject({ published: 16, drafts: 1, not_monday: 0, unrated: 0, seasons: 1 });
      expect(r.check_ins).toBeGreaterThan(90); // of 109–110 days
      expect(r.sessions).toBeGreaterThan(40);
    }
    // The demo's cross-training is bike spins, planned as rides; no other kind carries a sport.
    const sports = await db.query(
      `SELECT ps.kind, ps.sport, count(*)::int AS n FROM planned_session ps JOIN weekly_plan p ON p.id = ps.plan_id
        WHERE p.organization_id = $1 AND (ps.kind = 'CROSS_TRAINING' OR ps.sport IS NOT NULL)
        GROUP BY 1, 2`,
      [second.organizationId],
    );
    expect(sports).toEqual([{ kind: 'CROSS_TRAINING', sport: 'BIKE', n: expect.any(Number) }]);
    // Its zone prescriptions are easy and long runs of a 5-zone model: zone 2 of 5, never an ambiguous "Z2".
    const zones = await db.query(
      `SELECT ps.kind, ps.effort_value AS zone, ps.zone_scale AS scale, count(*)::int AS n
         FROM planned_session ps JOIN weekly_plan p ON p.id = ps.plan_id
        WHERE p.organization_id = $1 AND (ps.effort_type = 'ZONE' OR ps.zone_scale IS NOT NULL)
        GROUP BY 1, 2, 3`,
      [second.organizationId],
    );
    expect(zones).toEqual([{ kind: 'RUN', zone: 2, scale: 5, n: expect.any(Number) }]);
    const oslo = await athleteId(9);
    const weeks = await db.query(
      `SELECT week_start::text AS w, status FROM weekly_plan WHERE athlete_id = $1 ORDER BY week_start`,
      [oslo],
    );
    expect(weeks[0]).toEqual({ w: addDays(THIS_WEEK, -105), status: 'PUBLISHED' });
    expect(weeks[weeks.length - 1]).toEqual({ w: addDays(THIS_WEEK, 7), status: 'DRAFT' });
    const bad = await one(
      `SELECT count(*)::int AS n FROM check_in WHERE organization_id = $1 AND (rmssd < 5 OR rmssd > 300
          OR resting_hr NOT BETWEEN 25 AND 120 OR sleep_hours NOT BETWEEN 0 AND 24
          OR LEAST(sleep_quality, soreness, fatigue, stress, mood) < 1
          OR GREATEST(sleep_quality, soreness, fatigue, stress, mood) > 5)`,
      [second.organizationId],
    );
    expect(bad.n).toBe(0);
    const future = await one(
      `SELECT count(*)::int AS n FROM logged_session s JOIN athlete a ON a.id = s.athlete_id
        WHERE a.organization_id = $1 AND a.timezone IS NULL AND s.date >= $2`,
      [second.organizationId, TODAY],
    );
    expect(future.n).toBe(0);
  });

  it('should tell the flu, business trip and sick child stories with events and check-ins', async () => {
    const flu = await athleteId(1);
    const illness = await one(
      `SELECT start_date::text AS s, end_date::text AS e FROM context_event WHERE athlete_id = $1 AND kind = 'ILLNESS'`,
      [flu],
    );
    expect(illness).toBeDefined();
    const fever = await one(
      `SELECT count(*)::int AS n FROM check_in WHERE athlete_id = $1 AND illness = 'BELOW_NECK_OR_FEVER'
          AND date BETWEEN $2 AND $3`,
      [flu, illness.s, illness.e],
    );
    expect(fever.n).toBeGreaterThanOrEqual(3);
    const trainedWithFever = await one(
      `SELECT count(*)::int AS n FROM logged_session s JOIN check_in c ON c.athlete_id = s.athlete_id AND c.date = s.date
        WHERE s.athlete_id = $1 AND c.illness = 'BELOW_NECK_OR_FEVER'`,
      [flu],
    );
    expect(trainedWithFever.n).toBe(0);
    const revised = await one(
      `SELECT count(*)::int AS n FROM weekly_plan WHERE athlete_id = $1 AND status = 'SUPERSEDED'`,
      [flu],
    );
    expect(revised.n).toBeGreaterThanOrEqual(1);

    expect(
      (
        await one(`SELECT count(*)::int AS n FROM context_event WHERE athlete_id = $1 AND kind = 'TRAVEL'`, [
          await athleteId(2),
        ])
      ).n,
    ).toBe(2);
    expect(
      (
        await one(`SELECT count(*)::int AS n FROM context_event WHERE athlete_id = $1 AND kind = 'FAMILY'`, [
          await athleteId(3),
        ])
      ).n,
    ).toBe(1);
  });

  it('should show the overreaching athlete with rising load, falling HRV and worse wellness', async () => {
    const id = await athleteId(4);
    const load = async (fromWeeksAgo: number, toWeeksAgo: number) =>
      (
        await one(
          `SELECT COALESCE(sum(minutes * srpe), 0)::float / $4 AS weekly FROM logged_session
            WHERE athlete_id = $1 AND date >= $2 AND date < $3`,
          [
            id,
            addDays(THIS_WEEK, -7 * fromWeeksAgo),
            addDays(THIS_WEEK, -7 * toWeeksAgo),
            fromWeeksAgo - toWeeksAgo,
          ],
        )
      ).weekly;
    expect(await load(3, 0)).toBeGreaterThan(1.4 * (await load(12, 6)));
    const hrv = async (from: number, to: number) =>
      await one(
        `SELECT avg(ln(rmssd::float)) AS m, avg(fatigue + mood + soreness)::float AS w FROM check_in
            WHERE athlete_id = $1 AND date > $2 AND date <= $3`,
        [id, addDays(TODAY, -from), addDays(TODAY, -to)],
      );
    const recent = await hrv(7, 0);
    const baseline = await hrv(67, 7);
    expect(recent.m).toBeLessThan(baseline.m - 0.1);
    expect(recent.w).toBeLessThan(baseline.w - 1);
  });

  it("should plan like a coach: easy runs shorter than the long run, days within the athlete's minutes", async () => {
    const org = second.organizationId;
    // An easy run is never longer than the week's long run, at most 75 % of it once it is 60+ min, at most 90.
    const easy = await one(
      `WITH s AS (SELECT ps.plan_id, ps.kind, ps.minutes, ps.key, ps.intervals, ps.purpose FROM planned_session ps
                    JOIN weekly_plan p ON p.id = ps.plan_id WHERE p.organization_id = $1),
            l AS (SELECT plan_id, max(minutes) AS m FROM s WHERE kind = 'RUN' AND key AND intervals IS NULL
                   GROUP BY plan_id)
       SELECT count(*)::int AS n, max(s.minutes)::int AS longest,
              count(*) FILTER (WHERE s.minutes > l.m OR (l.m >= 60 AND s.minutes > 0.75 * l.m))::int AS over_long
         FROM s LEFT JOIN l ON l.plan_id = s.plan_id
        WHERE s.kind = 'RUN' AND NOT s.key AND s.intervals IS NULL AND s.purpose LIKE 'Easy run%'`,
      [org],
    );
    expect(easy.n).toBeGreaterThan(24 * 16);
    expect(easy.longest).toBeLessThanOrEqual(90);
    expect(easy.over_long).toBe(0);
    // Every plan fits the minutes per weekday the athlete gave in the intake (races aside), except the
    // overreaching athlete's, whose coach builds over them.
    const overDays = await db.query(
      `SELECT u.email, s.date::text AS date, sum(s.minutes)::int AS minutes,
              (a.intake->'availabilityMinutes'->>(extract(isodow FROM s.date)::int - 1))::int AS available
         FROM planned_session s JOIN weekly_plan p ON p.id = s.plan_id
         JOIN athlete a ON a.id = p.athlete_id JOIN app_user u ON u.id = a.user_id
        WHERE p.organization_id = $1 AND s.kind NOT IN ('RACE', 'REST') AND a.id <> $2
        GROUP BY p.id, u.email, s.date, a.intake
       HAVING sum(s.minutes) > (a.intake->'availabilityMinutes'->>(extract(isodow FROM s.date)::int - 1))::int`,
      [org, await athleteId(4)],
    );
    expect(overDays).toEqual([]);
    // The overreaching athlete's draft is still a clear jump on the weeks before the block.
    const weekly = async (status: string, from: string, to: string) =>
      (
        await one(
          `SELECT sum(s.minutes)::float / count(DISTINCT p.id) AS m FROM planned_session s
             JOIN weekly_plan p ON p.id = s.plan_id
            WHERE p.athlete_id = $1 AND p.status = $2 AND p.week_start BETWEEN $3 AND $4 AND s.kind <> 'REST'`,
          [await athleteId(4), status, from, to],
        )
      ).m;
    const draft = await weekly('DRAFT', addDays(THIS_WEEK, 7), addDays(THIS_WEEK, 7));
    expect(draft).toBeGreaterThan(
      1.4 * (await weekly('PUBLISHED', addDays(THIS_WEEK, -70), addDays(THIS_WEEK, -42))),
    );
  });

  it('should have one athlete racing every 2–3 weeks and one tapering for an A race about 10 days out', async () => {
    const racer = await athleteId(5);
    const races = await db.query(
      `SELECT date::text AS d FROM race WHERE athlete_id = $1 AND date BETWEEN $2 AND $3 ORDER BY date`,
      [racer, addDays(THIS_WEEK, -105), TODAY],
    );
    expect(races.length).toBeGreaterThanOrEqual(5);
    const finished = await one(
      `SELECT count(*)::int AS n FROM logged_session WHERE athlete_id = $1 AND kind = 'RACE'`,
      [racer],
    );
    expect(finished.n).toBe(races.length);

    const taper = await one(
      `SELECT date::text AS d FROM race WHERE athlete_id = $1 AND priority = 'A' AND date > $2`,
      [await athleteId(6), TODAY],
    );
    expect(taper.d).toBe(addDays(TODAY, 10));
  });

  it('should hold each named race on one date across the club (a weekly parkrun aside)', async () => {
    const rows: { name: string; dates: number }[] = await db.query(
      `SELECT r.name, count(DISTINCT r.date)::int AS dates FROM race r JOIN athlete a ON a.id = r.athlete_id
        WHERE a.organization_id = $1 GROUP BY r.name`,
      [second.organizationId],
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.dates > 1).map((r) => r.name)).toEqual(['Parkrun Frognerparken']);
  });

  it('should put a couple of athletes in other time zones and let one go quiet', async () => {
    const zones = await db.query(
      `SELECT timezone FROM athlete WHERE organization_id = $1 AND timezone IS NOT NULL ORDER BY timezone`,
      [second.organizationId],
    );
    expect(zones).toEqual([{ timezone: 'America/Los_Angeles' }, { timezone: 'Pacific/Auckland' }]);
    const quiet = await one(`SELECT max(date)::text AS d FROM check_in WHERE athlete_id = $1`, [
      await athleteId(10),
    ]);
    expect(quiet.d < addDays(TODAY, -5)).toBe(true);
  });

  it('should let the printed demo credentials log in', async () => {
    for (const email of [demoEmail('coach1'), demoEmail('athlete06')]) {
      const data = await gqlOk(
        app,
        `mutation($input: LoginInput!) { login(input: $input) { me { roles organization { name } } } }`,
        { input: { email, password: DEMO_PASSWORD } },
      );
      expect(data.login.me.organization.name).toBe(DEMO_ORGANIZATION_NAME);
    }
  });

  it('should let a coach work every review of the coming week to DONE until the queue says the week is finished', async () => {
    const clock = app.get(ReviewClock);
    clock.set(NOW);
    try {
      const token = (
        await gqlOk(app, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email: demoEmail('coach1'), password: DEMO_PASSWORD },
        })
      ).login.accessToken;
      const gen = (
        await gqlOk(app, `mutation { generateReviews(input: { wait: true }) { total done } }`, {}, token)
      ).generateReviews;
      expect(gen).toEqual({ total: 12, done: 12 });
      const QUEUE = `{ reviewQueue(first: 100) { weekStart finished counts { athletes todo done }
        items { athleteId status urgency suggestions { id severity planWeekStart changes { type } } } } }`;
      const start = (await gqlOk(app, QUEUE, {}, token)).reviewQueue;
      expect(start.counts).toEqual({ athletes: 12, todo: 12, done: 0 });
      expect(start.finished).toBe(false);
      // athlete04 is overreaching: an urgent or attention review comes before the quiet ones.
      expect(start.items[0].status).not.toBe('OK');
      let applied = 0;
      for (const item of start.items) {
        const week = (
          await gqlOk(
            app,
            `query($a: ID!, $w: String) { weeklyPlan(athleteId: $a, weekStart: $w) { draft { revision } } }`,
            { a: item.athleteId, w: start.weekStart },
            token,
          )
        ).weeklyPlan;
        let revision = week.draft?.revision;
        const withChange = item.suggestions.find((x: any) => x.changes.length > 0);
        if (withChange) {
          const res = await gql(
            app,
            `mutation($input: ApplySuggestionInput!) { applySuggestion(input: $input) { plan { revision } } }`,
            { input: { athleteId: item.athleteId, suggestionId: withChange.id, expectedRevision: revision } },
            token,
          );
          if (!res.errors) {
            // A change to the rest of this week publishes this week's plan; next week's draft is as it was.
            if (withChange.planWeekStart === start.weekStart)
              revision = res.data!.applySuggestion.plan.revision;
            applied++;
          }
        }
        const done = (
          await gqlOk(
            app,
            `mutation($input: CompleteReviewInput!) { completeReview(input: $input) { review { workflowStatus } plan { status } } }`,
            {
              input: {
                athleteId: item.athleteId,
                expectedRevision: revision,
                message: 'Next week is ready.',
              },
            },
            token,
          )
        ).completeReview;
        expect(done).toEqual({ review: { workflowStatus: 'DONE' }, plan: { status: 'PUBLISHED' } });
      }
      expect(applied).toBeGreaterThan(0);
      const end = (await gqlOk(app, QUEUE, {}, token)).reviewQueue;
      expect(end).toMatchObject({ finished: true, items: [], counts: { athletes: 12, todo: 0, done: 12 } });
    } finally {
      clock.set(null);
    }
  });
});
