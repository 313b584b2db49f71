import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './decorators/public.decorator';
import { bearerToken, requestOf } from './request-of';

/**
 * Global guard: every GraphQL operation and REST route needs a valid access token unless marked
 * @Public. Missing or expired credentials throw UNAUTHENTICATED (never a bare `false`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;
    const req = requestOf(ctx);
    if (!req.auth) req.auth = await this.auth.authenticate(bearerToken(req.headers.authorization));
    return true;
  }
}
