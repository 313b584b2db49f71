/**
 * Shared by bench/chat.bench.ts and bench/chat-fault.ts: a scratch database, seeded pairs, API server child
 * processes, and socket.io clients. Only 127.0.0.1 is used.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { randomUUID } from 'crypto';
import { createWriteStream, readFileSync } from 'fs';
import * as jwt from 'jsonwebtoken';
import { join } from 'path';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../apps/api/src/modules/chat/chat.events';

export const ROOT = join(__dirname, '..');
export const JWT_SECRET = 'coachline-bench-secret-0123456789abcdef0123';
export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) {
    const v = Number(process.argv[i + 1]);
    if (Number.isFinite(v) && v >= 0) return v;
  }
  return fallback;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function adminUrl(): string {
  return process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** Drops and recreates `name` on the server of BENCH_ADMIN_DATABASE_URL and applies every migration. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  const url = u.toString();
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
  return url;
}

export async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}

export interface Pair {
  conversationId: string;
  athlete: { userId: string; token: string };
  coach: { userId: string; token: string };
}

/**
 * Seeds one organization with `pairs` athlete↔coach DIRECT conversations straight in SQL (no password
 * hashing, no GraphQL: setup is not what is measured) and mints access tokens like TokenService does.
 */
export async function seedPairs(url: string, pairs: number): Promise<Pair[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const org = randomUUID();
  await db.query(`INSERT INTO organization (id, name, timezone) VALUES ($1, 'Bench club', 'Europe/Oslo')`, [
    org,
  ]);
  const out: Pair[] = [];
  // One session (refresh-token family) per user, as a login makes: access tokens name theirs (sid).
  const sid = (sub: string) => sub;
  const sign = (sub: string) =>
    jwt.sign({ org, sid: sid(sub), typ: 'access' }, JWT_SECRET, {
      algorithm: 'HS256',
      subject: sub,
      issuer: 'coachline',
      expiresIn: 3600,
    });
  const batch = 250;
  for (let start = 0; start < pairs; start += batch) {
    const n = Math.min(batch, pairs - start);
    const rows = Array.from({ length: n }, () => ({
      athleteUser: randomUUID(),
      coachUser: randomUUID(),
      athlete: randomUUID(),
      conversation: randomUUID(),
    }));
    const users = rows.flatMap((r) => [r.athleteUser, r.coachUser]);
    await db.query(
      `INSERT INTO app_user (id, email, name, password_hash)
       SELECT u, 'bench-' || u || '@example.test', 'Bench ' || left(u::text, 6), 'x' FROM unnest($1::uuid[]) u`,
      [users],
    );
    await db.query(
      `INSERT INTO membership (organization_id, user_id, role)
       SELECT $1::uuid, a, 'ATHLETE'::role FROM unnest($2::uuid[]) a UNION ALL SELECT $1::uuid, c, 'COACH'::role FROM unnest($3::uuid[]) c`,
      [org, rows.map((r) => r.athleteUser), rows.map((r) => r.coachUser)],
    );
    await db.query(
      `INSERT INTO refresh_token (user_id, organization_id, family_id, token_hash, expires_at)
       SELECT u, $1::uuid, u, md5(u::text) || md5(random()::text), now() + interval '1 day'
         FROM unnest($2::uuid[]) u`,
      [org, users],
    );
    await db.query(
      `INSERT INTO athlete (id, organization_id, user_id) SELECT a, $1::uuid, u FROM unnest($2::uuid[], $3::uuid[]) AS t(a, u)`,
      [org, rows.map((r) => r.athlete), rows.map((r) => r.athleteUser)],
    );
    await db.query(
      `INSERT INTO coach_assignment (organization_id, athlete_id, coach_user_id, role)
       SELECT $1::uuid, a, c, 'HEAD'::coach_role FROM unnest($2::uuid[], $3::uuid[]) AS t(a, c)`,
      [org, rows.map((r) => r.athlete), rows.map((r) => r.coachUser)],
    );
    await db.query(
      `INSERT INTO conversation (id, organization_id, kind, athlete_id)
       SELECT c, $1::uuid, 'DIRECT'::conversation_kind, a FROM unnest($2::uuid[], $3::uuid[]) AS t(c, a)`,
      [org, rows.map((r) => r.conversation), rows.map((r) => r.athlete)],
    );
    await db.query(
      `INSERT INTO conversation_member (conversation_id, user_id, can_post)
       SELECT c, u, true FROM unnest($1::uuid[], $2::uuid[]) AS t(c, u)
       UNION ALL SELECT c, u, true FROM unnest($1::uuid[], $3::uuid[]) AS t(c, u)`,
      [rows.map((r) => r.conversation), rows.map((r) => r.athleteUser), rows.map((r) => r.coachUser)],
    );
    for (const r of rows) {
      out.push({
        conversationId: r.conversation,
        athlete: { userId: r.athleteUser, token: sign(r.athleteUser) },
        coach: { userId: r.coachUser, token: sign(r.coachUser) },
      });
    }
  }
  await db.end();
  return out;
}

