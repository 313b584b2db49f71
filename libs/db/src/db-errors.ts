import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATEs that say "the database could not do it now", not "this request is wrong": connection
 * exceptions (class 08), shutdown and start-up (57P01–57P03), resources (class 53: too many connections,
 * out of memory or disk), a statement cut by statement_timeout or a cancel (57014), a session ended by
 * idle_in_transaction_session_timeout (25P03), lock timeouts (55P03), and the transaction conflicts that
 * the same request would pass on a second try (40001 serialization failure, 40P01 deadlock).
 */
const TRANSIENT_SQLSTATE = /^(08...|57P0[1-3]|53...|57014|25P03|55P03|40001|40P01)$/;

/** node-postgres and pg-pool errors that carry no SQLSTATE: the server or the pool did not answer. */
const TRANSIENT_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|not queryable|connection timeout|terminating connection|the database system is (starting up|shutting down|in recovery)|Cannot use a pool after calling end/i;

const TRANSIENT_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Whether an error means the database is unreachable, overloaded, timed out or asked for a retry: the
 * client should be told SERVICE_UNAVAILABLE (retryable), not a defect. Looks through TypeORM's
 * QueryFailedError to the driver's error, and through AggregateError (a refused connection to a host
 * with several addresses).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; errors?: unknown; driverError?: unknown };
  if (error instanceof QueryFailedError || e.driverError) {
    if (isDatabaseUnavailable(e.driverError, depth + 1)) return true;
  }
  if (typeof e.code === 'string' && (TRANSIENT_SQLSTATE.test(e.code) || TRANSIENT_ERRNO.has(e.code)))
    return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return typeof e.message === 'string' && TRANSIENT_MESSAGE.test(e.message);
}
