/**
 * Issue #11, second round: eleven more athletes a coach would recognise (factories/coach-histories-2.ts), aimed at
 * the judgement faults still open after the first ten (coach-histories.spec.ts): the shape of a cut in base,
 * a build that really grows the plan, what a marathon block keeps in a down week and in race week, a long
 * run too short for the race, a runner who runs twice a week, a hold larger than the athlete's week, a
 * masters athlete and a triathlete; and, for every athlete, every sentence of every suggestion true of the
 * plan it produces. The expectations are a coach's, written from each history's comment before the engine
 * was run, with the tolerances a coach would accept.
 *
 * Expectations the engine does not meet today are listed in FAULTS and run as `it.failing` (they break the
 * build the day the engine is fixed: then delete the line).
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession, Review, ReviewInput, Suggestion, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { planMinutes, planMinutesByDay } from '../src/planning/plan-measures';
import { HISTORIES_2, LUCY_LONG_RUN, NADIA_AVAILABILITY, NEXT, REVIEW } from './factories/coach-histories-2';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY = DAY_NAMES.join('|');

const HANNAH = 'base runner run down after a hard block';
const OWEN = 'base runner moving house next week';
const LUCY = 'runner with free days ready to build';
const SOFIA = 'marathoner three weeks out in a down week';
const SOFIA_4 = 'marathoner four weeks out in a down week';
const RAJ = 'marathoner eight weeks out with a 75-min long run';
const MEI = 'marathoner in race week with strength three days out';
const TOM = 'marathoner running two days a week';
const NADIA = 'athlete whose week is now smaller than her plan';
const GRAHAM = 'masters runner, 61, after three build weeks';
const INGRID = 'triathlete run down before a 70.3';

/**
 * Expectations the engine misses today: `athlete|check` → what the engine does, in a coach's words.
 */
const FAULTS: Record<string, string> = {};

interface Case {
  readonly input: ReviewInput;
  readonly review: Review;
  /** The plan the suggestions change: the coach's draft, or the engine's own. */
  readonly plan: WeekPlan;
}

const cases = new Map<string, Case>();
function get(name: string): Case {
  let c = cases.get(name);
  if (!c) {
    const input = HISTORIES_2[name]();
    const review = reviewAthlete(input);
    c = { input, review, plan: input.nextWeekDraft ?? review.draft };
    cases.set(name, c);
  }
  return c;
}

function apply(plan: WeekPlan, s: Suggestion): WeekPlan {
  const a = applySuggestion(plan, s);
  if (!a.ok) throw new Error(`${s.kind} did not apply: ${a.code} ${a.reason}`);
  return a.plan;
}

/** Suggestions that change next week's plan. */
function forNextWeek(c: Case): Suggestion[] {
  return c.review.suggestions.filter((s) => s.planWeekStart === c.plan.weekStart && s.changes.length > 0);
}

/** The plan once the suggestion that carries the week decision is applied (the plan itself without one). */
function decided(c: Case): WeekPlan {
  const own = c.review.suggestions.find((s) => s.kind === c.review.decision.rule);
  return own && own.planWeekStart === c.plan.weekStart ? apply(c.plan, own) : c.plan;
}

const applied = new Map<Case, WeekPlan>();
/** Applies every suggestion for next week in rank order, re-reviewing after each as the app does. */
function applyAll(c: Case): WeekPlan {
  const hit = applied.get(c);
  if (hit) return hit;
  let plan = c.plan;
  const done = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const r = i === 0 ? c.review : reviewAthlete({ ...c.input, nextWeekDraft: plan });
    const next = r.suggestions.find(
      (s) => !done.has(s.id) && s.changes.length > 0 && s.planWeekStart === plan.weekStart,
    );
    if (!next) break;
    done.add(next.id);
    plan = apply(plan, next);
  }
  applied.set(c, plan);
  return plan;
}

function session(plan: WeekPlan, id: string): PlannedSession | undefined {
  return plan.sessions.find((s) => s.id === id);
}

const id = (day: number): string => `${NEXT}-d${day}`;

/** Minutes of a session in `after` as a share of the plan's: 0 when dropped. */
function kept(c: Case, after: WeekPlan, day: number): number {
  return (session(after, id(day))?.minutes ?? 0) / session(c.plan, id(day))!.minutes;
}

const runs = (p: WeekPlan): PlannedSession[] => p.sessions.filter((s) => s.kind === 'RUN');
const rpe = (s: PlannedSession): number =>
  s.effort.type === 'RPE' ? s.effort.value : s.effort.value * 2 + 1;
const isEasyRun = (s: PlannedSession): boolean => s.kind === 'RUN' && rpe(s) <= 4 && !s.key;

