/**
 * Engine benchmark: N athletes (default 10,000) × 365 days of history (sessions and daily check-ins),
 * single process. Prints athlete-reviews per second and memory.
 *
 *   npm run bench:engine                          # 10,000 athletes, rosters of 200
 *   npm run bench:engine -- --athletes 1000       # quick run
 *   npm run bench:engine -- --batch 1             # one athlete at a time (athleteReview)
 *   npm run bench:engine -- --warmup 200          # shorter warm-up
 *   npm run bench:engine -- --no-day              # records dated by strings: the engine parses them
 *   npm run bench:engine -- --repeat 1            # one timed pass instead of three
 *   npm run bench:engine:instructions             # instructions per review (callgrind; see below)
 *
 * What is timed: only the `reviewAthlete(input)` calls, each of which computes the full review (metrics, six
 * components, suggestions, draft, outlook). As the API's review queue does (load a roster's histories, then
 * review each athlete), histories are generated a roster at a time (`--batch`, default 200) outside the
 * timer, then reviewed. Before each roster is reviewed, two untimed young-generation collections (need
 * `node --expose-gc`) drop the generator's young garbage and move the roster to the old generation: the
 * timed calls then pay for the engine's own allocations and garbage collection, not for copying the
 * freshly generated roster. (What the generator leaves in the old generation is collected by V8's
 * ordinary full collections, partly during timed calls: that errs against the engine.)
 *
 * Records look as the API's loader and mapper build them (apps/api/src/modules/reviews): each session and
 * check-in says when it happened with its `day` number, which the loader selects from PostgreSQL as
 * `date - DATE '1970-01-01'` (see `DayNumber` in the engine's types), in the mapper's object shapes.
 * `--no-day` gives each record a date string of its own instead (as the PostgreSQL driver returns one
 * string object per row: shared strings would let the engine's date lookup compare pointers), and the
 * engine parses every one.
 *
 * Warm-up: before the timer starts, `--warmup` reviews (default 10,000) of other athletes, not among the N
 * timed, so that the timed run measures the steady state of a running API process. V8 keeps optimising
 * the engine for several thousand reviews: its once-per-review functions tier up slowly and rare paths
 * deoptimise once when first taken; with a 2,000-review warm-up the first half of the timed run was still
 * about a quarter slower than the second. The halves of the timed run show whether compilation is done.
 * The warm-up is timed on its own and printed as the cold-start figure: what a freshly started process
 * gets over its first reviews.
 *
 * `npm run bench:engine` compiles the engine and this file with `tsc` (tsconfig.bench.json) and runs the
 * JavaScript, as the API runs in production: under ts-node, TypeScript's own compiler would share V8's
 * optimising thread with the engine during the warm-up, and its memory would count in the RSS.
 *
 * The timed run is repeated (`--repeat`, default 3 passes over the same N athletes, their histories
 * regenerated identically each time) and the headline is the median pass (for an even count, the slower
 * middle one): wall-clock reviews/s summed over that pass's timed calls. One pass takes well under a
 * second of timed work, so a noisy neighbour on a shared machine can move it by a fifth; every pass is
 * printed, with the rate over all of them and which pass is the median. Later passes run after more
 * reviews (V8 has had longer to optimise), so the headline is not comparable with single-pass figures
 * (`--repeat 1`). Every review's full JSON is hashed per pass, after the timed calls, and the passes must
 * agree (a determinism check: the bench exits with 1 if they do not).
 * Because the figure depends on what else runs on the machine, the bench also prints the load average and
 * the process CPU time (all threads: JIT compiler and GC helpers included) over the timed passes,
 * generation included. Memory is the peak
 * RSS of the process: the engine, one roster of histories and what the generator leaves between
 * collections.
 *
 * Ceiling: after each roster's reviews, the same inputs go through a bare loop that reads every session and
 * check-in once (`bareLoop`, timed the same way). Its rate, in the same run, says how fast this machine
 * and process are at that moment; the printed ratio (reviews/s against bare loops/s) moves much less with
 * load than either figure.
 *
 * Instructions: wall time is meaningless on a loaded machine; `npm run bench:engine:instructions`
 * (bench/engine-instructions.js) counts the engine's instructions per review under valgrind's callgrind,
 * repeatable whatever else runs: athletes 0…999 of `makeAthlete`, after 16,000 warm-up reviews of the same
 * athletes (so that their rare paths have deoptimised and been re-optimised before the count), keeping no
 * review (so that its young-generation collections cost what they cost a process); see its header.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { getHeapSpaceStatistics } from 'node:v8';
import { reviewAthlete } from '../libs/engine/src';
import type { CheckIn, LoggedSession, Review, ReviewInput, WeekPlan, Weekday } from '../libs/engine/src';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) {
    const v = Number(process.argv[i + 1]);
    if (Number.isFinite(v) && v >= 0) return Math.floor(v);
  }
  return fallback;
}

const ATHLETES = Math.max(1, arg('athletes', 10_000));
const DAYS = Math.max(1, arg('days', 365));
const BATCH = Math.max(1, arg('batch', 200));
type Gc = (options: { type: 'minor' }) => void;
/**
 * Present when node runs with --expose-gc (npm run bench:engine does) and rosters are at least
 * `MIN_GC_ROSTER` athletes; forced collections per handful of athletes would measure the collector.
 */
