import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'net';
import { io, Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../apps/api/src/modules/chat/chat.events';

export type ChatClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The base URL of an app that is listening (call `app.listen(0, '127.0.0.1')` first). */
export function baseUrl(app: INestApplication): string {
  const addr = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${addr.port}`;
}

/** A socket.io-client on `/chat`, websocket transport only, not yet connected unless `connect` is awaited. */
export function chatClient(url: string, token: string, opts: { autoConnect?: boolean } = {}): ChatClient {
  return io(`${url}/chat`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: opts.autoConnect ?? true,
  });
}

/** Connects and resolves once the server accepted the handshake (rejects with the connect_error). */
export async function connectChat(url: string, token: string): Promise<ChatClient> {
  const socket = chatClient(url, token);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
  return socket;
}

/** Emits with an ack and a timeout. */
export function request<T>(
  socket: ChatClient,
  event: string,
  payload: unknown,
  timeoutMs = 5_000,
): Promise<Ack<T>> {
  return (
    socket.timeout(timeoutMs) as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<Ack<T>>;
    }
  ).emitWithAck(event, payload);
}

/** Records every event of the given names, to assert on later (including "never received"). */
export function recorder(socket: ChatClient, events: string[]) {
  const seen: Array<{ event: string; payload: any }> = [];
  for (const e of events)
    socket.on(
      e as keyof ServerToClientEvents,
      ((payload: unknown) => seen.push({ event: e, payload })) as never,
    );
  return {
    seen,
    of: (event: string) => seen.filter((s) => s.event === event).map((s) => s.payload),
    /** Resolves with the first payload of `event` matching `pred`, or rejects after `timeoutMs`. */
    waitFor: (event: string, pred: (p: any) => boolean = () => true, timeoutMs = 5_000) =>
      new Promise<any>((resolve, reject) => {
        const hit = seen.find((s) => s.event === event && pred(s.payload));
        if (hit) return resolve(hit.payload);
        const timer = setTimeout(() => {
          socket.off(event as keyof ServerToClientEvents, on as never);
          reject(new Error(`timed out waiting for ${event}`));
        }, timeoutMs);
        const on = (p: unknown) => {
          if (!pred(p)) return;
          clearTimeout(timer);
          socket.off(event as keyof ServerToClientEvents, on as never);
          resolve(p);
        };
        socket.on(event as keyof ServerToClientEvents, on as never);
      }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The full AppModule (as createTestApp) listening on 127.0.0.1, with chat options overridden (e.g. Redis). */
export async function createListeningChatApp(
  overrides: Partial<import('../../apps/api/src/modules/chat/chat-options').ChatOptions> = {},
): Promise<INestApplication> {
  const { Test } = await import('@nestjs/testing');
  const { AppModule } = await import('../../apps/api/src/app.module');
  const { configureApp } = await import('../../apps/api/src/app.setup');
  const { AppConfigService } = await import('../../apps/api/src/config/app-config.service');
  const { CHAT_OPTIONS, chatOptionsFrom } = await import('../../apps/api/src/modules/chat/chat-options');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(CHAT_OPTIONS)
    .useFactory({
      inject: [AppConfigService],
      factory: (c: any) => ({ ...chatOptionsFrom(c), ...overrides }),
    })
    .compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  return app;
}
