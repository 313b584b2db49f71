import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { toPublicError } from '../../graphql/graphql-errors';
import { Ack } from './chat.events';

/**
 * Errors of a Socket.IO handler (validation pipe, service) become the handler's ack,
 * `{ ok: false, error: { code, reason, message } }`, mapped exactly like GraphQL errors (`toPublicError`).
 * An event sent without an ack callback gets an `exception` event instead: never a silent drop.
 */
@Catch()
export class ChatWsExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const error = toPublicError(exception);
    const ack = host.getArgs().find((a): a is (res: Ack<never>) => void => typeof a === 'function');
    if (ack) {
      ack({ ok: false, error });
      return;
    }
    const socket = host.switchToWs().getClient<{ emit(event: string, payload: unknown): void }>();
    socket.emit('exception', { ok: false, error });
  }
}