export interface Server {
  port: number;
  proc: ChildProcess;
  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss(): number;
  /** CPU time (user, system) the server process has used so far, in ms (Linux /proc, 10 ms ticks). */
  cpu(): { user: number; system: number };
  stop(): Promise<void>;
}

/** Starts apps/api/src/main.ts (ts-node, transpile-only) in a child process and waits for /health. */
export async function startServer(opts: {
  port: number;
  databaseUrl: string;
  redisUrl?: string;
  env?: Record<string, string>;
}): Promise<Server> {
  const proc = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      // As `npm start` runs it: a larger young generation means fewer, shorter scavenges under chat load.
      '--max-semi-space-size=32',
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'apps/api/src/main.ts',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(opts.port),
        DATABASE_URL: opts.databaseUrl,
        REDIS_URL: opts.redisUrl ?? '',
        JWT_SECRET,
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: process.env.BENCH_DB_POOL_SIZE ?? '10', // the app's default
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  proc.stdout?.on('data', (d) => (log = (log + d).slice(-4000)));
  proc.stderr?.on('data', (d) => (log = (log + d).slice(-4000)));
  // BENCH_SERVER_LOG=<file>: the server's whole output, to see what its errors were.
  if (process.env.BENCH_SERVER_LOG) {
    const out = createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' });
    proc.stdout?.pipe(out);
    proc.stderr?.pipe(out);
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server on ${opts.port} exited (${proc.exitCode}):\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${opts.port}/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL'); // not left running on its own once the bench gives up
      throw new Error(`server on ${opts.port} did not start:\n${log}`);
    }
    await sleep(300);
  }
  return {
    port: opts.port,
    proc,
    rss: () => {
      const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) * 1024 : NaN;
    },
    cpu: () => {
      // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised name.
      const stat = readFileSync(`/proc/${proc.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return {
        user: (Number(fields[11]) * 1000) / CLOCK_TICKS,
        system: (Number(fields[12]) * 1000) / CLOCK_TICKS,
      };
    },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode) return;
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
    },
  };
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux we run on). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function connect(
  port: number,
  token: string,
  opts: { reconnection?: boolean } = {},
): Promise<ChatSocket> {
  const socket: ChatSocket = io(`http://127.0.0.1:${port}/chat`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => reject(e));
    // A handshake deferred by the server's admission control closes the transport (no connect_error).
    socket.io.once('close', () => {
      if (!socket.connected) reject(new DeferredHandshake());
    });
  });
}

/** The server closed the transport before the handshake completed (overloaded): connect again later. */
export class DeferredHandshake extends Error {
  constructor() {
    super('handshake deferred by the server (transport closed); retry');
  }
}

/** connect(), retried with a growing, jittered delay while the server defers the handshake (as clients do). */
export async function connectRetrying(port: number, token: string): Promise<ChatSocket> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await connect(port, token);
    } catch (e) {
      if (!(e instanceof DeferredHandshake) || attempt >= 30) throw e;
      await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()));
    }
  }
}

export async function connectAll<T>(
  items: T[],
  fn: (item: T) => Promise<ChatSocket>,
  concurrency = 50,
): Promise<ChatSocket[]> {
  const out: ChatSocket[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