const MIN_GC_ROSTER = 50;
const gc = BATCH >= MIN_GC_ROSTER ? (globalThis as { gc?: Gc }).gc : undefined;
const WARMUP = arg('warmup', 10_000);
/** Timed passes over the N athletes; the headline is the median pass. */
const REPEAT = Math.max(1, arg('repeat', 3));
/** Whether sessions and check-ins are dated by `day`, as the API's loader gives them, or by date strings. */
const WITH_DAY = !process.argv.includes('--no-day');

/** mulberry32: tiny deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Review on Sunday 2025-06-29; history covers the DAYS days up to it.
const REVIEW_DAY = 20268; // 2025-06-29
function dateString(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
const DATES: string[] = [];
for (let i = 0; i < DAYS + 14; i++) DATES.push(dateString(REVIEW_DAY - DAYS + 1 + i));
/** A distinct string object with the same text, as a database driver returns for each row. */
function rowString(s: string): string {
  return (' ' + s).slice(1);
}
/** The `day` of history day `i`, or `undefined` with --no-day (the record gets a date string instead). */
function rowDay(i: number): number | undefined {
  return WITH_DAY ? REVIEW_DAY - DAYS + 1 + i : undefined;
}
const REVIEW_DATE = dateString(REVIEW_DAY);
const NEXT_MONDAY = dateString(REVIEW_DAY + 1);
const CURRENT_MONDAY = dateString(REVIEW_DAY - 6);

