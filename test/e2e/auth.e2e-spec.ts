import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { addMember, createOrganization, PASSWORD, uniqueEmail } from '../helpers/factories';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken me { user { id } roles } } }`;
const REFRESH = `mutation($input: RefreshTokensInput!) { refreshTokens(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { user { id email name } organization { id name timezone } roles athleteId } }`;

describe('Auth (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('should create an organization with its first admin signed in', async () => {
    const admin = await createOrganization(app, 'Pacific/Auckland');
    const data = await gqlOk(app, ME, {}, admin.token);
    expect(data.me.roles).toEqual(['ADMIN']);
    expect(data.me.organization.timezone).toBe('Pacific/Auckland');
    expect(data.me.athleteId).toBeNull();
  });

  it('should reject bad organization input with BAD_USER_INPUT and write nothing', async () => {
    const email = uniqueEmail('bad');
    const cases = [
      { name: 'X', timezone: 'Mars/Olympus', admin: { email, name: 'A', password: PASSWORD } },
      { name: 'X', timezone: 'UTC', admin: { email: 'not-an-email', name: 'A', password: PASSWORD } },
      { name: 'X', timezone: 'UTC', admin: { email, name: 'A', password: 'short' } },
      { name: 'x'.repeat(201), timezone: 'UTC', admin: { email, name: 'A', password: PASSWORD } },
    ];
    for (const input of cases) {
      const res = await gql(
        app,
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { accessToken } }`,
        { input },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/timezone|email|password|name/);
    }
    // Nothing was written: the email is still free to log in? No account exists.
    const login = await gql(app, LOGIN, { input: { email, password: PASSWORD } });
    expect(errorReason(login)).toBe('INVALID_CREDENTIALS');
  });

  it('should make wrong password and unknown email look the same', async () => {
    const admin = await createOrganization(app);
    const wrong = await gql(app, LOGIN, { input: { email: admin.email, password: 'wrong-password-123' } });
    const unknown = await gql(app, LOGIN, {
      input: { email: uniqueEmail('nobody'), password: 'wrong-password-123' },
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors).toEqual(unknown.errors);
  });

  it('should rate limit logins per account after repeated failures, even with the right password', async () => {
    const admin = await createOrganization(app);
    for (let i = 0; i < 5; i++) {
      const r = await gql(app, LOGIN, { input: { email: admin.email, password: `wrong-${i}-password` } });
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
    }
    const blocked = await gql(app, LOGIN, { input: { email: admin.email, password: PASSWORD } });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].extensions?.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it('should rotate refresh tokens and revoke the family when a used token is replayed', async () => {
    const admin = await createOrganization(app);
    const first = await gqlOk(app, REFRESH, { input: { refreshToken: admin.refreshToken } });
    expect(first.refreshTokens.refreshToken).not.toBe(admin.refreshToken);
    // Replay of the old token: rejected, and the newer token of the same family dies with it.
    const replay = await gql(app, REFRESH, { input: { refreshToken: admin.refreshToken } });
    expect(errorReason(replay)).toBe('REFRESH_TOKEN_REUSED');
    const after = await gql(app, REFRESH, { input: { refreshToken: first.refreshTokens.refreshToken } });
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('should reject a revoked refresh token after logout', async () => {
    const admin = await createOrganization(app);
    const login = await gqlOk(app, LOGIN, { input: { email: admin.email, password: PASSWORD } });
    const ok = await gqlOk(app, `mutation($input: LogoutInput!) { logout(input: $input) }`, {
      input: { refreshToken: login.login.refreshToken },
    });
    expect(ok.logout).toBe(true);
    const res = await gql(app, REFRESH, { input: { refreshToken: login.login.refreshToken } });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(errorReason(res)).toBe('REFRESH_TOKEN_INVALID');
  });

  it('should answer UNAUTHENTICATED without a token, with a forged one and with an expired one', async () => {
    expect(errorCode(await gql(app, ME))).toBe('UNAUTHENTICATED');
    expect(errorReason(await gql(app, ME, {}, 'not.a.jwt'))).toBe('TOKEN_INVALID');
    const jwt = await import('jsonwebtoken');
    const admin = await createOrganization(app);
    const sid = (jwt.decode(admin.token) as { sid: string }).sid;
    const expired = jwt.sign({ org: admin.organizationId, sid, typ: 'access' }, process.env.JWT_SECRET!, {
      subject: admin.userId,
      issuer: 'coachline',
      expiresIn: -10,
    });
    expect(errorReason(await gql(app, ME, {}, expired))).toBe('TOKEN_EXPIRED');
    const otherSecret = jwt.sign({ org: admin.organizationId, sid, typ: 'access' }, 'x'.repeat(40), {
      subject: admin.userId,
      issuer: 'coachline',
    });
    expect(errorReason(await gql(app, ME, {}, otherSecret))).toBe('TOKEN_INVALID');
  });

  it('should let a person with several organizations choose one at login', async () => {
    const orgA = await createOrganization(app);
    const orgB = await createOrganization(app);
    // orgB invites orgA's admin as a coach: one person, two organizations.
    const inv = await gqlOk(
      app,
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email: orgA.email, name: 'Ada', role: 'COACH' } },
      orgB.token,
    );
    await gqlOk(
      app,
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      {
        input: { token: inv.inviteMember.token, password: PASSWORD },
      },
    );
    const inB = await gqlOk(app, LOGIN, {
      input: { email: orgA.email, password: PASSWORD, organizationId: orgB.organizationId },
    });
    expect(inB.login.me.roles).toEqual(['COACH']);
    const notMember = await gql(app, LOGIN, {
      input: {
        email: (await addMember(app, orgB, 'COACH')).email,
        password: PASSWORD,
        organizationId: orgA.organizationId,
      },
    });
    expect(errorReason(notMember)).toBe('INVALID_CREDENTIALS');
  });

  it('should serve /health with database readiness and a request id', async () => {
    const res = await request(app.getHttpServer()).get('/health').set('x-request-id', 'req-123');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
    expect(res.headers['x-request-id']).toBe('req-123');
  });

  it('should block GraphQL requests that could be CSRF (Apollo CSRF prevention)', async () => {
    const res = await request(app.getHttpServer()).get('/graphql?query=%7B__typename%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('should reject queries deeper than the depth limit', async () => {
    const admin = await createOrganization(app);
    const shallow = await gql(app, '{ roster { nodes { coaches { name } } } }', {}, admin.token);
    expect(shallow.errors).toBeUndefined();
    const nested =
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }';
    const res = await gql(app, nested, {}, admin.token);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorReason(res)).toBe('QUERY_TOO_DEEP');
  });

  it('should reject queries above the cost limit', async () => {
    const admin = await createOrganization(app);
    const fields = Array.from(
      { length: 10 },
      (_, i) => `r${i}: roster(first: 200) { nodes { id name coaches { name } } }`,
    ).join(' ');
    const res = await gql(app, `{ ${fields} }`, {}, admin.token);
    expect(errorReason(res)).toBe('QUERY_TOO_COSTLY');
  });
});
