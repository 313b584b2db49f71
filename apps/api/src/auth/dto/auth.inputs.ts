import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Which organization to sign in to, when you belong to several',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@InputType()
export class RefreshTokensInput {
  @Field()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class LogoutInput extends RefreshTokensInput {}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
