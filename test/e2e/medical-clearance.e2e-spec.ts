import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, localDateIn } from '@app/common';
import { ReviewClock } from '../../apps/api/src/modules/reviews/review-clock';
import { ReviewGenerator } from '../../apps/api/src/modules/reviews/review-generator.service';
import { DEMO_PASSWORD, demoEmail } from '../../scripts/seed/demo-roster';
import { seedDemo } from '../../scripts/seed/demo-seed';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { lastFridayEvening } from '../helpers/demo-clock';
import { createTestApp } from '../helpers/test-app';

const RECORD = `mutation($input: RecordMedicalClearanceInput!) {
  recordMedicalClearance(input: $input) { id athleteId clearedOn note recordedByName reviewRegeneration } }`;
const LATEST = `query($athleteId: ID!) { medicalClearance(athleteId: $athleteId) { id clearedOn note recordedByName } }`;
const GENERATE = `mutation($ids: [ID!]) { generateReviews(input: { wait: true, athleteIds: $ids }) { total done } }`;
const REVIEW = `query($athleteId: ID!) { athleteReview(athleteId: $athleteId) {
  decision { type reason targetMinutes } outlook { maxMinutes }
  suggestions { kind rationale athleteText evidence { key value } } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

describe('Medical clearance (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  const NOW = lastFridayEvening();
  const REVIEW_DAY = localDateIn('Europe/Oslo', NOW);
  let jonas: string;
  let coach: string;
  let otherCoach: string;
  let athlete: string;
  let admin: string;

  const login = async (who: string) =>
    (await gqlOk(app, LOGIN, { input: { email: demoEmail(who), password: DEMO_PASSWORD } })).login
      .accessToken as string;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    await seedDemo(db, { now: NOW });
    [{ id: jonas }] = await db.query(
      `SELECT a.id FROM athlete a JOIN app_user u ON u.id = a.user_id WHERE u.email = $1`,
      [demoEmail('athlete04')],
    );
    // Jonas's coach is coach2; coach1 coaches others in the same club.
    coach = await login('coach2');
    otherCoach = await login('coach1');
    athlete = await login('athlete04');
    admin = await login('admin');
    app.get(ReviewClock).set(NOW);
  });
  afterAll(async () => {
    app.get(ReviewClock).set(null);
    await app.close();
  });

  const review = async () => {
    await gqlOk(app, GENERATE, { ids: [jonas] }, coach);
    return (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview;
  };
  /** The stored review, read as it is (nothing generated). */
  const stored = async () => (await gqlOk(app, REVIEW, { athleteId: jonas }, coach)).athleteReview;
  /** Mid-week re-runs asked for Jonas so far (queued, running or done). */
  const reruns = async () =>
    Number(
      (
        await db.query(
          `SELECT (SELECT count(*) FROM pgboss.job WHERE name = 'review-rerun' AND singleton_key = $1)
                + (SELECT count(*) FROM pgboss.archive WHERE name = 'review-rerun' AND singleton_key = $1) AS n`,
          [jonas],
        )
      )[0].n,
    );
  const medical = (r: any) =>
    r.suggestions.some((s: any) =>
      s.evidence.some((e: any) => e.key === 'medicalCheck' && e.value === 'true'),
    );

  it('should refuse a clearance from another coach, the athlete and an admin, and show none', async () => {
    const input = { athleteId: jonas, clearedOn: addDays(REVIEW_DAY, -2) };
    const other = await gql(app, RECORD, { input }, otherCoach);
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(errorReason(other)).toBe('ATHLETE_ACCESS_DENIED');
    const self = await gql(app, RECORD, { input }, athlete);
    expect(errorCode(self)).toBe('FORBIDDEN');
    expect(errorReason(self)).toBe('COACH_ONLY');
    const byAdmin = await gql(app, RECORD, { input }, admin);
    expect(errorCode(byAdmin)).toBe('FORBIDDEN');
    expect(errorReason(byAdmin)).toBe('COACH_ONLY');
    expect((await gqlOk(app, LATEST, { athleteId: jonas }, coach)).medicalClearance).toBeNull();
    // Another coach cannot read it either.
    expect(errorCode(await gql(app, LATEST, { athleteId: jonas }, otherCoach))).toBe('FORBIDDEN');
  });

  it('should refuse a date in the future, more than a year back, or not a date, with code and reason', async () => {
    const today = localDateIn('Europe/Oslo', new Date());
    const cases: [string, string][] = [
      [addDays(today, 1), 'DATE_IN_FUTURE'],
      [addDays(today, -400), 'DATE_TOO_FAR_BACK'],
      ['2026-02-30', 'INVALID_DATE'],
    ];
    for (const [clearedOn, reason] of cases) {
      const res = await gql(app, RECORD, { input: { athleteId: jonas, clearedOn } }, coach);
      expect([clearedOn, errorCode(res), errorReason(res)]).toEqual([clearedOn, 'BAD_USER_INPUT', reason]);
    }
    const shape = await gql(app, RECORD, { input: { athleteId: jonas, clearedOn: '5 March' } }, coach);
    expect(errorCode(shape)).toBe('BAD_USER_INPUT');
    expect((await gqlOk(app, LATEST, { athleteId: jonas }, coach)).medicalClearance).toBeNull();
  });

  it('should recommend a doctor before, and generate the review once, before answering, when the coach records a clearance: no medical-check week', async () => {
    const before = await review();
    expect(medical(before)).toBe(true);
    expect(before.decision.reason).toContain('until a doctor has cleared Jonas');
    expect(before.decision.targetMinutes).toBe(120);

    const clearedOn = addDays(REVIEW_DAY, -3);
    const engine = jest.spyOn(app.get(ReviewGenerator), 'reviewOne');
    const rerunsBefore = await reruns();
    const saved = (
      await gqlOk(
        app,
        RECORD,
        { input: { athleteId: jonas, clearedOn, note: 'Bloods normal, GP happy' } },
        coach,
      )
    ).recordMedicalClearance;
    expect(saved).toMatchObject({
      athleteId: jonas,
      clearedOn,
      note: 'Bloods normal, GP happy',
      recordedByName: 'Diego Alvarez',
      reviewRegeneration: 'GENERATED',
    });
    // Read back by the coach, the athlete and an admin.
    for (const who of [coach, athlete, admin])
      expect((await gqlOk(app, LATEST, { athleteId: jonas }, who)).medicalClearance).toEqual({
        id: saved.id,
        clearedOn,
        note: 'Bloods normal, GP happy',
        recordedByName: 'Diego Alvarez',
      });

    // The review as stored when the answer came: already the engine's answer to the clearance.
    const after = await stored();
    expect(medical(after)).toBe(false);
    // Generated once: no mid-week re-run asked for, none ran (one would start a second after its trigger).
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await reruns()).toBe(rerunsBefore);
    expect(engine.mock.calls.filter(([d]) => d.athlete.id === jonas)).toHaveLength(1);
    engine.mockRestore();
    expect(await stored()).toEqual(after);
    expect(after.decision.type).toBe('DOWN');
    expect(after.decision.reason).not.toContain('doctor');
    expect(after.decision.targetMinutes).toBeGreaterThan(120);
    // The outlook builds again after the down week instead of holding at the medical-check week's 120 min.
    expect(after.outlook[0].maxMinutes).toBeGreaterThan(before.outlook[0].maxMinutes);
    const down = after.suggestions.find((s: any) => s.kind === 'RECOVERY_DOWN_WEEK');
    expect(down.rationale).toContain(`A doctor cleared Jonas on ${clearedOn} (recorded by the coach)`);
    expect(down.rationale).not.toContain('sees a doctor');
    expect(down.athleteText).not.toMatch(/doctor/);
  });

  it('should keep the clearance, answer without an error, and re-run the review in the background when generating it fails', async () => {
    const clearedOn = addDays(REVIEW_DAY, -1);
    const rerunsBefore = await reruns();
    const generate = jest
      .spyOn(app.get(ReviewGenerator), 'generate')
      .mockRejectedValueOnce(new Error('the engine is out to lunch'));
    try {
      const res = await gql(
        app,
        RECORD,
        { input: { athleteId: jonas, clearedOn, note: 'Follow-up' } },
        coach,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordMedicalClearance).toMatchObject({ clearedOn, reviewRegeneration: 'QUEUED' });
      expect(generate).toHaveBeenCalledTimes(1);
    } finally {
      generate.mockRestore();
    }
    expect((await gqlOk(app, LATEST, { athleteId: jonas }, coach)).medicalClearance).toMatchObject({
      clearedOn,
      note: 'Follow-up',
    });
    expect(await reruns()).toBe(rerunsBefore + 1);
    // The background re-run (a second after the answer) stores the review with the new clearance.
    const deadline = Date.now() + 20_000;
    let rationale = '';
    while (!rationale.includes(`A doctor cleared Jonas on ${clearedOn}`) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      const r = await stored();
      rationale = r.suggestions.find((s: any) => s.kind === 'RECOVERY_DOWN_WEEK')?.rationale ?? '';
    }
    expect(rationale).toContain(`A doctor cleared Jonas on ${clearedOn} (recorded by the coach)`);
  });

  it('should keep a review the coach already completed as it was, and say so', async () => {
    await db.query(`UPDATE weekly_review SET status = 'DONE', completed_at = now() WHERE athlete_id = $1`, [
      jonas,
    ]);
    const done = await stored();
    const clearedOn = REVIEW_DAY;
    const saved = (await gqlOk(app, RECORD, { input: { athleteId: jonas, clearedOn } }, coach))
      .recordMedicalClearance;
    expect(saved).toMatchObject({ clearedOn, reviewRegeneration: 'KEPT_DONE' });
    expect(await stored()).toEqual(done);
    // Read with the query, the clearance says nothing about a regeneration.
    expect(
      (
        await gqlOk(
          app,
          `query($id: ID!) { medicalClearance(athleteId: $id) { clearedOn reviewRegeneration } }`,
          {
            id: jonas,
          },
          coach,
        )
      ).medicalClearance,
    ).toEqual({ clearedOn, reviewRegeneration: null });
  });
});
