import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, queryCounter } from '../helpers/test-app';
import { errorCode, errorReason, gql } from '../helpers/graphql';
import { createClub } from '../helpers/factories';

/**
 * The findings of the outside security review (issue #15), one test each, through the real HTTP stack.
 * The authorisation matrix and the leak scan are in authorisation-matrix.e2e-spec.ts.
 */
describe('Security hardening (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;

  beforeAll(async () => {
    app = await createTestApp();
    club = await createClub(app);
  });
  afterAll(() => app.close());

  describe('1. the cost limit prices real work', () => {
    const aliases = (n: number, field: string) =>
      Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

    it('should refuse 500 aliases of athleteReview before running a single review', async () => {
      const q = `query($id: ID!) { ${aliases(500, 'athleteReview(athleteId: $id) { status }')} }`;
      queryCounter.reset();
      const res = await gql(app, q, { id: club.athlete1.athleteId }, club.coachA.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe('TOO_MANY_ROOT_FIELDS');
      expect(res.data ?? null).toBeNull();
      // Authentication reads the session and the membership; no review data is loaded.
      expect(queryCounter.recent.some((q) => /check_in|logged_session/.test(q))).toBe(false);
    });

    it('should answer a refused operation with HTTP 400 and no trace of the limit plumbing', async () => {
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${club.coachA.token}`)
        .send({ query: `{ ${aliases(21, 'me { roles }')} }` });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_MANY_ROOT_FIELDS',
        max: 20,
      });
    });

    it('should refuse 20 reviews when each is priced at what it costs', async () => {
      const q = `query($id: ID!) { ${aliases(20, 'athleteReview(athleteId: $id) { status components { component status summary evidence { key value } } suggestions { id kind rationale evidence { key value } } }')} }`;
      const res = await gql(app, q, { id: club.athlete1.athleteId }, club.coachA.token);
      expect(errorReason(res)).toBe('QUERY_TOO_COSTLY');
    });

    it('should still answer a few reviews in one request', async () => {
      const q = `query($id: ID!) { ${aliases(3, 'athleteReview(athleteId: $id) { status }')} }`;
      const res = await gql(app, q, { id: club.athlete1.athleteId }, club.coachA.token);
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data ?? {})).toHaveLength(3);
    });

    it('should cap the engine runs of one request', async () => {
      const q = `{ ${aliases(3, 'reviewQueue(first: 200) { status }')} }`;
      const res = await gql(app, q, {}, club.coachA.token);
      expect(errorReason(res)).toBe('TOO_MANY_ENGINE_RUNS');
    });
  });

  describe('2. pagination arguments are validated before costing', () => {
    it('should refuse reviewQueue(first: -100000) instead of taking it as a discount', async () => {
      const thirty = Array.from({ length: 30 }, (_, i) => `q${i}: reviewQueue(first: 200) { status }`);
      const res = await gql(
        app,
        `{ cheap: reviewQueue(first: -100000) { status } ${thirty.join(' ')} }`,
        {},
        club.coachA.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe('INVALID_PAGINATION');
    });

    it.each([
      ['reviewQueue', 'query($n: Int!) { reviewQueue(first: $n) { status } }'],
      ['notes', 'query($n: Int!, $a: ID!) { notes(athleteId: $a, first: $n) { id } }'],
      ['roster', 'query($n: Int!) { roster(first: $n) { nodes { id } } }'],
      ['messages', 'query($n: Int!, $c: ID!) { messages(conversationId: $c, limit: $n) { hasMore } }'],
    ])('should answer a zero or negative page size of %s with BAD_USER_INPUT', async (_name, q) => {
      for (const n of [0, -1]) {
        const res = await gql(
          app,
          q,
          { n, a: club.athlete1.athleteId, c: club.athlete1.athleteId },
          club.coachA.token,
        );
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(errorReason(res)).toBe('INVALID_PAGINATION');
      }
    });
  });
});
