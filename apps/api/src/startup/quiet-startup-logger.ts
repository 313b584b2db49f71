import { LoggerService } from '@nestjs/common';

/** Nest's own start-up chatter: a line per module, route and socket event. */
const STARTUP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
  'GraphQLModule',
  'NestApplication',
]);

/**
 * The app's logger with Nest's start-up chatter moved to debug (LOG_LEVEL=debug shows it): at info, a
 * start shows what Coachline says about itself, ending with the one "ready" line.
 */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]) {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context) && this.inner.debug) {
      this.inner.debug(message, ...rest);
    } else {
      this.inner.log(message, ...rest);
    }
  }
  error(message: unknown, ...rest: unknown[]) {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.inner.debug?.(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.inner.verbose?.(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.inner.fatal?.(message, ...rest);
  }
}
