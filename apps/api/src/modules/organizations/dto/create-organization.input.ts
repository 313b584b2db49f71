import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsString,
  IsTimeZone,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../auth/dto/auth.inputs';

@InputType()
export class FirstAdminInput {
  @Field()
  @IsEmail({}, { message: 'admin.email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: `At least ${PASSWORD_MIN} characters` })
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: 'IANA time zone, e.g. Europe/Oslo' })
  @IsTimeZone({ message: 'timezone must be a valid IANA time zone' })
  timezone: string;

  @Field(() => FirstAdminInput)
  @ValidateNested()
  @Type(() => FirstAdminInput)
  admin: FirstAdminInput;
}
