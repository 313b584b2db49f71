/**
 * Which engine functions V8 compiles again and again in a running process, and why that matters.
 *
 *   npm run bench:engine:recompiles                    # 10,000 warm-up reviews, then 3 passes over 10,000 athletes
 *   npm run bench:engine:recompiles -- --athletes 5000 --passes 2 --min 2
 *
 * V8 keeps a function's optimised code weakly, through its feedback vector. A function made inside another on every
 * call (an arrow function, an inner `function`, a `const f = () => …`) dies with the call: at each major garbage
 * collection the optimised code of such closures is collected with them, and the next reviews run them in the
 * interpreter until they are hot again and compiled again. Measured on 5 December 2026 (engine bench, 10,000 athletes,
 * 3 passes after a 10,000-review warm-up): fitDays's ~20 helpers, describeVolume's lists and fillFreeDays's checks were
 * each compiled 4–18 times over 40,000 reviews; with them made module-level functions the bench went from 12,582–13,656
 * to 15,123–15,427 reviews/s (V8's default heap, same minutes). Callgrind's count (`bench:engine:instructions`) does not
 * see it: its window holds no major collection. A late deoptimisation (a path or an object shape first seen after the
 * warm-up) shows here too: the function is compiled again.
 *
 * How: the engine bench's athletes (`makeAthlete`) are reviewed in one process run with `--perf-basic-prof`, which writes
 * a line to /tmp/perf-<pid>.map for every piece of code V8 generates ("JS:*name file:line:col", `*` for optimised code);
 * the script counts the optimised entries of the engine's files. Each function compiled `--min` times or more (default 3)
 * is printed; the exit code is 0 either way (the count depends on how many major collections the run happens to have).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { reviewAthlete } from '../libs/engine/src';
import { makeAthlete } from './engine.bench';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : fallback;
}

const ATHLETES = Math.max(1, arg('athletes', 10_000));
const WARMUP = arg('warmup', 10_000);
const PASSES = Math.max(1, arg('passes', 3));
const MIN = Math.max(1, arg('min', 3));

/** The reviews, in the child process: the warm-up on other athletes, then the passes (rosters of 200, as the bench). */
function run(): void {
  const gc = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc;
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += reviewAthlete(makeAthlete(1_000_000 + i)).suggestions.length;
  const rates: string[] = [];
  for (let p = 0; p < PASSES; p++) {
    let ns = 0n;
    for (let from = 0; from < ATHLETES; from += 200) {
      const roster: ReturnType<typeof makeAthlete>[] = [];
      for (let i = from; i < Math.min(ATHLETES, from + 200); i++) roster.push(makeAthlete(i));
      gc?.({ type: 'minor' });
      gc?.({ type: 'minor' });
      const t0 = process.hrtime.bigint();
      for (const input of roster) sink += reviewAthlete(input).suggestions.length;
      ns += process.hrtime.bigint() - t0;
    }
    rates.push(Math.round(ATHLETES / (Number(ns) / 1e9)).toLocaleString('en-US'));
  }
  console.log(JSON.stringify({ rates, sink }));
}

function main(): void {
  const child = spawnSync(
    process.execPath,
    [
      '--perf-basic-prof',
      '--expose-gc',
      '--max-semi-space-size=32',
      __filename,
      '--run',
      ...process.argv.slice(2),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.error || child.status !== 0) {
    console.error(child.error?.message ?? child.stderr);
    process.exitCode = 1;
    return;
  }
  const { rates } = JSON.parse(child.stdout.trim().split('\n').pop() as string) as { rates: string[] };
  const mapFile = `/tmp/perf-${child.pid}.map`;
  const counts = new Map<string, number>();
  try {
    const engine = `${__dirname.replace(/\/bench$/, '')}/libs/engine/src/`;
    for (const line of readFileSync(mapFile, 'utf8').split('\n')) {
      // "<start> <size> JS:*name /…/libs/engine/src/file.js:line:col" (an anonymous function has no name)
      const m = /^[0-9a-f]+ [0-9a-f]+ JS:\*(\S*) ?(\S+)$/.exec(line);
      if (m === null || !m[2].startsWith(engine)) continue;
      const key = `${m[1] || '(anonymous)'} ${m[2].slice(engine.length)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  } finally {
    rmSync(mapFile, { force: true });
  }
  const total = WARMUP + ATHLETES * PASSES;
  console.log(
    `engine recompiles — node ${process.version} --max-semi-space-size=32, ${WARMUP.toLocaleString('en-US')} warm-up reviews, then ${PASSES} pass${PASSES === 1 ? '' : 'es'} over ${ATHLETES.toLocaleString('en-US')} athletes (${total.toLocaleString('en-US')} reviews)`,
  );
  console.log(`  passes (reviews/s, with the profiler's map writes): ${rates.join(' · ')}`);
  console.log(
    `  engine functions optimised: ${counts.size}, optimised code created ${[...counts.values()].reduce((a, b) => a + b, 0)} times`,
  );
  const often = [...counts].filter(([, n]) => n >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (often.length === 0) console.log(`  none compiled ${MIN} times or more`);
  else {
    console.log(`  compiled ${MIN} times or more (a closure made per call, or a late deoptimisation):`);
    for (const [key, n] of often) console.log(`    ${String(n).padStart(4)}  ${key}`);
  }
}

if (process.argv.includes('--run')) run();
else main();
