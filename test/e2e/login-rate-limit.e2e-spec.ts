import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { LoginRateLimiter } from '../../apps/api/src/auth/login-rate-limiter';
import { AppConfigService } from '../../apps/api/src/config/app-config.service';
import { createTestApp } from '../helpers/test-app';
import { errorCode, gql } from '../helpers/graphql';
import { createOrganization, PASSWORD } from '../helpers/factories';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;

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

  it('should lock an account on every instance after its failures on one (GraphQL login)', async () => {
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

  it('should block an account after its failures and release it when the window ends', async () => {
    const account = key('a@x');
    for (let i = 0; i < limits.maxFailuresPerAccount; i++) {
      await limiter.checkAndCount(account, key('ip'), T);
      await limiter.recordFailure(account, T);
    }
    await expect(limiter.checkAndCount(account, key('ip'), T + 1000)).rejects.toThrow(
      /Too many login attempts; try again in 59 s/,
    );
    await expect(limiter.checkAndCount(key('b@x'), key('ip'), T + 1000)).resolves.toBeUndefined();
    await expect(limiter.checkAndCount(account, key('ip'), T + 61_000)).resolves.toBeUndefined();
    // The next failure starts a new window at 1.
    await limiter.recordFailure(account, T + 61_000);
    expect(await window(`account:${account}`)).toEqual({ count: 1 });
  });

  it('should block an IP that tries many accounts, and only that IP', async () => {
    const ip = key('1.2.3.4');
    for (let i = 0; i < limits.maxAttemptsPerIp; i++) await limiter.checkAndCount(key('u@x'), ip, T);
    await expect(limiter.checkAndCount(key('u@x'), ip, T)).rejects.toThrow(/Too many login attempts/);
    await expect(limiter.checkAndCount(key('u@x'), key('5.6.7.8'), T)).resolves.toBeUndefined();
  });

  it('should forget failures after a successful login', async () => {
    const account = key('a@x');
    await limiter.recordFailure(account, T);
    await limiter.recordFailure(account, T);
    await limiter.recordSuccess(account);
    await limiter.recordFailure(account, T);
    await expect(limiter.checkAndCount(account, key('ip'), T)).resolves.toBeUndefined();
    expect(await window(`account:${account}`)).toEqual({ count: 1 });
  });

  it('should lock an account for every password-checking path once it has too many failures', async () => {
    const account = key('a@x');
    await expect(limiter.checkAccount(account, T)).resolves.toBeUndefined();
    for (let i = 0; i < limits.maxFailuresPerAccount; i++) await limiter.recordFailure(account, T);
    await expect(limiter.checkAccount(account, T)).rejects.toThrow(/Too many login attempts/);
    await expect(limiter.checkAccount(account, T + 61_000)).resolves.toBeUndefined();
  });

  it('should count every one of many concurrent attempts from two instances', async () => {
    const account = key('a@x');
    const other = new LoginRateLimiter(config, b.get(DataSource));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? limiter : other).recordFailure(account, T)),
    );
    expect(await window(`account:${account}`)).toEqual({ count: 40 });
  });

  it('should sweep windows that ended more than a window ago', async () => {
    const old = `account:${key('old@x')}`;
    const live = `account:${key('live@x')}`;
    await db.query(
      `INSERT INTO rate_limit_window (key, count, reset_at) VALUES
         ($1, 3, to_timestamp($3::float8 / 1000)), ($2, 3, to_timestamp($4::float8 / 1000))`,
      [old, live, T - 10 * 60_000, T + 60_000],
    );
    const fresh = new LoginRateLimiter(config, db); // has not swept yet
    await fresh.checkAndCount(key('a@x'), key('ip'), T);
    for (let i = 0; i < 50 && (await window(old)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await window(old)).toBeUndefined();
    expect(await window(live)).toEqual({ count: 3 });
  });
});
