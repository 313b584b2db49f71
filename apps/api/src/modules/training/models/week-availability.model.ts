import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AvailabilitySource {
  /** The intake questionnaire's usual week (or the default when there is no intake). */
  USUAL = 'USUAL',
  /** The athlete (or a coach on their behalf) set this week's minutes. */
  WEEK = 'WEEK',
}
registerEnumType(AvailabilitySource, {
  name: 'AvailabilitySource',
  description: 'Where a week’s available minutes come from',
});

@ObjectType('AvailabilityDay')
export class AvailabilityDayModel {
  @Field({ description: 'Local date of the day' })
  date: string;

  @Field(() => Int, { description: '0 = Monday … 6 = Sunday' })
  weekday: number;

  @Field(() => Int, { description: 'Minutes available that day (0 = day off)' })
  minutes: number;

  @Field(() => Int, { description: 'Minutes the intake’s usual week has that weekday' })
  usualMinutes: number;

  @Field({ description: 'True when this day differs from the usual week' })
  changed: boolean;
}

@ObjectType('WeekAvailability', {
  description:
    'The minutes an athlete has in one week: their own override where they set one, else the intake’s usual week',
})
export class WeekAvailabilityModel {
  @Field(() => ID)
  athleteId: string;

  @Field({ description: 'Monday of the week, in the athlete’s zone' })
  weekStart: string;

  @Field(() => AvailabilitySource)
  source: AvailabilitySource;

  @Field(() => [Int], { description: 'Minutes Monday..Sunday that apply to this week' })
  minutes: number[];

  @Field(() => [Int], { description: 'The intake’s usual minutes Monday..Sunday' })
  usualMinutes: number[];

  @Field(() => [AvailabilityDayModel])
  days: AvailabilityDayModel[];

  @Field(() => Int)
  totalMinutes: number;

  @Field(() => Int)
  usualTotalMinutes: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the override was last set (null for the usual week)',
  })
  updatedAt: Date | null;
}
