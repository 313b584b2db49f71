import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, weekStartOf } from '@app/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';
import { LogsFollowRepublishedSessions1796500000000 } from '../../migrations/1796500000000-LogsFollowRepublishedSessions';

const PLAN_FIELDS = `id weekStart version status revision plannedMinutes notes sessions { id date dayOfWeek kind minutes effort { type value scale } intervals { repeats workSeconds workEffort { type value scale } recoverySeconds recoveryEffort { type value scale } } purpose key sport }`;
const SAVE = `mutation($input: SavePlanDraftInput!) { savePlanDraft(input: $input) { ${PLAN_FIELDS} } }`;
const PUBLISH = `mutation($input: PublishPlanInput!) { publishPlan(input: $input) { ${PLAN_FIELDS} } }`;
const WEEK = `query($athleteId: ID, $weekStart: String) { weeklyPlan(athleteId: $athleteId, weekStart: $weekStart) { weekStart published { ${PLAN_FIELDS} } draft { ${PLAN_FIELDS} } } }`;
const VERSIONS = `query($athleteId: ID, $weekStart: String) { planVersions(athleteId: $athleteId, weekStart: $weekStart) { version status plannedMinutes } }`;
const COMPLIANCE = `query($athleteId: ID, $weekStart: String) { compliance(athleteId: $athleteId, weekStart: $weekStart) { plannedMinutes completedMinutes completionRate keySessionsPlanned keySessionsDone excludedDates hasPublishedPlan } }`;
const LOG = `mutation($input: LogSessionInput!) { logSession(input: $input) { id } }`;
const ADD_CONTEXT = `mutation($input: AddContextEventInput!) { addContextEvent(input: $input) { id } }`;
const SEASON = `query($athleteId: ID) { season(athleteId: $athleteId) { name version phases { phase startDate endDate } mesocycles { startDate weeks focus } } }`;
const SAVE_SEASON = `mutation($input: SaveSeasonInput!) { saveSeason(input: $input) { id version name phases { phase } mesocycles { focus } } }`;
const TODAY = `{ athleteToday { date weekStart } }`;

const rpe = (value: number) => ({ type: 'RPE', value });

function week(weekStart: string) {
  return [
    { date: weekStart, kind: 'RUN', minutes: 45, effort: rpe(3), purpose: 'Easy aerobic', key: false },
    {
      date: addDays(weekStart, 1),
      kind: 'RUN',
      minutes: 60,
      effort: rpe(6),
      intervals: {
        repeats: 10,
        workSeconds: 120,
        workEffort: rpe(8),
        recoverySeconds: 60,
        recoveryEffort: rpe(3),
      },
      purpose: 'VO2 stimulus',
      key: true,
    },
    { date: addDays(weekStart, 2), kind: 'REST', minutes: 0, effort: rpe(1), purpose: 'Rest', key: false },
    {
      date: addDays(weekStart, 3),
      kind: 'STRENGTH',
      minutes: 30,
      effort: rpe(6),
      purpose: 'Hips and calves',
      key: false,
    },
    {
      date: addDays(weekStart, 5),
      kind: 'RUN',
      minutes: 100,
      effort: rpe(4),
      purpose: 'Long run',
      key: true,
    },
  ];
}

