import type { IncomingMessage } from 'http';

type CorsResult = { origin: false } | { origin: string; credentials?: boolean };

/** Allowed browser origins (CORS_ORIGINS, default the app's own); set by configureApp. */
let allowed: string[] | '*' = [];

export function setCorsOrigins(origins: string[] | '*'): void {
  allowed = origins;
}

/**
 * The one CORS policy, for HTTP (GraphQL, REST) and Socket.IO's polling transport: an allowed origin is
 * answered with itself and `Access-Control-Allow-Credentials`; `*` allows any origin without credentials;
 * any other origin gets no CORS headers at all (the browser then refuses to hand the answer over).
 */
export function corsDelegate(
  req: Pick<IncomingMessage, 'headers'>,
  callback: (err: Error | null, options: CorsResult) => void,
): void {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !origin) return callback(null, { origin: false });
  if (allowed === '*') return callback(null, { origin: '*' });
  if (!allowed.includes(origin)) return callback(null, { origin: false });
  callback(null, { origin, credentials: true });
}
