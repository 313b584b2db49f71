import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CoachRole } from '../../../graphql/enums';

/** Where an athlete's intake questionnaire is. */
export enum IntakeStatus {
  /** Put to the athlete when they joined (`createdAt`); no answer typed yet. */
  SENT = 'SENT',
  /** The athlete began answering (`intakeStartedAt`) and has not submitted. */
  STARTED = 'STARTED',
  /** Submitted (`intakeSubmittedAt`, the latest submission). */
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(IntakeStatus, {
  name: 'IntakeStatus',
  description:
    'SENT: put to the athlete when they joined (createdAt), nothing answered yet; STARTED: they began answering ' +
    '(intakeStartedAt); SUBMITTED: sent to their coach (intakeSubmittedAt)',
});

@ObjectType('IntakeRace')
export class IntakeRaceModel {
  @Field()
  name: string;

  @Field({ description: 'ISO local date' })
  date: string;

  @Field({ description: 'A, B or C' })
  priority: string;
}

@ObjectType('Intake')
export class IntakeModel {
  @Field(() => Int)
  yearsRunning: number;

  @Field()
  typicalWeeklyHours: number;

  @Field(() => Int)
  longestRecentSessionMinutes: number;

  @Field()
  injuryHistory: string;

  @Field(() => [String])
  strengths: string[];

  @Field(() => [String])
  weaknesses: string[];

  @Field(() => [Int], { description: 'Minutes available Monday..Sunday' })
  availabilityMinutes: number[];

  @Field()
  lifeConstraints: string;

  @Field()
  goals: string;

  @Field(() => [IntakeRaceModel])
  upcomingRaces: IntakeRaceModel[];
}

@ObjectType('AthleteCoach')
export class AthleteCoachModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => CoachRole)
  role: CoachRole;
}

@ObjectType('Athlete')
export class AthleteModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'Effective IANA time zone (the athlete’s own, else the organization’s)' })
  timezone: string;

  @Field(() => IntakeModel, { nullable: true })
  intake: IntakeModel | null;

  @Field(() => Date, { nullable: true })
  intakeSubmittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the athlete began answering the intake questionnaire (their first answer typed)',
  })
  intakeStartedAt: Date | null;

  @Field(() => IntakeStatus)
  intakeStatus: IntakeStatus;

  @Field()
  createdAt: Date;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('AthleteConnection')
export class AthleteConnectionModel {
  @Field(() => [AthleteModel])
  nodes: AthleteModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}