export function makeAthlete(index: number): ReviewInput {
  const r = rng(index * 7919 + 17);
  const base = 180 + r() * 300; // weekly minutes
  const restDay = Math.floor(r() * 7);
  const sessions: LoggedSession[] = [];
  const checkIns: CheckIn[] = [];
  const rmssd = 35 + r() * 50;
  const noHrv = r() < 0.2;
  const sick = r() < 0.05;
  for (let i = 0; i < DAYS; i++) {
    const wd = (i + 1) % 7; // REVIEW_DAY − DAYS + 1 + i; a Sunday review puts day 0 on a Monday when DAYS % 7 = 0
    const week = Math.floor((DAYS - 1 - i) / 7);
    const down = week % 4 === 2 ? 0.7 : 1;
    const day = rowDay(i);
    if (wd !== restDay && r() < 0.85) {
      const hard = wd === 1 || wd === 3;
      const long = wd === 5;
      const id = `a${index}s${i}`;
      const kind = r() < 0.1 ? 'STRENGTH' : 'RUN';
      const minutes = Math.round(
        ((base / 5) * (long ? 1.8 : hard ? 1.1 : 0.8) * down * (0.85 + r() * 0.3)) | 0,
      );
      const rpe = hard ? 6 + Math.floor(r() * 3) : long ? 4 : 2 + Math.floor(r() * 3);
      // The API mapper's shape: plannedSessionId always present, set when the athlete logged against this
      // week's plan (the current week plan below has sessions on weekdays 1, 2, 3, 5 and 6).
      const weekday = (REVIEW_DAY - DAYS + 1 + i + 3) % 7; // Monday = 0
      const planned =
        i >= DAYS - 7 && [1, 2, 3, 5, 6].includes(weekday) && r() < 0.7 ? `ca${index}p${weekday}` : undefined;
      sessions.push(
        day === undefined
          ? { id, date: rowString(DATES[i]), kind, minutes, rpe, plannedSessionId: planned }
          : { id, day, kind, minutes, rpe, plannedSessionId: planned },
      );
    }
    if (r() < 0.9) {
      // Missing is missing, as the mapper passes SQL nulls: not every morning has every reading, and some
      // athletes have no HRV device.
      const sleepHours = r() < 0.1 ? undefined : 6 + r() * 2.5;
      const sleepQuality = 5 + Math.floor(r() * 4);
      const rmssdToday = noHrv || r() < 0.05 ? undefined : rmssd * Math.exp((r() - 0.5) * 0.3);
      const restingHr = r() < 0.15 ? undefined : 48 + Math.floor(r() * 6);
      const soreness = 2 + Math.floor(r() * 4);
      const fatigue = 2 + Math.floor(r() * 4);
      const stress = 2 + Math.floor(r() * 4);
      const mood = 5 + Math.floor(r() * 4);
      const illness = sick && i > DAYS - 3 ? 'BELOW_NECK_OR_FEVER' : 'NONE';
      // Two literals, one per form, each with the mapper's fields in the mapper's order (one fixed shape;
      // a conditional spread would build the shape field by field).
      checkIns.push(
        day === undefined
          ? {
              date: rowString(DATES[i]),
              sleepHours,
              sleepQuality,
              rmssd: rmssdToday,
              restingHr,
              soreness,
              fatigue,
              stress,
              mood,
              illness,
            }
          : {
              day,
              sleepHours,
              sleepQuality,
              rmssd: rmssdToday,
              restingHr,
              soreness,
              fatigue,
              stress,
              mood,
              illness,
            },
      );
    }
  }
  const plan: WeekPlan = {
    weekStart: NEXT_MONDAY,
    phase: 'PREPARATORY',
    focus: 'AEROBIC_VOLUME',
    sessions: [1, 2, 3, 5, 6].map((d) => ({
      id: `a${index}p${d}`,
      day: d as Weekday,
      kind: 'RUN' as const,
      minutes: Math.round(base / 5 / 5) * 5,
      effort: { type: 'RPE' as const, value: d === 1 ? 7 : 3 },
      purpose: d === 1 ? 'Intervals' : 'Easy run',
      key: d === 1 || d === 5,
    })),
  };
  return {
    reviewDate: REVIEW_DATE,
    athlete: { id: `athlete-${index}`, availabilityMinutes: [60, 75, 75, 75, 60, 150, 90] },
    sessions,
    checkIns,
    contextEvents:
      index % 10 === 0
        ? [
            {
              kind: 'TRAVEL',
              start: dateString(REVIEW_DAY + 2),
              end: dateString(REVIEW_DAY + 4),
              note: 'business trip',
            },
          ]
        : [],
    races: index % 7 === 0 ? [{ date: dateString(REVIEW_DAY + 10), priority: 'A', expectedMinutes: 95 }] : [],
    season: {
      phases: [{ phase: 'PREPARATORY', start: DATES[0], end: dateString(REVIEW_DAY + 60) }],
      mesocycle: { focus: 'AEROBIC_VOLUME', start: dateString(REVIEW_DAY - 7 * (index % 8)) },
    },
    currentWeekPlan: {
      ...plan,
      weekStart: CURRENT_MONDAY,
      sessions: plan.sessions.map((s) => ({ ...s, id: `c${s.id}` })),
    },
    nextWeekDraft: index % 2 === 0 ? plan : undefined,
    lastContactDate: index % 13 === 0 ? dateString(REVIEW_DAY - 8) : undefined,
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

class Run {
  ns = 0n;
  count = 0;
  /** Young-generation collections charged to the timed calls (see `reviewRange`). */
  collections = 0;
  /** Of `ns`, the time in those collections. */
  collectionNs = 0n;
  /** Bytes the engine allocated in the timed calls. */
  allocated = 0;
  /** `ns` after the first half of the athletes. */
  firstHalfNs = 0n;
  /** Time in the bare loop over the same inputs (the ceiling). */
  bareNs = 0n;
}

/** Sink for the bare loop, so that V8 cannot drop it. */
let bareSink = 0;

/**
 * The ceiling: the least any review must do, read every session and check-in of the input once (the
 * fields the engine's metrics read) and sum them.
 */
function bareLoop(input: ReviewInput): number {
  let t = 0;
  for (const s of input.sessions) t += (s.day ?? 0) + s.minutes * (s.rpe ?? 1);
  for (const c of input.checkIns) {
    t += (c.day ?? 0) + (c.sleepHours ?? 0) + (c.rmssd ?? 0) + (c.restingHr ?? 0) + (c.fatigue ?? 0);
    t += (c.soreness ?? 0) + (c.stress ?? 0) + (c.mood ?? 0) + (c.sleepQuality ?? 0);
  }
  return t;
}

/** The usable size of V8's young generation (one semi-space). */
function nurseryBytes(): number {
  const space = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
  return space ? space.space_size / 2 : 16 * 1024 * 1024;
}

/** Engine allocation not yet charged a young-generation collection (bytes), across rosters. */
let uncharged = 0;

/**
 * Reviews athletes [from, from + count) a roster (`BATCH`) at a time; only the `reviewAthlete` calls are
 * timed, plus the engine's share of garbage collection: the untimed collections before each roster leave
 * the young generation empty, so the heap grows by exactly what the engine allocates during the roster, and
 * each time that adds up to a young generation's worth, a young-generation collection runs inside the
 * timer, as it would in a process that only reviewed.
 */
function reviewRange(
  from: number,
  count: number,
  onInput: (input: ReviewInput) => void,
  onReview: (review: Review, run: Run) => void,
): Run {
  const run = new Run();
  const batch: ReviewInput[] = [];
  const reviews: Review[] = [];
  const half = Math.floor(count / 2);
  for (let start = 0; start < count; start += BATCH) {
    const end = Math.min(count, start + BATCH);
    batch.length = 0;
    for (let i = start; i < end; i++) batch.push(makeAthlete(from + i));
    for (const input of batch) onInput(input);
    // Untimed: two young-generation collections move the roster to the old generation and drop the
    // generator's young garbage. (Not a full GC: on Node 22 a forced full GC also discards optimised code,
    // which left the engine unoptimised for the whole run, at a quarter of its speed.)
    gc?.({ type: 'minor' });
    gc?.({ type: 'minor' });
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < batch.length; i++) {
      const t0 = process.hrtime.bigint();
      reviews[i] = reviewAthlete(batch[i]);
      run.ns += process.hrtime.bigint() - t0;
      if (++run.count === half) run.firstHalfNs = run.ns;
    }
    const allocated = gc ? Math.max(0, process.memoryUsage().heapUsed - heapBefore) : 0;
    for (let i = 0; i < batch.length; i++) {
      const t0 = process.hrtime.bigint();
      bareSink += bareLoop(batch[i]);
      run.bareNs += process.hrtime.bigint() - t0;
    }
    // After the allocation is measured (what the caller does with the reviews is not the engine's), and
    // before the collection below: the reviews are then dropped, as they were when the engine was timed
    // one call at a time, so that collection does not copy them.
    for (let i = 0; i < batch.length; i++) onReview(reviews[i], run);
    reviews.length = 0;
    if (gc) {
      run.allocated += allocated;
      uncharged += allocated;
      const nursery = nurseryBytes();
      if (uncharged >= nursery) {
        const t0 = process.hrtime.bigint();
        gc({ type: 'minor' });
        const dt = process.hrtime.bigint() - t0;
        run.ns += dt;
        run.collectionNs += dt;
        run.collections++;
        uncharged -= nursery;
      }
    }
  }
  batch.length = 0;
  return run;
}

function main(): void {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  };
  let sessionsSeen = 0;
  let checkInsSeen = 0;
  const half = Math.floor(ATHLETES / 2);

  // Warm-up: other athletes (indices from ATHLETES on), timed on its own as the cold-start figure.
  const warm = reviewRange(
    ATHLETES,
    WARMUP,
    () => undefined,
    (_review, run) => {
      if (run.count % 500 === 0) sample();
    },
  );

  // Timed passes over the same athletes (histories regenerated each pass, identically).
  const load0 = loadavg();
  const cpu0 = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  const passes: Run[] = [];
  const kinds = new Map<string, number>();
  /** Per pass: SHA-256 over every review's full JSON, in athlete order (the determinism check). */
  const digests: string[] = [];
  for (let pass = 0; pass < REPEAT; pass++) {
    const hash = createHash('sha256');
    let reviewed = 0;
    const run = reviewRange(
      0,
      ATHLETES,
      (input) => {
        if (pass > 0) return;
        sessionsSeen += input.sessions.length;
        checkInsSeen += input.checkIns.length;
      },
      (review) => {
        hash.update(JSON.stringify(review));
        if (pass === 0) for (const s of review.suggestions) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
        if (++reviewed % 500 === 0) sample();
      },
    );
    passes.push(run);
    digests.push(hash.digest('hex'));
  }
  const wallNs = process.hrtime.bigint() - wallStart;
  const cpu = process.cpuUsage(cpu0);
  const load1 = loadavg();
  sample();
  const maxRssKb = process.resourceUsage().maxRSS;
  const rate = (run: Run): number => ATHLETES / (Number(run.ns) / 1e9);
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  // Median pass (for an even count, the slower of the two middle ones): a noisy minute moves one pass,
  // not the figure.
  const timed = [...passes].sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0))[REPEAT >> 1];
  const timedPass = passes.indexOf(timed) + 1;
  const seconds = Number(timed.ns) / 1e9;
  const wall = Number(wallNs) / 1e9;
  const timedAll = passes.reduce((a, r) => a + Number(r.ns) / 1e9, 0);
  const reviewsAll = ATHLETES * REPEAT;

  const flags = process.execArgv.filter((f) => f !== '--expose-gc').join(' ');
  console.log(
    `engine bench — ${ATHLETES} athletes × ${DAYS} days, single process (node ${process.version}${flags ? ` ${flags}` : ", V8's default heap"})`,
  );
  console.log(
    `  history per athlete (mean): ${(sessionsSeen / ATHLETES).toFixed(0)} sessions, ${(checkInsSeen / ATHLETES).toFixed(0)} check-ins`,
  );
  console.log(
    `  records: ${WITH_DAY ? "dated by day number, as the API's loader gives them" : 'dated by a date string of their own (--no-day): the engine parses every one'}`,
  );
  console.log(
    `  timed: reviewAthlete() calls only; ${BATCH === 1 ? 'each history generated just before its review' : `histories generated a roster of ${BATCH} at a time`}, outside the timer${gc ? ', then moved to the old generation (untimed)' : ` (no forced GC between rosters: ${BATCH < MIN_GC_ROSTER ? `rosters under ${MIN_GC_ROSTER}` : 'no --expose-gc'}; collections fall where they fall)`}; after ${WARMUP.toLocaleString('en-US')} warm-up reviews of other athletes; ${REPEAT} pass${REPEAT === 1 ? '' : 'es'} over the ${ATHLETES.toLocaleString('en-US')} athletes`,
  );
  console.log(
    `  reviews/s:        ${fmt(rate(timed))}  (${REPEAT === 1 ? 'one pass' : `median pass of ${REPEAT}: pass ${timedPass}`}; ${((seconds * 1e6) / ATHLETES).toFixed(1)} µs per review, ${seconds.toFixed(2)} s)`,
  );
  if (REPEAT > 1) {
    console.log(
      `  passes:           ${passes.map((r) => fmt(rate(r))).join(' · ')} reviews/s (all ${fmt(reviewsAll)} reviews: ${fmt(reviewsAll / timedAll)} reviews/s)`,
    );
  }
  if (half > 0 && ATHLETES - half > 0) {
    const s1 = Number(timed.firstHalfNs) / 1e9;
    const s2 = Number(timed.ns - timed.firstHalfNs) / 1e9;
    console.log(
      `  halves:           ${fmt(half / s1)} then ${fmt((ATHLETES - half) / s2)} reviews/s (median pass)`,
    );
  }
  {
    // Same pass as the headline: the ceiling ran right after each of its rosters' reviews.
    const bareRate = ATHLETES / (Number(timed.bareNs) / 1e9);
    console.log(
      `  ceiling:          ${fmt(bareRate)} bare loops/s over the same inputs (every session and check-in read once, same pass); reviews/s = 1/${(bareRate / rate(timed)).toFixed(1)} of it${bareSink === -1 ? '' : ''}`,
    );
  }
  if (warm.count > 0) {
    const ws = Number(warm.ns) / 1e9;
    console.log(
      `  cold start:       ${fmt(warm.count / ws)} reviews/s over the first ${warm.count.toLocaleString('en-US')} reviews of the process (the warm-up, while V8 compiles; same method)`,
    );
  }
  console.log(
    `  process CPU over the timed passes (generation included): ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s for ${wall.toFixed(2)} s wall; load average (1/5/15 min) before: ${load0.map((x) => x.toFixed(2)).join(' ')}, after: ${load1.map((x) => x.toFixed(2)).join(' ')}`,
  );
  console.log(
    `  input generation and the rest of the loop: ${(wall - timedAll).toFixed(2)} s (not timed); wall ${wall.toFixed(2)} s = ${fmt(reviewsAll / wall)} athletes/s end to end`,
  );
  if (gc) {
    const allocated = passes.reduce((a, r) => a + r.allocated, 0);
    const collections = passes.reduce((a, r) => a + r.collections, 0);
    const collectionNs = passes.reduce((a, r) => a + Number(r.collectionNs), 0);
    console.log(
      `  engine allocation: ${(allocated / reviewsAll / 1024).toFixed(1)} KB per review; ${collections} young-generation collections charged to the timed calls (${(collectionNs / 1e6).toFixed(1)} ms of them)`,
    );
  }
  const rss = Math.max(peakRss, maxRssKb * 1024);
  console.log(
    `  memory: peak RSS ${mb(rss)} (process max), peak heap used (sampled every 500 reviews) ${mb(peakHeap)}`,
  );
  const top = [...kinds.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`  suggestions: ${top.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  if (!digests.every((d) => d === digests[0])) {
    console.log(`  NOT deterministic: the passes' reviews differ (SHA-256 ${digests.join(', ')})`);
    process.exitCode = 1;
  } else {
    console.log(
      `  reviews (full JSON, athlete order) SHA-256 ${digests[0].slice(0, 16)}…${REPEAT > 1 ? `: identical in all ${REPEAT} passes` : ''}`,
    );
  }
  const ok = rate(timed) >= 20_000 && rss < 500 * 1024 * 1024;
  console.log(`  target ≥ 20,000 reviews/s and < 500 MB: ${ok ? 'met' : 'NOT met'}`);
}

if (require.main === module) main();
