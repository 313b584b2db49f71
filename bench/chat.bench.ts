/**
 * Chat benchmark: one API server in a child process (so its memory is its own), N socket.io clients in
 * athlete↔coach pairs (each pair one DIRECT conversation), a steady send rate spread over all clients.
 *
 *   npm run bench:chat                                      # 1,000 clients, 1,000 msg/s, 20 s
 *   npm run bench:chat -- --clients 200 --rate 200 --duration 10
 *   BENCH_ADMIN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (default) – a scratch database
 *   `coachline_chat_bench_<pid>` is created there for the run and dropped after it.
 *
 * First it measures the ceiling on this machine and minute: durable appends per second straight from 10
 * connections (chat_append_message, no server in the way); the headline is then the share of it the
 * server persists through Socket.IO. Before the load it measures the server's CPU time per accepted
 * message at a rate well under capacity (--cpu-messages, --cpu-rate, --cpu-warmup): CPU time depends
 * little on what else the machine runs, so it compares runs taken on a busy machine. After the clients leave it waits 10 s and reads the server's memory
 * again (does it come back?).
 *
 * Reports: ack latency p50/p99 (emit → ack, i.e. after commit), delivery latency p50/p99 (emit → the
 * partner's message:new), messages persisted per second (rows counted in PostgreSQL over the measured
 * window), and server memory per connection (RSS growth from 0 to N connections / N). The clients run in
 * this process on the same machine, so they compete with the server and PostgreSQL for the CPUs: the
 * figures are a lower bound for a server with the machine to itself.
 */
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import {
  arg,
  ChatSocket,
  connectAll,
  connectRetrying,
  fmt,
  dropDatabase,
  freshDatabase,
  Pair,
  percentile,
  seedPairs,
  sleep,
  startServer,
} from './chat-bench-utils';

const CLIENTS = Math.max(2, Math.floor(arg('clients', 1000) / 2) * 2);
const RATE = arg('rate', 1000);
const DURATION_S = arg('duration', 20);
const WARMUP_S = arg('warmup', 3);
const PORT = arg('port', 3311);

