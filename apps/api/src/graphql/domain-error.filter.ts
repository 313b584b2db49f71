import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { Response } from 'express';
import { toGraphQLError, toPublicError } from './graphql-errors';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Maps every error, for GraphQL and for the few REST endpoints, through `toPublicError`. */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') {
      GqlArgumentsHost.create(host);
      return toGraphQLError(exception);
    }
    if (host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      const p = toPublicError(exception);
      const status =
        exception instanceof HttpException && p.code !== 'INTERNAL_SERVER_ERROR'
          ? exception.getStatus()
          : (HTTP_STATUS[p.code] ?? 500);
      res.status(status).json({ error: p });
      return;
    }
    throw exception;
  }
}
