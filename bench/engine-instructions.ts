/**
 * The engine's instructions per review, counted by valgrind's callgrind: repeatable to a fraction of a per
 * cent whatever else runs on the machine, where wall time moves by half on a loaded one.
 *
 *   npm run bench:engine:instructions                  # 1,000 athletes after 16,000 warm-up reviews
 *   npm run bench:engine:instructions -- --athletes 200 --warmup 4000
 *   npm run bench:engine:instructions -- --runs 3      # three callgrind runs: median and spread
 *   npm run bench:engine:instructions -- --out callgrind.out   # keep the profile (callgrind_annotate it)
 *   npm run bench:engine:instructions -- --functions 40  # and the 40 costliest functions, JavaScript ones by name
 *   npm run bench:engine:instructions -- --inclusive 40  # and the 40 costliest engine functions with their callees
 *
 * The athletes are the engine bench's (`makeAthlete`, same indices 0…N−1), so the SHA-256 printed here
 * matches across engine versions at the same N and says whether a change altered any review (N = 1,000,
 * the default since 3 December 2026; N = 200, the earlier default, still prints the earlier digest).
 *
 * Warm-up: the measured athletes themselves (the engine keeps nothing between calls), first one pass that
 * hashes each review's JSON, then more passes up to `--warmup` reviews (default 16,000). V8 thus sees every
 * shape and rare path of the measured set (red readiness, illness, travel) before the window: a rare path
 * taken for the first time deoptimises the functions on it, which a long-running process pays once, not in
 * every window. (Until 3 December the warm-up was 2,000 reviews of 400 other athletes, none of them red: the
 * measured set's two red reviews deoptimised `reviewAthlete` and `escalateRecovery` inside the window.)
 * Re-optimising after those deoptimisations takes V8 many reviews: measured on 3 December, the window
 * counted 727,000 instructions per review after 2,000 warm-up reviews (half of it TurboFan compiling),
 * 371,000 after 4,000, 356,000 after 8,000 and 295,000 after 14,000, when compilation in the window had
 * fallen to 0.1 % of the count; 16,000 leaves a margin. Check with `--out` and callgrind_annotate that no
 * `v8::internal::compiler::` function is near the top when you change the warm-up or the engine.
 *
 * Garbage collection: after the warm-up, two untimed young-generation collections move the inputs to the
 * old generation and empty the young one; the window then reviews the N athletes keeping only the last
 * review, so it pays the engine's own allocation and the collections that allocation triggers, as a
 * process does. (Until 3 December the window kept all its reviews: a scavenge falling inside it copied
 * them, and whether one did flipped the figure by about 175,000 instructions per review.) The young
 * generation is fixed at 16 MB semi-spaces (`SEMI_SPACE`), so the number of scavenges depends only on what
 * the engine allocates: with 1,000 reviews (~35 KB each) the window sees two, each about a million
 * instructions with the profiler's records (0.8 % of the count for both), as nothing but one review
 * survives: one more or less moves the figure by about 0.4 %.
 * The collections in the window are counted (`v8.GCProfiler`) and printed, with the engine's allocation.
 *
 * Callgrind counts only while the measured reviews run: they run inside a replacer function of one
 * `JSON.stringify` call, and the script passes `--toggle-collect=v8::internal::JsonStringifier::ApplyReplacerFunction*`,
 * a V8 function nothing else in the run enters (the reviews are hashed with a plain `JSON.stringify`, in
 * the warm-up). What is counted is the engine's calls, the collection of its garbage (with the profiler's
 * few records of each collection), and any compilation still happening.
 * node runs with `--single-threaded`, so that compilation and garbage collection run on the main thread in a
 * repeatable order, and with `--interrupt-budget=8192` (default 67584), so that V8 optimises the
 * once-per-review functions within the warm-up rather than after ~10,000 reviews: the count is the
 * steady state the engine bench measures (with the default budget, a dozen suggestion functions were still in
 * baseline code and the count was 15 % higher).
 *
 * `--functions N` prints the N functions that cost the most instructions in the window (their own cost, not
 * their callees'). Callgrind names only the functions of node's binary; the engine's optimised code is generated at
 * run time, and callgrind knows it by address alone. With this option node also runs with `--perf-basic-prof`,
 * which writes each piece of generated code's address range and function ("JS:*scanSessions
 * …/compute-metrics.js:298:22", `*` for optimised code) to /tmp/perf-<pid>.map, and the addresses are named
 * from it. A function inlined into another is counted in the one it was inlined into. The map file only
 * records code as it is created: the count is the same with it (212,803 against 212,787 per review on
 * 4 December 2026).
 *
 * `--inclusive N` prints the N engine functions that cost the most with their callees (callgrind_annotate
 * --inclusive=yes, named the same way): where whole phases go, which the own costs spread over hundreds of small
 * functions do not show (6 December 2026: computeMetricsState 83,318 of 188,413 per review, loadPart 39,958,
 * buildSuggestions 54,684, suggestVolume 42,247, volumeChange 15,311, assessComponents 12,394, draftWeek 10,057).
 * Callgrind follows calls by their call instructions: a callee V8 inlined is its caller's, and the figures of a
 * function entered by a jump (a tail call, a deoptimisation) may miss it.
 *
 * `--runs K` runs callgrind K times and prints each count, the median and the spread (the count is
 * deterministic to a fraction of a per cent; one run takes about 3 minutes on a loaded 2-core machine).
 *
 * Run directly with node (`node --single-threaded --expose-gc --interrupt-budget=8192 --min-semi-space-size=16
 * --max-semi-space-size=16 dist/bench/bench/engine-instructions.js --measure`) it does the same without
 * counting, and prints the CPU time of the measured reviews.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GCProfiler } from 'node:v8';
import { reviewAthlete } from '../libs/engine/src';
import type { Review, ReviewInput } from '../libs/engine/src';
import { makeAthlete } from './engine.bench';

const TOGGLE = 'v8::internal::JsonStringifier::ApplyReplacerFunction*';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : fallback;
}

const ATHLETES = Math.max(1, arg('athletes', 1000));
/** Warm-up reviews before the measured ones; the first pass over the measured athletes is always among them. */
const WARMUP = Math.max(ATHLETES, arg('warmup', 16000));
const RUNS = Math.max(1, arg('runs', 1));
/** How many of the costliest functions to print (0: none; see the file comment). */
const FUNCTIONS = arg('functions', 0);
/** How many of the costliest engine functions with their callees to print (0: none; see the file comment). */
const INCLUSIVE = arg('inclusive', 0);
/**
 * The young generation's size, fixed at V8's default maximum on 64-bit (16 MB semi-spaces), which a busy
 * process grows to: left to V8, its size depends on timing heuristics, and so would the number of
 * scavenges in the window.
 */
