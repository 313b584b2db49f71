/**
 * The one GraphQL client: auth header, token refresh (before expiry, and once on TOKEN_EXPIRED),
 * error mapping to ApiError. Screens call `gqlRequest(document, variables)` through TanStack Query.
 */
import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';
import { graphql, type ResultOf } from '../graphql';
import { ApiError, toApiError } from './errors';
import { markOnce } from './perf';
import { refreshAcrossTabs } from './refresh-lock';
import { sessionStore, type Session } from './session';

interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string; reason?: string; details?: Record<string, unknown>; field?: string };
}

/** Refresh this long before the access token expires, so requests never carry an expired token. */
const REFRESH_MARGIN_MS = 30_000;

export const AuthFields = graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    me {
      athleteId
      roles
      user {
        id
        name
        email
      }
      organization {
        name
        timezone
      }
    }
  }
`);

const RefreshMutation = graphql(
  `
    mutation Refresh($input: RefreshTokensInput!) {
      refreshTokens(input: $input) {
        ...AuthFields
      }
    }
  `,
  [AuthFields],
);

export type AuthPayloadJson = ResultOf<typeof AuthFields>;

export function sessionFrom(p: AuthPayloadJson): Session {
  return {
    accessToken: p.accessToken,
    refreshToken: p.refreshToken,
    accessTokenExpiresAt: Date.parse(p.accessTokenExpiresAt),
    user: {
      userId: p.me.user.id,
      name: p.me.user.name,
      email: p.me.user.email,
      roles: p.me.roles,
      athleteId: p.me.athleteId,
      organizationName: p.me.organization.name,
      organizationTimezone: p.me.organization.timezone,
    },
  };
}

type ResponseJson = { data?: unknown; errors?: GraphQLErrorJson[] };

/** The operation's name (`query ReviewQueue …` → ReviewQueue), for the Performance API marks. */
function operationName(document: { definitions: readonly unknown[] }): string {
  const def = document.definitions[0] as { name?: { value: string } } | undefined;
  return def?.name?.value ?? 'anonymous';
}

/** Called with the next request handed to fetch (see `preloadRequest`). */
const sendWaiters = new Set<() => void>();

async function post(query: string, variables: unknown, token?: string, op?: string): Promise<ResponseJson> {
  for (const sent of sendWaiters) sent();
  sendWaiters.clear();
  if (op) markOnce(`gql:${op}:sent`);
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK', 'NETWORK', 'Cannot reach Coachline. Check your connection and try again.');
  }
  let json: { data?: unknown; errors?: GraphQLErrorJson[] };
  try {
    json = await res.json();
  } catch {
    throw toApiError({}, res.status || 500);
  }
  if (op) markOnce(`gql:${op}:received`);
  return json;
}

function firstError(errors: GraphQLErrorJson[]): ApiError {
  const e = errors[0];
  return toApiError({ ...e.extensions, message: e.message });
}

let refreshing: Promise<Session | null> | null = null;

/**
 * Rotates the refresh token once, however many requests need it at the same moment, in this tab and in
 * the others (lib/refresh-lock.ts: one tab refreshes, the others use its tokens).
 */
export function refreshSession(): Promise<Session | null> {
  if (!sessionStore.get()) return Promise.resolve(null);
  refreshing ??= refreshAcrossTabs(async (refreshToken) => {
    const json = await post(print(RefreshMutation), { input: { refreshToken } }, undefined, 'Refresh');
    if (json.errors?.length) {
      const err = firstError(json.errors);
      // A network blip keeps the session; a refused refresh ends it.
      if (err.code === 'UNAUTHENTICATED') sessionStore.clear(err.message);
      throw err;
    }
    const next = sessionFrom((json.data as { refreshTokens: AuthPayloadJson }).refreshTokens);
    sessionStore.set(next);
    return next;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A valid access token, refreshed first when it is about to expire. */
export async function accessToken(): Promise<string | undefined> {
  const s = sessionStore.get();
  if (!s) return undefined;
  if (s.accessTokenExpiresAt - Date.now() < REFRESH_MARGIN_MS) {
    const next = await refreshSession();
    return next?.accessToken;
  }
  return s.accessToken;
}

/** A request sent ahead of the screen that needs it (see `preloadRequest`): the token it carried and its answer. */
interface Preloaded {
  result: Promise<{ token: string | undefined; json: ResponseJson }>;
}
const preloaded = new Map<string, Preloaded>();
/** A preloaded answer nobody took within this long (the route redirected elsewhere) is dropped. */
const PRELOAD_TTL_MS = 10_000;

const preloadKey = (userId: string, query: string, variables: unknown) =>
  `${userId}\n${query}\n${JSON.stringify(variables ?? {})}`;

/**
 * Sends a request now, before the screen that needs it has loaded: the landing route's data, started by
 * the entry (preload.ts) while the app's code downloads and compiles. The screen's `gqlRequest` with the
 * same document and variables, for the same user, takes this answer instead of sending another one; it
 * then handles it exactly as its own (errors, an expired token's refresh and retry). Resolves once the
 * request, or the token refresh it needs first, is on the network (or has failed).
 */
export function preloadRequest<TResult, TVariables>(
  document: TadaDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<void> {
  const s = sessionStore.get();
  if (!s) return Promise.resolve();
  const query = print(document);
  const key = preloadKey(s.user.userId, query, variables);
  if (preloaded.has(key)) return Promise.resolve();
  let onWire!: () => void;
  const sent = new Promise<void>((resolve) => (onWire = resolve));
  sendWaiters.add(onWire);
  const op = operationName(document);
  markOnce(`gql:${op}:start`);
  const entry: Preloaded = {
    result: (async () => {
      const token = await accessToken();
      return { token, json: await post(query, variables ?? {}, token, op) };
    })(),
  };
  entry.result.catch(() => undefined).finally(onWire); // the screen that takes it sees the error
  preloaded.set(key, entry);
  setTimeout(() => preloaded.get(key) === entry && preloaded.delete(key), PRELOAD_TTL_MS);
  return sent;
}

function takePreloaded(query: string, variables: unknown): Preloaded | undefined {
  const s = sessionStore.get();
  if (!s) return undefined;
  const key = preloadKey(s.user.userId, query, variables);
  const entry = preloaded.get(key);
  preloaded.delete(key);
  return entry;
}

export async function gqlRequest<TResult, TVariables>(
  document: TadaDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
): Promise<TResult> {
  const query = print(document);
  const op = operationName(document);
  const early = takePreloaded(query, variables);
  if (!early) markOnce(`gql:${op}:start`);
  let { token, json } = early
    ? await early.result
    : await accessToken().then(async (t) => ({ token: t, json: await post(query, variables ?? {}, t, op) }));
  const expired = json.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (expired && token) {
    // The token expired in flight (or the clock is off): refresh once and retry.
    const next = await refreshSession();
    token = next?.accessToken;
    if (token) json = await post(query, variables ?? {}, token);
  }
  if (json.errors?.length) {
    const err = firstError(json.errors);
    if (err.code === 'UNAUTHENTICATED' && sessionStore.get()) sessionStore.clear(err.message);
    throw err;
  }
  return json.data as TResult;
}

/** Sign-in calls (login, accept invitation): the result becomes the session. */
export async function signIn<TResult, TVariables>(
  document: TadaDocumentNode<TResult, TVariables>,
  variables: TVariables,
  pick: (data: TResult) => AuthPayloadJson,
): Promise<Session> {
  const json = await post(print(document), variables);
  if (json.errors?.length) throw firstError(json.errors);
  const session = sessionFrom(pick(json.data as TResult));
  sessionStore.set(session);
  return session;
}

/** Upload with progress (fetch has none): the FIT/GPX import. */
export function uploadFile(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; body: unknown }> {
  return accessToken().then(
    (token) =>
      new Promise((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        xhr.open('POST', url);
        if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
        xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
        xhr.onerror = () =>
          reject(
            new ApiError(
              'NETWORK',
              'NETWORK',
              'Cannot reach Coachline. Check your connection and try again.',
            ),
          );
        xhr.onload = () => {
          let body: unknown = null;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            /* not JSON */
          }
          if (xhr.status >= 400) {
            const e = (body as { error?: { code?: string; reason?: string; message?: string } })?.error ?? {};
            reject(toApiError(e, xhr.status));
          } else resolve({ status: xhr.status, body });
        };
        const form = new FormData();
        form.append('file', file);
        xhr.send(form);
      }),
  );
}

/** A GET of the REST API (an archive import's progress), with the session's token; errors as ApiError. */
export async function getJson(url: string): Promise<unknown> {
  const send = (token: string | undefined) =>
    fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }).catch(() => {
      throw new ApiError(
        'NETWORK',
        'NETWORK',
        'Cannot reach Coachline. Check your connection and try again.',
      );
    });
  let res = await send(await accessToken());
  if (res.status === 401 && sessionStore.get()) res = await send((await refreshSession())?.accessToken);
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (body as { error?: { code?: string; reason?: string; message?: string } } | null)?.error ?? {};
    throw toApiError(e, res.status);
  }
  return body;
}
