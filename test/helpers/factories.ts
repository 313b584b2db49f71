import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { gqlOk } from './graphql';

export const PASSWORD = 'correct-horse-battery';
export const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

export interface Actor {
  token: string;
  refreshToken: string;
  userId: string;
  email: string;
  athleteId: string | null;
  organizationId: string;
}

const AUTH_FIELDS = `accessToken refreshToken me { user { id email } organization { id } roles athleteId }`;

function toActor(p: any): Actor {
  return {
    token: p.accessToken,
    refreshToken: p.refreshToken,
    userId: p.me.user.id,
    email: p.me.user.email,
    athleteId: p.me.athleteId,
    organizationId: p.me.organization.id,
  };
}

export async function createOrganization(app: INestApplication, timezone = 'Europe/Oslo'): Promise<Actor> {
  const data = await gqlOk(
    app,
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${AUTH_FIELDS} } }`,
    {
      input: {
        name: `Club ${randomUUID().slice(0, 6)}`,
        timezone,
        admin: { email: uniqueEmail('admin'), name: 'Ada Admin', password: PASSWORD },
      },
    },
  );
  return toActor(data.createOrganization);
}

export async function invite(
  app: INestApplication,
  admin: Actor,
  role: 'ADMIN' | 'COACH' | 'ATHLETE',
  opts: { name?: string; coachUserId?: string; email?: string } = {},
): Promise<{ token: string; invitationId: string; email: string }> {
  const email = opts.email ?? uniqueEmail(role.toLowerCase());
  const data = await gqlOk(
    app,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email } } }`,
    {
      input: {
        email,
        name: opts.name ?? `${role} ${email.slice(0, 12)}`,
        role,
        coachUserId: opts.coachUserId,
      },
    },
    admin.token,
  );
  return { token: data.inviteMember.token, invitationId: data.inviteMember.invitation.id, email };
}

export async function accept(app: INestApplication, token: string, password = PASSWORD): Promise<Actor> {
  const data = await gqlOk(
    app,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { token, password } },
  );
  return toActor(data.acceptInvitation);
}

export async function addMember(
  app: INestApplication,
  admin: Actor,
  role: 'ADMIN' | 'COACH' | 'ATHLETE',
  opts: { name?: string; coachUserId?: string } = {},
): Promise<Actor> {
  const inv = await invite(app, admin, role, opts);
  return accept(app, inv.token);
}

/** An organization with an admin, two coaches, and two athletes of coach A and one of coach B. */
export async function createClub(app: INestApplication, timezone = 'Europe/Oslo') {
  const admin = await createOrganization(app, timezone);
  const coachA = await addMember(app, admin, 'COACH', { name: 'Coach Alpha' });
  const coachB = await addMember(app, admin, 'COACH', { name: 'Coach Bravo' });
  const athlete1 = await addMember(app, admin, 'ATHLETE', {
    name: 'Anna Athlete',
    coachUserId: coachA.userId,
  });
  const athlete2 = await addMember(app, admin, 'ATHLETE', {
    name: 'Bob Athlete',
    coachUserId: coachA.userId,
  });
  const athlete3 = await addMember(app, admin, 'ATHLETE', {
    name: 'Cleo Athlete',
    coachUserId: coachB.userId,
  });
  return { admin, coachA, coachB, athlete1, athlete2, athlete3 };
}
