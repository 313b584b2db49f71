/**
 * Chat fault test: two API instances sharing events through Redis, clients sending continuously, one
 * instance killed with SIGKILL mid-stream. Clients on the dead instance reconnect to the survivor, re-send
 * what was never acknowledged (same clientMessageId) and catch up with conversation:sync. Then it checks:
 *   1. every acknowledged message exists exactly once in PostgreSQL (by id and by sender+clientMessageId);
 *   2. every client's history (real-time deliveries + acks + sync) equals the database's, message for message;
 *   3. no conversation has a gap in seq, and conversation.last_seq equals the highest seq.
 *
 *   npm run bench:chat-fault                                    # 50 pairs, 1 msg/s per client, kill at 8 s
 *   npm run bench:chat-fault -- --pairs 100 --before 10 --after 10
 *   REDIS_URL (default redis://127.0.0.1:6379); BENCH_ADMIN_DATABASE_URL as for bench:chat.
 * Exit code 0 when every check passes, 1 otherwise.
 */
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import type { ChatMessage } from '../apps/api/src/modules/chat/chat.events';
import {
  arg,
  ChatSocket,
  connect,
  freshDatabase,
  Pair,
  seedPairs,
  Server,
  sleep,
  startServer,
} from './chat-bench-utils';

const PAIRS = arg('pairs', 50);
const PER_CLIENT_RATE = arg('rate', 1); // msg/s per client (the per-user limit is 2/s sustained)
const BEFORE_S = arg('before', 8);
const AFTER_S = arg('after', 8);
const PORTS = [arg('port', 3321), arg('port', 3321) + 1];
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const alive = new Set<number>(PORTS);

class FaultClient {
  socket: ChatSocket | null = null;
  readonly history = new Map<number, ChatMessage>();
  readonly acked = new Map<string, ChatMessage>();
  readonly pending = new Map<string, string>();
  readonly conflicts: string[] = [];
  reconnects = 0;
  retriedAfterFault = 0;
  realtime = 0;
  synced = 0;
  private stopped = false;
  private sending = new Set<string>();

  constructor(
    readonly userId: string,
    readonly token: string,
    readonly conversationId: string,
    public port: number,
  ) {}

  async start(): Promise<void> {
    this.socket = await connect(this.port, this.token);
    this.wire(this.socket);
  }

  private wire(socket: ChatSocket) {
    socket.on('message:new', (m) => {
      if (m.conversationId !== this.conversationId) return;
      this.realtime++;
      this.record(m);
    });
    socket.on('disconnect', (reason) => {
      if (this.stopped || reason === 'io client disconnect') return;
      void this.failover();
    });
  }

  private record(m: ChatMessage) {
    const known = this.history.get(m.seq);
    if (known && known.id !== m.id) this.conflicts.push(`seq ${m.seq}: ${known.id} vs ${m.id}`);
    this.history.set(m.seq, m);
  }

  /** The highest seq such that 1..seq are all known. */
  contiguous(): number {
    let s = 0;
    while (this.history.has(s + 1)) s++;
    return s;
  }

  private async failover() {
    this.socket = null;
    for (;;) {
      const port = [...alive].find((p) => p !== this.port) ?? [...alive][0];
      try {
        const socket = await connect(port, this.token);
        this.port = port;
        this.socket = socket;
        this.reconnects++;
        this.wire(socket);
        await this.sync();
        for (const cmid of this.pending.keys()) {
          this.retriedAfterFault++;
          this.trySend(cmid);
        }
        return;
      } catch {
        await sleep(200);
      }
    }
  }

  async sync(fromZero = false) {
    const socket = this.socket;
    if (!socket) return;
    let after = fromZero ? 0 : this.contiguous();
    for (;;) {
      const res = await socket.timeout(10_000).emitWithAck('conversation:sync', {
        conversationId: this.conversationId,
        afterSeq: after,
        limit: 500,
      });
      if (!res.ok) throw new Error(`sync failed: ${res.error.code}`);
      for (const m of res.messages) {
        this.synced++;
        this.record(m);
      }
      if (!res.hasMore || !res.messages.length) return;
      after = res.messages[res.messages.length - 1].seq;
    }
  }

