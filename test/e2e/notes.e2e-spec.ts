import { INestApplication } from '@nestjs/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const ADD = `mutation($input: AddNoteInput!) { addNote(input: $input) { id body visibility version authorName } }`;
const UPDATE = `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id body visibility version } }`;
const NOTES = `query($athleteId: ID!) { notes(athleteId: $athleteId) { id body visibility } }`;

describe('Coach notes (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;
  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app);
  });
  afterAll(() => app.close());

  it('should never show a coaches-only note to the athlete, by any path', async () => {
    const a = club.athlete1.athleteId;
    const secret = await gqlOk(
      app,
      ADD,
      { input: { athleteId: a, body: 'Watch the knee; she downplays pain', visibility: 'COACHES_ONLY' } },
      club.coachA.token,
    );
    const shared = await gqlOk(
      app,
      ADD,
      { input: { athleteId: a, body: 'Great consistency this block!', visibility: 'SHARED' } },
      club.coachA.token,
    );
    expect(secret.addNote.authorName).toBe('Coach Alpha');

    const mine = await gqlOk(app, NOTES, { athleteId: a }, club.athlete1.token);
    expect(mine.notes.map((n: any) => n.id)).toEqual([shared.addNote.id]);
    // the athlete cannot reach it by editing either (it does not exist for them)
    const edit = await gql(
      app,
      UPDATE,
      { input: { noteId: secret.addNote.id, expectedVersion: 1, body: 'x' } },
      club.athlete1.token,
    );
    expect(errorCode(edit)).toBe('NOT_FOUND');
    // coaches and admins see both
    for (const actor of [club.coachA, club.admin]) {
      const seen = await gqlOk(app, NOTES, { athleteId: a }, actor.token);
      expect(seen.notes.map((n: any) => n.id).sort()).toEqual([secret.addNote.id, shared.addNote.id].sort());
    }
    // switching a note to coaches-only hides it from the athlete at once
    await gqlOk(
      app,
      UPDATE,
      { input: { noteId: shared.addNote.id, expectedVersion: 1, visibility: 'COACHES_ONLY' } },
      club.coachA.token,
    );
    expect((await gqlOk(app, NOTES, { athleteId: a }, club.athlete1.token)).notes).toEqual([]);
  });

  it('should keep notes away from other athletes, other coaches and other organizations', async () => {
    const a = club.athlete1.athleteId;
    expect(errorCode(await gql(app, NOTES, { athleteId: a }, club.athlete2.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, NOTES, { athleteId: a }, club.coachB.token))).toBe('FORBIDDEN');
    const other = await createClub(app);
    expect(errorCode(await gql(app, NOTES, { athleteId: a }, other.admin.token))).toBe('NOT_FOUND');
    const add = await gql(
      app,
      ADD,
      { input: { athleteId: a, body: 'x', visibility: 'SHARED' } },
      club.coachB.token,
    );
    expect(errorCode(add)).toBe('FORBIDDEN');
    const self = await gql(
      app,
      ADD,
      { input: { athleteId: a, body: 'x', visibility: 'SHARED' } },
      club.athlete1.token,
    );
    expect(errorReason(self)).toBe('STAFF_ONLY');
  });

  it('should detect concurrent edits with the version and let only the author edit', async () => {
    const a = club.athlete2.athleteId;
    const n = await gqlOk(
      app,
      ADD,
      { input: { athleteId: a, body: 'v1', visibility: 'SHARED' } },
      club.coachA.token,
    );
    const id = n.addNote.id;
    const v2 = await gqlOk(
      app,
      UPDATE,
      { input: { noteId: id, expectedVersion: 1, body: 'v2' } },
      club.coachA.token,
    );
    expect(v2.updateNote.version).toBe(2);
    const stale = await gql(
      app,
      UPDATE,
      { input: { noteId: id, expectedVersion: 1, body: 'lost update' } },
      club.coachA.token,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await gqlOk(app, NOTES, { athleteId: a }, club.coachA.token)).notes[0].body).toBe('v2');
    const nulls = await gql(
      app,
      UPDATE,
      { input: { noteId: id, expectedVersion: 2, body: null, visibility: null } },
      club.coachA.token,
    );
    expect(errorReason(nulls)).toBe('EMPTY_UPDATE');
    const byAdmin = await gql(
      app,
      UPDATE,
      { input: { noteId: id, expectedVersion: 2, body: 'x' } },
      club.admin.token,
    );
    expect(errorReason(byAdmin)).toBe('NOTE_AUTHOR_ONLY');
  });

  it('should reject bad note input and write nothing', async () => {
    const a = club.athlete2.athleteId;
    const before = (await gqlOk(app, NOTES, { athleteId: a }, club.coachA.token)).notes.length;
    for (const input of [
      { athleteId: a, body: '', visibility: 'SHARED' },
      { athleteId: a, body: 'x'.repeat(10_001), visibility: 'SHARED' },
      { athleteId: a, body: 'x', visibility: 'PUBLIC' },
      { athleteId: 'nope', body: 'x', visibility: 'SHARED' },
    ]) {
      expect(errorCode(await gql(app, ADD, { input }, club.coachA.token))).toBe('BAD_USER_INPUT');
    }
    expect((await gqlOk(app, NOTES, { athleteId: a }, club.coachA.token)).notes.length).toBe(before);
  });
});
