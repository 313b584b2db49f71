/**
 * The kinds of failure a caller can act on. Every transport (GraphQL, Socket.IO, REST) maps these in
 * exactly one place; the specific `code` (e.g. `ATHLETE_NOT_FOUND`) travels alongside as the reason.
 */
export enum ErrorKind {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** Transient: the database is unreachable, the instance is past capacity, a deadline passed. Retry. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** Base class of every expected, user-facing error. `code` is SCREAMING_SNAKE, namespaced by feature. */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Authentication required', code = 'AUTH_REQUIRED') =>
  new DomainError(ErrorKind.UNAUTHENTICATED, code, message);
export const forbidden = (message = 'You do not have access to this resource', code = 'FORBIDDEN') =>
  new DomainError(ErrorKind.FORBIDDEN, code, message);
export const badInput = (message: string, code = 'INVALID_INPUT', details?: Record<string, unknown>) =>
  new DomainError(ErrorKind.BAD_USER_INPUT, code, message, details);
export const notFound = (what: string, code = `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`) =>
  new DomainError(ErrorKind.NOT_FOUND, code, `${what} not found`);
export const conflict = (message: string, code = 'CONFLICT', details?: Record<string, unknown>) =>
  new DomainError(ErrorKind.CONFLICT, code, message, details);
export const tooManyRequests = (message: string, code = 'RATE_LIMITED', retryAfterSeconds?: number) =>
  new DomainError(
    ErrorKind.TOO_MANY_REQUESTS,
    code,
    message,
    retryAfterSeconds ? { retryAfterSeconds } : undefined,
  );

export const serviceUnavailable = (message: string, code: string, retryAfterSeconds?: number) =>
  new DomainError(
    ErrorKind.SERVICE_UNAVAILABLE,
    code,
    message,
    retryAfterSeconds ? { retryAfterSeconds } : undefined,
  );

export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${String(value)}`);
}
