import { Role } from '@app/db';
import type { OutgoingEmail } from '../../mail/mailer.service';

export interface InvitationEmailInput {
  to: string;
  inviteeName: string;
  inviterName: string;
  organizationName: string;
  role: Role;
  acceptUrl: string;
  expiresAt: Date;
}

const ROLE_TEXT: Record<Role, string> = {
  [Role.ATHLETE]: 'an athlete',
  [Role.COACH]: 'a coach',
  [Role.ADMIN]: 'an administrator',
};

/** "Sat 28 Nov 2026, 14:05 UTC": unambiguous whatever the reader's locale. */
function utc(date: Date): string {
  const s = date.toUTCString(); // "Sat, 28 Nov 2026 14:05:09 GMT"
  return `${s.slice(0, 3)} ${s.slice(5, 16)}, ${s.slice(17, 22)} UTC`;
}

/** The invitation e-mail: plain text, the link on a line of its own, no tracking. Pure. */
export function invitationEmail(i: InvitationEmailInput): OutgoingEmail {
  const name = i.inviteeName.trim().split(/\s+/)[0] || i.inviteeName;
  return {
    to: i.to,
    subject: `${i.inviterName} invited you to ${i.organizationName} on Coachline`,
    text: [
      `Hi ${name},`,
      '',
      `${i.inviterName} invited you to join ${i.organizationName} on Coachline as ${ROLE_TEXT[i.role]}.`,
      '',
      'Accept the invitation and set your password here:',
      i.acceptUrl,
      '',
      `The link works once and expires on ${utc(i.expiresAt)}. If it has expired, ask ${i.inviterName} for a new one.`,
      '',
      'If you did not expect this e-mail, you can ignore it: nothing happens until the link is used.',
    ].join('\n'),
  };
}
