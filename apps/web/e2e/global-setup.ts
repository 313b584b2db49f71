/**
 * Vitest global setup for the browser tests: starts test/helpers/web-e2e-server.ts (database, demo seed, API serving the
 * built web app) in a child process and hands its URL to the specs (`inject('baseURL')`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    demoPassword: string;
    /** The server's database: for specs that provoke a fault in it (a trigger on one athlete's rows). */
    databaseURL: string;
  }
}

/** The server's one JSON line (test/helpers/web-e2e-server.ts). */
interface Info {
  url: string;
  password: string;
  databaseURL: string;
  dbAndSeedMs: number;
  bootMs: number;
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const t0 = Date.now();
  mkdirSync(join(root, 'test-results', 'web'), { recursive: true });
  rmSync(join(root, 'test-results', 'web', 'timings.json'), { force: true }); // this run's figures only
  server = spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin'),
      '-r',
      'tsconfig-paths/register',
      '--transpile-only',
      'test/helpers/web-e2e-server.ts',
    ],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json') },
    },
  );
  const info = await new Promise<Info>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('the e2e server did not start within 240 s')), 240_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      for (const line of buf.split('\n')) {
        if (line.startsWith('{"url"')) {
          clearTimeout(timer);
          resolve(JSON.parse(line));
        }
      }
    });
    server!.once('exit', (code) => reject(new Error(`the e2e server exited with ${code}`)));
  });
  server.stdout!.resume();
  console.log(
    `[web e2e] server ${info.url} ready in ${Date.now() - t0} ms (database + demo seed ${info.dbAndSeedMs} ms, API boot ${info.bootMs} ms)`,
  );
  project.provide('baseURL', info.url);
  project.provide('demoPassword', info.password);
  project.provide('databaseURL', info.databaseURL);
  return async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server!.once('exit', r));
    server.stdin?.end(); // the server stops when its stdin closes (also if this process dies)
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000).unref())]);
    if (server.exitCode === null) server.kill('SIGKILL');
    server.stdin?.destroy();
    server.stdout?.destroy();
  };
}
