import { AthleteEntity } from './athlete.entity';
import { CoachAssignmentEntity } from './coach-assignment.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { NoteEntity } from './note.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export * from './enums';
export * from './base.entity';
export {
  AthleteEntity,
  CoachAssignmentEntity,
  InvitationEntity,
  MembershipEntity,
  NoteEntity,
  OrganizationEntity,
  RefreshTokenEntity,
  UserEntity,
};
export type { IntakeData, IntakeRace } from './athlete.entity';

/** Every entity of the schema; the one list both the app and the CLI use. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MembershipEntity,
  AthleteEntity,
  CoachAssignmentEntity,
  InvitationEntity,
  RefreshTokenEntity,
  NoteEntity,
];
