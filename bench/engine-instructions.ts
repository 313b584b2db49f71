/**
 * The engine's instructions per review, counted by valgrind's callgrind: repeatable to a fraction of a per
 * cent whatever else runs on the machine, where wall time moves by half on a loaded one.
 *
 *   npm run bench:engine:instructions                  # 200 athletes after 2,000 warm-up reviews
 *   npm run bench:engine:instructions -- --athletes 100 --warmup 1000
 *   npm run bench:engine:instructions -- --out callgrind.out   # keep the profile (callgrind_annotate it)
 *
 * The athletes are the engine bench's (`makeAthlete`, same indices: the measured ones are 0…N−1, the warm-up
 * reviews cycle over 400 others), so the SHA-256 printed here matches across engine versions at the same N
 * and says whether a change altered any review. Callgrind counts only while the measured reviews run: they run
 * inside a replacer function of one `JSON.stringify` call, and the script passes
 * `--toggle-collect=v8::internal::JsonStringifier::ApplyReplacerFunction*`, a V8 function nothing else in the
 * run enters (the reviews are hashed with a plain `JSON.stringify`). What is counted is the engine's calls,
 * the collection of its garbage, and any compilation still happening (the warm-up lets V8 optimise first).
 * node runs with `--single-threaded`, so that compilation and garbage collection run on the main thread in a
 * repeatable order, and with `--interrupt-budget=8192` (default 67584), so that V8 optimises the
 * once-per-review functions within the 2,000 warm-up reviews rather than after ~10,000: the count is the
 * steady state the engine bench measures (with the default budget, a dozen suggestion functions were still in
 * baseline code and the count was 15 % higher).
 *
 * Run directly with node (`node dist/bench/bench/engine-instructions.js`) it does the same without
 * counting, and prints the CPU time of the measured reviews.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewAthlete } from '../libs/engine/src';
import type { Review, ReviewInput } from '../libs/engine/src';
import { makeAthlete } from './engine.bench';

const TOGGLE = 'v8::internal::JsonStringifier::ApplyReplacerFunction*';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : fallback;
}

const ATHLETES = Math.max(1, arg('athletes', 200));
const WARMUP = arg('warmup', 2000);
/** Distinct athletes the warm-up cycles over (generating 2,000 histories under callgrind takes minutes). */
const WARMUP_DISTINCT = 400;

/** The measured part: run under callgrind by `main`, or alone with `--measure`. */
function measure(): void {
  const gc = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc;
  const warm: ReviewInput[] = [];
  for (let i = 0; i < Math.min(WARMUP, WARMUP_DISTINCT); i++) warm.push(makeAthlete(ATHLETES + i));
  for (let i = 0; i < WARMUP; i++) reviewAthlete(warm[i % warm.length]);
  warm.length = 0;
  const inputs: ReviewInput[] = [];
  for (let i = 0; i < ATHLETES; i++) inputs.push(makeAthlete(i));
  gc?.({ type: 'minor' });
  gc?.({ type: 'minor' });
  const reviews: Review[] = new Array(ATHLETES);
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  // Callgrind counts only inside this replacer (see the file comment).
  JSON.stringify(0, () => {
    for (let i = 0; i < ATHLETES; i++) reviews[i] = reviewAthlete(inputs[i]);
    return undefined;
  });
  const cpu = process.cpuUsage(cpu0);
  const allocated = process.memoryUsage().heapUsed - heapBefore;
  const hash = createHash('sha256');
  for (const r of reviews) hash.update(JSON.stringify(r));
  console.log(
    JSON.stringify({
      athletes: ATHLETES,
      warmup: WARMUP,
      sha256: hash.digest('hex'),
      cpuMsPerReview: (cpu.user + cpu.system) / 1000 / ATHLETES,
      // Young-generation collections inside the measured calls make this a lower bound.
      kbAllocatedPerReview: gc ? Math.max(0, allocated) / 1024 / ATHLETES : null,
    }),
  );
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'engine-instructions-'));
  try {
    const keep = process.argv.indexOf('--out');
    const out = keep >= 0 && process.argv[keep + 1] ? process.argv[keep + 1] : join(dir, 'callgrind.out');
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${out}`,
        `--toggle-collect=${TOGGLE}`,
        process.execPath,
        '--single-threaded',
        '--expose-gc',
        '--interrupt-budget=8192',
        __filename,
        '--measure',
        '--athletes',
        String(ATHLETES),
        '--warmup',
        String(WARMUP),
      ],
      { encoding: 'utf8' },
    );
    if (run.error || run.status !== 0) {
      console.error(run.error?.message ?? run.stderr);
      console.error('valgrind failed (apt-get install -y valgrind)');
      process.exitCode = 1;
      return;
    }
    const result = JSON.parse(run.stdout.trim().split('\n').pop() as string) as { sha256: string };
    const totals = /^(?:summary|totals): (\d+)/m.exec(readFileSync(out, 'utf8'));
    const ir = totals ? Number(totals[1]) : NaN;
    console.log(
      `engine instructions (callgrind, node ${process.version} --single-threaded --interrupt-budget=8192): ${Math.round(ir / ATHLETES).toLocaleString('en-US')} per review over ${ATHLETES} athletes × 365 days after ${WARMUP.toLocaleString('en-US')} warm-up reviews`,
    );
    console.log(`  reviews (full JSON, athlete order) SHA-256 ${result.sha256}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv.includes('--measure')) measure();
  else main();
}