/** Share of the running minutes at RPE 5 or above (zones 2 and 3 of Seiler's model). */
function hardShare(p: WeekPlan): number {
  const all = runs(p).reduce((a, s) => a + s.minutes, 0);
  return all === 0
    ? 0
    : runs(p)
        .filter((s) => rpe(s) >= 5)
        .reduce((a, s) => a + s.minutes, 0) / all;
}

function texts(r: Review): string[] {
  return [
    r.decision.reason,
    ...r.decision.ruledOut,
    ...r.components.filter((x) => x.status !== 'OK').map((x) => x.summary),
    ...r.suggestions.map((s) => s.rationale),
  ];
}

/** A labelled value, so that a failure names the suggestion, session or number it is about. */
function expectTrue(label: string, ok: boolean): void {
  expect([label, ok]).toEqual([label, true]);
}

/** What a coach would call a reason not to build next week, computed from the input. */
function reasonsNotToBuild(c: Case): string[] {
  const m = c.review.metrics;
  const reasons: string[] = [];
  const review = toDayNumber(c.input.reviewDate);
  if (m.readiness === 'RED' || m.readiness === 'AMBER') reasons.push(`readiness ${m.readiness}`);
  for (const e of c.input.contextEvents ?? []) {
    const near = toDayNumber(e.end) >= review - 7 && toDayNumber(e.start) <= review + 7;
    if (e.confirmed !== false && ['ILLNESS', 'WORK_STRESS', 'FAMILY'].includes(e.kind) && near)
      reasons.push(e.kind);
  }
  for (const race of c.input.races ?? []) {
    const d = toDayNumber(race.date) - review;
    if (race.priority === 'A' && d > 0 && d <= 21) reasons.push(`race ${race.name}`);
  }
  return reasons;
}

/**
 * Every claim a suggestion's sentence makes about the plan, checked against the plan before and after it is
 * applied: the sizes it states, the sessions it names with their minutes, the days it calls easy.
 */
