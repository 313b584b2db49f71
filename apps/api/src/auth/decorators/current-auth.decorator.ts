import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthContext } from '../auth-context';
import { requestOf } from '../request-of';

/** The AuthContext the guard attached to the request. */
export const CurrentAuth = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthContext => {
  const req = requestOf(ctx);
  return req.auth as AuthContext;
});
