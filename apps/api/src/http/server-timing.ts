import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { QueryCounter } from '@app/db';

/**
 * `Server-Timing` on every GraphQL answer: how long the server spent on the request (`app`, from its parsed body
 * to its headers) and how many SQL statements it ran (`sql`, in the description):
 * `app;dur=12.4, sql;desc="3"`. Browsers show it next to the request and expose it to the Performance API
 * (the browser tests record the queue's in test-results/web/timings.json). Durations and a count only:
 * nothing about the data.
 */
export function installServerTiming(app: INestApplication, path = '/graphql'): void {
  app.use(path, (req: Request, res: Response, next: NextFunction) => {
    const start = process.hrtime.bigint();
    QueryCounter.scope((scope) => {
      const writeHead = res.writeHead;
      res.writeHead = function (this: Response, ...args: unknown[]) {
        if (!this.headersSent) {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          this.setHeader('server-timing', `app;dur=${ms.toFixed(1)}, sql;desc="${scope.queries}"`);
        }
        return (writeHead as (...a: unknown[]) => Response).apply(this, args);
      } as typeof res.writeHead;
      next();
    });
  });
}
