import '../helpers/production-env';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from '../helpers/test-app';
import { errorCode, gql } from '../helpers/graphql';
import { createOrganization } from '../helpers/factories';

/** This file's worker runs the app with NODE_ENV=production (config is read per app instance). */
describe('Production mode (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('should turn introspection off', async () => {
    const res = await gql(app, '{ __schema { queryType { name } } }');
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('should not suggest field, argument or enum names (issue #15, finding 4)', async () => {
    const admin = await createOrganization(app);
    const field = await gql(app, '{ organisation { id } }', {}, admin.token);
    expect(errorCode(field)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.errors?.[0].message).toMatch(/Cannot query field "organisation"/);
    const inline = await gql(
      app,
      'mutation { inviteMember(input: { email: "x@example.test", name: "X", role: COACHH }) { token } }',
      {},
      admin.token,
    );
    const variable = await gql(
      app,
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { token } }',
      { i: { email: 'x@example.test', name: 'X', role: 'COACHH' } },
      admin.token,
    );
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    for (const res of [field, inline, variable]) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const e of res.errors ?? []) expect(e.message).not.toMatch(/did you mean|organization|COACH\b/i);
    }
  });

  it('should serve no sandbox landing page', async () => {
    const res = await request(app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.text ?? '').not.toMatch(/sandbox|embeddable/i);
  });

  it('should still serve the API and mask internal errors', async () => {
    const admin = await createOrganization(app);
    const res = await gql(app, '{ me { user { email } } }', {}, admin.token);
    expect(res.data?.me.user.email).toBe(admin.email);
  });
});