  sendNew() {
    if (this.stopped) return;
    const cmid = randomUUID();
    this.pending.set(cmid, `from ${this.userId.slice(0, 8)} at ${Date.now()}`);
    this.trySend(cmid);
  }

  trySend(cmid: string) {
    const socket = this.socket;
    const body = this.pending.get(cmid);
    if (!socket || body === undefined || this.sending.has(cmid)) return;
    this.sending.add(cmid);
    socket
      .timeout(5_000)
      .emit(
        'message:send',
        { conversationId: this.conversationId, clientMessageId: cmid, body },
        (err, res) => {
          this.sending.delete(cmid);
          if (!err && res?.ok) {
            const prev = this.acked.get(cmid);
            if (prev && (prev.id !== res.message.id || prev.seq !== res.message.seq)) {
              this.conflicts.push(`clientMessageId ${cmid} acked twice differently`);
            }
            this.acked.set(cmid, res.message);
            this.pending.delete(cmid);
            this.record(res.message);
            return;
          }
          // Timed out (instance died) or refused (rate limit): keep it pending; failover or the drain retries it.
          if (!err && res && !res.ok && res.error.code !== 'TOO_MANY_REQUESTS') {
            this.conflicts.push(`send refused: ${res.error.code} ${res.error.message}`);
            this.pending.delete(cmid);
          }
        },
      );
  }

  async drain() {
    this.stopped = true;
    const deadline = Date.now() + 30_000;
    while (this.pending.size && Date.now() < deadline) {
      for (const cmid of this.pending.keys()) this.trySend(cmid);
      await sleep(500);
    }
  }

  close() {
    this.stopped = true;
    this.socket?.close();
  }
}

