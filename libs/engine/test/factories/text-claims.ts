/**
 * What a rationale claims about the plan it changes, read back from the text and held against that plan after
 * the suggestion's changes (issue #11: every sentence true of its own numbers and of the plan it changes):
 * (a) weekdays called easy or rest days, (b) "A → B" minutes (sessions, groups of easy runs, days, the week),
 * (c) "fits" / "within" / "trimmed to" / "under the target" claims against the athlete's time and the
 * decision's range, (d) notes quoted cleanly, with no date pasted from them. A class of sentence, not one demo
 * athlete's: the specs run it over every suggestion of named, generated and random athletes.
 */
import type { PlannedSession, ReviewInput, Suggestion, WeekPlan } from '../../src';
import { cutTier, planMinutes, planMinutesByDay, raceMinutes } from '../../src/planning/plan-measures';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const D = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Monday", "Monday and Tuesday", "Tuesday, Wednesday and Thursday", "Tuesday–Thursday". */
const DAYS = `${D}(?:(?:, | and |–)${D})*`;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** The weekdays a day list names, a range "Tuesday–Thursday" read inclusively. */
export function dayList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/, | and /)) {
    const [a, b] = part.split('–').map((x) => WEEKDAYS.indexOf(x));
    if (b === undefined) out.push(a);
    else for (let d = a; d <= b; d++) out.push(d);
  }
  return out;
}

/**
 * Easy as a coach reads a prescription: no intervals, RPE 4 or less (Seiler zone 1), a zone of at most 2 (the
 * demo's zone-2 easy runs; a 3-zone plan's zone 2 is moderate, but the engine costs zones from the athlete's
 * logs and calls those runs easy when they are logged so).
 */
export function easySession(x: PlannedSession): boolean {
  if (x.kind === 'REST') return true;
  if (x.kind === 'RACE' || x.intervals !== undefined) return false;
  return x.effort.type === 'RPE' ? x.effort.value <= 4 : x.effort.value <= 2;
}

const isEasyRun = (x: PlannedSession): boolean => x.kind === 'RUN' && !x.key && easySession(x);

export interface ClaimContext {
  readonly input: ReviewInput;
  /** The plan the suggestion changes, and the plan after its changes. */
  readonly plan: WeekPlan;
  readonly s: Suggestion;
  readonly after: WeekPlan;
  /**
   * After the suggestion and the life event's own suggestion re-derived on it (when the review has one); for the
   * life event's suggestion, after it and the volume decision's suggestion re-derived on it.
   */
  readonly both?: WeekPlan;
  /** The plan after the life event's own suggestion alone (what "its own suggestion takes the plan's …" is about). */
  readonly lifeAlone?: WeekPlan;
}

