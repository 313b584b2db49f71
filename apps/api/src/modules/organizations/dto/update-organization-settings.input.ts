import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

/** Admin: the organization's settings. Only the fields given change; the service validates each value. */
@InputType()
export class UpdateOrganizationSettingsInput {
  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/Oslo' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Weekday the weekly reviews are generated: 0 = Monday … 6 = Sunday',
  })
  @IsOptional()
  @IsInt()
  reviewWeekday?: number;

  @Field({ nullable: true, description: 'Local time the weekly reviews are generated, HH:MM (24 h)' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  reviewTime?: string;
}
