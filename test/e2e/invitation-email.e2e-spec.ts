import { INestApplication } from '@nestjs/common';
import { AddressInfo, createServer } from 'net';
import { SMTPServer } from 'smtp-server';
import { AppConfigService } from '../../apps/api/src/config/app-config.service';
import { Mailer } from '../../apps/api/src/mail/mailer.service';
import { createTestApp } from '../helpers/test-app';
import { errorCode, errorReason, gql, gqlOk } from '../helpers/graphql';
import { accept, createOrganization, uniqueEmail } from '../helpers/factories';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { token acceptUrl emailDelivery invitation { id email } } }`;
const QUEUE = `{ onboardingQueue { invited { id } } }`;

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The body of a received message, quoted-printable decoded (long lines are soft-wrapped on the wire). */
function body(raw: string): string {
  const text = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Invitation e-mail through a real SMTP server (e2e)', () => {
  let app: INestApplication;
  let smtp: SMTPServer;
  let smtpUrl: string | undefined;
  const received: Received[] = [];
  /** Recipients the server refuses (550), as a mailbox that does not exist would be. */
  const refused = new Set<string>();
  /** Recipients whose message the server never finishes accepting (a hung server). */
  const stalled = new Set<string>();

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (refused.has(address.address)) callback(new Error('550 No such mailbox'));
        else callback();
      },
      onData(stream, session, callback) {
        if (session.envelope.rcptTo.some((r) => stalled.has(r.address))) {
          stream.resume(); // read it all, never answer
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    app = await createTestApp();
    // The SMTP server of this test, as SMTP_URL would name it (read at each send).
    jest.spyOn(app.get(AppConfigService), 'smtpUrl', 'get').mockImplementation(() => smtpUrl);
    smtpUrl = `smtp://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('should e-mail the invitee a link that signs them in, from MAIL_FROM, naming the club and the inviter', async () => {
    const admin = await createOrganization(app);
    const email = uniqueEmail('invitee');
    const res = (
      await gqlOk(app, INVITE, { input: { email, name: 'Ada Lovelace', role: 'ATHLETE' } }, admin.token)
    ).inviteMember;
    expect(res.emailDelivery).toBe('SENT');
    const mail = received.find((m) => m.to.includes(email));
    expect(mail).toBeDefined();
    expect(mail!.from).toBe('no-reply@coachline.local');
    const text = body(mail!.raw);
    expect(mail!.raw).toMatch(/^Subject: .+ invited you to .+ on Coachline/m);
    expect(text).toContain('Hi Ada,');
    expect(text).toContain('as an athlete');
    expect(text).toContain(res.acceptUrl);
    expect(text).toMatch(/expires on \w{3} \d{2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
    // The link in the e-mail is the whole way in.
    const token = /#token=([A-Za-z0-9_-]+)/.exec(text)![1];
    expect(token).toBe(res.token);
    const athlete = await accept(app, token);
    expect(athlete.email).toBe(email);
    expect(athlete.athleteId).toEqual(expect.any(String));
  });

  it('should keep the invitation and say FAILED when the mail server refuses the recipient', async () => {
    const admin = await createOrganization(app);
    const email = uniqueEmail('nobody');
    refused.add(email);
    const res = (await gqlOk(app, INVITE, { input: { email, name: 'No Body', role: 'COACH' } }, admin.token))
      .inviteMember;
    expect(res.emailDelivery).toBe('FAILED');
    expect(res.acceptUrl).toContain(res.token);
    const queue = (await gqlOk(app, QUEUE, {}, admin.token)).onboardingQueue;
    expect(queue.invited.map((i: { id: string }) => i.id)).toContain(res.invitation.id);
  });

  it('should keep the invitation and say FAILED when the mail server is down', async () => {
    const admin = await createOrganization(app);
    const saved = smtpUrl;
    smtpUrl = `smtp://127.0.0.1:${await closedPort()}`;
    try {
      const res = (
        await gqlOk(
          app,
          INVITE,
          { input: { email: uniqueEmail('x'), name: 'X', role: 'ATHLETE' } },
          admin.token,
        )
      ).inviteMember;
      expect(res.emailDelivery).toBe('FAILED');
      await expect(accept(app, res.token)).resolves.toMatchObject({ athleteId: expect.any(String) });
    } finally {
      smtpUrl = saved;
    }
  });

  it('should give up on a hung mail server at the send deadline and say FAILED', async () => {
    const admin = await createOrganization(app);
    const email = uniqueEmail('stalled');
    stalled.add(email);
    const mailer = app.get(Mailer);
    const saved = mailer.sendDeadlineMs;
    mailer.sendDeadlineMs = 500;
    try {
      const t0 = Date.now();
      const res = (await gqlOk(app, INVITE, { input: { email, name: 'S', role: 'ATHLETE' } }, admin.token))
        .inviteMember;
      expect(res.emailDelivery).toBe('FAILED');
      // The deadline, not the 15 s socket timeout, ended it (generous bound: this is not a timing test).
      expect(Date.now() - t0).toBeLessThan(10_000);
    } finally {
      mailer.sendDeadlineMs = saved;
    }
  });

  it('should refuse more invitations than the hourly budget of an organization, and only of that one', async () => {
    const config = app.get(AppConfigService);
    const spy = jest.spyOn(config, 'invitationsPerHour', 'get').mockReturnValue(2);
    try {
      const [spammer, other] = [await createOrganization(app), await createOrganization(app)];
      const invite = (admin: typeof spammer) =>
        gql(app, INVITE, { input: { email: uniqueEmail('z'), name: 'Z', role: 'ATHLETE' } }, admin.token);
      for (let i = 0; i < 2; i++) expect((await invite(spammer)).errors).toBeUndefined();
      const third = await invite(spammer);
      expect(errorCode(third)).toBe('TOO_MANY_REQUESTS');
      expect(errorReason(third)).toBe('TOO_MANY_INVITATIONS');
      expect((await invite(other)).errors).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });

  it('should send nothing and say NOT_CONFIGURED without SMTP_URL', async () => {
    const admin = await createOrganization(app);
    const saved = smtpUrl;
    smtpUrl = undefined;
    try {
      const before = received.length;
      const res = (
        await gqlOk(
          app,
          INVITE,
          { input: { email: uniqueEmail('y'), name: 'Y', role: 'ATHLETE' } },
          admin.token,
        )
      ).inviteMember;
      expect(res.emailDelivery).toBe('NOT_CONFIGURED');
      expect(received.length).toBe(before);
    } finally {
      smtpUrl = saved;
    }
  });
});
