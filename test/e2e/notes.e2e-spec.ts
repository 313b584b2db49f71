import { INestApplication } from '@nestjs/common';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

const ADD = `mutation($input: AddNoteInput!) { addNote(input: $input) { id body visibility version authorName } }`;
const UPDATE = `mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id body visibility version } }`;
const NOTES = `query($athleteId: ID!) { notes(athleteId: $athleteId) { id body visibility } }`;
const PAGE = `query($athleteId: ID!, $first: Int, $before: ID) {
  notes(athleteId: $athleteId, first: $first, before: $before) { id body }
}`;

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

  it('should page notes newest first, a page at a time, and never page through a note the reader cannot see', async () => {
    const a = club.athlete3.athleteId;
    const written: { id: string; visibility: string }[] = [];
    for (let i = 1; i <= 5; i++) {
      const visibility = i === 3 ? 'COACHES_ONLY' : 'SHARED';
      const r = await gqlOk(
        app,
        ADD,
        { input: { athleteId: a, body: `note ${i}`, visibility } },
        club.coachB.token,
      );
      written.push({ id: r.addNote.id, visibility });
    }
    const newestFirst = written.map((n) => n.id).reverse();

    // the coach (B, Cleo's) pages through all five, two at a time, newest first
    const pages: string[][] = [];
    let before: string | undefined;
    for (;;) {
      const page = (await gqlOk(app, PAGE, { athleteId: a, first: 2, before }, club.coachB.token)).notes;
      if (page.length === 0) break;
      pages.push(page.map((n: any) => n.id));
      before = page[page.length - 1].id;
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(newestFirst);

    // the athlete sees the four shared ones in the same order; the coaches-only note is not a cursor for them
    const athleteView = written
      .filter((n) => n.visibility === 'SHARED')
      .map((n) => n.id)
      .reverse();
    const p1 = (await gqlOk(app, PAGE, { athleteId: a, first: 3 }, club.athlete3.token)).notes;
    expect(p1.map((n: any) => n.id)).toEqual(athleteView.slice(0, 3));
    const p2 = (await gqlOk(app, PAGE, { athleteId: a, first: 3, before: p1[2].id }, club.athlete3.token))
      .notes;
    expect(p2.map((n: any) => n.id)).toEqual(athleteView.slice(3));
    const hidden = written[2].id;
    const viaHidden = await gql(app, PAGE, { athleteId: a, before: hidden }, club.athlete3.token);
    expect(errorReason(viaHidden)).toBe('INVALID_CURSOR');
    // a note of another athlete is no cursor either, nor is an unknown id
    const other = await gqlOk(
      app,
      ADD,
      { input: { athleteId: club.athlete1.athleteId, body: 'elsewhere', visibility: 'SHARED' } },
      club.coachA.token,
    );
    for (const cursor of [other.addNote.id, '00000000-0000-4000-8000-000000000000']) {
      const r = await gql(app, PAGE, { athleteId: a, before: cursor }, club.coachB.token);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(errorReason(r)).toBe('INVALID_CURSOR');
    }
    // page sizes outside 1–200 and malformed ids are refused
    for (const vars of [{ first: 0 }, { first: 201 }, { before: 'not-a-uuid' }]) {
      expect(errorCode(await gql(app, PAGE, { athleteId: a, ...vars }, club.coachB.token))).toBe(
        'BAD_USER_INPUT',
      );
    }
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