/** Each claim of the rationale the plans do not bear out, in words (empty: every claim holds). */
export function falseClaims(c: ClaimContext): string[] {
  const { input, plan, s, after } = c;
  const text = s.rationale;
  const out: string[] = [];
  const fail = (what: string): void => {
    out.push(`${s.kind}: ${what}`);
  };
  const beforeDays = planMinutesByDay(plan);
  const afterDays = planMinutesByDay(after);
  const avail = input.athlete.availabilityMinutes;
  const byId = new Map(after.sessions.map((x) => [x.id, x]));
  const nextWeek = s.planWeekStart === plan.weekStart;

  // (a) Weekdays called easy or rest days have only easy sessions, or none, once the change is applied.
  if (nextWeek) {
    const on = (d: number) => after.sessions.filter((x) => x.day === d && x.kind !== 'REST');
    // A race the text says stays ("Tuesday's race stays") is not training on a rest day.
    const racesSaid = new Set(
      [...text.matchAll(new RegExp(`(${D})'s race\\b`, 'g'))].map((m) => WEEKDAYS.indexOf(m[1])),
    );
    const training = (d: number) => on(d).filter((x) => x.kind !== 'RACE' || !racesSaid.has(d));
    for (const m of text.matchAll(new RegExp(`\\b(${DAYS}) easy\\b(?! run)`, 'g'))) {
      for (const d of dayList(m[1])) {
        const hard = on(d).filter((x) => !easySession(x));
        if (hard.length > 0) {
          fail(
            `"${m[0]}" but ${WEEKDAYS[d]} has ${hard.map((x) => `${x.purpose} (${x.kind}, ${x.minutes} min, ${x.effort.type} ${x.effort.value})`).join('; ')}`,
          );
        }
      }
    }
    for (const m of text.matchAll(
      new RegExp(`\\b(?:rest (on |through )?|plan no training on )(${DAYS})`, 'g'),
    )) {
      const days =
        m[1] === 'through '
          ? [0, 1, 2, 3, 4, 5, 6].filter((d) => d <= Math.max(...dayList(m[2])))
          : dayList(m[2]);
      for (const d of days) {
        const left = training(d);
        if (left.length > 0)
          fail(`"${m[0]}" but ${WEEKDAYS[d]} has ${left.map((x) => x.purpose).join('; ')}`);
      }
    }
    if (
      /\brest all of next week\b/.test(text) &&
      after.sessions.some((x) => x.kind !== 'REST' && x.kind !== 'RACE')
    ) {
      fail('"rest all of next week" but sessions are left');
    }
  }

  // (b) "A → B" figures: a day's minutes, the week's, a group of easy runs.
  if (nextWeek) {
    for (const m of text.matchAll(new RegExp(`\\b(${D}) (\\d+) → (\\d+) min`, 'g'))) {
      const d = WEEKDAYS.indexOf(m[1]);
      if (beforeDays[d] !== Number(m[2]) || afterDays[d] !== Number(m[3])) {
        fail(`"${m[0]}": the day has ${beforeDays[d]} → ${afterDays[d]} min`);
      }
    }
    for (const m of text.matchAll(/\bthe week (\d+) → (\d+) min/g)) {
      if (planMinutes(plan) !== Number(m[1]) || planMinutes(after) !== Number(m[2])) {
        fail(`"${m[0]}": the week has ${planMinutes(plan)} → ${planMinutes(after)} min`);
      }
    }
    const eased = new Set(s.changes.flatMap((x) => (x.type === 'REPLACE_INTENSITY' ? [x.sessionId] : [])));
    const easyLeft = plan.sessions.filter((x) => isEasyRun(x) && !eased.has(x.id) && byId.has(x.id));
    for (const m of text.matchAll(
      new RegExp(`the easy runs(?: on (${DAYS}))? (\\d+) → (\\d+) min \\(([+-]?\\d+) %\\)`, 'g'),
    )) {
      const [a, b] = [Number(m[2]), Number(m[3])];
      const down = b < a;
      const days = m[1] === undefined ? null : dayList(m[1]);
      const moved = (x: PlannedSession) => {
        const y = byId.get(x.id)!.minutes;
        return down ? y < x.minutes : y > x.minutes;
      };
      const group = easyLeft.filter((x) => moved(x) && (days === null || days.includes(x.day)));
      const sa = group.reduce((t, x) => t + x.minutes, 0);
      const sb = group.reduce((t, x) => t + byId.get(x.id)!.minutes, 0);
      if (sa !== a || sb !== b) fail(`"${m[0]}": those easy runs have ${sa} → ${sb} min`);
      // "the easy runs", no days named: all of them, each the same way.
      if (days === null && group.length !== easyLeft.length) {
        const other = easyLeft.filter((x) => !group.includes(x));
        fail(
          `"${m[0]}" but ${other.map((x) => `${WEEKDAYS[x.day]}'s ${x.minutes} → ${byId.get(x.id)!.minutes} min`).join(', ')} ${down ? 'does not shrink' : 'does not grow'}`,
        );
      }
    }
  }

  // "Sunday's long run comes down to 95 min" (to its step, its share, this week's cut one): that day's run has
  // those minutes once the change is applied; "no longer than this Sunday's long run as the current-week
  // suggestion cuts it (150 → 95 min)": no run of next week is longer than that.
  if (nextWeek) {
    for (const m of text.matchAll(
      new RegExp(`\\b(${D})'s long run comes down to (\\d+) min(?! first)`, 'g'),
    )) {
      const d = WEEKDAYS.indexOf(m[1]);
      if (!after.sessions.some((x) => x.day === d && x.kind === 'RUN' && x.minutes === Number(m[2])))
        fail(
          `"${m[0]}" but ${m[1]} has ${
            after.sessions
              .filter((x) => x.day === d)
              .map((x) => `${x.kind} ${x.minutes} min`)
              .join('; ') || 'nothing'
          }`,
        );
    }
    for (const m of text.matchAll(
      /no longer than this \w+'s long run as the current-week suggestion (?:cuts it \(\d+ → (\d+) min\)|leaves it \((\d+) min\))/g,
    )) {
      const limit = Number(m[1] ?? m[2]);
      const longest = Math.max(0, ...after.sessions.filter((x) => x.kind === 'RUN').map((x) => x.minutes));
      if (longest > limit) fail(`"${m[0]}" but next week has a ${longest}-min run`);
    }
  }

  // "Sunday's long run gives 10 min: a cut takes from the key sessions and the long run last, once the other sessions
  // in its reach have given what it takes from them (Saturday's easy run is at its easy floor (45 min); …)": each
  // session named is a key session (or the long run) that gave those minutes, more only where the text says
  // "another" (after a day cap or the long run's step); each other session named has those minutes once the change
  // is applied.
  if (nextWeek) {
    for (const m of text.matchAll(
      / ([^.:]*?): a cut takes from the key sessions and the long run (?:last|once|near)([^.]*)\./g,
    )) {
      const pairs = [
        ...m[1].matchAll(
          new RegExp(`(${D})'s [^,]*?(?:, a key session,)?(?: then)?(?: gives)? (another )?(\\d+) min`, 'g'),
        ),
      ];
      if (pairs.length === 0) fail(`"${m[0]}" names no session`);
      for (const p of pairs) {
        const d = WEEKDAYS.indexOf(p[1]);
        const gave = Number(p[3]);
        const ok = plan.sessions.some((x) => {
          if (x.day !== d || x.key !== true) return false;
          const y = after.sessions.find((z) => z.id === x.id);
          const took = x.minutes - (y?.minutes ?? 0);
          return y !== undefined && (took === gave || (took > gave && p[2] !== undefined));
        });
        if (!ok) fail(`"${m[0]}" but no key session of ${p[1]} gave ${gave} min`);
      }
      // What the cut took after them ("…; with it at its useful dose, the cut then takes Sunday's easy run to 20 min
      // and drops Monday's strength"): each as the applied plan has it.
      const then = /the cut then (.*?) \(our cut order\)/.exec(m[2]);
      if (then) {
        const [took, dropped] = then[1].split(/(?:^| and )drops /);
        for (const t of took.matchAll(new RegExp(`(${D})'s [^,]*? to (\\d+) min`, 'g'))) {
          const d = WEEKDAYS.indexOf(t[1]);
          if (!after.sessions.some((x) => x.day === d && x.minutes === Number(t[2])))
            fail(`"${t[0]}" but ${t[1]} has no session of ${t[2]} min`);
        }
        for (const t of (dropped ?? '').matchAll(new RegExp(`(${D})'s`, 'g'))) {
          const d = WEEKDAYS.indexOf(t[1]);
          if (!plan.sessions.some((x) => x.day === d && !after.sessions.some((y) => y.id === x.id)))
            fail(`"the cut then drops ${t[1]}'s …" but no session of ${t[1]} is dropped`);
        }
      } else if (!/ last/.test(m[0])) fail(`"${m[0]}" says no order`);
      for (const g of m[2].matchAll(
        new RegExp(
          `((?:${D})'s [^;()]+?) (?:is|are) (?:at (?:its|their|half|the)|as short)[a-z ]* \\(([\\d, and]+) min\\)`,
          'g',
        ),
      )) {
        const named = [...g[1].matchAll(new RegExp(`(${D})'s`, 'g'))].map((x) => WEEKDAYS.indexOf(x[1]));
        const mins = g[2].split(/, | and /).map(Number);
        named.forEach((d, i) => {
          if (!after.sessions.some((x) => x.day === d && x.kind !== 'REST' && x.minutes === mins[i]))
            fail(`"${g[0]}" but ${WEEKDAYS[d]} has no session of ${mins[i]} min`);
        });
      }
    }
  }

  // (c) Days said to fit the athlete's time, the week's size against its range and target.
  if (nextWeek) {
    for (const m of text.matchAll(
      new RegExp(`((?:${D} \\(\\d+ min planned, \\d+ min available\\)(?:, | and )?)+) now fits?\\b`, 'g'),
    )) {
      for (const x of m[1].matchAll(
        new RegExp(`(${D}) \\((\\d+) min planned, (\\d+) min available\\)`, 'g'),
      )) {
        const d = WEEKDAYS.indexOf(x[1]);
        if (beforeDays[d] !== Number(x[2])) fail(`"${x[0]}": the plan has ${beforeDays[d]} min on ${x[1]}`);
        if (afterDays[d] > Number(x[3])) fail(`"${x[0]} now fits" but it has ${afterDays[d]} min`);
      }
    }
    if (/\bthe week fits\b/.test(text)) {
      for (let d = 0; d < 7; d++) {
        if (afterDays[d] > (avail[d] ?? 0) && !after.sessions.some((x) => x.day === d && x.kind === 'RACE')) {
          fail(`"the week fits" but ${WEEKDAYS[d]} has ${afterDays[d]} min, ${avail[d]} available`);
        }
      }
    }
    for (const m of text.matchAll(
      new RegExp(`\\((\\d+) min\\) to (${D}) \\(where it fits the time available\\)`, 'g'),
    )) {
      const d = WEEKDAYS.indexOf(m[2]);
      if (afterDays[d] > (avail[d] ?? 0))
        fail(`"${m[0]}" but ${m[2]} has ${afterDays[d]} min, ${avail[d]} available`);
    }
    const races = raceMinutes(plan);
    const totals = (p: WeekPlan | undefined): number[] =>
      p === undefined ? [] : [planMinutes(p), planMinutes(p) - races];
    const sizes = [...totals(after), ...totals(c.both)];
    const max = Number(s.evidence.maxMinutes);
    const trimmed = /so it is trimmed to (\d+) min/.exec(text);
    if (trimmed) {
      const n = Number(trimmed[1]);
      if (!sizes.includes(n)) fail(`"${trimmed[0]}" but the plan has ${planMinutes(after)} min`);
      // Trimmed to about the target (a build's too: the figure its text quotes) or, a drop overshooting, within the
      // range: the range did it, not the time per day.
      const target = Number(s.evidence.targetMinutes);
      if (n < target - 5 && !/\bdrop /.test(text)) fail(`"${trimmed[0]}" but the target is ${target} min`);
      // Above the top only where the fit left the week above its range (`aboveMax`: the key sessions at their doses,
      // the suggestion's evidence `aboveMaxMinutes`) by that much, and the text says by how much and why.
      if (
        n > max + 5 &&
        (Number(s.evidence.aboveMaxMinutes ?? 0) !== n - max ||
          !text.includes(`That is still ${n - max} min above the ${max} min the week should have at most`))
      )
        fail(`"${trimmed[0]}" but the range's top is ${max} min`);
    }
    // "Capping the days of the life event, its own suggestion, takes the plan's 120 min to 80 min": that
    // suggestion alone on the plan as it is now.
    const lifeSizes = totals(c.lifeAlone);
    for (const m of text.matchAll(
      /(its own suggestion, )?\btakes? (?:it|the plan's \d+ min(?: besides the race)?) to (\d+) min/g,
    )) {
      const n = Number(m[2]);
      if (!sizes.includes(n) && !(m[1] !== undefined && lifeSizes.includes(n))) {
        fail(
          `"${m[0]}" but the plan has ${planMinutes(after)} min${c.both ? `, ${planMinutes(c.both)} with the life event's` : ''}`,
        );
      }
    }
    // "With the trip's caps (its own suggestion: …), the week comes to 365 min, inside the hold's range (325–380
    // min)" and "With the cautious hold's changes on Saturday and Sunday (its own suggestion), the week comes to
    // 365 min, …": the week once the other suggestion is re-derived on the plan this one leaves and applied too
    // (what the API does), its training besides a race when the text says so; and where it stands in the range.
    for (const m of text.matchAll(
      /the week comes to (\d+) min( besides the race| \((\d+) min besides the race\))?(?:, (?:inside|(\d+) min (under|above)) the (?:build|hold)'s range \((\d+)–(\d+) min\))?/g,
    )) {
      if (c.both === undefined) continue;
      const total = planMinutes(c.both);
      const training = total - raceMinutes(c.both);
      const n = Number(m[1]);
      const ok =
        m[2] === undefined
          ? n === total
          : m[3] === undefined
            ? n === training
            : n === total && Number(m[3]) === training;
      if (!ok) fail(`"${m[0]}" but with both the week has ${total} min (${training} min besides a race)`);
      if (m[6] !== undefined) {
        const [lo, hi] = [Number(m[6]), Number(m[7])];
        const x = m[2] === ' besides the race' ? training : total;
        const where = x < lo ? `${lo - x} min under` : x > hi ? `${x - hi} min above` : 'inside';
        if ((m[4] === undefined ? 'inside' : `${m[4]} min ${m[5]}`) !== where)
          fail(`"${m[0]}" but ${x} min is ${where} ${lo}–${hi} min`);
      }
    }
    // "The plan's 425 min (+12 %) is inside the build's range (375–430 min): no change needed." (or "already within
    // the hold's range", or "no change until Viktor answers" while a build waits): the plan's minutes, left as they
    // are, inside the decision's range.
    const lo = Number(s.evidence.minMinutes);
    // (A load spike's own hold states its range without it in the evidence: the figures are checked alone.)
    const ranged = !Number.isNaN(lo) && !Number.isNaN(max);
    for (const m of text.matchAll(
      /The plan's (\d+) min(?: \([^)]* %\))? is (?:inside|already within) the (?:build|hold)'s range \((\d+)–(\d+) min\)(?:, \d+ min under the target of \d+ min)?: no change (?:needed|until [^.]+ answers)/g,
    )) {
      const n = Number(m[1]);
      if (n !== planMinutes(plan) || n !== planMinutes(after))
        fail(`"${m[0]}" but the plan has ${planMinutes(plan)} → ${planMinutes(after)} min`);
      if (ranged && (Number(m[2]) !== lo || Number(m[3]) !== max))
        fail(`"${m[0]}" but the range is ${lo}–${max} min`);
      if (n < Number(m[2]) || n > Number(m[3])) fail(`"${m[0]}" but ${n} min is outside the range`);
    }
    // "The plan's 195 min is 60 min under the hold's range (255–295 min); a hold grows nothing of its own, so it is
    // left as it is.": the plan's minutes, unchanged, that far under the range.
    for (const m of text.matchAll(
      /The plan's (\d+) min is (\d+) min under the hold's range \((\d+)–(\d+) min\); a hold grows nothing of its own, so it is left as it is/g,
    )) {
      const n = Number(m[1]);
      if (n !== planMinutes(plan) || n !== planMinutes(after))
        fail(`"${m[0]}" but the plan has ${planMinutes(plan)} → ${planMinutes(after)} min`);
      if (ranged && (Number(m[3]) !== lo || Number(m[4]) !== max))
        fail(`"${m[0]}" but the range is ${lo}–${max} min`);
      if (Number(m[2]) !== Number(m[3]) - n) fail(`"${m[0]}" but ${n} min is not that far under the range`);
    }
    // "That is inside the build's range (365–415 min): no other change needed." after the life event's caps, and
    // "The trip's caps (…) take the week to 315 min, 5 min under the hold's range (320–360 min)": the week the
    // life event's own suggestion leaves (this one changes nothing), against the decision's range.
    const capped = c.lifeAlone === undefined ? undefined : planMinutes(c.lifeAlone);
    for (const m of text.matchAll(
      /takes the plan's \d+ min to (\d+) min\. That is inside the (?:build|hold)'s range \((\d+)–(\d+) min\): no other change needed/g,
    )) {
      const n = Number(m[1]);
      if (ranged && (Number(m[2]) !== lo || Number(m[3]) !== max))
        fail(`"${m[0]}" but the range is ${lo}–${max} min`);
      if (n < Number(m[2]) || n > Number(m[3]) || (capped !== undefined && capped !== n))
        fail(`"${m[0]}" but the week has ${capped ?? '?'} min with the life event's caps`);
      if (planMinutes(after) !== planMinutes(plan)) fail(`"${m[0]}" but it changes the plan`);
    }
    for (const m of text.matchAll(
      /caps \([^)]*\) take the week to (\d+) min, (\d+) min under the (?:build|hold)'s range \((\d+)–(\d+) min\); the other days stay as planned/g,
    )) {
      const n = Number(m[1]);
      if (ranged && (Number(m[3]) !== lo || Number(m[4]) !== max))
        fail(`"${m[0]}" but the range is ${lo}–${max} min`);
      if (capped !== undefined && capped !== n)
        fail(`"${m[0]}" but the life event's suggestion leaves ${capped} min`);
      if (Number(m[2]) !== Number(m[3]) - n) fail(`"${m[0]}" but ${n} min is not that far under the range`);
      if (planMinutes(after) !== planMinutes(plan)) fail(`"${m[0]}" but the other days change`);
    }
    // "Move Tuesday's steady blocks (75 min) to Friday (…), a day that works for Tom, away from the other hard
    // sessions and the long run": on that day, with nothing hard, key or long the day before or after.
    if (
      s.kind === 'MISSED_SESSIONS_PATTERN' &&
      /away from the other hard sessions and the long run/.test(text)
    ) {
      for (const ch of s.changes) {
        if (ch.type !== 'MOVE_SESSION') continue;
        const hardOn = (d: number) =>
          after.sessions.some(
            (x) =>
              x.day === d &&
              x.id !== ch.sessionId &&
              x.kind !== 'REST' &&
              x.kind !== 'STRENGTH' &&
              (x.key === true || x.kind === 'RACE' || !easySession(x)),
          );
        if (hardOn(ch.toDay - 1) || hardOn(ch.toDay + 1) || hardOn(ch.toDay))
          fail(`moved to ${WEEKDAYS[ch.toDay]}, beside a hard session, a key session or the long run`);
      }
    }
    // "No session can grow further: Monday's and Saturday's easy runs are at 45 min, one easy-run step …; Sunday's
    // long run is at 65 min, one step …; Wednesday has no time left for its easy run (75 min planned, 75 min
    // available)": each session's minutes and each day's time, as the applied plan has them.
    const grow = /No session can grow further: ([^.]*(?:\.\d[^.]*)*)\./.exec(text);
    if (grow) {
      for (const m of grow[1].matchAll(
        new RegExp(
          `((?:${D}'s(?:, | and )?)+) (easy runs?|long run) (?:is|are) (at|above|at or above) (\\d+) min`,
          'g',
        ),
      )) {
        const n = Number(m[4]);
        for (const day of m[1].matchAll(new RegExp(`(${D})'s`, 'g'))) {
          const d = WEEKDAYS.indexOf(day[1]);
          const long = m[2] === 'long run';
          const x = after.sessions.find(
            (y) => y.day === d && y.kind === 'RUN' && (long ? y.key === true && !y.intervals : isEasyRun(y)),
          );
          const ok =
            x !== undefined &&
            (m[3] === 'at' ? x.minutes === n : m[3] === 'above' ? x.minutes > n : x.minutes >= n);
          if (!ok) fail(`"${m[0]}" but ${day[1]} has ${x ? `a ${x.minutes}-min ${m[2]}` : `no ${m[2]}`}`);
        }
      }
      // "Sunday's long run is at 65 min, one step over … (57 min): 10 % more than 57 min, 62.7, rounded to the nearest
      // 5 min, is 65 min (+8 min)": the step its words size is the long run's minutes over the run it steps from
      // (Maya's had read "about 10 %" of a +14 % step, then "+14 %: 10 % more").
      for (const m of grow[1].matchAll(
        /is at (\d+) min, one step over [^;]*?: 10 % (?:more than|of) (\d+(?:\.\d)?) min, [^;]*? is (\d+) min \(\+(\d+) min\)/g,
      )) {
        const [at, from, is, plus] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
        if (is !== at || Math.round(at - from) !== plus)
          fail(`"${m[0]}" but ${at} min is +${Math.round(at - from)} min on ${from}`);
      }
      // "Sunday's long run is above 110 min, 30 % of the 370-min target": the share is the target's, on the 5-min grid
      // (Aroha's had read "above 110 min, its share of the week (30 % of the target)", the target unsaid).
      for (const m of grow[1].matchAll(
        /is (?:at|above|at or above) (\d+) min, (\d+) % of the (\d+)-min target/g,
      )) {
        const [n, pct, t] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (t !== Number(s.evidence.targetMinutes) || Math.floor((t * pct) / 100 / 5) * 5 !== n)
          fail(`"${m[0]}" but the target is ${String(s.evidence.targetMinutes)} min`);
      }
      // "…; quality and strength keep their size": each kind named is in the week (Aroha's plan, with no strength
      // session, had read "quality and strength keep their size").
      const kept =
        /((?:quality|strength|the long ride or swim)(?:(?:, | and )(?:quality|strength|the long ride or swim))*) keeps? (?:its|their) size/.exec(
          grow[1],
        );
      if (kept) {
        const has = {
          quality: after.sessions.some(
            (x) => x.kind !== 'STRENGTH' && (cutTier(x) === 2 || cutTier(x) === 3),
          ),
          strength: after.sessions.some((x) => x.kind === 'STRENGTH'),
          'the long ride or swim': after.sessions.some((x) => x.kind !== 'RUN' && cutTier(x) === 4),
        };
        for (const name of ['quality', 'strength', 'the long ride or swim'] as const)
          if (kept[1].includes(name) && !has[name]) fail(`"${kept[0]}" but the week has no ${name}`);
      }
      for (const m of grow[1].matchAll(
        new RegExp(`(${D}) has no time left for [^(]*\\((\\d+) min planned, (\\d+) min available\\)`, 'g'),
      )) {
        const d = WEEKDAYS.indexOf(m[1]);
        if (afterDays[d] !== Number(m[2]) || afterDays[d] + 5 <= Number(m[3]))
          fail(`"${m[0]}" but ${m[1]} has ${afterDays[d]} min of ${m[3]}`);
      }
    }
    const target = Number(s.evidence.targetMinutes);
    for (const m of text.matchAll(/(\d+) min under the target(?: of (\d+) min)?/g)) {
      if (m[2] !== undefined && Number(m[2]) !== target) fail(`"${m[0]}" but the target is ${target} min`);
      if (!sizes.some((n) => target - n === Number(m[1]))) {
        fail(`"${m[0]}" but the week has ${sizes.join(' / ')} min against ${target}`);
      }
    }
  }

  // (d) Notes are quoted cleanly: trimmed, without a date pasted from them; a life event's days are words.
  for (const m of text.matchAll(/"([^"]*)"/g)) {
    if (m[1] !== m[1].trim() || /\s{2}/.test(m[1])) fail(`the note "${m[1]}" is not trimmed`);
    if (ISO_DATE.test(m[1])) fail(`the note "${m[1]}" carries a date`);
  }
  if (s.kind.startsWith('LIFE_CONTEXT') && ISO_DATE.test(text)) fail('a life event said with ISO dates');
  return out;
}