describe('Weekly plans, season and compliance (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  let thisWeek: string;
  let nextWeek: string;
  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app, 'UTC');
    thisWeek = (await gqlOk(app, TODAY, {}, club.athlete1.token)).athleteToday.weekStart;
    nextWeek = addDays(thisWeek, 7);
  });
  afterAll(() => app.close());

  it('should draft, publish and version a week; the athlete sees only the published plan', async () => {
    const a = club.athlete1.athleteId;
    const draft = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: nextWeek, sessions: week(nextWeek) } },
      club.coachA.token,
    );
    expect(draft.savePlanDraft).toMatchObject({
      version: 1,
      status: 'DRAFT',
      revision: 1,
      plannedMinutes: 235,
    });
    expect(draft.savePlanDraft.sessions[1]).toMatchObject({
      dayOfWeek: 1,
      key: true,
      intervals: { repeats: 10, workSeconds: 120 },
    });

    let seen = await gqlOk(app, WEEK, { weekStart: nextWeek }, club.athlete1.token);
    expect(seen.weeklyPlan).toMatchObject({ published: null, draft: null });

    const pub = await gqlOk(
      app,
      PUBLISH,
      { input: { planId: draft.savePlanDraft.id, expectedRevision: 1 } },
      club.coachA.token,
    );
    expect(pub.publishPlan.status).toBe('PUBLISHED');
    seen = await gqlOk(app, WEEK, { weekStart: nextWeek }, club.athlete1.token);
    expect(seen.weeklyPlan.published.sessions).toHaveLength(5);

    // Editing a published week makes a new draft (a copy), the athlete still sees version 1.
    const v2 = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: nextWeek, notes: 'trip on Friday' } },
      club.coachA.token,
    );
    expect(v2.savePlanDraft).toMatchObject({
      version: 2,
      status: 'DRAFT',
      plannedMinutes: 235,
      notes: 'trip on Friday',
    });
    const shorter = week(nextWeek).filter((s) => s.kind !== 'STRENGTH');
    const edited = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: nextWeek, expectedRevision: 1, sessions: shorter } },
      club.coachA.token,
    );
    expect(edited.savePlanDraft).toMatchObject({ revision: 2, plannedMinutes: 205 });
    seen = await gqlOk(app, WEEK, { weekStart: nextWeek }, club.athlete1.token);
    expect(seen.weeklyPlan.published.version).toBe(1);
    const coachView = await gqlOk(app, WEEK, { athleteId: a, weekStart: nextWeek }, club.coachA.token);
    expect(coachView.weeklyPlan.draft.version).toBe(2);

    await gqlOk(
      app,
      PUBLISH,
      { input: { planId: edited.savePlanDraft.id, expectedRevision: 2 } },
      club.coachA.token,
    );
    const versions = await gqlOk(app, VERSIONS, { athleteId: a, weekStart: nextWeek }, club.coachA.token);
    expect(versions.planVersions).toEqual([
      { version: 2, status: 'PUBLISHED', plannedMinutes: 205 },
      { version: 1, status: 'SUPERSEDED', plannedMinutes: 235 },
    ]);
    expect(errorReason(await gql(app, VERSIONS, { weekStart: nextWeek }, club.athlete1.token))).toBe(
      'STAFF_ONLY',
    );
  });

  it('should reject concurrent edits with CONFLICT and never overwrite silently', async () => {
    const a = club.athlete2.athleteId;
    const d = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: nextWeek, sessions: week(nextWeek) } },
      club.coachA.token,
    );
    const tabA = await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: a,
          weekStart: nextWeek,
          expectedRevision: 1,
          sessions: week(nextWeek).slice(0, 2),
        },
      },
      club.coachA.token,
    );
    expect(tabA.savePlanDraft.revision).toBe(2);
    const tabB = await gql(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: nextWeek, expectedRevision: 1, sessions: [] } },
      club.coachA.token,
    );
    expect(errorCode(tabB)).toBe('CONFLICT');
    expect(errorReason(tabB)).toBe('PLAN_VERSION_CONFLICT');
    expect(tabB.errors?.[0].extensions?.details).toMatchObject({ currentRevision: 2 });
    // a new draft without a revision while one exists
    expect(
      errorReason(
        await gql(
          app,
          SAVE,
          { input: { athleteId: a, weekStart: nextWeek, sessions: [] } },
          club.coachA.token,
        ),
      ),
    ).toBe('PLAN_DRAFT_EXISTS');
    // publishing a stale revision
    expect(
      errorReason(
        await gql(
          app,
          PUBLISH,
          { input: { planId: d.savePlanDraft.id, expectedRevision: 1 } },
          club.coachA.token,
        ),
      ),
    ).toBe('PLAN_VERSION_CONFLICT');
    const view = await gqlOk(app, WEEK, { athleteId: a, weekStart: nextWeek }, club.coachA.token);
    expect(view.weeklyPlan.draft.sessions).toHaveLength(2);
    // two simultaneous first drafts of the same week: exactly one wins
    const week2 = addDays(nextWeek, 7);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        gql(app, SAVE, { input: { athleteId: a, weekStart: week2, sessions: [] } }, club.coachA.token),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).every((r) => errorCode(r) === 'CONFLICT')).toBe(true);

    // A draft published and the week drafted again: the new draft's revisions start again at 1. A save made on the old
    // draft says which draft it edited (expectedPlanId) and is refused, the new draft untouched; by revision alone it
    // would have overwritten it.
    const week3 = addDays(nextWeek, 70); // a week no other test plans
    const save = (input: Record<string, unknown>) =>
      gql(app, SAVE, { input: { athleteId: a, weekStart: week3, ...input } }, club.coachA.token);
    const old = (await save({ sessions: week(week3) })).data!.savePlanDraft;
    await gqlOk(
      app,
      PUBLISH,
      { input: { planId: old.id, expectedRevision: old.revision } },
      club.coachA.token,
    );
    const fresh = (await save({ sessions: week(week3).slice(0, 1), notes: 'the new draft' })).data!
      .savePlanDraft;
    expect(fresh).toMatchObject({ revision: 1, version: 2 });
    expect(fresh.id).not.toBe(old.id);
    const stale = await save({ expectedRevision: 1, expectedPlanId: old.id, sessions: [], notes: 'stale' });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorReason(stale)).toBe('PLAN_DRAFT_GONE');
    expect(stale.errors?.[0].extensions?.details).toMatchObject({ planId: fresh.id, currentRevision: 1 });
    const after = (await gqlOk(app, WEEK, { athleteId: a, weekStart: week3 }, club.coachA.token)).weeklyPlan;
    expect(after.draft).toMatchObject({ id: fresh.id, revision: 1, notes: 'the new draft' });
    expect(after.draft.sessions).toHaveLength(1);
    // Naming the draft as it is saves; a draft named where the week has none is gone too; a malformed id is bad input.
    const ok = (await save({ expectedRevision: 1, expectedPlanId: fresh.id, sessions: [] })).data!
      .savePlanDraft;
    expect(ok).toMatchObject({ id: fresh.id, revision: 2 });
    const none = await gql(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: addDays(week3, 7), expectedPlanId: old.id, sessions: [] } },
      club.coachA.token,
    );
    expect(errorReason(none)).toBe('PLAN_DRAFT_GONE');
    expect(errorCode(await save({ expectedRevision: 2, expectedPlanId: 'not-an-id', sessions: [] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await gqlOk(app, WEEK, { athleteId: a, weekStart: week3 }, club.coachA.token)).weeklyPlan.draft,
    ).toMatchObject({
      revision: 2,
    });
  });

  it('should reject bad plans with BAD_USER_INPUT and write nothing', async () => {
    const a = club.athlete2.athleteId;
    const far = addDays(nextWeek, 7 * 200);
    const week3 = addDays(nextWeek, 14);
    const s = week(week3);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ weekStart: addDays(week3, 1), sessions: [] }, 'WEEK_START_NOT_MONDAY'],
      [{ weekStart: far, sessions: [] }, 'DATE_TOO_FAR_AHEAD'],
      [{ weekStart: week3, sessions: [{ ...s[0], kind: 'SWIM' }] }, 'INVALID_VARIABLES'],
      [{ weekStart: week3, sessions: [{ ...s[0], date: addDays(week3, 7) }] }, 'SESSION_OUTSIDE_WEEK'],
      [{ weekStart: week3, sessions: [{ ...s[0], effort: { type: 'ZONE', value: 7 } }] }, 'INVALID_EFFORT'],
      [{ weekStart: week3, sessions: [{ ...s[1], minutes: 20 }] }, 'INTERVALS_TOO_LONG'],
      // A key session with intervals made a rest day (it was refused as INTERVALS_TOO_LONG, "longer than the session").
      [{ weekStart: week3, sessions: [{ ...s[1], kind: 'REST', minutes: 0 }] }, 'REST_DAY_NOT_A_SESSION'],
      [{ weekStart: week3, sessions: [{ ...s[2], key: true }] }, 'REST_DAY_NOT_A_SESSION'],
      [{ weekStart: week3, sessions: [{ ...s[0], minutes: 601 }] }, 'VALIDATION_FAILED'],
      [{ weekStart: week3, sessions: [{ ...s[0], sport: 'BIKE' }] }, 'SPORT_NOT_CROSS_TRAINING'],
      [
        { weekStart: week3, sessions: [{ ...s[0], effort: { type: 'ZONE', value: 2, scale: 4 } }] },
        'INVALID_ZONE_SCALE',
      ],
      [
        { weekStart: week3, sessions: [{ ...s[0], effort: { type: 'RPE', value: 3, scale: 5 } }] },
        'INVALID_ZONE_SCALE',
      ],
      [
        { weekStart: week3, sessions: [{ ...s[0], effort: { type: 'ZONE', value: 4, scale: 3 } }] },
        'INVALID_EFFORT',
      ],
      [
        {
          weekStart: week3,
          sessions: [{ ...s[1], intervals: { ...s[1].intervals, recoveryEffort: { ...rpe(3), scale: 3 } } }],
        },
        'INVALID_ZONE_SCALE',
      ],
      [{ weekStart: week3, sessions: [{ ...s[4], kind: 'RUN', sport: 'SWIM' }] }, 'SPORT_NOT_CROSS_TRAINING'],
      [{ weekStart: week3, sessions: [{ ...s[3], sport: 'OTHER' }] }, 'SPORT_NOT_CROSS_TRAINING'],
      [
        { weekStart: week3, sessions: [{ ...s[0], kind: 'CROSS_TRAINING', sport: 'RUN' }] },
        'INVALID_VARIABLES',
      ],
    ];
    for (const [input, reason] of cases) {
      const res = await gql(app, SAVE, { input: { athleteId: a, ...input } }, club.coachA.token);
      expect([reason, errorCode(res)]).toEqual([reason, 'BAD_USER_INPUT']);
      expect(errorReason(res)).toBe(reason);
    }
    const view = await gqlOk(app, WEEK, { athleteId: a, weekStart: week3 }, club.coachA.token);
    expect(view.weeklyPlan).toMatchObject({ published: null, draft: null });
  });

  it("should keep a cross-training session's sport: saved, read back, published, copied into the next draft", async () => {
    const a = club.athlete3.athleteId;
    const w = addDays(nextWeek, 7 * 9);
    const ride = {
      date: addDays(w, 2),
      kind: 'CROSS_TRAINING',
      minutes: 75,
      effort: rpe(6),
      purpose: 'Tempo 3 × 12 min',
      key: true,
      sport: 'BIKE',
    };
    const swim = {
      date: addDays(w, 4),
      kind: 'CROSS_TRAINING',
      minutes: 45,
      effort: rpe(4),
      purpose: 'Technique',
      key: false,
      sport: 'SWIM',
    };
    const unsaid = {
      date: addDays(w, 6),
      kind: 'CROSS_TRAINING',
      minutes: 40,
      effort: rpe(3),
      purpose: 'Easy cross-training',
      key: false,
    };
    const run = week(w)[0];
    const d = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a, weekStart: w, sessions: [run, ride, swim, unsaid] } },
      club.coachB.token,
    );
    const sports = (ss: Array<{ kind: string; sport: string | null }>) => ss.map((x) => [x.kind, x.sport]);
    const expected = [
      ['RUN', null],
      ['CROSS_TRAINING', 'BIKE'],
      ['CROSS_TRAINING', 'SWIM'],
      ['CROSS_TRAINING', null],
    ];
    expect(sports(d.savePlanDraft.sessions)).toEqual(expected);
    await gqlOk(
      app,
      PUBLISH,
      { input: { planId: d.savePlanDraft.id, expectedRevision: 1 } },
      club.coachB.token,
    );
    const seen = await gqlOk(app, WEEK, { weekStart: w }, club.athlete3.token);
    expect(sports(seen.weeklyPlan.published.sessions)).toEqual(expected);
    // a new draft of a published week starts as a copy of it, sports included
    const copy = await gqlOk(app, SAVE, { input: { athleteId: a, weekStart: w } }, club.coachB.token);
    expect(sports(copy.savePlanDraft.sessions)).toEqual(expected);
  });

  it("should keep a zone's scale: saved, read back, published, copied into the next draft", async () => {
    const a = club.athlete3.athleteId;
    const w = addDays(nextWeek, 7 * 11);
    const zone = (value: number, scale?: number) => ({ type: 'ZONE', value, ...(scale ? { scale } : {}) });
    const sessions = [
      { date: w, kind: 'RUN', minutes: 50, effort: zone(2, 5), purpose: 'Easy run', key: false },
      {
        date: addDays(w, 1),
        kind: 'RUN',
        minutes: 60,
        effort: zone(2, 3),
        intervals: {
          repeats: 4,
          workSeconds: 480,
          workEffort: zone(3, 3),
          recoverySeconds: 120,
          recoveryEffort: zone(1, 3),
        },
        purpose: 'Threshold 4 × 8 min',
        key: true,
      },
      { date: addDays(w, 2), kind: 'RUN', minutes: 40, effort: zone(2), purpose: 'Unsaid scale', key: false },
      { date: addDays(w, 3), kind: 'RUN', minutes: 40, effort: rpe(3), purpose: 'By feel', key: false },
    ];
    const d = await gqlOk(app, SAVE, { input: { athleteId: a, weekStart: w, sessions } }, club.coachB.token);
    type Read = {
      effort: { type: string; value: number; scale: number | null };
      intervals: { workEffort: { scale: number | null }; recoveryEffort: { scale: number | null } } | null;
    };
    const scales = (ss: Read[]) =>
      ss.map((x) => [
        x.effort.type,
        x.effort.value,
        x.effort.scale,
        x.intervals && [x.intervals.workEffort.scale, x.intervals.recoveryEffort.scale],
      ]);
    const expected = [
      ['ZONE', 2, 5, null],
      ['ZONE', 2, 3, [3, 3]],
      ['ZONE', 2, null, null],
      ['RPE', 3, null, null],
    ];
    expect(scales(d.savePlanDraft.sessions)).toEqual(expected);
    await gqlOk(
      app,
      PUBLISH,
      { input: { planId: d.savePlanDraft.id, expectedRevision: 1 } },
      club.coachB.token,
    );
    const seen = await gqlOk(app, WEEK, { weekStart: w }, club.athlete3.token);
    expect(scales(seen.weeklyPlan.published.sessions)).toEqual(expected);
    const copy = await gqlOk(app, SAVE, { input: { athleteId: a, weekStart: w } }, club.coachB.token);
    expect(scales(copy.savePlanDraft.sessions)).toEqual(expected);
  });

  it('should let only an assigned coach write plans', async () => {
    const a = club.athlete1.athleteId;
    const input = { athleteId: a, weekStart: addDays(nextWeek, 21), sessions: [] };
    expect(errorCode(await gql(app, SAVE, { input }, club.coachB.token))).toBe('FORBIDDEN');
    expect(errorReason(await gql(app, SAVE, { input }, club.athlete1.token))).toBe('COACH_ONLY');
    expect(errorReason(await gql(app, SAVE, { input }, club.admin.token))).toBe('COACH_ONLY');
    const other = await createClub(app);
    expect(errorCode(await gql(app, SAVE, { input }, other.coachA.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, WEEK, { athleteId: a }, club.athlete2.token))).toBe('FORBIDDEN');
  });

  it('should compute compliance without the days lost to illness or travel', async () => {
    const a = club.athlete3;
    const coach = club.coachB;
    const lastWeek = addDays(thisWeek, -7);
    const d = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: lastWeek, sessions: week(lastWeek) } },
      coach.token,
    );
    await gqlOk(app, PUBLISH, { input: { planId: d.savePlanDraft.id, expectedRevision: 1 } }, coach.token);
    const plan = d.savePlanDraft.sessions;
    // Monday easy run done; Tuesday key intervals done (linked); Thursday strength skipped; Saturday long run:
    // flu from Friday to Sunday (confirmed) — the long run does not count as missed.
    await gqlOk(app, LOG, { input: { date: lastWeek, kind: 'RUN', minutes: 40, srpe: 3 } }, a.token);
    await gqlOk(
      app,
      LOG,
      {
        input: {
          date: addDays(lastWeek, 1),
          kind: 'RUN',
          minutes: 62,
          srpe: 7,
          plannedSessionId: plan[1].id,
        },
      },
      a.token,
    );
    let c = await gqlOk(app, COMPLIANCE, { athleteId: a.athleteId, weekStart: lastWeek }, coach.token);
    expect(c.compliance).toMatchObject({
      plannedMinutes: 235,
      completedMinutes: 102,
      keySessionsPlanned: 2,
      keySessionsDone: 1,
      excludedDates: [],
    });
    expect(c.compliance.completionRate).toBeCloseTo(102 / 235, 3);
    await gqlOk(
      app,
      ADD_CONTEXT,
      {
        input: {
          kind: 'ILLNESS',
          startDate: addDays(lastWeek, 4),
          endDate: addDays(lastWeek, 6),
          note: 'flu',
        },
      },
      a.token,
    );
    c = await gqlOk(app, COMPLIANCE, { weekStart: lastWeek }, a.token);
    expect(c.compliance).toMatchObject({
      plannedMinutes: 135,
      completedMinutes: 102,
      keySessionsPlanned: 1,
      keySessionsDone: 1,
      excludedDates: [addDays(lastWeek, 4), addDays(lastWeek, 5), addDays(lastWeek, 6)],
      hasPublishedPlan: true,
    });
    const none = await gqlOk(app, COMPLIANCE, { weekStart: addDays(thisWeek, 35) }, a.token);
    expect(none.compliance).toMatchObject({
      hasPublishedPlan: false,
      plannedMinutes: 0,
      completionRate: null,
    });
    expect(weekStartOf(lastWeek)).toBe(lastWeek);
  });

  it('should keep logs on their planned sessions when the week is published again', async () => {
    const a = club.athlete3;
    const coach = club.coachB;
    const w = addDays(thisWeek, -14);
    const LOGGED = `query($a: ID, $from: String, $to: String) { loggedSessions(athleteId: $a, from: $from, to: $to) { id date kind plannedSessionId } }`;
    const UPDATE = `mutation($input: UpdateLoggedSessionInput!) { updateLoggedSession(input: $input) { plannedSessionId } }`;
    // Version 1: the week, with an easy shakeout on Saturday before the key long run.
    const shakeout = {
      date: addDays(w, 5),
      kind: 'RUN',
      minutes: 25,
      effort: rpe(3),
      purpose: 'Shakeout',
      key: false,
    };
    const first = await gqlOk(
      app,
      SAVE,
      {
        input: {
          athleteId: a.athleteId,
          weekStart: w,
          sessions: [...week(w).slice(0, 4), shakeout, week(w)[4]],
        },
      },
      coach.token,
    );
    await gqlOk(
      app,
      PUBLISH,
      { input: { planId: first.savePlanDraft.id, expectedRevision: 1 } },
      coach.token,
    );
    const v1 = first.savePlanDraft.sessions as Array<{
      id: string;
      date: string;
      kind: string;
      key: boolean;
    }>;
    expect(v1.map((s) => [s.kind, s.key])).toEqual([
      ['RUN', false],
      ['RUN', true],
      ['REST', false],
      ['STRENGTH', false],
      ['RUN', false],
      ['RUN', true],
    ]);
    // The athlete logs Monday's run, Tuesday's key intervals, Thursday's strength and Saturday's shakeout from the plan
    // (each names its session). Then the coach republishes the week: Tuesday shortened, Thursday's strength made a
    // run, the shakeout dropped.
    for (const i of [0, 1, 3, 4]) {
      await gqlOk(
        app,
        LOG,
        { input: { date: v1[i].date, kind: v1[i].kind, minutes: 40, srpe: 5, plannedSessionId: v1[i].id } },
        a.token,
      );
    }
    const before = await gqlOk(app, COMPLIANCE, { athleteId: a.athleteId, weekStart: w }, coach.token);
    expect(before.compliance.keySessionsDone).toBe(1);
    const edited = week(w).map((s, i) =>
      i === 1 ? { ...s, minutes: 50 } : i === 3 ? { ...s, kind: 'RUN', purpose: 'Easy run' } : s,
    );
    const copy = await gqlOk(app, SAVE, { input: { athleteId: a.athleteId, weekStart: w } }, coach.token);
    const v2draft = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: w, expectedRevision: 1, sessions: edited } },
      coach.token,
    );
    expect(v2draft.savePlanDraft.id).toBe(copy.savePlanDraft.id);
    const v2 = (
      await gqlOk(
        app,
        PUBLISH,
        { input: { planId: v2draft.savePlanDraft.id, expectedRevision: 2 } },
        coach.token,
      )
    ).publishPlan.sessions as Array<{ id: string }>;
    // The intervals are still done: the logs follow their sessions into the new version (same day, kind and key
    // flag). The strength log keeps naming version 1's strength session, and the shakeout's log its shakeout: the
    // long run of its day is a key session, not the shakeout's successor, and is not done by it.
    const after = await gqlOk(app, COMPLIANCE, { athleteId: a.athleteId, weekStart: w }, coach.token);
    expect(after.compliance).toMatchObject({
      keySessionsPlanned: 2,
      keySessionsDone: 1,
      plannedMinutes: 225,
    });
    const logs = await gqlOk(app, LOGGED, { a: a.athleteId, from: w, to: addDays(w, 6) }, coach.token);
    expect(logs.loggedSessions.map(({ id: _id, ...l }: { id: string }) => l)).toEqual([
      { date: v1[0].date, kind: 'RUN', plannedSessionId: v2[0].id },
      { date: v1[1].date, kind: 'RUN', plannedSessionId: v2[1].id },
      { date: v1[3].date, kind: 'STRENGTH', plannedSessionId: v1[3].id },
      { date: v1[4].date, kind: 'RUN', plannedSessionId: v1[4].id },
    ]);
    // A client still holding version 1 names its long run: the log goes on the session that replaced it.
    const late = await gqlOk(
      app,
      `mutation($input: LogSessionInput!) { logSession(input: $input) { id plannedSessionId } }`,
      { input: { date: v1[5].date, kind: 'RUN', minutes: 95, srpe: 4, plannedSessionId: v1[5].id } },
      a.token,
    );
    expect(late.logSession.plannedSessionId).toBe(v2[4].id);
    // So does a correction naming it. A session of another athlete's plan is refused, and one of a draft (its
    // sessions are replaced on every save).
    const corrected = await gqlOk(
      app,
      UPDATE,
      { input: { id: late.logSession.id, minutes: 96, plannedSessionId: v1[5].id } },
      a.token,
    );
    expect(corrected.updateLoggedSession.plannedSessionId).toBe(v2[4].id);
    const other = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: club.athlete1.athleteId, weekStart: w, sessions: week(w) } },
      club.coachA.token,
    );
    const refused = await gql(
      app,
      UPDATE,
      { input: { id: late.logSession.id, plannedSessionId: other.savePlanDraft.sessions[1].id } },
      a.token,
    );
    expect(errorReason(refused)).toBe('PLANNED_SESSION_UNKNOWN');
    const draft = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: addDays(w, -7), sessions: week(addDays(w, -7)) } },
      coach.token,
    );
    const ofDraft = await gql(
      app,
      LOG,
      {
        input: {
          date: addDays(w, -6),
          kind: 'RUN',
          minutes: 50,
          srpe: 6,
          plannedSessionId: draft.savePlanDraft.sessions[1].id,
        },
      },
      a.token,
    );
    expect(errorReason(ofDraft)).toBe('PLANNED_SESSION_NOT_PUBLISHED');
    const done = await gqlOk(app, COMPLIANCE, { athleteId: a.athleteId, weekStart: w }, coach.token);
    expect(done.compliance.keySessionsDone).toBe(2);

    // Logs written before this rule (naming the superseded intervals) are moved by the migration.
    const db = app.get(DataSource);
    const tuesday = logs.loggedSessions[1].id;
    await db.query(`UPDATE logged_session SET planned_session_id = $2 WHERE id = $1`, [tuesday, v1[1].id]);
    expect(
      (await gqlOk(app, COMPLIANCE, { athleteId: a.athleteId, weekStart: w }, coach.token)).compliance
        .keySessionsDone,
    ).toBe(1);
    const runner = db.createQueryRunner();
    try {
      await new LogsFollowRepublishedSessions1796500000000().up(runner);
    } finally {
      await runner.release();
    }
    const migrated = await gqlOk(app, LOGGED, { a: a.athleteId, from: w, to: addDays(w, 6) }, coach.token);
    expect(migrated.loggedSessions.map((l: { plannedSessionId: string }) => l.plannedSessionId)).toEqual([
      v2[0].id,
      v2[1].id,
      v1[3].id,
      v1[4].id,
      v2[4].id,
    ]);

    // A log corrected to another kind than its session's is no longer that session done; the same kind keeps it.
    const [monday, tuesdayLog] = migrated.loggedSessions as Array<{ id: string }>;
    const recorrected = await gqlOk(
      app,
      UPDATE,
      { input: { id: monday.id, kind: 'CROSS_TRAINING' } },
      a.token,
    );
    expect(recorrected.updateLoggedSession.plannedSessionId).toBeNull();
    const same = await gqlOk(
      app,
      UPDATE,
      { input: { id: tuesdayLog.id, kind: 'RUN', minutes: 51 } },
      a.token,
    );
    expect(same.updateLoggedSession.plannedSessionId).toBe(v2[1].id);
  });

  it('should link every log to the newest published version when it races a republish of its week', async () => {
    // A club of its own: nothing else writes this athlete's week.
    const own = await createClub(app, 'UTC');
    const a = own.athlete1;
    const coach = own.coachA;
    const w = addDays(thisWeek, -7);
    const LOGGED = `query($a: ID, $from: String, $to: String) { loggedSessions(athleteId: $a, from: $from, to: $to) { minutes plannedSessionId } }`;
    type Session = { id: string; date: string; kind: string; key: boolean };
    const first = await gqlOk(
      app,
      SAVE,
      { input: { athleteId: a.athleteId, weekStart: w, sessions: week(w) } },
      coach.token,
    );
    let published: { version: number; sessions: Session[] } = (
      await gqlOk(
        app,
        PUBLISH,
        { input: { planId: first.savePlanDraft.id, expectedRevision: 1 } },
        coach.token,
      )
    ).publishPlan;
    const named: Session[] = []; // by round; the round's log has 30 + round minutes
    for (let round = 0; round < 16; round++) {
      // The next version waits as a draft (a copy of the published week): the publish itself is what races.
      const draft = (await gqlOk(app, SAVE, { input: { athleteId: a.athleteId, weekStart: w } }, coach.token))
        .savePlanDraft;
      const session = published.sessions.filter((s) => s.kind !== 'REST')[round % 4];
      named.push(session);
      // The log starts a little later in some rounds, so that it meets the publish at different points.
      const [, republished] = await Promise.all([
        new Promise((r) => setTimeout(r, (round % 4) * 3)).then(() =>
          gqlOk(
            app,
            LOG,
            {
              input: {
                date: session.date,
                kind: session.kind,
                minutes: 30 + round,
                srpe: 5,
                plannedSessionId: session.id,
              },
            },
            a.token,
          ),
        ),
        gqlOk(app, PUBLISH, { input: { planId: draft.id, expectedRevision: draft.revision } }, coach.token),
      ]);
      published = republished.publishPlan;
      expect(published.version).toBe(round + 2);
      // Every log so far, this round's included, is on the newest version's session of the day, kind and key flag
      // of the one it named: none left on a superseded version, none lost.
      const successor = (s: Session) =>
        published.sessions.find((p) => p.date === s.date && p.kind === s.kind && p.key === s.key)!.id;
      const logs = (await gqlOk(app, LOGGED, { a: a.athleteId, from: w, to: addDays(w, 6) }, coach.token))
        .loggedSessions as Array<{ minutes: number; plannedSessionId: string | null }>;
      expect(
        logs.map((l) => [l.minutes, l.plannedSessionId]).sort(([x], [y]) => Number(x) - Number(y)),
      ).toEqual(named.map((s, r) => [30 + r, successor(s)]));
    }
  });

  it('should keep a season of phases and mesocycles, version-checked and coach-edited', async () => {
    const a = club.athlete1.athleteId;
    const input = {
      athleteId: a,
      name: '2027 marathon season',
      phases: [
        { phase: 'PREPARATORY', startDate: '2027-01-04', endDate: '2027-05-30' },
        { phase: 'TRANSITION', startDate: '2026-12-01', endDate: '2027-01-03' },
        { phase: 'PRE_COMPETITION', startDate: '2027-05-31', endDate: '2027-08-22' },
        { phase: 'COMPETITION', startDate: '2027-08-23', endDate: '2027-09-19' },
      ],
      mesocycles: [
        { startDate: '2027-01-04', weeks: 6, focus: 'aerobic volume' },
        { startDate: '2027-02-15', weeks: 5, focus: 'hills/strength' },
      ],
    };
    // The first season, sent with expectedVersion null (a client that sends every field): null is no version.
    const created = await gqlOk(
      app,
      SAVE_SEASON,
      { input: { ...input, expectedVersion: null } },
      club.coachA.token,
    );
    expect(created.saveSeason.version).toBe(1);
    expect(created.saveSeason.phases.map((p: any) => p.phase)).toEqual([
      'TRANSITION',
      'PREPARATORY',
      'PRE_COMPETITION',
      'COMPETITION',
    ]);
    const stale = await gql(app, SAVE_SEASON, { input }, club.coachA.token);
    expect(errorReason(stale)).toBe('SEASON_VERSION_CONFLICT');
    const v2 = await gqlOk(
      app,
      SAVE_SEASON,
      { input: { ...input, expectedVersion: 1, name: 'Renamed' } },
      club.coachA.token,
    );
    expect(v2.saveSeason).toMatchObject({ version: 2, name: 'Renamed' });
    const mine = await gqlOk(app, SEASON, {}, club.athlete1.token);
    expect(mine.season.mesocycles.map((m: any) => m.focus)).toEqual(['aerobic volume', 'hills/strength']);
    const overlap = {
      ...input,
      expectedVersion: 2,
      phases: [input.phases[0], { phase: 'COMPETITION', startDate: '2027-05-01', endDate: '2027-06-01' }],
    };
    expect(errorReason(await gql(app, SAVE_SEASON, { input: overlap }, club.coachA.token))).toBe(
      'PHASES_OVERLAP',
    );
    expect(
      errorCode(
        await gql(
          app,
          SAVE_SEASON,
          {
            input: {
              ...input,
              phases: [{ phase: 'OFFSEASON', startDate: '2027-01-01', endDate: '2027-01-02' }],
            },
          },
          club.coachA.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await gql(app, SAVE_SEASON, { input: { ...input, expectedVersion: 2 } }, club.coachB.token)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, SEASON, { athleteId: a }, club.athlete2.token))).toBe('FORBIDDEN');
  });
});
