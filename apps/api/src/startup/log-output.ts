import pino, { DestinationStream, Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * Readable lines for a person at a terminal, JSON for everything else: pretty when asked for
 * (LOG_FORMAT=pretty) or, by default, when stdout is a terminal; JSON when asked for, when stdout is a
 * file or a pipe (a log collector, systemd, docker) and always in production.
 */
export function prettyLogs(format: LogFormat, nodeEnv: string, stdoutIsTty: boolean): boolean {
  if (nodeEnv === 'production') return false;
  return format === 'pretty' || (format === 'auto' && stdoutIsTty);
}

let destination: DestinationStream | undefined;

/**
 * Where the app's logs go: one stream shared by every logger of the process, so lines come out in the
 * order they were logged: pino-pretty (synchronous, so the last lines before an exit are not lost), or
 * stdout as JSON (pino's own destination, flushed on exit).
 */
export function logDestination(env: { LOG_FORMAT: LogFormat; NODE_ENV: string }): DestinationStream {
  destination ??= prettyLogs(env.LOG_FORMAT, env.NODE_ENV, process.stdout.isTTY === true)
    ? PinoPretty({
        colorize: process.stdout.isTTY === true,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,context,req,res,responseTime,ready',
        messageFormat:
          '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url} {res.statusCode} {responseTime} ms{end}',
        sync: true,
      })
    : pino.destination({ dest: 1, sync: false });
  return destination;
}

/** The logger main.ts uses before (and after) the Nest app exists, in the same format as the app's. */
export function bootLogger(env: { LOG_FORMAT: LogFormat; NODE_ENV: string; LOG_LEVEL: string }): Logger {
  return pino({ level: env.LOG_LEVEL, base: { context: 'Coachline' } }, logDestination(env));
}
