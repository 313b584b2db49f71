import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { serviceUnavailable } from '@app/common';
import { Observable, throwError, timeout } from 'rxjs';
import { AppConfigService } from '../config/app-config.service';

/**
 * The per-request deadline (REQUEST_TIMEOUT_MS) of GraphQL resolvers and chat events: past it the client
 * gets a retryable SERVICE_UNAVAILABLE / DEADLINE_EXCEEDED instead of waiting as long as a hung database
 * does. The work is not undone: a write may still commit after the answer (the database timeouts end it
 * soon after), which is why chat sends are retried with the same clientMessageId. REST endpoints (file
 * import, calendar feed, health) keep their own limits.
 */
@Injectable()
export class DeadlineInterceptor implements NestInterceptor {
  private readonly ms: number;

  constructor(config: AppConfigService) {
    this.ms = config.requestTimeoutMs;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'http') return next.handle();
    return next.handle().pipe(
      timeout({
        first: this.ms,
        with: () =>
          throwError(() =>
            serviceUnavailable(
              `No answer within ${this.ms} ms (the database is slow or unavailable); retry in a moment`,
              'DEADLINE_EXCEEDED',
              1,
            ),
          ),
      }),
    );
  }
}
