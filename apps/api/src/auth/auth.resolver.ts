import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from './auth-context';
import { AuthService, IssuedTokens } from './auth.service';
import { CurrentAuth } from './decorators/current-auth.decorator';
import { Public } from './decorators/public.decorator';
import { LoginInput, LogoutInput, RefreshTokensInput } from './dto/auth.inputs';
import { AuthPayloadModel, MeModel } from './models/auth.models';
import { AuthedRequest, clientIp } from './request-of';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  private async payload(t: IssuedTokens): Promise<AuthPayloadModel> {
    return {
      accessToken: t.accessToken,
      accessTokenExpiresAt: t.accessTokenExpiresAt,
      refreshToken: t.refreshToken,
      refreshTokenExpiresAt: t.refreshTokenExpiresAt,
      me: await this.auth.me(t.userId, t.organizationId),
    };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Sign in with email and password' })
  async login(
    @Args('input') input: LoginInput,
    @Context('req') req: AuthedRequest,
  ): Promise<AuthPayloadModel> {
    return this.payload(
      await this.auth.login(input.email, input.password, clientIp(req), input.organizationId),
    );
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchange a refresh token for a new pair (rotation)' })
  async refreshTokens(@Args('input') input: RefreshTokensInput): Promise<AuthPayloadModel> {
    return this.payload(await this.auth.refresh(input.refreshToken));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revoke this session’s refresh tokens' })
  logout(@Args('input') input: LogoutInput): Promise<boolean> {
    return this.auth.logout(input.refreshToken);
  }

  @Query(() => MeModel)
  me(@CurrentAuth() ctx: AuthContext): Promise<MeModel> {
    return this.auth.me(ctx.userId, ctx.organizationId);
  }
}
