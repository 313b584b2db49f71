import { AthleteEntity } from './athlete.entity';
import { CoachAssignmentEntity } from './coach-assignment.entity';
import { ConversationMemberEntity } from './conversation-member.entity';
import { ConversationEntity } from './conversation.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { MessageEntity } from './message.entity';
import { NoteEntity } from './note.entity';
import { OrganizationEntity } from './organization.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RateLimitWindowEntity } from './rate-limit-window.entity';
import { UserEntity } from './user.entity';
import { CheckInEntity } from './check-in.entity';
import { LoggedSessionEntity } from './logged-session.entity';
import { ContextEventEntity } from './context-event.entity';
import { RaceEntity } from './race.entity';
import { SeasonEntity } from './season.entity';
import { PlannedSessionEntity, WeeklyPlanEntity } from './weekly-plan.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { ReviewDecisionAction, ReviewDecisionEntity } from './review-decision.entity';
import { WeekAvailabilityEntity } from './week-availability.entity';
import {
  SuggestionState,
  WeeklyReviewEntity,
  WeeklyReviewStatus,
  WeeklyReviewSuggestionEntity,
} from './weekly-review.entity';
import {
  ReviewGenerationItemEntity,
  ReviewGenerationRunEntity,
  ReviewRunItemStatus,
  ReviewRunTrigger,
} from './review-generation.entity';
import { ActivityImportJobEntity } from './activity-import-job.entity';
import { MissedKeySessionEntity } from './missed-key-session.entity';
import { MedicalClearanceEntity } from './medical-clearance.entity';

export * from './enums';
export * from './base.entity';
export { ConversationKind } from './conversation.entity';
export { ActivityImportJobStatus } from './activity-import-job.entity';
export type { ActivityImportFileResult } from './activity-import-job.entity';
export {
  AthleteEntity,
  CoachAssignmentEntity,
  ConversationEntity,
  ConversationMemberEntity,
  InvitationEntity,
  MembershipEntity,
  MessageEntity,
  NoteEntity,
  OrganizationEntity,
  RefreshTokenEntity,
  RateLimitWindowEntity,
  UserEntity,
  CheckInEntity,
  LoggedSessionEntity,
  ContextEventEntity,
  RaceEntity,
  SeasonEntity,
  WeeklyPlanEntity,
  PlannedSessionEntity,
  CalendarFeedEntity,
  ReviewDecisionEntity,
  ReviewDecisionAction,
  WeekAvailabilityEntity,
  WeeklyReviewEntity,
  WeeklyReviewSuggestionEntity,
  WeeklyReviewStatus,
  SuggestionState,
  ReviewGenerationRunEntity,
  ReviewGenerationItemEntity,
  ReviewRunTrigger,
  ReviewRunItemStatus,
  ActivityImportJobEntity,
  MissedKeySessionEntity,
  MedicalClearanceEntity,
};
export type { SeasonPhaseBlock, Mesocycle } from './season.entity';
export type { Effort, IntervalStructure } from './weekly-plan.entity';
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
  RateLimitWindowEntity,
  NoteEntity,
  CheckInEntity,
  LoggedSessionEntity,
  ContextEventEntity,
  RaceEntity,
  SeasonEntity,
  WeeklyPlanEntity,
  PlannedSessionEntity,
  CalendarFeedEntity,
  ReviewDecisionEntity,
  WeekAvailabilityEntity,
  WeeklyReviewEntity,
  WeeklyReviewSuggestionEntity,
  ReviewGenerationRunEntity,
  ReviewGenerationItemEntity,
  ConversationEntity,
  ConversationMemberEntity,
  MessageEntity,
  ActivityImportJobEntity,
  MissedKeySessionEntity,
  MedicalClearanceEntity,
];
