import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { AuthContext } from './auth-context';

export type AuthedRequest = Request & { auth?: AuthContext };

export function requestOf(ctx: ExecutionContext): AuthedRequest {
  if (ctx.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(ctx).getContext<{ req: AuthedRequest }>().req;
  }
  return ctx.switchToHttp().getRequest<AuthedRequest>();
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1] : null;
}

/** The caller's address for rate limits (Express `req.ip` honours `trust proxy` when configured). */
export function clientIp(req: AuthedRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}
