import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoginRateLimiter } from '../../apps/api/src/auth/login-rate-limiter';
import { AppConfigService } from '../../apps/api/src/config/app-config.service';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { createOrganization, PASSWORD, uniqueEmail } from '../helpers/factories';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;

/** Small budgets for the limiter under test; the apps keep the e2e environment's. */
const limits = { maxFailuresPerAccount: 3, maxAttemptsPerIp: 5, windowSeconds: 60 };
const config = { loginLimits: limits } as unknown as AppConfigService;

const key = (what: string) => `${what}-${randomUUID()}`;

describe('Login rate limits, shared by every instance through PostgreSQL (e2e)', () => {
  let a: INestApplication;
  let b: INestApplication;
  let db: DataSource;
  /** A limiter with the small budgets above, on the same table the apps use. */
  let limiter: LoginRateLimiter;
  const T = Date.now();

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestApp(), createTestApp()]);
    db = a.get(DataSource);
    limiter = new LoginRateLimiter(config, db);
  });
  afterAll(() => Promise.all([a.close(), b.close()]));

  const window = async (k: string) =>
    (await db.query<Array<{ count: number }>>(`SELECT count FROM rate_limit_window WHERE key = $1`, [k]))[0];

  it('should lock an account on every instance after its failures on either (GraphQL login)', async () => {
    const admin = await createOrganization(a);
    const max = a.get(AppConfigService).loginLimits.maxFailuresPerAccount;
    for (let i = 0; i < max; i++) {
      const app = i % 2 === 0 ? a : b; // failures spread over both instances still add up
      const r = await gql(app, LOGIN, { input: { email: admin.email, password: `wrong-${i}-password` } });
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
    }
    for (const app of [a, b]) {
      const blocked = await gql(app, LOGIN, { input: { email: admin.email, password: PASSWORD } });
      expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].extensions?.details).toMatchObject({
        retryAfterSeconds: expect.any(Number),
      });
    }
  });

  it('should let no more concurrent guesses through than the limit, across instances', async () => {
    const admin = await createOrganization(a);
    const max = a.get(AppConfigService).loginLimits.maxFailuresPerAccount;
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        gql(i % 2 ? a : b, LOGIN, { input: { email: admin.email, password: `guess-${i}-password` } }),
      ),
    );
    const codes = results.map(errorCode);
    // Every guess was wrong; only `max` of them may have had their password checked.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(max);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(16 - max);
  });

  it('should start an account again from zero after a successful login', async () => {
    const admin = await createOrganization(a);
    const max = a.get(AppConfigService).loginLimits.maxFailuresPerAccount;
    for (let i = 0; i < max - 1; i++) {
      await gql(a, LOGIN, { input: { email: admin.email, password: `wrong-${i}-password` } });
    }
    await gqlOk(b, LOGIN, { input: { email: admin.email, password: PASSWORD } });
    for (let i = 0; i < max - 1; i++) {
      const r = await gql(a, LOGIN, { input: { email: admin.email, password: `again-${i}-password` } });
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
    }
    await gqlOk(a, LOGIN, { input: { email: admin.email, password: PASSWORD } });
  });

  it('should answer many concurrent acceptances of one invitation by an existing account, none hanging', async () => {
    // More requests than the pool has connections: the password check must not need a second connection
    // while the invitation's row is locked (it used to, and the instance stopped answering).
    const owner = await createOrganization(a);
    const other = await createOrganization(a);
    const { token } = (
      await gqlOk(a, INVITE, { input: { email: owner.email, name: 'Owner', role: 'COACH' } }, other.token)
    ).inviteMember;
    const results = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        gql(a, ACCEPT, { input: { token, password: `not-the-password-${i}` } }),
      ),
    );
    const reasons = results.map(errorReason);
    expect(
      reasons.every((r) => r === 'EXISTING_ACCOUNT_PASSWORD_REQUIRED' || r === 'LOGIN_RATE_LIMITED'),
    ).toBe(true);
    expect(reasons.filter((r) => r === 'EXISTING_ACCOUNT_PASSWORD_REQUIRED').length).toBeLessThanOrEqual(
      a.get(AppConfigService).loginLimits.maxFailuresPerAccount,
    );
    // The instance still answers.
    await expect(gqlOk(a, `{ me { user { id } } }`, {}, owner.token)).resolves.toBeDefined();
  });

  it('should count every attempt against the IP and the account before the password is checked', async () => {
    const account = key('a@x');
    for (let i = 0; i < limits.maxFailuresPerAccount; i++) {
      await limiter.checkAndCount(account, key('ip'), T);
    }
    await expect(limiter.checkAndCount(account, key('ip'), T + 1000)).rejects.toThrow(
      /Too many login attempts; try again in 59 s/,
    );
    await expect(limiter.checkAndCount(key('b@x'), key('ip'), T + 1000)).resolves.toBeUndefined();
    // The window ends: the next attempt starts a new one at 1.
    await expect(limiter.checkAndCount(account, key('ip'), T + 61_000)).resolves.toBeUndefined();
    expect(await window(`account:${account}`)).toEqual({ count: 1 });
  });

  it('should block an IP that tries many accounts, and only that IP', async () => {
    const ip = key('1.2.3.4');
    for (let i = 0; i < limits.maxAttemptsPerIp; i++) await limiter.checkAndCount(key('u@x'), ip, T);
    await expect(limiter.checkAndCount(key('u@x'), ip, T)).rejects.toThrow(/Too many login attempts/);
    await expect(limiter.checkAndCount(key('u@x'), key('5.6.7.8'), T)).resolves.toBeUndefined();
  });

  it('should share the account budget between logins and other password checks, and clear it on success', async () => {
    const account = key('a@x');
    await limiter.checkAndCount(account, key('ip'), T);
    for (let i = 1; i < limits.maxFailuresPerAccount; i++) await limiter.reserveAttempt(account, T);
    await expect(limiter.reserveAttempt(account, T)).rejects.toThrow(/Too many login attempts/);
    await limiter.recordSuccess(account);
    await expect(limiter.reserveAttempt(account, T)).resolves.toBeUndefined();
    expect(await window(`account:${account}`)).toEqual({ count: 1 });
  });

  it('should count every one of many concurrent attempts from two instances', async () => {
    const account = key('a@x');
    const other = new LoginRateLimiter(config, b.get(DataSource));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? limiter : other).reserveAttempt(account, T).catch(() => 0),
      ),
    );
    expect(await window(`account:${account}`)).toEqual({ count: 40 });
  });

  it('should enforce a named budget, e.g. invitations per organization', async () => {
    const name = key('invite-org');
    for (let i = 0; i < 3; i++) await limiter.consume(name, 3, 3600, 'TOO_MANY_INVITATIONS', 'Too many', T);
    await expect(limiter.consume(name, 3, 3600, 'TOO_MANY_INVITATIONS', 'Too many', T)).rejects.toThrow(
      /Too many; try again in 3600 s/,
    );
  });

  it('should sweep windows that have ended', async () => {
    const old = `account:${key('old@x')}`;
    const live = `account:${key('live@x')}`;
    await db.query(
      `INSERT INTO rate_limit_window (key, count, reset_at) VALUES
         ($1, 3, to_timestamp($3::float8 / 1000)), ($2, 3, to_timestamp($4::float8 / 1000))`,
      [old, live, T - 2 * 3_600_000, T + 60_000],
    );
    const fresh = new LoginRateLimiter(config, db); // has not swept yet
    await fresh.checkAndCount(key('a@x'), key('ip'), T);
    for (let i = 0; i < 50 && (await window(old)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await window(old)).toBeUndefined();
    expect(await window(live)).toEqual({ count: 3 });
  });

  it('should keep an unknown e-mail address and a wrong password indistinguishable under the limit', async () => {
    const unknown = uniqueEmail('nobody');
    const r = await gql(a, LOGIN, { input: { email: unknown, password: 'whatever-password-1' } });
    expect(errorReason(r)).toBe('INVALID_CREDENTIALS');
  });

  it('should not believe X-Forwarded-For without TRUST_PROXY (a client cannot choose its own budget)', async () => {
    const spoofed = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    await request(a.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', spoofed)
      .send({
        query: LOGIN,
        variables: { input: { email: uniqueEmail('nobody'), password: 'wrong-password' } },
      });
    expect(await window(`ip:${spoofed}`)).toBeUndefined();
  });
});
