import { HttpException, Logger } from '@nestjs/common';
import { assertUnreachable, DomainError, ErrorKind } from '@app/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { EngineInputError } from '@app/engine';
import { isDatabaseUnavailable } from '@app/db';

const logger = new Logger('Errors');

export interface PublicError {
  /** One of the GraphQL `extensions.code` values: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, … */
  code: string;
  /** The specific, feature-namespaced reason, e.g. ATHLETE_NOT_FOUND. */
  reason: string;
  message: string;
  details?: Record<string, unknown>;
  /**
   * True when the same request may succeed if sent again later (SERVICE_UNAVAILABLE, TOO_MANY_REQUESTS):
   * a transient condition, not a problem with the request. Absent otherwise.
   */
  retryable?: true;
}

const RETRYABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS']);

function kindToCode(kind: ErrorKind): string {
  switch (kind) {
    case ErrorKind.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case ErrorKind.FORBIDDEN:
      return 'FORBIDDEN';
    case ErrorKind.BAD_USER_INPUT:
      return 'BAD_USER_INPUT';
    case ErrorKind.NOT_FOUND:
      return 'NOT_FOUND';
    case ErrorKind.CONFLICT:
      return 'CONFLICT';
    case ErrorKind.TOO_MANY_REQUESTS:
      return 'TOO_MANY_REQUESTS';
    case ErrorKind.SERVICE_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    default:
      return assertUnreachable(kind);
  }
}

function validationMessages(response: unknown): string[] {
  if (response && typeof response === 'object' && 'message' in response) {
    const m = (response as { message: unknown }).message;
    if (Array.isArray(m)) return m.map(String);
    if (typeof m === 'string') return [m];
  }
  return [];
}

/**
 * The one place that turns any thrown value into what a client may see. Domain errors keep their
 * kind and reason; validation failures become BAD_USER_INPUT; anything unexpected is logged and masked.
 */
export function toPublicError(error: unknown): PublicError {
  const p = classify(error);
  return RETRYABLE_CODES.has(p.code) ? { ...p, retryable: true } : p;
}

/**
 * One warning per second at most, with how many were folded into it: during an outage or an overload
 * thousands of requests fail the same way, and logging each one would cost the CPU the recovery needs.
 */
let lastWarnAt = 0;
let folded = 0;
function warnUnavailable(message: string): void {
  const now = Date.now();
  if (now - lastWarnAt < 1000) {
    folded++;
    return;
  }
  logger.warn(
    `database unavailable: ${message}${folded ? ` (and ${folded} more since the last warning)` : ''}`,
  );
  lastWarnAt = now;
  folded = 0;
}

function classify(error: unknown): PublicError {
  if (error instanceof DomainError) {
    return {
      code: kindToCode(error.kind),
      reason: error.code,
      message: error.message,
      details: error.details,
    };
  }
  if (isDatabaseUnavailable(error)) {
    // An outage, a pool that could not hand out a connection in time, a statement cut by its timeout, a
    // serialization failure: nothing wrong with the request, and nothing half-written (the transaction
    // rolled back). Logged once per error as a warning, not as a defect.
    warnUnavailable((error as Error).message);
    return {
      code: 'SERVICE_UNAVAILABLE',
      reason: 'DATABASE_UNAVAILABLE',
      message: 'The database is unavailable or busy; retry in a moment',
    };
  }
  if (error instanceof EngineInputError) {
    // The API feeds the engine only what it loaded from the database, never a client's text: an input the
    // engine cannot read (a bad date, a day number that disagrees with it) is our bug, logged and masked.
    logger.error(`engine input ${error.code}: ${error.stack ?? error.message}`);
    return { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', message: 'Internal server error' };
  }
  if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
    // A unique constraint decided a race (two first saves, two identical sign-ups): the loser conflicts.
    return {
      code: 'CONFLICT',
      reason: 'ALREADY_EXISTS',
      message: 'This was just created by another request; reload and retry',
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const messages = validationMessages(error.getResponse());
    if (status === 400) {
      return {
        code: 'BAD_USER_INPUT',
        reason: 'VALIDATION_FAILED',
        message: messages.length ? messages.join('; ') : error.message,
      };
    }
    if (status === 401) return { code: 'UNAUTHENTICATED', reason: 'AUTH_REQUIRED', message: error.message };
    if (status === 403) return { code: 'FORBIDDEN', reason: 'FORBIDDEN', message: error.message };
    if (status === 404) return { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: error.message };
    if (status === 409) return { code: 'CONFLICT', reason: 'CONFLICT', message: error.message };
    if (status === 413)
      return { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE', message: error.message };
    if (status === 429) return { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED', message: error.message };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', message: 'Internal server error' };
}

export function toGraphQLError(error: unknown): GraphQLError {
  const p = toPublicError(error);
  return new GraphQLError(p.message, {
    extensions: {
      code: p.code,
      reason: p.reason,
      ...(p.details ? { details: p.details } : {}),
      ...(p.retryable ? { retryable: true } : {}),
    },
  });
}