function checkRationale(c: Case, s: Suggestion): void {
  const before = c.plan;
  const after = apply(before, s);
  const t = s.rationale;
  const onDay = (p: WeekPlan, day: number): PlannedSession[] => p.sessions.filter((x) => x.day === day);
  const byDayBefore = planMinutesByDay(before);
  const byDayAfter = planMinutesByDay(after);

  for (const x of t.matchAll(/The plan has (\d+) min/g))
    expectTrue(`${s.kind} "${x[0]}" (plan ${planMinutes(before)})`, Number(x[1]) === planMinutes(before));
  for (const x of t.matchAll(/, to (\d+) min\.(?:\s|$)/g)) {
    const got = planMinutes(after);
    expectTrue(`${s.kind} "${x[0].trim()}" (applied ${got})`, Math.abs(got - Number(x[1])) <= 5);
  }
  for (const x of t.matchAll(/the week (\d+) → (\d+) min/g))
    expectTrue(
      `${s.kind} "${x[0]}" (plan ${planMinutes(before)} → ${planMinutes(after)})`,
      Number(x[1]) === planMinutes(before) && Number(x[2]) === planMinutes(after),
    );
  // "scale Thursday's easy run 45 → 20 min (-56 %)": that day's session has those minutes before and after.
  for (const x of t.matchAll(
    new RegExp(`(${DAY})'s ([^,;()]+?) (\\d+) → (\\d+) min(?: \\(([+-−]\\d+) %\\))?`, 'g'),
  )) {
    const day = DAY_NAMES.indexOf(x[1]);
    const [a, b] = [Number(x[3]), Number(x[4])];
    const ok = onDay(before, day).some((p) => p.minutes === a && (session(after, p.id)?.minutes ?? 0) === b);
    expectTrue(`${s.kind} "${x[0]}" (${x[1]} ${byDayBefore[day]} → ${byDayAfter[day]} min)`, ok);
    if (x[5]) {
      const pct = Number(x[5].replace('−', '-'));
      expectTrue(`${s.kind} "${x[0]}" percent`, Math.abs(Math.round((100 * (b - a)) / a) - pct) <= 1);
    }
  }
  // "Tuesday 75 → 0 min": the day's total.
  for (const x of t.matchAll(new RegExp(`(?<!'s )\\b(${DAY}) (\\d+) → (\\d+) min`, 'g'))) {
    const day = DAY_NAMES.indexOf(x[1]);
    expectTrue(
      `${s.kind} "${x[0]}" (${byDayBefore[day]} → ${byDayAfter[day]})`,
      byDayBefore[day] === Number(x[2]) && byDayAfter[day] === Number(x[3]),
    );
  }
  // "drop Tuesday's easy run (40 min)", "Wednesday's easy run (35 min)": a session of those minutes that day.
  for (const x of t.matchAll(new RegExp(`(${DAY})'s ([^,;()]+?) \\((\\d+) min\\)`, 'g'))) {
    const day = DAY_NAMES.indexOf(x[1]);
    const n = Number(x[3]);
    const ok = [...onDay(before, day), ...onDay(after, day)].some((p) => p.minutes === n);
    expectTrue(
      `${s.kind} "${x[0]}" (${x[1]}: ${onDay(before, day)
        .map((p) => p.minutes)
        .join('/')} min)`,
      ok,
    );
  }
  // A day it calls an easy run is an easy run: a RUN at RPE ≤ 4 on that day (after the change, or before it
  // when the change drops it); a session it calls eased is at RPE ≤ 4 and of its own kind (a ride stays a ride).
  for (const x of t.matchAll(new RegExp(`(${DAY})'s (eased [^,;()]+?|easy runs?)\\b`, 'g'))) {
    const day = DAY_NAMES.indexOf(x[1]);
    const there = onDay(after, day).filter((p) => p.kind !== 'REST');
    const pool = there.length > 0 ? there : onDay(before, day);
    const kinds = x[2].startsWith('eased') ? ['RUN', 'CROSS_TRAINING'] : ['RUN'];
    const ok = pool.some((p) => kinds.includes(p.kind) && rpe(p) <= 4);
    expectTrue(
      `${s.kind} calls ${x[1]} easy ("${x[0]}"): ${pool.map((p) => `${p.kind} ${p.minutes} min RPE ${rpe(p)}`).join(', ')}`,
      ok,
    );
  }
  // "make Tuesday's threshold … and Thursday's marathon-pace run easy runs": those days' runs are easy after.
  for (const x of t.matchAll(/make ([^.:]+?) easy runs?\b/g)) {
    for (const d of x[1].matchAll(new RegExp(`(${DAY})'s`, 'g'))) {
      const day = DAY_NAMES.indexOf(d[1]);
      const left = onDay(after, day).filter((p) => p.kind === 'RUN');
      expectTrue(
        `${s.kind} makes ${d[1]} easy: ${left.map((p) => `RPE ${rpe(p)}`).join(', ')}`,
        left.every((p) => rpe(p) <= 4),
      );
    }
  }
  // "scale the easy runs 150 → 75 min": the plan's easy runs add up to those minutes before and after.
  for (const x of t.matchAll(/scale the easy runs (\d+) → (\d+) min/g)) {
    const ids = before.sessions.filter(isEasyRun).map((p) => p.id);
    const sum = (p: WeekPlan): number => ids.reduce((a, i) => a + (session(p, i)?.minutes ?? 0), 0);
    expectTrue(
      `${s.kind} "${x[0]}" (easy runs ${sum(before)} → ${sum(after)} min)`,
      sum(before) === Number(x[1]) && sum(after) === Number(x[2]),
    );
  }
  // "with easy intensity": nothing above RPE 4 left but strength and races; "light intensity": nothing at 6+;
  // "… intensity except Thursday's marathon-pace run, kept at its effort": that day's session is the exception.
  for (const x of t.matchAll(/with (easy|light) intensity(?: except (\w+day)'s)?/g)) {
    const limit = x[1] === 'easy' ? 4 : 5;
    const except = x[2] === undefined ? -1 : DAY_NAMES.indexOf(x[2]);
    const hard = after.sessions.filter(
      (p) => (p.kind === 'RUN' || p.kind === 'CROSS_TRAINING') && rpe(p) > limit && p.day !== except,
    );
    expectTrue(
      `${s.kind} says "${x[0]}" but keeps ${hard.map((p) => `${DAY_NAMES[p.day]}'s ${p.purpose} at RPE ${rpe(p)}`).join(', ')}`,
      hard.length === 0,
    );
  }
  // "move Wednesday's tempo 3 × 8 min (50 min) to Sunday": that session is on that day afterwards.
  for (const x of t.matchAll(new RegExp(`move (${DAY})'s ([^,;()]+?) \\((\\d+) min\\) to (${DAY})`, 'g'))) {
    const [from, to] = [DAY_NAMES.indexOf(x[1]), DAY_NAMES.indexOf(x[4])];
    const moved = onDay(before, from).filter((p) => p.minutes === Number(x[3]));
    expectTrue(
      `${s.kind} "${x[0]}": ${moved.map((p) => `now on ${DAY_NAMES[session(after, p.id)?.day ?? -1] ?? 'no day'}`).join(', ')}`,
      moved.some((p) => session(after, p.id)?.day === to),
    );
  }
  // Every session it drops is named by its day.
  for (const b of before.sessions) {
    if (b.kind === 'REST' || session(after, b.id)) continue;
    expectTrue(
      `${s.kind} drops ${DAY_NAMES[b.day]}'s ${b.purpose} without naming the day`,
      t.includes(DAY_NAMES[b.day]),
    );
  }
}

type Check = (c: Case) => void;

/** Checks every athlete must pass. */
const GENERIC: Record<string, Check> = {
  'should keep the decision and the engine’s draft within the athlete’s week': (c) => {
    const { review: r, input } = c;
    const avail = input.athlete.availabilityMinutes;
    const week = avail.reduce((a, b) => a + b, 0);
    expectTrue(
      `target ${r.decision.targetMinutes} within ${week} available`,
      r.decision.targetMinutes <= week,
    );
    planMinutesByDay(r.draft).forEach((min, day) =>
      expectTrue(`draft ${DAY_NAMES[day]} ${min} min within ${avail[day]}`, min <= avail[day]),
    );
  },

  'should keep session kinds and races, and put nothing new over a day’s time, once applied': (c) => {
    const avail = c.input.athlete.availabilityMinutes;
    for (const s of forNextWeek(c)) {
      const after = apply(c.plan, s);
      for (const b of c.plan.sessions) {
        const a = session(after, b.id);
        if (b.kind === 'RACE')
          expectTrue(`${s.kind} keeps the race`, JSON.stringify(a) === JSON.stringify(b));
        if (a) expectTrue(`${s.kind} ${b.id} ${b.kind} → ${a.kind}`, a.kind === b.kind);
      }
      const before = planMinutesByDay(c.plan);
      planMinutesByDay(after).forEach((min, day) => {
        if (min > before[day])
          expectTrue(`${s.kind} ${DAY_NAMES[day]} ${min} min over ${avail[day]}`, min <= avail[day]);
      });
    }
  },

  'should say only what is true of the plan it changes: sizes, sessions and the days it calls easy': (c) => {
    for (const s of forNextWeek(c)) checkRationale(c, s);
  },

  'should leave no token runs: a run it shortens stays 25 min or more': (c) => {
    for (const s of forNextWeek(c)) {
      const after = apply(c.plan, s);
      const short = runs(after).filter(
        (a) => a.minutes < 25 && a.minutes < (session(c.plan, a.id)?.minutes ?? 0),
      );
      expectTrue(
        `${s.kind} leaves ${short.map((a) => `${DAY_NAMES[a.day]}'s ${a.purpose} ${session(c.plan, a.id)!.minutes} → ${a.minutes} min`).join(', ')}`,
        short.length === 0,
      );
    }
  },

  'should draft no token runs of its own: every run 25 min or more': ({ review: r }) => {
    // A 15–20-min shakeout belongs in a taper; a token run is what a cut leaves.
    if (r.decision.type === 'TAPER') return;
    const short = runs(r.draft).filter((a) => a.minutes < 25);
    expectTrue(
      `engine draft runs ${short.map((a) => `${DAY_NAMES[a.day]} ${a.minutes}`).join(', ')}`,
      short.length === 0,
    );
  },

  'should not build beside a reason not to': (c) => {
    const reasons = reasonsNotToBuild(c);
    if (reasons.length > 0)
      expectTrue(
        `${c.review.decision.type} beside ${reasons.join(', ')}`,
        c.review.decision.type !== 'BUILD',
      );
  },

  'should never word a load change as an injury prediction': (c) => {
    for (const t of texts(c.review)) expect(t).not.toMatch(/injury risk|predicts? (an )?injur/i);
  },
};

/** A down week a coach would accept: 20–40 % off (a point or two of rounding either way). */
function expectDownWeekSize(c: Case, p: WeekPlan): void {
  const [a, b] = [planMinutes(c.plan), planMinutes(p)];
  expectTrue(
    `down week ${a} → ${b} min (${Math.round((100 * (b - a)) / a)} %)`,
    b <= 0.82 * a && b >= 0.55 * a,
  );
}

/** The base-phase cut: easy runs trimmed evenly, no token runs, strength and quality first, ≤ 25 % hard. */
function baseCutChecks(easyDays: readonly number[]): Record<string, Check> {
  return {
    'should trim the easy runs evenly (within 20 points of each other) rather than gut one': (c) => {
      const after = applyAll(c);
      const cuts = easyDays.map((d) => Math.round(100 * (1 - kept(c, after, d))));
      expectTrue(`easy-run cuts ${cuts.join(' / ')} %`, Math.max(...cuts) - Math.min(...cuts) <= 20);
    },
    'should leave no token runs: every run kept is 25 min or more': (c) => {
      const after = applyAll(c);
      const short = runs(after).filter((s) => s.minutes < 25);
      expectTrue(
        `runs under 25 min: ${short.map((s) => `${DAY_NAMES[s.day]} ${s.minutes}`).join(', ')}`,
        short.length === 0,
      );
    },
    'should let strength and the tempo give before a run day goes': (c) => {
      const after = applyAll(c);
      const lostRunDays = [...new Set(runs(c.plan).map((s) => s.day))].filter(
        (d) => !after.sessions.some((s) => s.day === d && s.kind === 'RUN'),
      );
      if (lostRunDays.length === 0) return;
      const strengthBefore = c.plan.sessions
        .filter((s) => s.kind === 'STRENGTH')
        .reduce((a, s) => a + s.minutes, 0);
      const strengthAfter = after.sessions
        .filter((s) => s.kind === 'STRENGTH')
        .reduce((a, s) => a + s.minutes, 0);
      const tempo = session(after, id(2));
      const tempoGave = !tempo || rpe(tempo) <= 4 || tempo.minutes < session(c.plan, id(2))!.minutes;
      expectTrue(
        `run days dropped (${lostRunDays.map((d) => DAY_NAMES[d]).join(', ')}) while strength ${strengthBefore} → ${strengthAfter} min and the tempo ${tempoGave ? 'gave' : 'stayed whole'}`,
        strengthAfter < strengthBefore && tempoGave,
      );
    },
    'should keep base running mostly easy: at most about 25 % of it at RPE 5 or above': (c) => {
      const after = applyAll(c);
      expectTrue(`hard share ${Math.round(100 * hardShare(after))} %`, hardShare(after) <= 0.26);
    },
  };
}

/** Sofia's down week, three and four weeks out: lighter, the long run and the MP run kept for their purpose. */
const SOFIA_CHECKS: Record<string, Check> = {
  'should make the week lighter (a down week, or the taper starting)': (c) => {
    expect(['DOWN', 'TAPER']).toContain(c.review.decision.type);
    expectTrue(
      `${planMinutes(c.plan)} → ${planMinutes(applyAll(c))} min`,
      planMinutes(applyAll(c)) <= 0.85 * planMinutes(c.plan),
    );
  },
  'should cut the easy filler before the long run and the marathon-pace run': (c) => {
    const after = applyAll(c);
    const filler = Math.max(...[2, 4, 5].map((d) => kept(c, after, d)));
    for (const [name, d] of [
      ['long run', 6],
      ['marathon-pace run', 3],
    ] as const)
      expectTrue(
        `${name} keeps ${Math.round(100 * kept(c, after, d))} %, the easy runs at most ${Math.round(100 * filler)} %`,
        kept(c, after, d) >= filler - 1e-9,
      );
  },
  'should keep the marathon-pace run at marathon effort, and key': (c) => {
    const mp = session(applyAll(c), id(3));
    expectTrue(
      `MP run ${mp ? `${mp.minutes} min RPE ${rpe(mp)} key ${mp.key}` : 'dropped'}`,
      !!mp && rpe(mp) >= 6 && mp.key === true,
    );
  },
  'should keep the long run a long run this close to the race (≥ 120 min)': (c) => {
    const lr = session(applyAll(c), id(6))?.minutes ?? 0;
    expectTrue(`long run ${lr} min`, lr >= 120);
  },
};

/** What a good coach would do for each athlete (see the history's comment), as checks. */
const SPECIFIC: Record<string, Record<string, Check>> = {
  [HANNAH]: {
    'should take a down week of 20–40 % for two markers down': (c) => {
      expect(['DOWN', 'HOLD']).toContain(c.review.decision.type);
      expect(c.review.metrics.readiness).not.toBe('GREEN');
      expectDownWeekSize(c, applyAll(c));
    },
    'should keep the long run a long run (at least 75 min), applied and in its own draft': (c) => {
      expectTrue(
        `long run ${session(applyAll(c), id(5))?.minutes} min`,
        (session(applyAll(c), id(5))?.minutes ?? 0) >= 75,
      );
      const own = runs(c.review.draft).filter((s) => s.key);
      expectTrue(
        `engine draft long run ${own.map((s) => s.minutes).join('/')}`,
        own.some((s) => s.minutes >= 75),
      );
    },
    'should share a red week’s cut with the long run rather than halve the easy runs around it': (c) => {
      const after = applyAll(c);
      const worst = Math.max(...[1, 3, 6].map((d) => 1 - kept(c, after, d)));
      const lr = session(after, id(5))?.minutes ?? 0;
      expectTrue(
        `long run 110 → ${lr} min, an easy run cut ${Math.round(100 * worst)} %`,
        lr <= 100 && worst <= 0.4,
      );
    },
    ...baseCutChecks([1, 3, 6]),
  },

  [OWEN]: {
    'should cap Monday to Thursday at his 35 minutes': (c) => {
      const byDay = planMinutesByDay(applyAll(c));
      expectTrue(
        `Mon–Thu ${byDay.slice(0, 4).join('/')} min`,
        byDay.slice(0, 4).every((x) => x <= 35),
      );
    },
    'should take off only what the move takes, and keep the weekend whole': (c) => {
      const after = applyAll(c);
      const capped = planMinutesByDay(c.plan).map((m, d) => (d <= 3 ? Math.min(m, 35) : m));
      const fit = capped.reduce((a, b) => a + b, 0);
      expectTrue(
        `week ${planMinutes(c.plan)} → ${planMinutes(after)} min; the move takes it to ${fit}`,
        planMinutes(after) >= fit - 10,
      );
      expect(session(after, id(5))?.minutes).toBe(session(c.plan, id(5))?.minutes);
      expect(planMinutesByDay(after)[6]).toBe(planMinutesByDay(c.plan)[6]);
    },
    'should keep the 110-min long run in its own draft (the move is over by Friday)': ({ review: r }) => {
      const own = runs(r.draft).filter((s) => s.key && rpe(s) <= 4);
      expectTrue(
        `engine draft long run ${own.map((s) => s.minutes).join('/')}`,
        own.some((s) => s.minutes >= 110),
      );
    },
    'should not put the tempo the day after the long run': (c) => {
      const after = applyAll(c);
      const sunday = after.sessions.filter((s) => s.day === 6 && s.kind === 'RUN' && rpe(s) >= 7);
      expectTrue(
        `Sunday after the long run: ${sunday.map((s) => `${s.purpose} RPE ${rpe(s)}`).join(', ')}`,
        sunday.length === 0,
      );
    },
    'should leave no token runs: every run kept is 25 min or more': baseCutChecks([1, 3])[
      'should leave no token runs: every run kept is 25 min or more'
    ],
    'should keep base running mostly easy: at most about 25 % of it at RPE 5 or above': baseCutChecks([1, 3])[
      'should keep base running mostly easy: at most about 25 % of it at RPE 5 or above'
    ],
  },

  [LUCY]: {
    'should decide a build for a rested runner with time to spare': ({ review: r }) => {
      expect(r.decision.type).toBe('BUILD');
    },
    'should grow the applied plan by 5–20 %': (c) => {
      for (const [label, p] of [
        ['the build', decided(c)],
        ['every suggestion', applyAll(c)],
      ] as const) {
        const [a, b] = [planMinutes(c.plan), planMinutes(p)];
        expectTrue(`${label}: ${a} → ${b} min`, b >= 1.05 * a && b <= 1.2 * a);
      }
    },
    'should grow the long run by 15 min at most': (c) => {
      const lr = session(applyAll(c), id(5))?.minutes ?? 0;
      expectTrue(`long run ${LUCY_LONG_RUN} → ${lr} min`, lr >= LUCY_LONG_RUN && lr <= LUCY_LONG_RUN + 15);
    },
    'should keep the long run between 100 and 115 min in its own build draft': ({ review: r }) => {
      const own = runs(r.draft).filter((s) => s.key && rpe(s) <= 4);
      expectTrue(
        `engine draft long run ${own.map((s) => s.minutes).join('/')}`,
        own.some((s) => s.minutes >= LUCY_LONG_RUN && s.minutes <= LUCY_LONG_RUN + 15),
      );
    },
    'should keep every day within her time': (c) => {
      const avail = c.input.athlete.availabilityMinutes;
      planMinutesByDay(applyAll(c)).forEach((m, d) => expectTrue(`${DAY_NAMES[d]} ${m} min`, m <= avail[d]));
    },
  },

  [SOFIA]: SOFIA_CHECKS,
  [SOFIA_4]: SOFIA_CHECKS,

  [RAJ]: {
    'should tell the coach the long run is short for a marathon in 8 weeks': ({ review: r }) => {
      const said = texts(r).filter((t) => /long run/i.test(t) && /marathon|race|short|75 min/i.test(t));
      expectTrue(`texts: ${texts(r).join(' | ')}`, said.length > 0);
    },
    'should never shorten his long run': (c) => {
      expectTrue(
        `long run ${session(applyAll(c), id(5))?.minutes} min`,
        (session(applyAll(c), id(5))?.minutes ?? 0) >= 75,
      );
      const own = runs(c.review.draft).filter((s) => s.key && rpe(s) <= 4);
      expectTrue(
        `engine draft long run ${own.map((s) => s.minutes).join('/')}`,
        own.some((s) => s.minutes >= 75),
      );
    },
  },

  [MEI]: {
    'should taper race week and keep the race': (c) => {
      expect(c.review.decision.type).toBe('TAPER');
      const race = c.plan.sessions.find((s) => s.kind === 'RACE')!;
      expect(session(applyAll(c), race.id)).toEqual(race);
    },
    'should take the strength session out of the last three days before the race': (c) => {
      const late = (p: WeekPlan): PlannedSession[] =>
        p.sessions.filter((s) => s.kind === 'STRENGTH' && s.day >= 3);
      expectTrue(
        `applied: strength on ${late(applyAll(c))
          .map((s) => DAY_NAMES[s.day])
          .join(', ')}`,
        late(applyAll(c)).length === 0,
      );
      expectTrue(
        `engine draft: strength on ${late(c.review.draft)
          .map((s) => DAY_NAMES[s.day])
          .join(', ')}`,
        late(c.review.draft).length === 0,
      );
    },
    'should keep a short race-pace touch and not grow the week': (c) => {
      const after = applyAll(c);
      expectTrue(
        'a session at RPE 6+ before the race',
        after.sessions.some((s) => s.kind === 'RUN' && rpe(s) >= 6),
      );
      expectTrue(
        `${planMinutes(c.plan)} → ${planMinutes(after)} min`,
        planMinutes(after) <= planMinutes(c.plan),
      );
    },
  },

  [TOM]: {
    'should flag that he runs only two days a week before a marathon': ({ review: r }) => {
      const said = texts(r).filter((t) =>
        /(two|2) (days|runs|run days)|runs? (only )?(twice|2 times)|run frequency|days a week/i.test(t),
      );
      expectTrue(`texts: ${texts(r).join(' | ')}`, said.length > 0);
    },
    'should not answer it by lengthening the long run past 135 min': (c) => {
      const lr = session(applyAll(c), id(6))?.minutes ?? 0;
      expectTrue(`long run ${lr} min`, lr <= 135);
      expectTrue(
        `engine draft runs ${runs(c.review.draft)
          .map((s) => s.minutes)
          .join('/')}`,
        runs(c.review.draft).every((s) => s.minutes <= 135),
      );
    },
    'should keep a long run of 90 min or more in its own draft': ({ review: r }) => {
      expectTrue(
        `engine draft runs ${runs(r.draft)
          .map((s) => s.minutes)
          .join('/')}`,
        runs(r.draft).some((s) => s.minutes >= 90),
      );
    },
    'should keep his rides as rides in its own draft': ({ review: r }) => {
      expect(r.draft.sessions.filter((s) => s.kind === 'CROSS_TRAINING').length).toBeGreaterThanOrEqual(1);
    },
  },

  [NADIA]: {
    'should hold, not build, after a stressful first week in the job': ({ review: r }) => {
      expect(['HOLD', 'DOWN']).toContain(r.decision.type);
    },
    'should size the hold to the week she has (≤ 270 min)': ({ review: r }) => {
      const week = NADIA_AVAILABILITY.reduce((a, b) => a + b, 0);
      expectTrue(
        `target ${r.decision.targetMinutes} (${r.decision.minMinutes}–${r.decision.maxMinutes})`,
        r.decision.targetMinutes <= week,
      );
      expectTrue(`range max ${r.decision.maxMinutes}`, r.decision.maxMinutes <= week);
      expectTrue(`engine draft ${planMinutes(r.draft)} min`, planMinutes(r.draft) <= week);
    },
    'should leave nothing on Monday or Friday and no day over her time once applied': (c) => {
      const byDay = planMinutesByDay(applyAll(c));
      byDay.forEach((m, d) =>
        expectTrue(`${DAY_NAMES[d]} ${m} min (has ${NADIA_AVAILABILITY[d]})`, m <= NADIA_AVAILABILITY[d]),
      );
    },
    'should use every day she has (Tue, Wed, Thu, Sat, Sun) once applied': (c) => {
      const byDay = planMinutesByDay(applyAll(c));
      const empty = [1, 2, 3, 5, 6].filter((d) => byDay[d] === 0);
      expectTrue(
        `empty days she has time on: ${empty.map((d) => DAY_NAMES[d]).join(', ')}`,
        empty.length === 0,
      );
    },
    'should keep her week near what she has: 200–270 min once applied': (c) => {
      const m = planMinutes(applyAll(c));
      expectTrue(`${m} min`, m >= 200 && m <= 270);
    },
  },

  [GRAHAM]: {
    'should make the fourth week a down week of 20–40 %': (c) => {
      expect(c.review.decision.type).toBe('DOWN');
      expectDownWeekSize(c, applyAll(c));
    },
    'should keep his strength work in the down week': (c) => {
      const str = applyAll(c).sessions.filter((s) => s.kind === 'STRENGTH');
      expectTrue(
        `strength sessions ${str.map((s) => `${DAY_NAMES[s.day]} ${s.minutes}`).join(', ')}`,
        str.length >= 1,
      );
      expectTrue(
        'engine draft has strength',
        c.review.draft.sessions.some((s) => s.kind === 'STRENGTH'),
      );
    },
    'should never put the hard days back to back (hills, long run), in its own draft or applied': (c) => {
      for (const [label, p] of [
        ['applied', applyAll(c)],
        ['engine draft', c.review.draft],
      ] as const) {
        const hard = [
          ...new Set(
            p.sessions
              .filter((s) => s.kind === 'RUN' && (rpe(s) >= 7 || (s.key && s.minutes >= 75)))
              .map((s) => s.day),
          ),
        ].sort();
        const adjacent =
          hard.some((d, i) => i > 0 && d - hard[i - 1] === 1) || (hard.includes(0) && hard.includes(6));
        expectTrue(`${label}: hard days ${hard.map((d) => DAY_NAMES[d]).join(', ')}`, !adjacent);
      }
    },
  },

  [INGRID]: {
    'should take a down week for two markers down': (c) => {
      expect(['DOWN', 'HOLD']).toContain(c.review.decision.type);
      expect(c.review.metrics.readiness).not.toBe('GREEN');
      expectTrue(
        `${planMinutes(c.plan)} → ${planMinutes(applyAll(c))} min`,
        planMinutes(applyAll(c)) <= 0.85 * planMinutes(c.plan),
      );
    },
    'should keep swims as swims and rides as rides': (c) => {
      const after = applyAll(c);
      for (const b of c.plan.sessions.filter((s) => s.kind === 'CROSS_TRAINING')) {
        const a = session(after, b.id);
        if (a) expectTrue(`${DAY_NAMES[b.day]} ${b.purpose} → ${a.kind}`, a.kind === 'CROSS_TRAINING');
      }
      expectTrue(
        `engine draft kinds ${c.review.draft.sessions.map((s) => s.kind).join(',')}`,
        c.review.draft.sessions.some((s) => s.kind === 'CROSS_TRAINING'),
      );
    },
    'should keep her running going: at least two runs in the down week': (c) => {
      expectTrue(
        `runs ${runs(applyAll(c))
          .map((s) => `${DAY_NAMES[s.day]} ${s.minutes}`)
          .join(', ')}`,
        runs(applyAll(c)).length >= 2,
      );
    },
    'should ease the bike tempo before dropping the easy sessions in a red week': (c) => {
      const after = applyAll(c);
      const dropped = [0, 3, 4].filter((d) => !session(after, id(d)));
      const tempo = session(after, id(2));
      const eased = !tempo || rpe(tempo) <= 4 || tempo.minutes < 75;
      expectTrue(
        `dropped ${dropped.map((d) => DAY_NAMES[d]).join(', ')} while the bike tempo is ${tempo ? `${tempo.minutes} min RPE ${rpe(tempo)}` : 'gone'}`,
        dropped.length === 0 || eased,
      );
    },
    'should keep the long ride, cut no more than the easy swim and easy run': (c) => {
      const after = applyAll(c);
      const ride = kept(c, after, 5);
      const filler = Math.max(...[0, 3, 4].map((d) => kept(c, after, d)));
      expectTrue(
        `long ride keeps ${Math.round(100 * ride)} %, the easy sessions at most ${Math.round(100 * filler)} %`,
        ride > 0 && ride >= filler - 1e-9,
      );
    },
  },
};

describe('coach histories, second round (issue #11)', () => {
  it('should review the week of every history', () => {
    for (const name of Object.keys(HISTORIES_2)) {
      const r = get(name).review;
      expect([name, r.reviewDate, r.nextWeekStart]).toEqual([name, REVIEW, NEXT]);
    }
  });

  describe.each(Object.keys(HISTORIES_2))('%s', (name) => {
    const checks = { ...GENERIC, ...(SPECIFIC[name] ?? {}) };
    for (const [title, check] of Object.entries(checks)) {
      const fault = FAULTS[`${name}|${title}`];
      (fault ? it.failing : it)(fault ? `${title} [engine fault: ${fault}]` : title, () => check(get(name)));
    }
  });
});
