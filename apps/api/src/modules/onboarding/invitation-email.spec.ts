import { Role } from '@app/db';
import { invitationEmail } from './invitation-email';

describe(invitationEmail.name, () => {
  const base = {
    to: 'ada@example.test',
    inviteeName: '  Ada   Lovelace ',
    inviterName: 'Coach Sam',
    organizationName: 'Fell Runners',
    acceptUrl: 'https://app.example/accept-invitation#token=abc',
    expiresAt: new Date('2026-11-28T14:05:09Z'),
  };

  it('should greet by first name, say who invited whom to what, and give the link and its expiry in UTC', () => {
    const mail = invitationEmail({ ...base, role: Role.COACH });
    expect(mail.to).toBe('ada@example.test');
    expect(mail.subject).toBe('Coach Sam invited you to Fell Runners on Coachline');
    const lines = mail.text.split('\n');
    expect(lines[0]).toBe('Hi Ada,');
    expect(mail.text).toContain('join Fell Runners on Coachline as a coach.');
    expect(lines).toContain('https://app.example/accept-invitation#token=abc');
    expect(mail.text).toContain('expires on Sat 28 Nov 2026, 14:05 UTC');
  });

  it.each([
    [Role.ATHLETE, 'as an athlete.'],
    [Role.ADMIN, 'as an administrator.'],
  ])('should name the role %s in plain words', (role, words) => {
    expect(invitationEmail({ ...base, role }).text).toContain(words);
  });
});
