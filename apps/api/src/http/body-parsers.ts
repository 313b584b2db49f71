import { INestApplication, Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';

const logger = new Logger('HttpBody');

/** body-parser's client errors (their `type`) and what the client is told. */
const CLIENT_ERRORS: Record<string, { reason: string; message: (limit: number) => string }> = {
  'entity.too.large': {
    reason: 'PAYLOAD_TOO_LARGE',
    message: (limit) => `The request body is larger than ${limit} bytes, the most this API accepts`,
  },
  'entity.parse.failed': { reason: 'INVALID_JSON', message: () => 'The request body is not valid JSON' },
  'encoding.unsupported': {
    reason: 'UNSUPPORTED_ENCODING',
    message: () => 'The request body’s character set is not supported',
  },
  'charset.unsupported': {
    reason: 'UNSUPPORTED_ENCODING',
    message: () => 'The request body’s character set is not supported',
  },
  'request.aborted': { reason: 'REQUEST_ABORTED', message: () => 'The request was aborted' },
  'request.size.invalid': {
    reason: 'INVALID_CONTENT_LENGTH',
    message: () => 'The request body does not match its Content-Length',
  },
};

/**
 * JSON and form bodies up to `limitBytes` (MAX_REQUEST_BODY_BYTES), and the answer to a body that cannot be
 * read: 413 for one over the limit, 400 for malformed JSON, with `extensions.code` BAD_USER_INPUT and a
 * reason (as a GraphQL error on /graphql, `{ error }` elsewhere), logged as a client error (warn), never
 * a 500. File uploads are multipart, read by their own route with their own limit.
 */
export function installBodyParsers(app: INestApplication, limitBytes: number): void {
  const http = app as NestExpressApplication;
  // Registered before Nest's defaults, which it then skips (same parser names).
  http.useBodyParser('json', { limit: limitBytes });
  http.useBodyParser('urlencoded', { limit: limitBytes, extended: true });
  http.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    const e = err as { type?: string; status?: number };
    const known = e && typeof e.type === 'string' ? CLIENT_ERRORS[e.type] : undefined;
    if (!known || res.headersSent) return next(err);
    const status = e.status && e.status >= 400 && e.status < 500 ? e.status : 400;
    const message = known.message(limitBytes);
    logger.warn(`${req.method} ${req.originalUrl.split('?')[0]}: ${status} ${known.reason}`);
    const extensions = { code: 'BAD_USER_INPUT', reason: known.reason };
    res
      .status(status)
      .json(
        req.path === '/graphql'
          ? { errors: [{ message, extensions }] }
          : { error: { ...extensions, message } },
      );
  });
}