const SEMI_SPACE = ['--min-semi-space-size=16', '--max-semi-space-size=16'];

/** The measured window's last review: the only one kept, so that a collection in the window copies no others. */
let last: Review | undefined;

interface Result {
  athletes: number;
  warmup: number;
  sha256: string;
  cpuMsPerReview: number;
  kbAllocatedPerReview: number;
  scavenges: number;
  markCompacts: number;
  otherCollections: number;
}

/** The measured part: run under callgrind by `main`, or alone with `--measure`. */
function measure(): void {
  const gc = (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc;
  const inputs: ReviewInput[] = [];
  for (let i = 0; i < ATHLETES; i++) inputs.push(makeAthlete(i));
  // Warm-up on the measured athletes themselves (the engine keeps nothing between calls): V8 sees the same
  // shapes and takes the same rare paths (red readiness, illness, travel) before the window, so the window
  // runs the code a long-running process runs. The first pass hashes each review's JSON as it comes.
  const hash = createHash('sha256');
  let lastJson = '';
  for (let i = 0; i < ATHLETES; i++) {
    lastJson = JSON.stringify(reviewAthlete(inputs[i]));
    hash.update(lastJson);
  }
  for (let i = ATHLETES; i < WARMUP; i++) reviewAthlete(inputs[i % ATHLETES]);
  // Untimed: move the inputs to the old generation and drop the warm-up's young garbage.
  gc?.({ type: 'minor' });
  gc?.({ type: 'minor' });
  const profiler = new GCProfiler();
  const heapBefore = process.memoryUsage().heapUsed;
  profiler.start();
  const cpu0 = process.cpuUsage();
  // Callgrind counts only inside this replacer (see the file comment). Each review is dropped at the next:
  // the window pays the engine's own allocation and the collections it triggers, as a process does.
  JSON.stringify(0, () => {
    for (let i = 0; i < ATHLETES; i++) last = reviewAthlete(inputs[i]);
    return undefined;
  });
  const cpu = process.cpuUsage(cpu0);
  const profile = profiler.stop();
  const heapAfter = process.memoryUsage().heapUsed;
  // Determinism check: the window's last review is the hashing pass's.
  if (JSON.stringify(last) !== lastJson) throw new Error('the measured reviews differ from the hashed ones');
  last = undefined;
  // Allocated = net heap growth + what each collection in the window freed.
  let allocated = heapAfter - heapBefore;
  let scavenges = 0;
  let markCompacts = 0;
  let otherCollections = 0;
  for (const s of profile?.statistics ?? []) {
    allocated += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
    if (s.gcType === 'Scavenge') scavenges++;
    else if (s.gcType === 'MarkSweepCompact') markCompacts++;
    else otherCollections++;
  }
  const result: Result = {
    athletes: ATHLETES,
    warmup: WARMUP,
    sha256: hash.digest('hex'),
    cpuMsPerReview: (cpu.user + cpu.system) / 1000 / ATHLETES,
    kbAllocatedPerReview: allocated / 1024 / ATHLETES,
    scavenges,
    markCompacts,
    otherCollections,
  };
  console.log(JSON.stringify(result));
}

/** One callgrind run of `measure`: instructions per review and what `measure` printed. */
function callgrindRun(
  out: string,
  perfMap = false,
): { perReview: number; result: Result; pid: number } | undefined {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${out}`,
      `--toggle-collect=${TOGGLE}`,
      process.execPath,
      ...(perfMap ? ['--perf-basic-prof'] : []),
      '--single-threaded',
      '--expose-gc',
      '--interrupt-budget=8192',
      ...SEMI_SPACE,
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
    return undefined;
  }
  const result = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Result;
  const totals = /^(?:summary|totals): (\d+)/m.exec(readFileSync(out, 'utf8'));
  return { perReview: totals ? Number(totals[1]) / ATHLETES : NaN, result, pid: run.pid };
}

/**
 * The `count` functions with the most instructions of their own in a callgrind profile, per review, and the
 * `inclusive` engine functions with the most with their callees, the generated code named from node's perf map
 * (see the file comment); the map file is removed.
 */
function costliestFunctions(
  out: string,
  pid: number,
  count: number,
  inclusive = 0,
): { own: string[]; inclusive: string[] } {
  const mapFile = `/tmp/perf-${pid}.map`;
  const starts: number[] = [];
  const ends: number[] = [];
  const names: string[] = [];
  try {
    const entries = readFileSync(mapFile, 'utf8')
      .split('\n')
      .map((line) => /^([0-9a-f]+) ([0-9a-f]+) (.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ start: parseInt(m[1], 16), size: parseInt(m[2], 16), name: m[3] }))
      .sort((a, b) => a.start - b.start);
    for (const e of entries) {
      starts.push(e.start);
      ends.push(e.start + e.size);
      names.push(e.name.replace(`${process.cwd()}/`, ''));
    }
  } finally {
    rmSync(mapFile, { force: true });
  }
  /** The map's name for an address (the last entry starting at or before it), or the address. */
  const nameOf = (address: string): string => {
    const a = parseInt(address, 16);
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= a) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && a < ends[at] ? names[at] : address;
  };
  /** callgrind_annotate's rows: instructions per review, per cent and the function's name, costliest first. */
  const annotated = (flags: string[]): { perReview: number; share: string; name: string }[] | string => {
    const annotate = spawnSync('callgrind_annotate', [...flags, `--threshold=100`, out], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (annotate.error || annotate.status !== 0) return `callgrind_annotate failed: ${annotate.stderr}`;
    const rows: { perReview: number; share: string; name: string }[] = [];
    for (const line of annotate.stdout.split('\n')) {
      const m = /^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(?:\S*?):(.*?)(?: \[.*\])?$/.exec(line);
      if (m === null || m[3] === 'PROGRAM TOTALS' || line.includes('PROGRAM TOTALS')) continue;
      const perReview = Number(m[1].replace(/,/g, '')) / ATHLETES;
      rows.push({ perReview, share: m[2], name: /^0x[0-9a-f]+$/.test(m[3]) ? nameOf(m[3]) : m[3] });
    }
    return rows;
  };
  const row = (r: { perReview: number; share: string; name: string }): string =>
    `${Math.round(r.perReview).toLocaleString('en-US').padStart(9)} ${r.share.padStart(5)} %  ${r.name}`;
  const own = annotated([]);
  const result = {
    own: typeof own === 'string' ? [own] : own.slice(0, count).map(row),
    inclusive: [] as string[],
  };
  if (inclusive > 0) {
    // With their callees: the engine's functions only (node's and V8's frames above `reviewAthlete` hold it all),
    // each once, at its largest entry (callgrind lists a function again for each recursion level it saw, and a
    // function V8 compiled more than once at each of its code objects' addresses).
    const all = annotated(['--inclusive=yes']);
    if (typeof all === 'string') result.inclusive = [all];
    else {
      const seen = new Set<string>();
      for (const r of all) {
        if (!r.name.startsWith('JS:') || seen.has(r.name)) continue;
        seen.add(r.name);
        result.inclusive.push(row(r));
        if (result.inclusive.length >= inclusive) break;
      }
    }
  }
  return result;
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'engine-instructions-'));
  try {
    const keep = process.argv.indexOf('--out');
    const out = keep >= 0 && process.argv[keep + 1] ? process.argv[keep + 1] : join(dir, 'callgrind.out');
    const runs: { perReview: number; result: Result; pid: number }[] = [];
    for (let k = 0; k < RUNS; k++) {
      const run = callgrindRun(
        RUNS > 1 && k > 0 ? join(dir, `callgrind.${k}.out`) : out,
        (FUNCTIONS > 0 || INCLUSIVE > 0) && k === 0,
      );
      if (!run) {
        process.exitCode = 1;
        return;
      }
      runs.push(run);
      const r = run.result;
      if (RUNS > 1) {
        console.log(
          `  run ${k + 1}: ${Math.round(run.perReview).toLocaleString('en-US')} per review (${r.scavenges} scavenges, ${r.markCompacts} mark-compacts in the window)`,
        );
      }
      if (r.sha256 !== runs[0].result.sha256) {
        console.error(
          `run ${k + 1} reviewed differently: SHA-256 ${r.sha256}, run 1 ${runs[0].result.sha256}`,
        );
        process.exitCode = 1;
      }
    }
    const sorted = runs.map((r) => r.perReview).sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    const r = runs[0].result;
    console.log(
      `engine instructions (callgrind, node ${process.version} --single-threaded --interrupt-budget=8192 ${SEMI_SPACE.join(' ')}): ${Math.round(median).toLocaleString('en-US')} per review${RUNS > 1 ? ` (median of ${RUNS} runs, spread ${(((sorted[sorted.length - 1] - sorted[0]) / median) * 100).toFixed(2)} %)` : ''} over ${ATHLETES.toLocaleString('en-US')} athletes × 365 days after ${WARMUP.toLocaleString('en-US')} warm-up reviews of the same athletes`,
    );
    console.log(
      `  in the window: ${r.scavenges} scavenges, ${r.markCompacts} mark-compacts${r.otherCollections ? `, ${r.otherCollections} other collections` : ''}; engine allocation ${Math.round(r.kbAllocatedPerReview)} KB per review`,
    );
    console.log(`  reviews (full JSON, athlete order) SHA-256 ${r.sha256}`);
    if (FUNCTIONS > 0 || INCLUSIVE > 0) {
      const rows = costliestFunctions(out, runs[0].pid, FUNCTIONS, INCLUSIVE);
      if (FUNCTIONS > 0) {
        console.log(
          `  the ${FUNCTIONS} costliest functions of run 1 (instructions of their own per review):`,
        );
        for (const row of rows.own) console.log(`  ${row}`);
      }
      if (INCLUSIVE > 0) {
        console.log(
          `  the ${INCLUSIVE} costliest engine functions of run 1 with their callees (instructions per review; a callee V8 inlined is counted in its caller, and a call V8 made without a call instruction is not followed):`,
        );
        for (const row of rows.inclusive) console.log(`  ${row}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv.includes('--measure')) measure();
  else main();
}
