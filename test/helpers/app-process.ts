import { ChildProcess, spawn } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

export interface AppProcess {
  proc: ChildProcess;
  /** Everything the process wrote so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Waits until stdout has a line matching `re`, or the process ends (then rejects with its output). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<number | string>;
  /** Signals the process's whole group, as Ctrl-C in a terminal does (needs `ownGroup`). */
  signalGroup(signal: NodeJS.Signals): void;
}

export interface AppProcessOptions {
  /** Its own process group, like a command started from a terminal, so signalGroup reaches its children. */
  ownGroup?: boolean;
}

/** Runs apps/api/src/main.ts as `npm start` would (ts-node instead of the build), with its output piped. */
export function startAppProcess(
  env: Record<string, string | undefined>,
  options: AppProcessOptions = {},
): AppProcess {
  const proc = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.ownGroup ?? false,
    },
  );
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | string>((resolve) =>
    proc.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    exited,
    async waitFor(re, timeoutMs = 150_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = out.split('\n').find((l) => re.test(l));
        if (line) return line;
        if (ended || Date.now() > deadline) {
          throw new Error(`no line matching ${re} (${ended ? 'exited' : 'timed out'}):\n${out}\n${err}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      if (!ended) proc.kill('SIGTERM');
      return exited;
    },
    signalGroup(signal) {
      if (!options.ownGroup) throw new Error('signalGroup needs a process started with ownGroup');
      process.kill(-proc.pid!, signal);
    },
  };
}
