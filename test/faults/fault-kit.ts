/**
 * What the fault suite needs: its own embedded PostgreSQL (free port, own folder), the API as a child
 * process, and chat clients that behave as docs/chat.md tells them to (re-send what was not acknowledged
 * with the same clientMessageId, catch up with conversation:sync), plus the checks on what PostgreSQL holds.
 */
import { execFileSync } from 'child_process';
import { randomBytes, randomUUID } from 'crypto';
import { readdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import type { ChatMessage } from '../../apps/api/src/modules/chat/chat.events';
import { ChatSocket, Pair, ROOT, sleep } from '../../bench/chat-bench-utils';

export { freePort, startEmbeddedPostgres } from '../../libs/db/src/embedded-postgres';
export { seedPairs, startServer, sleep } from '../../bench/chat-bench-utils';
export type { Pair, Server } from '../../bench/chat-bench-utils';

/** A folder for one embedded server, under .data (git-ignored), removed by `cleanup`. */
export function scratchDir(name: string): { dir: string; cleanup(): void } {
  const dir = join(ROOT, '.data', `faults-${name}-${process.pid}-${randomBytes(3).toString('hex')}`);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function migrate(url: string): void {
  execFileSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin'),
      '-r',
      'tsconfig-paths/register',
      '--transpile-only',
      'scripts/db-cli.ts',
      'run',
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' },
  );
}

/** The postmaster and every process it forked (backends, checkpointer, …): what a whole-server freeze stops. */
export function serverProcesses(postmasterPid: number): number[] {
  const out = [postmasterPid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A chat client that keeps sending, as a real one would, and remembers everything it was told. */
export class Sender {
  readonly socket: ChatSocket;
  /** clientMessageId → body, for every message it meant to send. */
  readonly sent = new Map<string, string>();
  readonly acked = new Map<string, ChatMessage>();
  /** Error codes and reasons of refused sends, e.g. SERVICE_UNAVAILABLE/DATABASE_UNAVAILABLE. */
  readonly refusals = new Map<string, number>();
  readonly latencies: Array<{ ms: number; ok: boolean; code?: string }> = [];
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    port: () => number,
    token: string,
    readonly conversationId: string,
    readonly userId: string,
  ) {
    this.socket = io(`http://127.0.0.1:${port()}/chat`, {
      auth: { token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
    });
  }

  async connected(timeoutMs = 30_000): Promise<void> {
    const t0 = Date.now();
    while (!this.socket.connected) {
      if (Date.now() - t0 > timeoutMs) throw new Error('client did not connect');
      await sleep(50);
    }
  }

  /** One send with an 8 s ack timeout; true when acknowledged. */
  async send(clientMessageId: string, body: string): Promise<boolean> {
    this.sent.set(clientMessageId, body);
    const t0 = Date.now();
    try {
      const ack = (await this.socket
        .timeout(8_000)
        .emitWithAck('message:send', { conversationId: this.conversationId, clientMessageId, body })) as {
        ok: boolean;
        message?: ChatMessage;
        error?: { code: string; reason: string; retryable?: boolean };
      };
      this.latencies.push({ ms: Date.now() - t0, ok: ack.ok, code: ack.error?.code });
      if (ack.ok && ack.message) {
        const before = this.acked.get(clientMessageId);
        if (before && (before.id !== ack.message.id || before.seq !== ack.message.seq)) {
          throw new Error(`retry of ${clientMessageId} answered with another message`);
        }
        this.acked.set(clientMessageId, ack.message);
        return true;
      }
      const key = `${ack.error?.code}/${ack.error?.reason}${ack.error?.retryable ? ' (retryable)' : ''}`;
      this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
      return false;
    } catch {
      this.refusals.set('ACK_TIMEOUT', (this.refusals.get('ACK_TIMEOUT') ?? 0) + 1);
      return false;
    }
  }

  /** A new message every `everyMs` (under the 2/s per-user budget), until stop(). */
  start(everyMs = 600): void {
    this.running = true;
    this.loop = (async () => {
      let i = 0;
      while (this.running) {
        const t0 = Date.now();
        await this.send(randomUUID(), `message ${i++} from ${this.userId.slice(0, 8)}`);
        await sleep(Math.max(0, everyMs - (Date.now() - t0)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Re-sends every unacknowledged message with its clientMessageId until all are stored. */
  async drain(timeoutMs = 60_000): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const pending = [...this.sent].filter(([id]) => !this.acked.has(id));
      if (!pending.length) return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`${pending.length} messages never acknowledged`);
      await this.connected();
      for (const [id, body] of pending) await this.send(id, body);
      await sleep(300);
    }
  }

  /** The whole conversation through conversation:sync, as a client catching up does. */
  async history(): Promise<ChatMessage[]> {
    const all: ChatMessage[] = [];
    let after = 0;
    for (;;) {
      const res = (await this.socket.timeout(8_000).emitWithAck('conversation:sync', {
        conversationId: this.conversationId,
        afterSeq: after,
        limit: 500,
      })) as {
        ok: boolean;
        messages: ChatMessage[];
        hasMore: boolean;
      };
      if (!res.ok) throw new Error(`sync refused: ${JSON.stringify(res)}`);
      all.push(...res.messages);
      if (!res.hasMore || !res.messages.length) return all;
      after = res.messages[res.messages.length - 1].seq;
    }
  }

  close(): void {
    this.socket.close();
  }
}

export function senders(port: () => number, pairs: Pair[]): Sender[] {
  return pairs.flatMap((p) => [
    new Sender(port, p.athlete.token, p.conversationId, p.athlete.userId),
    new Sender(port, p.coach.token, p.conversationId, p.coach.userId),
  ]);
}

/**
 * What must hold after any fault: every message a client meant to send is stored exactly once, under the
 * id and seq its ack said; every conversation's seq is gapless and matches last_seq; and every client's
 * catch-up history equals the database's.
 */
export async function checkDatabase(url: string, clients: Sender[]): Promise<{ messages: number }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const rows: Array<{
      id: string;
      seq: number;
      conversation_id: string;
      sender_user_id: string;
      client_message_id: string;
    }> = (await db.query('SELECT id, seq, conversation_id, sender_user_id, client_message_id FROM message'))
      .rows;
    const byKey = new Map(rows.map((r) => [`${r.sender_user_id}/${r.client_message_id}`, r]));
    expectTrue(byKey.size === rows.length, 'a (sender, clientMessageId) stored twice');
    let meant = 0;
    for (const c of clients) {
      for (const id of c.sent.keys()) {
        meant++;
        const row = byKey.get(`${c.userId}/${id}`);
        expectTrue(!!row, `message ${id} of ${c.userId} was lost`);
        const ack = c.acked.get(id);
        expectTrue(
          !!ack && ack.id === row?.id && ack.seq === row?.seq,
          `ack of ${id} disagrees with the database`,
        );
      }
    }
    expectTrue(meant === rows.length, `${rows.length} rows for ${meant} messages meant`);
    const convs: Array<{ id: string; last_seq: number; n: number; max: number | null }> = (
      await db.query(
        `SELECT c.id, c.last_seq, count(m.id)::int AS n, max(m.seq) AS max
           FROM conversation c LEFT JOIN message m ON m.conversation_id = c.id GROUP BY c.id`,
      )
    ).rows;
    for (const c of convs) {
      expectTrue(c.n === c.last_seq && (c.max ?? 0) === c.last_seq, `seq gap in conversation ${c.id}`);
    }
    for (const c of clients) {
      const h = await c.history();
      const fromDb = rows.filter((r) => r.conversation_id === c.conversationId).sort((a, b) => a.seq - b.seq);
      expectTrue(
        JSON.stringify(h.map((m) => [m.seq, m.id])) === JSON.stringify(fromDb.map((r) => [r.seq, r.id])),
        `history of ${c.userId} differs from the database`,
      );
    }
    return { messages: rows.length };
  } finally {
    await db.end();
  }
}

function expectTrue(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

export const tally = (clients: Sender[]) => {
  const out: Record<string, number> = {};
  for (const c of clients) for (const [k, n] of c.refusals) out[k] = (out[k] ?? 0) + n;
  return out;
};

export { randomUUID };
