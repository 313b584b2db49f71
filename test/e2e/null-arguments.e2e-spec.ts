import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays } from '@app/common';
import { createClub } from '../helpers/factories';
import { gqlOk } from '../helpers/graphql';
import { createTestApp } from '../helpers/test-app';
import { writeSteadyHistory } from '../helpers/training-history';

/**
 * A client generated from the schema sends every optional argument, null where it has no value (the web app sends
 * `expectedRevision: null` for a week with no draft). A nullable argument sent as null means what omitting it means:
 * no week given is the coming week, no "before" is the newest, no result is no result. (Each of these had been
 * read as a value: WEEK_START_NOT_MONDAY for a null week, RACE_NOT_RUN_YET for a null result.)
 */
describe('Nullable arguments sent as null (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  let today: string;

  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app, 'UTC');
    today = (await gqlOk(app, `{ athleteToday { date } }`, {}, club.athlete1.token)).athleteToday.date;
    const a = club.athlete1;
    await writeSteadyHistory(
      app.get(DataSource),
      { athleteId: a.athleteId!, orgId: a.organizationId, userId: a.userId },
      today,
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('should read a null week as the coming week: athleteReview and reviewQueue', async () => {
    const review = (
      await gqlOk(
        app,
        `query($a: ID!, $w: String) { athleteReview(athleteId: $a, weekStart: $w) { weekStart } }`,
        { a: club.athlete1.athleteId, w: null },
        club.coachA.token,
      )
    ).athleteReview;
    const omitted = (
      await gqlOk(
        app,
        `query($a: ID!) { athleteReview(athleteId: $a) { weekStart } }`,
        { a: club.athlete1.athleteId },
        club.coachA.token,
      )
    ).athleteReview;
    expect(review.weekStart).toBe(omitted.weekStart);
    const queue = (
      await gqlOk(
        app,
        `query($after: String, $status: [ReviewWorkflowStatus!], $w: String) {
          reviewQueue(first: 25, after: $after, status: $status, weekStart: $w) { weekStart items { athleteId } } }`,
        { after: null, status: null, w: null },
        club.coachA.token,
      )
    ).reviewQueue;
    expect(queue.weekStart).toBe(omitted.weekStart);
    expect(queue.items.map((i: any) => i.athleteId)).toContain(club.athlete1.athleteId);
  });

  it('should read a null "before" as the newest weeks: reviewHistory', async () => {
    const history = (
      await gqlOk(
        app,
        `query($a: ID!, $before: String, $first: Int) { reviewHistory(athleteId: $a, before: $before, first: $first) { weekStart } }`,
        { a: club.athlete1.athleteId, before: null, first: null },
        club.coachA.token,
      )
    ).reviewHistory;
    const omitted = (
      await gqlOk(
        app,
        `query($a: ID!) { reviewHistory(athleteId: $a) { weekStart } }`,
        { a: club.athlete1.athleteId },
        club.coachA.token,
      )
    ).reviewHistory;
    expect(history).toEqual(omitted);
  });

  it('should move a race not yet run with its other fields null: a null result is no result', async () => {
    const race = (
      await gqlOk(
        app,
        `mutation($input: AddRaceInput!) { addRace(input: $input) { id date } }`,
        {
          input: {
            date: addDays(today, 60),
            expectedMinutes: 50,
            kind: '10k',
            name: 'Autumn 10k',
            priority: 'B',
          },
        },
        club.athlete1.token,
      )
    ).addRace;
    const moved = (
      await gqlOk(
        app,
        `mutation($input: UpdateRaceInput!) { updateRace(input: $input) { id date name priority resultMinutes } }`,
        {
          input: {
            id: race.id,
            date: addDays(today, 67),
            name: null,
            priority: null,
            expectedMinutes: null,
            resultMinutes: null,
            resultNote: null,
          },
        },
        club.athlete1.token,
      )
    ).updateRace;
    expect(moved).toEqual({
      id: race.id,
      date: addDays(today, 67),
      name: 'Autumn 10k',
      priority: 'B',
      resultMinutes: null,
    });
  });
});