async function main() {
  console.log(
    `chat fault test: ${PAIRS * 2} clients on 2 instances (ports ${PORTS.join(', ')}) + Redis ${REDIS_URL}`,
  );
  const url = await freshDatabase('coachline_chat_fault');
  const pairs: Pair[] = await seedPairs(url, PAIRS);
  const servers: Server[] = [];
  for (const port of PORTS) servers.push(await startServer({ port, databaseUrl: url, redisUrl: REDIS_URL }));
  const [victim] = servers;
  const db = new Client({ connectionString: url });
  await db.connect();
  let failed = false;
  try {
    // Each pair is split across the instances, so every message crosses Redis in one direction or the other.
    const clients: FaultClient[] = [];
    pairs.forEach((p, i) => {
      clients.push(new FaultClient(p.athlete.userId, p.athlete.token, p.conversationId, PORTS[i % 2]));
      clients.push(new FaultClient(p.coach.userId, p.coach.token, p.conversationId, PORTS[(i + 1) % 2]));
    });
    await Promise.all(clients.map((c) => c.start()));
    await sleep(500);
    const onVictim = clients.filter((c) => c.port === victim.port).length;
    console.log(`connected ${clients.length} clients (${onVictim} on the instance that will be killed)`);

    const timers = clients.map((c) => {
      const period = 1000 / PER_CLIENT_RATE;
      return setTimeout(function again() {
        c.sendNew();
        timers[clients.indexOf(c)] = setTimeout(again, period * (0.8 + Math.random() * 0.4));
      }, Math.random() * period);
    });

    await sleep(BEFORE_S * 1000);
    const [{ n: rowsAtKill }] = (await db.query(`SELECT count(*)::int AS n FROM message`)).rows;
    const inFlight = clients.reduce((s, c) => s + c.pending.size, 0);
    victim.proc.kill('SIGKILL');
    alive.delete(victim.port);
    console.log(
      `SIGKILL instance on port ${victim.port} with ${rowsAtKill} messages stored and ${inFlight} sends in flight`,
    );
    await sleep(AFTER_S * 1000);

    timers.forEach((t) => clearTimeout(t));
    await Promise.all(clients.map((c) => c.drain()));
    await sleep(1000);
    await Promise.all(clients.map((c) => c.sync()));

    // --- checks ---
    const problems: string[] = [];
    const acked = clients.flatMap((c) => [...c.acked.values()]);
    const stillPending = clients.reduce((s, c) => s + c.pending.size, 0);
    if (stillPending) problems.push(`${stillPending} sends never acknowledged`);
    const ids = acked.map((m) => m.id);
    const rows: Array<{
      id: string;
      conversation_id: string;
      seq: number;
      sender_user_id: string;
      client_message_id: string;
      body: string;
    }> = (
      await db.query(
        `SELECT id, conversation_id, seq, sender_user_id, client_message_id, body FROM message ORDER BY conversation_id, seq`,
      )
    ).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) problems.push(`${missing.length} acknowledged messages missing from the database`);
    const perKey = new Map<string, number>();
    for (const r of rows)
      perKey.set(
        `${r.sender_user_id}/${r.client_message_id}`,
        (perKey.get(`${r.sender_user_id}/${r.client_message_id}`) ?? 0) + 1,
      );
    const dupKeys = [...perKey.values()].filter((n) => n > 1).length;
    if (dupKeys) problems.push(`${dupKeys} clientMessageIds stored more than once`);
    for (const m of acked) {
      const r = byId.get(m.id);
      if (r && (r.seq !== m.seq || r.conversation_id !== m.conversationId || r.body !== m.body))
        problems.push(`ack of ${m.id} differs from its row`);
    }
    const byConv = new Map<string, typeof rows>();
    for (const r of rows) byConv.set(r.conversation_id, [...(byConv.get(r.conversation_id) ?? []), r]);
    let gaps = 0;
    for (const list of byConv.values()) list.forEach((r, i) => r.seq !== i + 1 && gaps++);
    const lastSeqMismatch = (
      await db.query(
        `SELECT count(*)::int AS n FROM conversation c
          WHERE c.last_seq <> COALESCE((SELECT max(seq) FROM message m WHERE m.conversation_id = c.id), 0)`,
      )
    ).rows[0].n;
    if (gaps) problems.push(`${gaps} seq gaps`);
    if (lastSeqMismatch)
      problems.push(`${lastSeqMismatch} conversations whose last_seq differs from their highest seq`);
    let historyMismatch = 0;
    for (const c of clients) {
      const expected = (byConv.get(c.conversationId) ?? []).map((r) => `${r.seq}:${r.id}`);
      const actual = [...c.history.values()].sort((a, b) => a.seq - b.seq).map((m) => `${m.seq}:${m.id}`);
      if (expected.join() !== actual.join()) historyMismatch++;
      problems.push(...c.conflicts);
    }
    if (historyMismatch) problems.push(`${historyMismatch} clients whose history differs from the database`);

    const reconnected = clients.filter((c) => c.reconnects > 0).length;
    const retried = clients.reduce((s, c) => s + c.retriedAfterFault, 0);
    const realtime = clients.reduce((s, c) => s + c.realtime, 0);
    const synced = clients.reduce((s, c) => s + c.synced, 0);
    console.log('');
    console.log(`messages stored         ${rows.length} in ${byConv.size} conversations`);
    console.log(
      `acknowledged            ${acked.length} (each exactly once in the database: ${missing.length === 0 && dupKeys === 0 ? 'yes' : 'NO'})`,
    );
    console.log(`clients reconnected     ${reconnected} of ${onVictim} on the killed instance`);
    console.log(`re-sent after the kill  ${retried} (same clientMessageId; duplicates stored: ${dupKeys})`);
    console.log(`received in real time   ${realtime}; via conversation:sync ${synced}`);
    console.log(`seq gaps                ${gaps}; last_seq mismatches ${lastSeqMismatch}`);
    console.log(
      `client histories        ${clients.length - historyMismatch} of ${clients.length} equal the database`,
    );
    console.log('');
    if (problems.length) {
      failed = true;
      console.log(`FAIL\n  - ${[...new Set(problems)].slice(0, 20).join('\n  - ')}`);
    } else {
      console.log(
        'PASS: every acknowledged message exists exactly once, every client history equals the database, no seq gaps',
      );
    }
    clients.forEach((c) => c.close());
  } finally {
    await db.end();
    for (const s of servers) await s.stop().catch(() => undefined);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
