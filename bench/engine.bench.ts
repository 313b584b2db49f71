/**
 * Engine benchmark: N athletes (default 10,000) × 365 days of history (sessions and daily check-ins),
 * single process. Prints athlete-reviews per second and memory.
 *
 *   npm run bench:engine                      # 10,000 athletes
 *   npm run bench:engine -- --athletes 1000   # quick run
 *
 * What is timed: only the `reviewAthlete(input)` calls (after an untimed warm-up of 200 reviews), each of which
 * computes the full review (metrics, six components, suggestions, draft, outlook). Inputs are generated in
 * batches (default 500 athletes) outside the timer and dropped after their batch, so memory reflects one
 * batch of inputs plus the engine, not 10,000 histories at once. Date strings are shared across athletes
 * (as an ORM would intern nothing, this is a small favour to the generator, not to the engine: the engine
 * still parses every date it is given).
 *
 * The headline is wall-clock reviews/s over the whole timed run (JIT warm-up included after the first 200).
 * Because the figure depends on what else runs on the machine, the bench also prints the load average and
 * the process CPU time spent in the timed sections (all threads: JIT compiler and GC helpers included).
 */
import { loadavg } from 'node:os';
import { reviewAthlete } from '@app/engine';
import type { CheckIn, LoggedSession, ReviewInput, WeekPlan, Weekday } from '@app/engine';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) {
    const v = Number(process.argv[i + 1]);
    if (Number.isFinite(v) && v > 0) return Math.floor(v);
  }
  return fallback;
}

const ATHLETES = arg('athletes', 10_000);
const DAYS = arg('days', 365);
const BATCH = arg('batch', 500);
const WARMUP = Math.min(200, ATHLETES);

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
  const sick = r() < 0.05;
  for (let i = 0; i < DAYS; i++) {
    const wd = (i + 1) % 7; // REVIEW_DAY − DAYS + 1 + i; a Sunday review puts day 0 on a Monday when DAYS % 7 = 0
    const week = Math.floor((DAYS - 1 - i) / 7);
    const down = week % 4 === 2 ? 0.7 : 1;
    if (wd !== restDay && r() < 0.85) {
      const hard = wd === 1 || wd === 3;
      const long = wd === 5;
      sessions.push({
        id: `a${index}s${i}`,
        date: DATES[i],
        kind: r() < 0.1 ? 'STRENGTH' : 'RUN',
        minutes: Math.round(((base / 5) * (long ? 1.8 : hard ? 1.1 : 0.8) * down * (0.85 + r() * 0.3)) | 0),
        rpe: hard ? 6 + Math.floor(r() * 3) : long ? 4 : 2 + Math.floor(r() * 3),
      });
    }
    if (r() < 0.9) {
      checkIns.push({
        date: DATES[i],
        sleepHours: 6 + r() * 2.5,
        sleepQuality: 5 + Math.floor(r() * 4),
        rmssd: rmssd * Math.exp((r() - 0.5) * 0.3),
        restingHr: 48 + Math.floor(r() * 6),
        soreness: 2 + Math.floor(r() * 4),
        fatigue: 2 + Math.floor(r() * 4),
        stress: 2 + Math.floor(r() * 4),
        mood: 5 + Math.floor(r() * 4),
        illness: sick && i > DAYS - 3 ? 'BELOW_NECK_OR_FEVER' : 'NONE',
      });
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

function main(): void {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  };
  const kinds = new Map<string, number>();
  let sessionsSeen = 0;
  let checkInsSeen = 0;

  // Warm-up (untimed): lets V8 optimise the hot paths before measuring.
  for (let i = 0; i < WARMUP; i++) reviewAthlete(makeAthlete(ATHLETES + i));

  const load0 = loadavg();
  let timedNs = 0n;
  let cpuMicros = 0;
  let secondHalfNs = 0n;
  let secondHalfCount = 0;
  let genNs = 0n;
  const wallStart = process.hrtime.bigint();
  for (let start = 0; start < ATHLETES; start += BATCH) {
    const end = Math.min(ATHLETES, start + BATCH);
    const g0 = process.hrtime.bigint();
    const batch: ReviewInput[] = [];
    for (let i = start; i < end; i++) batch.push(makeAthlete(i));
    genNs += process.hrtime.bigint() - g0;
    for (const a of batch) {
      sessionsSeen += a.sessions.length;
      checkInsSeen += a.checkIns.length;
    }
    sample();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch.length; i++) {
      const review = reviewAthlete(batch[i]);
      for (const s of review.suggestions) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    }
    const batchNs = process.hrtime.bigint() - t0;
    const c1 = process.cpuUsage(c0);
    cpuMicros += c1.user + c1.system;
    timedNs += batchNs;
    if (start >= ATHLETES / 2) {
      secondHalfNs += batchNs;
      secondHalfCount += batch.length;
    }
    sample();
  }
  const wallNs = process.hrtime.bigint() - wallStart;
  const load1 = loadavg();
  sample();
  const maxRssKb = process.resourceUsage().maxRSS;
  const seconds = Number(timedNs) / 1e9;

  console.log(`engine bench — ${ATHLETES} athletes × ${DAYS} days, single process (node ${process.version})`);
  console.log(
    `  history per athlete (mean): ${(sessionsSeen / ATHLETES).toFixed(0)} sessions, ${(checkInsSeen / ATHLETES).toFixed(0)} check-ins`,
  );
  console.log(
    `  timed: reviewAthlete() calls only, inputs generated in batches of ${BATCH} outside the timer, ${WARMUP} warm-up reviews excluded`,
  );
  console.log(
    `  reviews/s:        ${Math.round(ATHLETES / seconds).toLocaleString('en-US')}  (${((seconds * 1e6) / ATHLETES).toFixed(1)} µs per review, ${seconds.toFixed(2)} s total)`,
  );
  console.log(
    `  process CPU in timed sections: ${(cpuMicros / 1e6).toFixed(2)} s = ${(cpuMicros / ATHLETES).toFixed(1)} µs CPU per review (${Math.round(ATHLETES / (cpuMicros / 1e6)).toLocaleString('en-US')} reviews per CPU-second)`,
  );
  console.log(
    `  load average (1/5/15 min) before: ${load0.map((x) => x.toFixed(2)).join(' ')}, after: ${load1.map((x) => x.toFixed(2)).join(' ')} on this machine`,
  );
  if (secondHalfCount > 0) {
    const s2 = Number(secondHalfNs) / 1e9;
    console.log(
      `  reviews/s, second half only (JIT warm): ${Math.round(secondHalfCount / s2).toLocaleString('en-US')}  (${((s2 * 1e6) / secondHalfCount).toFixed(1)} µs per review)`,
    );
  }
  console.log(
    `  input generation: ${(Number(genNs) / 1e9).toFixed(2)} s (not timed); wall incl. generation ${(Number(wallNs) / 1e9).toFixed(2)} s = ${Math.round(ATHLETES / (Number(wallNs) / 1e9)).toLocaleString('en-US')} athletes/s end to end`,
  );
  console.log(
    `  memory: peak RSS ${mb(Math.max(peakRss, maxRssKb * 1024))} (process max), peak heap used (sampled per batch) ${mb(peakHeap)}`,
  );
  const top = [...kinds.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`  suggestions: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const ok = ATHLETES / seconds >= 20_000 && Math.max(peakRss, maxRssKb * 1024) < 500 * 1024 * 1024;
  console.log(`  target ≥ 20,000 reviews/s and < 500 MB: ${ok ? 'met' : 'NOT met'}`);
}

if (require.main === module) main();