async function main() {
  const began = Date.now();
  console.log(
    `chat bench: ${CLIENTS} clients (${CLIENTS / 2} pairs), ${RATE} msg/s, ${DURATION_S} s (+${WARMUP_S} s warm-up)`,
  );
  // A database of this run's own (several people may bench on one PostgreSQL), dropped at the end.
  const dbName = `coachline_chat_bench_${process.pid}`;
  const url = await freshDatabase(dbName);
  const pairs = await seedPairs(url, CLIENTS / 2);
  const server = await startServer({ port: PORT, databaseUrl: url });
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const ceiling = await measureCeiling(url, pairs, CEILING_S);
    console.log(
      `ceiling          ${fmt(ceiling)} durable appends/s (chat_append_message straight from ${CEILING_CONNECTIONS} ` +
        `connections, gapless seq, ${CEILING_S} s, same machine and minute)`,
    );
    await sleep(1000);
    const rssBefore = server.rss();
    const t0 = Date.now();
    type Member = { socket: ChatSocket; conversationId: string; userId: string };
    const members: Member[] = [];
    const sockets = await connectAll(
      pairs.flatMap((p) => [
        { token: p.athlete.token, conversationId: p.conversationId, userId: p.athlete.userId },
        { token: p.coach.token, conversationId: p.conversationId, userId: p.coach.userId },
      ]),
      async (m) => {
        const socket = await connectRetrying(PORT, m.token);
        members.push({ socket, conversationId: m.conversationId, userId: m.userId });
        return socket;
      },
    );
    await sleep(2000);
    const rssAfter = server.rss();
    console.log(`connected ${sockets.length} clients in ${Date.now() - t0} ms`);

    const sentAt = new Map<string, number>();
    const ackMs: number[] = [];
    const deliveryMs: number[] = [];
    let measuring = false;
    let acked = 0;
    // Retryable refusals (the server shedding load: OVERLOADED, rate limits) and everything else.
    const refusals = new Map<string, number>();
    const errorCodes = new Map<string, number>();
    const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const m of members) {
      m.socket.on('message:new', (msg) => {
        if (msg.senderUserId === m.userId) return;
        const t = sentAt.get(msg.clientMessageId);
        if (t !== undefined && measuring) deliveryMs.push(performance.now() - t);
      });
    }

    let i = 0;
    let sent = 0;
    let answered = 0;
    const sendOne = () => {
      const m = members[i++ % members.length];
      const clientMessageId = randomUUID();
      const start = performance.now();
      sentAt.set(clientMessageId, start);
      sent++;
      const track = measuring;
      m.socket
        .timeout(30_000)
        .emit(
          'message:send',
          { conversationId: m.conversationId, clientMessageId, body: `bench ${sent} ${'x'.repeat(80)}` },
          (
            err: Error | null,
            res?: { ok: boolean; error?: { code: string; reason?: string; retryable?: boolean } },
          ) => {
            answered++;
            if (err || !res?.ok) {
              const code = err
                ? 'ACK_TIMEOUT'
                : `${res?.error?.code ?? 'UNKNOWN'}/${res?.error?.reason ?? ''}`;
              if (track) count(res?.error?.retryable ? refusals : errorCodes, code);
            } else {
              acked++;
              if (track) ackMs.push(performance.now() - start);
            }
            setTimeout(() => sentAt.delete(clientMessageId), 10_000);
          },
        );
    };
    /** Sends at `rate` msg/s until stop() (or `total` messages); the ticker catches up after a stall. */
    const pace = (rate: number, total = Infinity) => {
      const start = performance.now();
      let due = 0;
      const tick = setInterval(() => {
        const target = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
        while (due < target) {
          sendOne();
          due++;
        }
      }, 5);
      return () => clearInterval(tick);
    };

    // Server CPU per accepted message, at a rate well under capacity: CPU time (not wall time) barely
    // depends on what else the machine runs, so it compares runs taken on a busy machine. The idle
    // server's own CPU (timers, pings) over the same time is subtracted.
    {
      const warm = pace(CPU_RATE, CPU_WARMUP);
      while (answered < CPU_WARMUP) await sleep(50);
      warm();
      await sleep(500);
      const idle0 = cpuMs(server.cpu());
      const idleT0 = performance.now();
      await sleep(2000);
      const idlePerMs = (cpuMs(server.cpu()) - idle0) / (performance.now() - idleT0);
      const acked0 = acked;
      const answered0 = answered;
      const c0 = server.cpu();
      const t0 = performance.now();
      const mark0 = process.hrtime.bigint() / 1000n; // the clock of the server's --cpu-prof timestamps
      const stop = pace(CPU_RATE, CPU_MESSAGES);
      while (answered - answered0 < CPU_MESSAGES) await sleep(20);
      stop();
      const c1 = server.cpu();
      const busyMs = cpuMs(c1) - cpuMs(c0) - idlePerMs * (performance.now() - t0);
      if (process.env.BENCH_CPU_PROF) {
        console.log(
          `profile window   ${mark0}..${process.hrtime.bigint() / 1000n} µs (CLOCK_MONOTONIC): the CPU phase`,
        );
      }
      const n = Math.max(1, acked - acked0);
      cpuPerMessageUs = (busyMs * 1000) / n;
      cpuSystemShare = (c1.system - c0.system) / Math.max(1, cpuMs(c1) - cpuMs(c0));
      console.log(
        `server CPU       ${fmt(cpuPerMessageUs, 0)} µs per accepted message (${fmt(cpuSystemShare * 100, 0)} % of it in the kernel; ` +
          `${acked - acked0} of ${CPU_MESSAGES} sends accepted at ${CPU_RATE} msg/s, idle ${fmt(idlePerMs * 100, 1)} % of a core subtracted)`,
      );
    }

    const stopLoad = pace(RATE);
    await sleep(WARMUP_S * 1000);
    measuring = true;
    const [{ n: rowsStart }] = (await db.query(`SELECT count(*)::int AS n FROM message`)).rows;
    const sentStart = sent;
    const w0 = performance.now();
    const cpu0 = process.cpuUsage();
    const serverCpu0 = cpuMs(server.cpu());
    await sleep(DURATION_S * 1000);
    const [{ n: rowsEnd }] = (await db.query(`SELECT count(*)::int AS n FROM message`)).rows;
    const serverCpuMs = cpuMs(server.cpu()) - serverCpu0;
    const windowS = (performance.now() - w0) / 1000;
    const sentInWindow = sent - sentStart;
    measuring = false;
    stopLoad();
    await sleep(3000); // let in-flight acks finish

    const gaps = (
      await db.query(
        `SELECT count(*)::int AS n FROM (SELECT conversation_id, seq, lag(seq) OVER (PARTITION BY conversation_id ORDER BY seq) AS prev
           FROM message) t WHERE prev IS NOT NULL AND seq <> prev + 1`,
      )
    ).rows[0].n;
    const dup = (
      await db.query(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM message GROUP BY sender_user_id, client_message_id HAVING count(*) > 1) d`,
      )
    ).rows[0].n;

    ackMs.sort((a, b) => a - b);
    deliveryMs.sort((a, b) => a - b);
    const cpu = process.cpuUsage(cpu0);
    const errors = [...errorCodes.values()].reduce((a, b) => a + b, 0);
    const persisted = rowsEnd - rowsStart;
    const result = {
      clients: sockets.length,
      targetRate: RATE,
      sentPerSecond: sentInWindow / windowS,
      persistedPerSecond: persisted / windowS,
      ackP50ms: percentile(ackMs, 50),
      ackP95ms: percentile(ackMs, 95),
      ackP99ms: percentile(ackMs, 99),
      deliveryP50ms: percentile(deliveryMs, 50),
      deliveryP99ms: percentile(deliveryMs, 99),
      acked: ackMs.length,
      delivered: deliveryMs.length,
      refusals: Object.fromEntries(refusals),
      errors,
      errorCodes: Object.fromEntries(errorCodes),
      seqGaps: gaps,
      duplicateClientMessageIds: dup,
      serverCpuPerMessageUs: cpuPerMessageUs,
      serverCpuSystemShare: cpuSystemShare,
      serverCpuUnderLoadPercent: (serverCpuMs / (windowS * 1000)) * 100,
      serverCpuPerPersistedUnderLoadUs: (serverCpuMs * 1000) / Math.max(1, persisted),
      serverRssBeforeMB: rssBefore / 2 ** 20,
      serverRssAfterConnectMB: rssAfter / 2 ** 20,
      serverMemoryPerConnectionKB: (rssAfter - rssBefore) / sockets.length / 1024,
      serverRssEndMB: server.rss() / 2 ** 20,
      benchClientCpuPercent: ((cpu.user + cpu.system) / 1000 / (windowS * 1000)) * 100,
    };
    console.log('');
    console.log(`sent             ${fmt(result.sentPerSecond)} msg/s (target ${RATE})`);
    console.log(`persisted        ${fmt(result.persistedPerSecond)} msg/s (rows counted in PostgreSQL)`);
    console.log(
      `ack latency      p50 ${fmt(result.ackP50ms)} ms   p95 ${fmt(result.ackP95ms)} ms   p99 ${fmt(result.ackP99ms)} ms   (${result.acked} acks)`,
    );
    console.log(
      `delivery latency p50 ${fmt(result.deliveryP50ms)} ms   p99 ${fmt(result.deliveryP99ms)} ms   (${result.delivered} deliveries)`,
    );
    console.log(
      `refusals         ${Object.values(result.refusals).reduce((a, b) => a + b, 0)} retryable ${JSON.stringify(result.refusals)}`,
    );
    console.log(`errors           ${errors} ${JSON.stringify(result.errorCodes)}`);
    console.log(
      `server CPU       ${fmt(result.serverCpuUnderLoadPercent)} % of a core under load = ` +
        `${fmt(result.serverCpuPerPersistedUnderLoadUs, 0)} µs per persisted message (refusals included); ` +
        `${fmt(cpuPerMessageUs, 0)} µs per message well under capacity`,
    );
    console.log(`integrity        seq gaps ${gaps}, duplicate clientMessageIds ${dup}`);
    console.log(
      `server memory    ${fmt(result.serverRssBeforeMB)} MB idle → ${fmt(result.serverRssAfterConnectMB)} MB with ${sockets.length} clients ` +
        `= ${fmt(result.serverMemoryPerConnectionKB)} KB per connection; ${fmt(result.serverRssEndMB)} MB after the run`,
    );
    console.log(
      `bench client CPU ${fmt(result.benchClientCpuPercent)} % of one core (clients share the machine with the server)`,
    );
    for (const s of sockets) s.close();
    // Does the memory come back? The same server 10 s after every client left.
    await sleep(10_000);
    const rssIdleAfter = server.rss() / 2 ** 20;
    const extra = {
      ceilingAppendsPerSecond: ceiling,
      ratioToCeiling: result.persistedPerSecond / ceiling,
      serverRssIdleAfterMB: rssIdleAfter,
    };
    console.log(
      `vs ceiling       ${fmt(extra.ratioToCeiling * 100)} % of the ceiling (${fmt(result.persistedPerSecond)} / ${fmt(ceiling)})`,
    );
    console.log(`server memory    ${fmt(rssIdleAfter)} MB 10 s after the clients left`);
    console.log(`\nJSON ${JSON.stringify({ ...result, ...extra })}`);
    console.log(`bench took ${fmt((Date.now() - began) / 1000, 0)} s`);
  } finally {
    await db.end();
    await server.stop();
    await dropDatabase(dbName);
  }
}

const CEILING_S = arg('ceiling-seconds', 5);
/** The CPU-per-message phase: this many sends (after CPU_WARMUP unmeasured ones) at CPU_RATE msg/s. */
const CPU_MESSAGES = arg('cpu-messages', 2000);
const CPU_WARMUP = arg('cpu-warmup', 500);
const CPU_RATE = arg('cpu-rate', 200);
let cpuPerMessageUs = NaN;
let cpuSystemShare = NaN;
const cpuMs = (c: { user: number; system: number }) => c.user + c.system;
const CEILING_CONNECTIONS = 10;

/**
 * The raw ceiling: durable appends per second with a gapless seq (chat_append_message, the statement a
 * send runs) from 10 connections (the app's pool size) looping as fast as PostgreSQL commits them, over
 * the seeded conversations, with no server, socket or JSON in the way.
 */
async function measureCeiling(url: string, pairs: Pair[], seconds: number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: CEILING_CONNECTIONS }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  try {
    const [{ organization_id: org }] = (
      await clients[0].query('SELECT organization_id FROM conversation WHERE id = $1', [
        pairs[0].conversationId,
      ])
    ).rows;
    let done = 0;
    let k = 0;
    const until = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        while (performance.now() < until) {
          const p = pairs[k++ % pairs.length];
          await c.query('SELECT o_status FROM chat_append_message($1, $2, $3, $4, $5)', [
            p.conversationId,
            org,
            p.athlete.userId,
            randomUUID(),
            `ceiling ${'x'.repeat(80)}`,
          ]);
          done++;
        }
      }),
    );
    return done / ((performance.now() - t0) / 1000);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
