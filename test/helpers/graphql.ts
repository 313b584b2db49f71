import { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; [k: string]: unknown } }>;
}

/** POST /graphql through the real HTTP stack. */
export async function gql<T = Record<string, any>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  let req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req.send({ query, variables });
  return res.body as GqlResult<T>;
}

/**
 * Asserts success and returns data with the number of SQL statements that request ran, read from its
 * `Server-Timing` header (`sql;desc="N"`, counted in the request's own scope: see server-timing.ts). Use it
 * for N+1 checks: the process-wide `queryCounter` also counts work that finishes after an earlier request
 * (a job's bookkeeping, an outbox relay), so a count taken from it depends on timing.
 */
export async function gqlCounted<T = Record<string, any>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T; queries: number }> {
  let req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  const body = res.body as GqlResult<T>;
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  const m = /sql;desc="(\d+)"/.exec(String(res.headers['server-timing'] ?? ''));
  if (!m) throw new Error(`no SQL count in Server-Timing: ${String(res.headers['server-timing'])}`);
  return { data: body.data as T, queries: Number(m[1]) };
}

/** Asserts success and returns data. */
export async function gqlOk<T = Record<string, any>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await gql<T>(app, query, variables, token);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/**
 * `gqlOk` for a write the API may shed under load, as a client written from the documentation sends it: an error
 * the API marks `retryable` (OVERLOADED, with `retryAfterSeconds`) is retried with the same variables (a message's
 * same `clientMessageId`, so a retry never sends it twice), up to `attempts` times. A test about what a write does,
 * not about the load shedding itself (chat-overload.e2e tests that), then does not fail on a busy machine.
 */
export async function gqlOkRetrying<T = Record<string, any>>(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  attempts = 6,
): Promise<T> {
  for (let i = 1; ; i++) {
    const res = await gql<T>(app, query, variables, token);
    const errors = res.errors ?? [];
    if (errors.length === 0) return res.data as T;
    const retryable = errors.every((e) => e.extensions?.retryable === true);
    if (!retryable || i >= attempts) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
    const details = errors[0].extensions?.details as { retryAfterSeconds?: number } | undefined;
    const after = Number(details?.retryAfterSeconds ?? 1);
    await new Promise((r) => setTimeout(r, Math.min(Math.max(after, 0.1), 2) * 1000));
  }
}

/** The first error's extensions.code (and reason), for asserting on failures. */
export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
export function errorReason(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.reason;
}
