import '../helpers/trust-proxy-env';
import { INestApplication, Logger } from '@nestjs/common';
import request from 'supertest';
import { readFileSync } from 'fs';
import { join } from 'path';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { addMember, createClub, createOrganization, PASSWORD, uniqueEmail } from '../helpers/factories';
import { AuthService } from '../../apps/api/src/auth/auth.service';
import { LoginRateLimiter } from '../../apps/api/src/auth/login-rate-limiter';
import { AppConfigService } from '../../apps/api/src/config/app-config.service';
import { DataSource } from 'typeorm';
import { baseUrl, connectChat, createListeningChatApp, request as ask } from '../helpers/socket-client';

/**
 * The findings of the outside security review (issue #15), one test each, through the real HTTP stack.
 * The authorisation matrix and the leak scan are in authorisation-matrix.e2e-spec.ts.
 */
describe('Security hardening (e2e)', () => {
  let app: INestApplication;
  let club: Awaited<ReturnType<typeof createClub>>;

  beforeAll(async () => {
    app = await createListeningChatApp();
    club = await createClub(app);
  });
  afterAll(() => app.close());

  describe('1. the cost limit prices real work', () => {
    const aliases = (n: number, field: string) =>
      Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

    it('should refuse 500 aliases of athleteReview before running a single review', async () => {
      const q = `query($id: ID!) { ${aliases(500, 'athleteReview(athleteId: $id) { status }')} }`;
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set('authorization', `Bearer ${club.coachA.token}`)
        .send({ query: q, variables: { id: club.athlete1.athleteId } });
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].extensions.reason).toBe('TOO_MANY_ROOT_FIELDS');
      expect(res.body.data ?? null).toBeNull();
      // Refused before it ran a single statement (this request's own count, Server-Timing's sql: background work
      // such as a review job may run queries meanwhile, and a process-wide count would include them).
      expect(String(res.headers['server-timing'])).toMatch(/sql;desc="0"/);
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

    it('should read the stored queue at a page’s cost, without counting engine runs', async () => {
      const q = `{ ${aliases(3, 'reviewQueue(first: 100) { items { status } }')} }`;
      const res = await gql(app, q, {}, club.coachA.token);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('2. pagination arguments are validated before costing', () => {
    it('should refuse reviewQueue(first: -100000) instead of taking it as a discount', async () => {
      const thirty = Array.from(
        { length: 30 },
        (_, i) => `q${i}: reviewQueue(first: 100) { items { status } }`,
      );
      const res = await gql(
        app,
        `{ cheap: reviewQueue(first: -100000) { items { status } } ${thirty.join(' ')} }`,
        {},
        club.coachA.token,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorReason(res)).toBe('INVALID_PAGINATION');
    });

    it.each([
      ['reviewQueue', 'query($n: Int!) { reviewQueue(first: $n) { items { status } } }'],
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

  describe('5. NUL characters are refused in every input, as BAD_USER_INPUT', () => {
    const NUL = '\u0000';
    const expectNul = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => {
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    };

    it('should refuse them in GraphQL variables: organization names, notes, races, intake goals', async () => {
      expectNul(
        await gql(
          app,
          `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { accessToken } }`,
          {
            i: {
              name: `Club${NUL}`,
              timezone: 'Europe/Oslo',
              admin: { email: uniqueEmail('nul'), name: 'N', password: PASSWORD },
            },
          },
        ),
      );
      expectNul(
        await gql(
          app,
          `mutation($i: AddNoteInput!) { addNote(input: $i) { id } }`,
          { i: { athleteId: club.athlete1.athleteId, body: `hidden${NUL}text`, visibility: 'COACHES_ONLY' } },
          club.coachA.token,
        ),
      );
      expectNul(
        await gql(
          app,
          `mutation($i: AddRaceInput!) { addRace(input: $i) { id } }`,
          {
            i: {
              name: `Race${NUL}`,
              date: '2027-06-01',
              priority: 'A',
              kind: 'marathon',
              expectedMinutes: 200,
            },
          },
          club.athlete1.token,
        ),
      );
      const intake = {
        yearsRunning: 3,
        typicalWeeklyHours: 4,
        longestRecentSessionMinutes: 90,
        injuryHistory: 'none',
        strengths: ['hills'],
        weaknesses: [`speed${NUL}`],
        availabilityMinutes: [30, 30, 30, 30, 30, 60, 60],
        lifeConstraints: 'none',
        goals: 'a marathon',
        upcomingRaces: [],
      };
      const res = await gql(
        app,
        `mutation($i: SubmitIntakeInput!) { submitIntake(input: $i) { id } }`,
        { i: intake },
        club.athlete2.token,
      );
      expectNul(res);
      expect(res.errors?.[0]?.extensions?.details).toEqual({ path: 'input.weaknesses[0]' });
    });

    it('should refuse them written into the query text as an escape', async () => {
      expectNul(
        await gql(
          app,
          `mutation { addNote(input: { athleteId: "${club.athlete1.athleteId}", body: "a\\u0000b", visibility: SHARED }) { id } }`,
          {},
          club.coachA.token,
        ),
      );
    });

    it('should refuse them in socket payloads with a BAD_USER_INPUT ack', async () => {
      const list = await gqlOk(app, `{ conversations { id kind } }`, {}, club.athlete1.token);
      const direct = list.conversations.find((c: { kind: string }) => c.kind === 'DIRECT');
      const socket = await connectChat(baseUrl(app), club.athlete1.token);
      try {
        const ack = await ask(socket, 'message:send', {
          conversationId: direct.id,
          clientMessageId: 'c0ffee00-0000-4000-8000-000000000001',
          body: `hello${NUL}`,
        });
        expect(ack).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' } });
      } finally {
        socket.close();
      }
    });

    it('should refuse them in an uploaded file’s metadata', async () => {
      const gpx = readFileSync(join(__dirname, '../fixtures/activities/run-with-hr.gpx'));
      // A raw NUL in a part header is refused by the multipart parser itself; RFC 5987 encoding carries one.
      const boundary = 'coachline-nul-boundary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''run%00.gpx\r\n` +
            `Content-Type: application/gpx+xml\r\n\r\n`,
        ),
        gpx,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const res = await request(app.getHttpServer())
        .post(`/athletes/${club.athlete1.athleteId}/activity-files`)
        .set('authorization', `Bearer ${club.athlete1.token}`)
        .set('content-type', `multipart/form-data; boundary=${boundary}`)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' });
    });
  });

  describe('6. a body over the limit', () => {
    it('should answer 413 with a code, for GraphQL and for REST, and log it as a client error', async () => {
      const errors = jest.spyOn(Logger.prototype, 'error');
      try {
        const big = JSON.stringify({
          query: '{ me { roles } }',
          variables: { pad: 'x'.repeat(1024 * 1024) },
        });
        const res = await request(app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${club.admin.token}`)
          .send(big);
        expect(res.status).toBe(413);
        expect(res.body.errors[0].extensions).toEqual({
          code: 'BAD_USER_INPUT',
          reason: 'PAYLOAD_TOO_LARGE',
        });
        const rest = await request(app.getHttpServer())
          .post(`/athletes/${club.athlete1.athleteId}/activity-files`)
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${club.athlete1.token}`)
          .send(big);
        expect(rest.status).toBe(413);
        expect(rest.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });
        // Just under the limit is still served.
        const fits = await request(app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${club.admin.token}`)
          .send({ query: '{ me { roles } }', variables: { pad: 'x'.repeat(1000 * 1000) } });
        expect(fits.status).toBe(200);
        expect(errors).not.toHaveBeenCalled();
      } finally {
        errors.mockRestore();
      }
    });

    it('should answer malformed JSON with 400 BAD_USER_INPUT', async () => {
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send('{"query": ');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_JSON' });
    });
  });

  describe('7. access tokens end with their session', () => {
    const ME = '{ me { user { id } } }';
    const login = async (email: string) =>
      (
        await gqlOk(app, `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`, {
          i: { email, password: PASSWORD },
        })
      ).login as { accessToken: string; refreshToken: string };
    const logout = (refreshToken: string) =>
      gqlOk(app, `mutation($i: LogoutInput!) { logout(input: $i) }`, { i: { refreshToken } });

    it('should refuse an access token after logout, on GraphQL, REST and new sockets', async () => {
      const s = await login(club.coachB.email);
      expect((await gql(app, ME, {}, s.accessToken)).errors).toBeUndefined();
      await logout(s.refreshToken);
      const res = await gql(app, ME, {}, s.accessToken);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(errorReason(res)).toBe('SESSION_REVOKED');
      const rest = await request(app.getHttpServer())
        .post(`/athletes/${club.athlete3.athleteId}/activity-files`)
        .set('authorization', `Bearer ${s.accessToken}`);
      expect(rest.status).toBe(401);
      await expect(connectChat(baseUrl(app), s.accessToken)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' },
      });
    });

    it('should end the whole session when a refresh token is replayed', async () => {
      const s = await login(club.coachB.email);
      const next = (
        await gqlOk(
          app,
          `mutation($i: RefreshTokensInput!) { refreshTokens(input: $i) { accessToken refreshToken } }`,
          { i: { refreshToken: s.refreshToken } },
        )
      ).refreshTokens;
      expect((await gql(app, ME, {}, next.accessToken)).errors).toBeUndefined();
      const replay = await gql(
        app,
        `mutation($i: RefreshTokensInput!) { refreshTokens(input: $i) { accessToken } }`,
        { i: { refreshToken: s.refreshToken } },
      );
      expect(errorReason(replay)).toBe('REFRESH_TOKEN_REUSED');
      for (const token of [s.accessToken, next.accessToken]) {
        expect(errorReason(await gql(app, ME, {}, token))).toBe('SESSION_REVOKED');
      }
    });

    it('should end the open sockets of that session at once, and only those', async () => {
      const s = await login(club.coachB.email);
      const other = await login(club.coachB.email);
      const url = baseUrl(app);
      const ending = await connectChat(url, s.accessToken);
      const staying = await connectChat(url, other.accessToken);
      try {
        const ended = new Promise((resolve) => ending.once('session:ended', resolve));
        const disconnected = new Promise((resolve) => ending.once('disconnect', resolve));
        await logout(s.refreshToken);
        expect(await ended).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
        expect(await disconnected).toBe('io server disconnect');
        const ack = await ask(staying, 'conversation:list', {});
        expect(ack.ok).toBe(true);
      } finally {
        ending.close();
        staying.close();
      }
    });

    it('should refuse a token without exp, and one without its session', async () => {
      const jwt = await import('jsonwebtoken');
      const secret = process.env.JWT_SECRET as string;
      const sid = (jwt.decode(club.admin.token) as { sid: string }).sid;
      const base = { subject: club.admin.userId, issuer: 'coachline', algorithm: 'HS256' as const };
      const forever = jwt.sign({ org: club.admin.organizationId, sid, typ: 'access' }, secret, base);
      expect(errorReason(await gql(app, ME, {}, forever))).toBe('TOKEN_INVALID');
      const noSession = jwt.sign({ org: club.admin.organizationId, typ: 'access' }, secret, {
        ...base,
        expiresIn: 600,
      });
      expect(errorReason(await gql(app, ME, {}, noSession))).toBe('TOKEN_INVALID');
      await expect(connectChat(baseUrl(app), forever)).rejects.toMatchObject({
        data: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' },
      });
    });
  });

  describe('9. a revoked membership ends open sockets at once', () => {
    it('should end the member’s open socket and refuse their token (AuthService.revokeMembership)', async () => {
      const admin = await createOrganization(app);
      const coach = await addMember(app, admin, 'COACH');
      const socket = await connectChat(baseUrl(app), coach.token);
      try {
        const ended = new Promise((resolve) => socket.once('session:ended', resolve));
        const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
        await app.get(AuthService).revokeMembership(coach.userId, coach.organizationId);
        expect(await ended).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MEMBERSHIP_REVOKED' });
        expect(await disconnected).toBe('io server disconnect');
        expect(errorReason(await gql(app, '{ me { roles } }', {}, coach.token))).toBe('MEMBERSHIP_REVOKED');
        const refresh = await gql(
          app,
          `mutation($i: RefreshTokensInput!) { refreshTokens(input: $i) { accessToken } }`,
          { i: { refreshToken: coach.refreshToken } },
        );
        expect(errorCode(refresh)).toBe('UNAUTHENTICATED');
      } finally {
        socket.close();
      }
    });
  });

  describe('8. a lockout does not lock out the account’s own client', () => {
    const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
    const from = (ip: string, email: string, password: string) =>
      gql(app, LOGIN, { i: { email, password } }, undefined, { 'x-forwarded-for': ip });

    it('should let a client that signed in before in with the right password while others are locked out', async () => {
      const admin = await createOrganization(app);
      const owner = '198.51.100.7';
      expect((await from(owner, admin.email, PASSWORD)).errors).toBeUndefined();
      const max = app.get(AppConfigService).loginLimits.maxFailuresPerAccount;
      for (let i = 0; i <= max; i++) await from('203.0.113.66', admin.email, `guess-${i}-password`);
      // The attacker, and a client never seen before, are refused even with the right password ...
      const attacker = await from('203.0.113.66', admin.email, PASSWORD);
      expect(errorCode(attacker)).toBe('TOO_MANY_REQUESTS');
      expect(errorCode(await from('192.0.2.1', admin.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
      // ... the owner's usual client is not.
      expect((await from(owner, admin.email, PASSWORD)).errors).toBeUndefined();
      // A known client still has a budget of its own: wrong passwords from it lock it too.
      for (let i = 0; i < max; i++) await from(owner, admin.email, `typo-${i}-password`);
      expect(errorCode(await from(owner, admin.email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    });

    it('should give the real remaining wait: the end of the latest window that refuses', async () => {
      const limits = { maxFailuresPerAccount: 2, maxAttemptsPerIp: 3, windowSeconds: 60 };
      const limiter = new LoginRateLimiter(
        { loginLimits: limits } as unknown as AppConfigService,
        app.get(DataSource),
      );
      const ip = `ip-${Date.now()}-${Math.random()}`;
      const T = Date.now();
      // The address's window opens at T (ends T+60 s), the account's at T+30 s (ends T+90 s).
      for (let i = 0; i < 3; i++) await limiter.checkAndCount(`other-${i}-${ip}`, ip, T);
      const account = `victim-${ip}`;
      await limiter.reserveAttempt(account, T + 30_000);
      await limiter.reserveAttempt(account, T + 30_000);
      // At T+40 s both refuse: the address for 20 s more, the account for 50 s more.
      const refused = await limiter.checkAndCount(account, ip, T + 40_000).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'LOGIN_RATE_LIMITED', details: { retryAfterSeconds: 50 } });
      expect((refused as Error).message).toMatch(/try again in 50 s/);
    });
  });

  describe('10. CORS allows the app’s own origin, and no other with credentials', () => {
    const preflight = (origin: string) =>
      request(app.getHttpServer())
        .options('/graphql')
        .set('origin', origin)
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'content-type,authorization');

    it('should answer the app’s own origin (PUBLIC_URL) with itself and credentials', async () => {
      const own = new URL(app.get(AppConfigService).publicUrl).origin;
      const res = await preflight(own);
      expect(res.headers['access-control-allow-origin']).toBe(own);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
    });

    it('should give any other origin no CORS headers, on HTTP and on the socket transport', async () => {
      const res = await preflight('https://evil.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      const post = await request(app.getHttpServer())
        .post('/graphql')
        .set('origin', 'https://evil.example')
        .set('content-type', 'application/json')
        .send({ query: '{ __typename }' });
      expect(post.headers['access-control-allow-origin']).toBeUndefined();
      expect(post.headers['access-control-allow-credentials']).toBeUndefined();
      const polling = await fetch(`${baseUrl(app)}/socket.io/?EIO=4&transport=polling`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(polling.headers.get('access-control-allow-origin')).toBeNull();
      expect(polling.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  describe('11. behind a proxy (TRUST_PROXY)', () => {
    it('should budget logins by the client address the trusted proxy forwards', async () => {
      const db = app.get(DataSource);
      const client = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
      await gql(
        app,
        `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
        { i: { email: uniqueEmail('nobody'), password: 'wrong-password-here' } },
        undefined,
        { 'x-forwarded-for': `${client}` },
      );
      const rows = await db.query(`SELECT count FROM rate_limit_window WHERE key = $1`, [`ip:${client}`]);
      expect(rows).toEqual([{ count: expect.any(Number) }]);
    });
  });
});
