/**
 * Issue #11, property test over generated athletes: no BUILD beside a rule-out, no applied suggestion
 * deletes a race or changes a session's kind, and the numbers a rationale states about its own change are
 * the numbers of the plan that change produces.
 */
import fc from 'fast-check';
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession, Review, ReviewInput, Suggestion, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { recoveryDaysAfter, taperDaysFor, taperFirstWeek } from '../src/planning/taper';
import { rangeTolerance } from '../src/suggestions/fit-volume';
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { ILLNESS_OVER_DAYS } from '../src/review/decide-week';
import {
  BASE_HARD_SHARE_MAX,
  cutTier,
  EASY_RUN_USEFUL_MINUTES,
  dayFitDose,
  easyFloor,
  hardShareMinutes,
  isHard,
  planMinutes,
  planMinutesByDay,
  raceMinutes,
  usefulDose,
} from '../src/planning/plan-measures';
import { buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';
import {
  NEXT,
  REVIEW,
  allInputs,
  athleteArb,
  build,
  buildComposed,
  composeArb,
  type Athlete,
} from './factories/generated-athletes.factory';
import { falseClaims } from './factories/text-claims';

describe('engine judgement properties (issue #11)', () => {
  it('should never decide BUILD when readiness is unknown, contact is old, the athlete was ill or a B/A race is near', () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const r = reviewAthlete(input);
        if (r.decision.type !== 'BUILD') return;
        expect(r.metrics.readiness).not.toBe('UNKNOWN');
        expect(r.metrics.daysSinceContact.value ?? Infinity).toBeLessThan(5);
        const review = toDayNumber(REVIEW);
        // An illness that ended more than ILLNESS_OVER_DAYS before the review, with training back since, is history
        // (docs/coaching-domain.md): a build may follow it. (Was 21 days: a random athlete ill 15–18 days ago who
        // had trained since failed this now and then, on main too.)
        const ill = input.checkIns.some(
          (c) =>
            c.illness !== 'NONE' &&
            c.illness !== undefined &&
            toDayNumber(c.date as string) >= review - ILLNESS_OVER_DAYS,
        );
        expect(ill).toBe(false);
        // Next week starts the day after this Sunday review: a B/A race in the fortnight from it rules BUILD out.
        if (a.race && a.race.priority !== 'C') expect(a.race.inDays).toBeGreaterThan(14);
        expect(r.suggestions.map((x) => x.kind)).toContain('BUILD');
      }),
      { numRuns: 150 },
    );
  });

  it('should keep every race and every session kind when any suggestion is applied', () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const plan = input.nextWeekDraft!;
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          const applied = applySuggestion(plan, s);
          if (!applied.ok) continue;
          const after = new Map(applied.plan.sessions.map((x) => [x.id, x]));
          for (const x of plan.sessions) {
            const y = after.get(x.id);
            if (x.kind === 'RACE') expect(y?.kind).toBe('RACE');
            if (y) expect(y.kind).toBe(x.kind);
            if (y && y.kind !== 'REST') expect(y.minutes).toBeGreaterThanOrEqual(10);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it("should state the plan's minutes before and after a volume change as they are", () => {
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const plan = input.nextWeekDraft!;
        const r = reviewAthlete(input);
        for (const s of r.suggestions) {
          // The actions may start with any of the verbs the text uses (easing first, then rest days, moves,
          // scales, drops, growth, added sessions): a text such as "drop Thursday's steady run (45 min) (rather
          // than cut every session short) and give 20 of the dropped 45 min to …" states its volume change
          // too. (It had to start with scale/grow/give the time, and failed such texts as undescribed now and then.)
          const m =
            /The plan has (\d+) min( besides the race)?: (?:rest on those days, )?(?:make|rest on those days|move|scale|drop|grow|give|add) .*, to (\d+) min\./.exec(
              s.rationale,
            );
          if (!m) {
            // A volume change is always described.
            if (s.changes.some((c) => c.type === 'SCALE_VOLUME') && s.kind !== 'LIFE_CONTEXT_REDUCTION') {
              throw new Error(`undescribed volume change: ${s.kind}: ${s.rationale}`);
            }
            continue;
          }
          const applied = applySuggestion(plan, s);
          if (!applied.ok) throw new Error(`${s.kind} does not apply to its own plan: ${applied.reason}`);
          const races = m[2] ? raceMinutes(plan) : 0;
          // Earlier changes of the same suggestion (easy instead of hard) keep minutes: "has" is the plan's.
          expect(Number(m[1])).toBe(planMinutes(plan) - races);
          expect(Number(m[3])).toBe(planMinutes(applied.plan) - races);
        }
      }),
      {
        numRuns: 120,
        // A BUILD whose text starts with the drop ("The plan has 285 min: drop Thursday's steady run (45 min)
        // (rather than cut every session short) and give 20 of the dropped 45 min to …, to 260 min."), found by
        // fc.sample(athleteArb, { seed: 308841 })[36].
        examples: [
          [
            {
              days: 111,
              weeklyGrowth: 3.633785668419254e-163,
              downWeeks: [0, 2, 3, 4, 6, 8],
              spike: 0.30000000000000043,
              hrvDrop: 2.399839983728027e-129,
              wellness: undefined,
              silentDays: 3,
              illDaysAgo: 25,
              race: undefined,
              strength: false,
              draftScale: 0.9844776785569712,
            },
          ],
        ],
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Issue #11 classes 6 and 7: suggestions compose, and every number a text states is the plan's.
// ---------------------------------------------------------------------------------------------------------

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const dayIndex = (name: string): number => WEEKDAYS.indexOf(name);

/**
 * Minutes of the key sessions a life event's suggestion could not move ("no free day fits Tuesday's threshold
 * intervals (30 min) … so it is left out / stays as an easy session"): like a move, what becomes of them decides
 * what a volume cut may still touch, so the order the two are applied in may differ by that much.
 */
function notMovedMinutes(s: Suggestion): number {
  const m = /no free day fits ([^,]+), so/.exec(s.rationale);
  let total = 0;
  if (m) for (const x of m[1].matchAll(/\((\d+) min\)/g)) total += Number(x[1]);
  return total;
}

/**
 * Every number a rationale states about its own change, checked against the plan the change produces:
 * sessions scaled by a percentage, dropped, moved, days capped, sessions no longer key, a taper that keeps
 * the intensity and the number of sessions, rest days, "easy only".
 */
function checkText(plan: WeekPlan, s: Suggestion, after: WeekPlan): void {
  const text = s.rationale;
  const fail = (what: string): never => {
    throw new Error(`${s.kind}: ${what}\n  text: ${text}\n  changes: ${JSON.stringify(s.changes)}`);
  };
  const label = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [^()]+? \((\d+) min\)/g;
  const find = (p: WeekPlan, day: number, minutes: number) =>
    p.sessions.find((x) => x.day === day && x.minutes === minutes && x.kind !== 'REST');
  const byId = new Map(after.sessions.map((x) => [x.id, x]));
  // "scale the easy runs 150 → 95 min (-37 %), Thursday's tempo 60 → 35 min (-42 %) and Sunday's long run
  // 100 → 80 min (-20 %)": each named session (as the original plan has it) is that many minutes before and
  // after, and the percentage is the real one of those minutes.
  const realPct = (a: number, b: number): number => Math.round((b / Math.max(1, a) - 1) * 100);
  for (const m of text.matchAll(
    /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s ([^()→,;']+?) (\d+) → (\d+) min \(([+-]?\d+) %\)/g,
  )) {
    const x = plan.sessions.find(
      (x) => x.day === dayIndex(m[1]) && x.minutes === Number(m[3]) && x.kind !== 'REST' && x.kind !== 'RACE',
    );
    if (!x) fail(`no session of ${m[3]} min on ${m[1]}`);
    const name = x!.purpose.split(/[:(]/)[0].trim().toLowerCase();
    if (!m[2].toLowerCase().endsWith(name)) fail(`${m[0]}: the plan has ${x!.purpose} there`);
    const y = byId.get(x!.id);
    if (!y) fail(`${m[0]} is gone, the text scales it`);
    if (y!.minutes !== Number(m[4])) fail(`${m[0]}: it is ${y!.minutes} min after the change`);
    if (Number(m[5]) !== realPct(Number(m[3]), Number(m[4]))) fail(`${m[0]}: not the real percentage`);
  }
  // "the easy runs 150 → 95 min (-37 %)": the plan's easy runs (never a key or hard session) add up to that.
  for (const m of text.matchAll(/the easy runs (\d+) → (\d+) min \(([+-]?\d+) %\)/g)) {
    if (Number(m[3]) !== realPct(Number(m[1]), Number(m[2]))) fail(`${m[0]}: not the real percentage`);
    const easy = plan.sessions.filter((x) => x.kind === 'RUN' && !x.key && !isHard(x) && byId.has(x.id));
    const a = easy.reduce((t, x) => t + x.minutes, 0);
    if (Number(m[1]) > a) fail(`${m[0]}: the plan has only ${a} min of easy runs`);
  }
  // "drop Saturday's easy run (110 min)", "drop Monday's strength (30 min) and Thursday's tempo (50 min)"
  for (const m of text.matchAll(/drop ((?:\w+day's [^()]+? \(\d+ min\)(?:; |, | and )?)+)/g)) {
    for (const l of m[1].matchAll(label)) {
      const x = find(plan, dayIndex(l[1]), Number(l[2]));
      if (!x) fail(`no session of ${l[2]} min on ${l[1]} to drop`);
      if (byId.has(x!.id)) fail(`${l[0]} is still in the plan`);
    }
  }
  // "move Tuesday's threshold intervals (50 min) to Thursday"
  for (const m of text.matchAll(/(?:[Mm]ove |; )(\w+day)'s [^();]+? \((\d+) min\) to (\w+day)/g)) {
    const x = find(plan, dayIndex(m[1]), Number(m[2]));
    if (!x) fail(`no session of ${m[2]} min on ${m[1]} to move`);
    if (byId.get(x!.id)?.day !== dayIndex(m[3])) fail(`${m[0]}: it is not on ${m[3]}`);
  }
  // "plan at most 30 min a day on Tuesday, Wednesday" / "plan no training on Tuesday"
  const cap = /plan (?:at most (\d+) min a day|no training) on ((?:\w+day(?:, )?)+)/.exec(text);
  if (cap && s.changes.length > 0) {
    const limit = cap[1] === undefined ? 0 : Number(cap[1]);
    for (const d of cap[2].split(', ')) {
      const total = after.sessions
        .filter((x) => x.day === dayIndex(d) && x.kind !== 'REST' && x.kind !== 'RACE')
        .reduce((t, x) => t + x.minutes, 0);
      if (total > limit) fail(`${d} has ${total} min, the text caps it at ${limit}`);
    }
  }
  // "no free day fits Tuesday's steady blocks (95 min), so it stays … no longer a key session"
  const unkeyed = /no free day fits ([^,]+), so/.exec(text);
  if (unkeyed) {
    for (const l of unkeyed[1].matchAll(label)) {
      const x = find(plan, dayIndex(l[1]), Number(l[2]));
      if (!x) fail(`no session of ${l[2]} min on ${l[1]}`);
      if (byId.get(x!.id)?.key) fail(`${l[0]} is still a key session`);
    }
  }
  // "The plan's 185 min of training besides the race is already that taper (-49 % on the recent 364 min)" (or "on
  // that 249 min", a base named before as the usual week it is):
  // those are the plan's minutes, inside the taper's range, and nothing scales them.
  const already =
    /The plan's (\d+) min of training( besides the race)? is already that taper \(([+-]?\d+) % on (?:the recent|that) (\d+) min\)/.exec(
      text,
    );
  if (already) {
    const training = planMinutes(plan) - (already[2] ? raceMinutes(plan) : 0);
    if (Number(already[1]) !== training) fail(`the plan has ${training} min, not ${already[1]}`);
    if (training < Number(s.evidence.minMinutes) || training > Number(s.evidence.maxMinutes)) {
      fail(`${training} min is outside the taper's ${s.evidence.minMinutes}–${s.evidence.maxMinutes}`);
    }
    if (Number(already[3]) !== Math.round((training / Number(already[4]) - 1) * 100))
      fail('not the real cut');
    if (s.changes.some((c) => c.type === 'SCALE_VOLUME')) fail('"already that taper" but it scales the plan');
  }
  const count = (p: WeekPlan) => p.sessions.filter((x) => x.kind !== 'REST').length;
  if (/keeping the intensity and the number of sessions/.test(text) && s.changes.length > 0) {
    if (count(after) !== count(plan)) fail(`${count(plan)} sessions became ${count(after)}`);
    for (const x of plan.sessions) {
      const y = byId.get(x.id);
      if (y && (y.effort.value !== x.effort.value || (x.intervals && !y.intervals))) {
        fail(`the intensity of ${x.id} changed`);
      }
    }
  }
  if (/easy running only/.test(text) && s.changes.length > 0) {
    for (const y of after.sessions) {
      if (y.kind === 'RUN' && y.intervals) fail(`${y.id} still has intervals ("easy running only")`);
    }
  }
}

/** The minutes of the sessions a suggestion moves (a moved session may land where a cut already was). */
function movedMinutes(s: Suggestion): number {
  let total = 0;
  for (const c of s.changes) {
    if (c.type !== 'MOVE_SESSION') continue;
    const m = new RegExp(`\\((\\d+) min\\) to ${WEEKDAYS[c.toDay]}`).exec(s.rationale);
    total += m ? Number(m[1]) : 0;
  }
  return total;
}

/**
 * The claims of every next-week suggestion of a review that the plan after it does not bear out (see
 * `falseClaims`): each is held against the plan it leaves and, when the review has a life event's suggestion,
 * against the plan once that is re-derived and applied too (the week a "with both" figure speaks of).
 */
function claimsNotBorneOut(input: ReviewInput): string[] {
  const plan = input.nextWeekDraft!;
  const r = reviewAthlete(input);
  const life = r.suggestions.find((x) => x.id.startsWith('LIFE_CONTEXT:'));
  const out: string[] = [];
  for (const s of r.suggestions) {
    if (s.planWeekStart !== plan.weekStart) continue;
    const a = applySuggestion(plan, s);
    if (!a.ok) throw new Error(`${s.kind} does not apply to its own plan: ${a.reason}`);
    let both: WeekPlan | undefined;
    // The other of the pair: the life event's suggestion, or for it the volume decision's.
    const other = s === life ? r.suggestions.find((x) => x.kind === r.decision.rule) : life;
    if (other && s !== other) {
      const again = reviewAthlete({ ...input, nextWeekDraft: a.plan }).suggestions.find(
        (x) => x.id === other.id,
      );
      const b = again ? applySuggestion(a.plan, again) : null;
      both = b === null ? a.plan : b.ok ? b.plan : undefined;
    }
    const alone = life && s !== life ? applySuggestion(plan, life) : null;
    const lifeAlone = alone !== null && alone.ok ? alone.plan : undefined;
    for (const f of falseClaims({ input, plan, s, after: a.plan, both, lifeAlone })) {
      out.push(
        `${f}\n  text: ${s.rationale}\n  plan: ${JSON.stringify(plan.sessions.map((x) => [x.day, x.kind, x.minutes, x.effort.value, x.key ?? false]))}`,
      );
    }
  }
  return out;
}

/** Apply A, re-derive the review on the plan it left (what the API does before every apply), apply B. */
function applyThenRederive(input: ReviewInput, a: Suggestion, bId: string) {
  const plan = input.nextWeekDraft!;
  const first = applySuggestion(plan, a);
  if (!first.ok) throw new Error(`${a.kind} does not apply to its own plan: ${first.reason}`);
  const again = reviewAthlete({ ...input, nextWeekDraft: first.plan });
  const b = again.suggestions.find((x) => x.id === bId);
  const original = reviewAthlete(input).suggestions.find((x) => x.id === bId);
  if (!b && original && bId.startsWith('LIFE_CONTEXT:')) {
    // A life event's suggestion is made only when it changes the plan (class 5): after A it may have nothing
    // left to do. Then A's plan must already be within what B would have left on the event's days.
    const alone = applySuggestion(plan, original);
    if (!alone.ok) throw new Error(`${bId} does not apply to its own plan: ${alone.reason}`);
    const days = String(original.evidence.affectedDays ?? '').split(',');
    const byDayA = planMinutesByDay(first.plan);
    const byDayB = planMinutesByDay(alone.plan);
    for (let d = 0; d < 7; d++) {
      if (days.includes(WEEKDAYS[d]) && byDayA[d] > byDayB[d]) {
        throw new Error(
          `${bId} is gone after ${a.id} but ${WEEKDAYS[d]} has ${byDayA[d]} > ${byDayB[d]} min`,
        );
      }
    }
    return { b: null, plan: first.plan, between: first.plan };
  }
  if (!b) {
    throw new Error(
      `${bId} is gone after ${a.id}: ${again.suggestions.map((x) => x.id).join(', ')} (was it re-derived under another id?)`,
    );
  }
  const second = applySuggestion(first.plan, b);
  if (!second.ok) throw new Error(`${b.kind} after ${a.kind}: ${second.code} ${second.reason}`);
  return { b, plan: second.plan, between: first.plan };
}

describe('engine suggestions compose and say what they do (issue #11 classes 6, 7)', () => {
  const inputs = allInputs().filter((i) => i.nextWeekDraft !== undefined);

  it('should apply any two suggestions of a review in either order, each re-derived on the plan the other left', () => {
    let pairs = 0;
    for (const input of inputs) {
      const r = reviewAthlete(input);
      const acting = r.suggestions.filter((x) => x.changes.length > 0);
      for (const a of acting) {
        for (const b of acting) {
          if (a === b) continue;
          const ab = applyThenRederive(input, a, b.id);
          if (ab.b) checkText(ab.between, ab.b, ab.plan);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('should land a volume decision and a life event on about the same week whichever is applied first', () => {
    let checked = 0;
    for (const input of inputs) {
      const r = reviewAthlete(input);
      const life = r.suggestions.find((x) => x.id.startsWith('LIFE_CONTEXT:') && x.changes.length > 0);
      const volume = r.suggestions.find(
        (x) => x.id === `${r.decision.rule}:${r.nextWeekStart}` && x.changes.length > 0,
      );
      if (!life || !volume) continue;
      const one = applyThenRederive(input, volume, life.id).plan;
      const two = applyThenRederive(input, life, volume.id).plan;
      const lifeAlone = applySuggestion(input.nextWeekDraft!, life);
      const races = raceMinutes(input.nextWeekDraft!);
      const capped = /takes the plan's (\d+) min( besides the race)? to (\d+) min\./.exec(volume.rationale);
      if (capped && lifeAlone.ok) {
        expect(Number(capped[1])).toBe(planMinutes(input.nextWeekDraft!) - (capped[2] ? races : 0));
        expect(Number(capped[3])).toBe(planMinutes(lifeAlone.plan) - (capped[2] ? races : 0));
      }
      const another = /takes another (\d+) min off the plan as it is now/.exec(volume.rationale);
      if (another && lifeAlone.ok) {
        expect(Number(another[1])).toBe(planMinutes(input.nextWeekDraft!) - planMinutes(lifeAlone.plan));
      }
      // Never cut twice for the same minutes: below the decision's size, together they take off no more than
      // each does alone, added up;
      // and the order matters little (which day a moved session lands on decides what a cut may still touch).
      const total = planMinutes(input.nextWeekDraft!);
      const volumeAlone = applySuggestion(input.nextWeekDraft!, volume);
      const removedAlone =
        (volumeAlone.ok ? total - planMinutes(volumeAlone.plan) : 0) +
        (lifeAlone.ok ? total - planMinutes(lifeAlone.plan) : 0);
      // A share-of-the-plan cap (work stress, family) is re-derived on the plan as it is after the volume
      // change and takes its share again, and the volume change made after it sizes the week around that (it
      // says so: "takes another 65 min off the plan as it is now"): the week lands there once it is applied.
      let twoLands = two;
      const again = reviewAthlete({ ...input, nextWeekDraft: two }).suggestions.find(
        (x) => x.id === life.id && x.changes.length > 0,
      );
      const lands = again ? applySuggestion(two, again) : null;
      if (lands?.ok) twoLands = lands.plan;
      const removed = total - Math.min(planMinutes(one), planMinutes(two));
      if (
        (removed > removedAlone + Math.max(15, 0.1 * total) &&
          total - removed < r.decision.targetMinutes - Math.max(15, 0.1 * r.decision.targetMinutes)) ||
        Math.min(
          Math.abs(planMinutes(one) - planMinutes(two)),
          Math.abs(planMinutes(one) - planMinutes(twoLands)),
        ) > Math.max(30, 0.2 * planMinutes(two), movedMinutes(life) + notMovedMinutes(life))
      ) {
        throw new Error(
          `volume then life: ${planMinutes(one)} min, life then volume: ${planMinutes(two)} min\n${volume.rationale}\n${life.rationale}\n${JSON.stringify(input.nextWeekDraft!.sessions.map((x) => [x.day, x.minutes, x.key ?? false]))}`,
        );
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('should never have two suggestions of a review prescribe one session two different efforts', () => {
    for (const input of inputs) {
      const efforts = new Map<string, string>();
      for (const s of reviewAthlete(input).suggestions) {
        for (const c of s.changes) {
          if (c.type !== 'REPLACE_INTENSITY') continue;
          const effort = `${c.effort.type} ${c.effort.value}`;
          const prior = efforts.get(c.sessionId);
          if (prior !== undefined) {
            expect([s.kind, c.sessionId, effort]).toEqual([s.kind, c.sessionId, prior]);
          }
          efforts.set(c.sessionId, effort);
        }
      }
    }
  });

  it('should state only numbers the applied plan bears out, for every suggestion of every scenario', () => {
    for (const input of inputs) {
      const plan = input.nextWeekDraft!;
      for (const s of reviewAthlete(input).suggestions) {
        const applied = applySuggestion(plan, s);
        if (!applied.ok) throw new Error(`${s.kind} does not apply to its own plan: ${applied.reason}`);
        checkText(plan, s, applied.plan);
      }
    }
  });

  it('should make only claims the applied plan bears out: easy and rest days, A → B minutes, fits, target, notes', () => {
    const failures: string[] = [];
    for (const input of inputs) failures.push(...claimsNotBorneOut(input));
    expect(failures).toEqual([]);
  });

  it('should make only claims the applied plan bears out on random athletes with life events and dated notes', () => {
    // Notes as athletes and coaches write them: padded, with a date (never one the engine itself would print).
    const notes = [
      '  Client visit in Hamburg, Tue–Thu. Hotel has a treadmill. ',
      'Conference in Lyon from 2031-05-17',
      'away 2031-05-17 to 2031-05-19',
      'kids home (2031-05-17 – 2031-05-18), "busy"',
      'work trip',
    ];
    fc.assert(
      fc.property(composeArb, fc.constantFrom(...notes), (c, note) => {
        const base = buildComposed(c);
        const input: ReviewInput = {
          ...base,
          contextEvents: (base.contextEvents ?? []).map((e) => ({ ...e, note })),
        };
        expect(claimsNotBorneOut(input)).toEqual([]);
        const r = reviewAthlete(input);
        for (const t of [
          r.decision.reason,
          ...r.decision.ruledOut,
          ...r.components.map((x) => x.summary),
          ...r.suggestions.map((x) => x.rationale),
        ]) {
          expect([t, /2031-05-1\d/.test(t)]).toEqual([t, false]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('should never leave a key session shorter than a real one when a life event caps its day', () => {
    for (const input of inputs) {
      const plan = input.nextWeekDraft!;
      for (const s of reviewAthlete(input).suggestions) {
        if (!s.kind.startsWith('LIFE_CONTEXT')) continue;
        const applied = applySuggestion(plan, s);
        if (!applied.ok) throw new Error(applied.reason);
        const before = new Map(plan.sessions.map((x) => [x.id, x]));
        for (const x of applied.plan.sessions) {
          const was = before.get(x.id);
          // A key session cut down to fit its day is no longer a key session (moved ones keep their minutes),
          // unless the cap leaves it a real quality session (a hotel treadmill's 60 min for 75-min steady
          // blocks): at least what it keeps on a short day (its work), more than half of it, its effort and
          // its repeats, and the text says it stays.
          if (x.key && was && x.minutes < was.minutes) {
            const real =
              x.minutes >= dayFitDose(was, 'HOLD', false, 20) &&
              x.minutes * 2 >= was.minutes &&
              x.effort.value === was.effort.value &&
              (was.intervals?.repeats ?? 0) === (x.intervals?.repeats ?? 0) &&
              /fits? the cap as (?:a )?shorter quality sessions?/.test(s.rationale);
            if (!real)
              throw new Error(`${s.kind}: key ${x.purpose} cut from ${was.minutes} to ${x.minutes} min`);
          }
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Races and the season: no down week right before a taper; never a build the week after a marathon.
// ---------------------------------------------------------------------------------------------------------

const seasonArb = fc.record({
  athlete: athleteArb,
  race: fc.record({
    inDays: fc.integer({ min: -8, max: 45 }),
    priority: fc.constantFrom('A' as const, 'B' as const, 'C' as const),
    minutes: fc.integer({ min: 20, max: 320 }),
  }),
});

function buildSeason(c: typeof seasonArb extends fc.Arbitrary<infer T> ? T : never): ReviewInput {
  const input = build({ ...c.athlete, race: undefined });
  return {
    ...input,
    races: [
      {
        id: 'r',
        name: 'Test race',
        date: shift(REVIEW, c.race.inDays),
        priority: c.race.priority,
        expectedMinutes: c.race.minutes,
      },
    ],
  };
}

describe('races and the season (issue #11)', () => {
  const next = toDayNumber(NEXT);

  it('should never suggest a down week in the week right before a taper, next week or in the outlook', () => {
    // The taper is that down week. One two weeks away does not take the place of a down week due now (down
    // week, the last full week, then the taper): it is never given as the reason to skip one.
    let near = 0;
    fc.assert(
      fc.property(seasonArb, (c) => {
        const r = reviewAthlete(buildSeason(c));
        const raceDay = toDayNumber(REVIEW) + c.race.inDays;
        if (c.race.priority !== 'A' || raceDay < next) return;
        // The race's own taper: 14 days, or 11 before a race of half-marathon length or shorter (`taperDaysFor`).
        const days = taperDaysFor(
          { day: raceDay, minutes: c.race.minutes, source: {} },
          DEFAULT_ENGINE_CONFIG,
        );
        const taper = taperFirstWeek(raceDay, next, days);
        if (taper - next === 7) {
          near++;
          expect(r.decision.rule).not.toBe('SCHEDULED_DOWN_WEEK');
          expect(r.suggestions.map((x) => x.kind)).not.toContain('SCHEDULED_DOWN_WEEK');
        }
        if (taper - next === 14) near++;
        if (taper - next > 7) expect(r.decision.reason).not.toMatch(/takes its place/);
        for (const w of r.outlook) {
          const gap = taper - toDayNumber(w.weekStart);
          if (w.note === 'down week') expect(gap).not.toBe(7);
          if (w.note?.startsWith('no down week')) expect(gap).toBe(7);
        }
      }),
      { numRuns: 300 },
    );
    expect(near).toBeGreaterThan(5);
  });

  it('should never build the week after a marathon-type race, nor within its easy days', () => {
    fc.assert(
      fc.property(seasonArb, (c) => {
        const r = reviewAthlete(buildSeason(c));
        const raceDay = toDayNumber(REVIEW) + c.race.inDays;
        if (c.race.minutes < 150 || raceDay >= next) return;
        if (next - raceDay <= recoveryDaysAfter(c.race.minutes)) expect(r.decision.type).not.toBe('BUILD');
        if (next - raceDay <= 4) expect(['TRANSITION', 'DOWN', 'REST']).toContain(r.decision.type);
      }),
      { numRuns: 300 },
    );
  });

  it('should make the outlook week after a marathon-type race a recovery week, and never competition after the last A race', () => {
    fc.assert(
      fc.property(seasonArb, (c) => {
        const r = reviewAthlete(buildSeason(c));
        const raceDay = toDayNumber(REVIEW) + c.race.inDays;
        for (let i = 0; i < r.outlook.length; i++) {
          const w = r.outlook[i];
          const ws = toDayNumber(w.weekStart);
          if (c.race.minutes >= 150 && raceDay < ws && ws - raceDay <= 4) {
            expect(w.note).toMatch(/^recovery week after Test race/);
            // About 30 % of the usual level: below every build week of the outlook.
            const builds = r.outlook.filter((x) => x.note === undefined);
            for (const b of builds) expect(w.maxMinutes).toBeLessThanOrEqual(b.maxMinutes);
          }
          if (c.race.priority === 'A' && raceDay < ws) {
            expect(w.phase).not.toBe('COMPETITION');
            expect(w.phase).not.toBe('PRE_COMPETITION');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Issue #11 follow-up: volume changes in cut order, within the athlete's time per day and the stated range.
// ---------------------------------------------------------------------------------------------------------

describe('engine volume changes keep doses, cut order, time per day and range (issue #11 follow-up)', () => {
  const inputs = allInputs().filter((i) => i.nextWeekDraft !== undefined);
  /** The days next week that a context event covers (the life-context suggestion's, not the volume's). */
  const eventDays = (input: ReviewInput): Set<number> => {
    const out = new Set<number>();
    const monday = toDayNumber(NEXT);
    for (const e of input.contextEvents ?? []) {
      for (let d = toDayNumber(e.start); d <= toDayNumber(e.end); d++)
        if (d >= monday && d < monday + 7) out.add(d - monday);
    }
    return out;
  };
  /** Each input's review, its volume suggestion and the plan it leaves. */
  const cases = inputs.map((input) => {
    const r = reviewAthlete(input);
    const s = r.suggestions.find((x) => x.id === `${r.decision.rule}:${r.nextWeekStart}`);
    const plan = input.nextWeekDraft!;
    const a = s ? applySuggestion(plan, s) : null;
    if (a && !a.ok) throw new Error(`${s!.kind} does not apply to its own plan: ${a.reason}`);
    return { input, r, s, plan, after: a && a.ok ? a.plan : plan };
  });

  it('should leave no day above the time the athlete has unless the text names the day and by how much', () => {
    let checked = 0;
    for (const { input, r, s, plan, after } of cases) {
      if (!s) continue;
      const avail = input.athlete.availabilityMinutes;
      const skip = eventDays(input);
      const days = planMinutesByDay(after);
      for (let d = 0; d < 7; d++) {
        if (skip.has(d) || after.sessions.some((x) => x.day === d && x.kind === 'RACE')) continue;
        if (r.decision.type === 'REST' && d <= 6 && days[d] === 0) continue;
        checked++;
        if (days[d] <= avail[d]) continue;
        const said = `${WEEKDAYS[d]} stays ${days[d] - avail[d]} min over the ${avail[d]} min available`;
        if (!s.rationale.includes(said)) {
          throw new Error(
            `${s.kind}: ${WEEKDAYS[d]} has ${days[d]} min, ${avail[d]} available, and the text does not say so\n  text: ${s.rationale}\n  plan: ${JSON.stringify(plan.sessions.map((x) => [x.day, x.minutes, x.key ?? false]))}`,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('should never cut a key session below its useful dose (its work, or a long run under 45 min)', () => {
    for (const { r, s, plan, after } of cases) {
      if (!s || r.decision.type === 'REST' || r.decision.type === 'TRANSITION') continue;
      const byId = new Map(after.sessions.map((x) => [x.id, x]));
      for (const x of plan.sessions) {
        const y = byId.get(x.id);
        if (!x.key || !y?.key || x.kind !== 'RUN') continue;
        const what = `${s.kind}: key ${x.purpose} ${x.minutes} → ${y.minutes} min\n  text: ${s.rationale}`;
        if (x.intervals && r.decision.type !== 'TAPER') {
          const work = (x.intervals.repeats * (x.intervals.workSeconds + x.intervals.recoverySeconds)) / 60;
          if (y.intervals?.repeats !== x.intervals.repeats) throw new Error(`${what}: repeats lost`);
          if (y.minutes < Math.min(x.minutes, work + 15)) throw new Error(`${what}: under its work`);
        }
        if (!x.intervals && !isHard(x) && y.minutes < Math.min(x.minutes, 45)) throw new Error(what);
      }
    }
  });

  /**
   * The cut as a coach reads it, on a week with no day above the athlete's time (those are cut on that day
   * first) and no life event: the plan with the suggestion's own easing (hard runs made easy), the plan after,
   * and what each tier gave.
   */
  const cutView = (input: ReviewInput, r: Review, s: Suggestion, plan: WeekPlan, after: WeekPlan) => {
    const t = r.decision.type;
    if (t === 'REST' || t === 'TRANSITION' || t === 'TAPER' || eventDays(input).size > 0) return null;
    const avail = input.athlete.availabilityMinutes;
    if (planMinutesByDay(plan).some((m, d) => m > avail[d])) return null;
    const eased = applySuggestion(plan, {
      planWeekStart: plan.weekStart,
      changes: s.changes.filter((c) => c.type === 'REPLACE_INTENSITY' || c.type === 'SET_PHASE'),
    });
    if (!eased.ok) throw new Error(eased.reason);
    const byId = new Map(after.sessions.map((x) => [x.id, x]));
    // A down week makes its hard sessions easy before it cuts; one the cut drops is dropped without that change in
    // the list (a change list does not change a session and then drop it), so it is eased here as the week's rule
    // eases it.
    const easedIfDropped = (x: PlannedSession): PlannedSession => {
      if (t !== 'DOWN' || byId.has(x.id) || !isHard(x)) return x;
      const { intervals: _work, ...easy } = x;
      return { ...easy, effort: { type: 'RPE', value: 3 }, key: false };
    };
    // A shake-out on the days before a race follows the race's rule, not the cut order.
    const sessions = eased.plan.sessions
      .filter((x) => x.kind !== 'REST' && x.kind !== 'RACE' && !/^Shake-out|: loosen up for /.test(x.purpose))
      .map(easedIfDropped)
      .map((x) => ({ x, tier: cutTier(x), y: byId.get(x.id) }));
    return { sessions, before: eased.plan, down: t === 'DOWN' };
  };
  // A new seed each run (printed with a failure: PROPERTY_SEED=<seed> replays it).
  const seed = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const caseOf = (input: ReviewInput) => {
    const r = reviewAthlete(input);
    const s = r.suggestions.find((x) => x.id === `${r.decision.rule}:${r.nextWeekStart}`);
    const plan = input.nextWeekDraft!;
    const a = s ? applySuggestion(plan, s) : null;
    if (a && !a.ok) throw new Error(`${s!.kind} does not apply to its own plan: ${a.reason}`);
    return { input, r, s, plan, after: a && a.ok ? a.plan : plan };
  };
  const randomCases = (n: number) => fc.sample(athleteArb, { numRuns: n, seed }).map(build).map(caseOf);
  /** Counterexamples random seeds found, kept as fixed cases. */
  const found: Athlete[] = [
    // PROPERTY_SEED=470613748 (sample 137): a BUILD of 215–245 min on a 310-min plan (threshold 55, easy 50,
    // steady 50, long run 105, easy 50) dropped an easy run and kept the non-key steady run whole: dropping the
    // steady run took the week under its floor before the easy runs got back what the trim had taken.
    {
      days: 29,
      weeklyGrowth: 0.07999999999999996,
      downWeeks: [1, 4, 6],
      spike: 0.30000000000000027,
      hrvDrop: undefined,
      wellness: 4,
      silentDays: 4,
      illDaysAgo: undefined,
      race: { inDays: 20, priority: 'A' },
      strength: false,
      draftScale: 1.069236630650282,
    },
    // PROPERTY_SEED=1536532952 (sample 120): a BASELINE_HOLD of 115–130 min on a 160-min base week whose long run,
    // 2 days before a race, becomes a 20-min shake-out (135 min, within rounding of the range: nothing is cut
    // for volume); the hard share rose from 28 to 33 % by the race's rule, not by a cut.
    {
      days: 17,
      weeklyGrowth: -6.340366852289953e-68,
      downWeeks: [0, 1, 3, 4, 5, 6, 7, 8],
      spike: 0.30000000000000077,
      hrvDrop: 3.8201193847942536e-168,
      wellness: 2,
      silentDays: 12,
      illDaysAgo: 19,
      race: { inDays: 8, priority: 'B' },
      strength: true,
      draftScale: 0.47382612009518005,
    },
    // PROPERTY_SEED=1360753325 (sample 59): a BASELINE_HOLD of about 195 min on a 225-min plan dropped Wednesday's
    // 30-min easy run (fewer runs rather than two 20-min token runs) while the non-key steady run (30 min) stayed
    // whole: the steady run gives way before an easy run is dropped (cut order step 3 before 4, 84f34ba).
    {
      days: 16,
      weeklyGrowth: -1.2912893277869489e-297,
      downWeeks: [0, 1, 2, 3, 4, 5, 6, 7, 8],
      spike: undefined,
      hrvDrop: 4e-323,
      wellness: 1,
      silentDays: 12,
      illDaysAgo: 1,
      race: { inDays: 19, priority: 'A' },
      strength: true,
      draftScale: 0.6835620625356249,
    },
    // PROPERTY_SEED=2123603567 (sample 44): a BUILD of 150–170 min on a 245-min plan (strength 30, threshold 35,
    // easy 35, steady 35, long run 75, easy 35) with an A race ahead dropped Wednesday's easy run and cut Sunday's
    // 35 → 20 (its floor 25) while the non-key steady run stayed whole for the race: a week of 4 runs keeps one
    // quality session besides the long run, and the steady run goes whole before an easy run is cut to a token.
    {
      days: 26,
      weeklyGrowth: 2.6875287727559934e-302,
      downWeeks: [0, 1, 2, 3, 6, 8],
      spike: 0.3,
      hrvDrop: 6.455948447113147e-290,
      wellness: undefined,
      silentDays: 1,
      illDaysAgo: undefined,
      race: { inDays: 16, priority: 'A' },
      strength: true,
      draftScale: 0.7437491112009216,
    },
    // PROPERTY_SEED=924255023 (sample 97): a RECOVERY_HOLD of about 195 min with easy intensity on a 220-min plan
    // dropped Sunday's 30-min easy run rather than leave four 25-min runs, beside Monday's whole 30-min strength, which
    // could give 10 min (half of itself, 20 at least): too little to lift them. The text now says so.
    {
      days: 76,
      weeklyGrowth: -2e-323,
      downWeeks: [0, 1, 2, 4, 5, 7, 8],
      spike: 0.8373906790884535,
      hrvDrop: 0.4999999999999993,
      wellness: undefined,
      silentDays: undefined,
      illDaysAgo: 4,
      race: { inDays: 19, priority: 'A' },
      strength: true,
      draftScale: 0.6704283722082176,
    },
    // PROPERTY_SEED=2093310734 (sample 108): a BUILD of 195–225 min on a 250-min plan dropped Thursday's steady run
    // (35 min) and cut Saturday's long run 75 → 65 while both easy runs got back to their 35 min: a drop's overshoot
    // went back to the easy runs alone, never to the key session the cut had shortened. It now goes back to the key
    // session first (the cut order undone from its end): the steady run dropped, 215 min, the long run whole.
    {
      days: 116,
      weeklyGrowth: 0,
      downWeeks: [0, 1, 2, 3, 5, 7],
      spike: 0.723214947084723,
      hrvDrop: 3.473480343421425e-238,
      wellness: 0,
      silentDays: 4,
      illDaysAgo: undefined,
      race: { inDays: 19, priority: 'A' },
      strength: true,
      draftScale: 0.7668322245119592,
    },
  ];
  const foundCases = found.map(build).map(caseOf);

  it('should trim the easy running to its floor before quality and strength, and those before the key sessions', () => {
    let checked = 0;
    for (const { input, r, s, plan, after } of [...cases, ...foundCases, ...randomCases(150)]) {
      if (!s) continue;
      const v = cutView(input, r, s, plan, after);
      if (v === null) continue;
      const easy = v.sessions.filter((e) => e.tier < 2);
      // What the easy running can give before it goes under its floor, and what it gave. Fewer runs rather than
      // token runs: a cut that would leave two or more easy runs under 30 min brings strength down to half of
      // itself to give them 30 (their planned minutes at most) before it drops one, and says so; those runs keep
      // that much (PROPERTY_SEED=2260624: a hold brings its strength down to give two 25-min easy runs 30 min).
      const lifted = s.rationale.includes('strength gives up to half of itself');
      const floorOf = (e: (typeof easy)[number]): number =>
        lifted && e.tier === 0 && e.x.kind === 'RUN'
          ? Math.max(easyFloor(e.x, 20), Math.min(e.x.minutes, EASY_RUN_USEFUL_MINUTES))
          : easyFloor(e.x, 20);
      const room = easy.reduce((t, e) => t + e.x.minutes - floorOf(e), 0);
      const gave = easy.reduce((t, e) => t + e.x.minutes - (e.y?.minutes ?? 0), 0);
      const easyDone = gave >= room || easy.some((e) => e.y === undefined);
      for (const e of v.sessions) {
        if (e.tier < 2 || !e.y || e.y.minutes >= e.x.minutes) continue;
        // A down week trims its long run with the easy runs, never by a larger share than they keep (nor under
        // 70 % of it); beyond that it is cut as the long run is.
        if (v.down && e.tier === 4) {
          const kept = Math.max(
            0,
            ...easy.filter((q) => q.y && q.x.kind === 'RUN').map((q) => q.y!.minutes / q.x.minutes),
          );
          if (e.y.minutes / e.x.minutes >= Math.max(kept, 0.7) - 1e-9) continue;
        }
        // A long run out of proportion comes down first, before the easy running (issue #11: to one step above the
        // longest recent long run in a hold or down week, or toward its share of the week), and the text says so.
        if (e.tier === 4 && s.rationale.includes(`long run comes down to ${e.y.minutes} min`)) continue;
        // The hard share comes first (cut order step 0): a base week, a hold or a down week that would be more than
        // 25 % hard shortens its non-key quality before the easy running, and the text gives the arithmetic. (Since
        // a hold with a race ahead shortens that quality rather than drop it, a random seed found a BASELINE_HOLD
        // whose steady run went 50 → 45 min for it: "above the 25 % a base week keeps … with 45 min, 69 min (24 %)".)
        if (
          e.tier === 2 &&
          /would be hard \(\d+ %[^)]*\), above the \d+ % a (?:base|hold|down) week keeps/.test(s.rationale)
        )
          continue;
        checked++;
        if (!easyDone)
          throw new Error(
            `${s.kind}: ${e.x.purpose} (tier ${e.tier}) ${e.x.minutes} → ${e.y.minutes} min while the easy running gave ${gave} of the ${room} min it can give (PROPERTY_SEED=${seed})\n  text: ${s.rationale}`,
          );
        if (e.tier < 3) continue;
        // A key session is cut only when the non-key quality and strength have given what they can.
        for (const q of v.sessions) {
          if (q.tier !== 2 || !q.y) continue;
          if (q.y.minutes > Math.max(usefulDose(q.x, 'HOLD', false, 20), Math.ceil(q.x.minutes / 10) * 5))
            throw new Error(
              `${s.kind}: key ${e.x.purpose} cut while ${q.x.purpose} keeps ${q.y.minutes} of ${q.x.minutes} min\n  text: ${s.rationale}`,
            );
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('should cut no easy run below its floor, nor drop one, while non-key quality or strength stays uncut', () => {
    let checked = 0;
    for (const { input, r, s, plan, after } of [...cases, ...foundCases, ...randomCases(150)]) {
      if (!s) continue;
      const v = cutView(input, r, s, plan, after);
      if (v === null) continue;
      // Strength whose give could not have kept the runs at their useful minutes (half of itself, 20 min at least:
      // the fewer-runs rule's step before a drop) is not left whole against the cut order, when the text says so
      // (PROPERTY_SEED=924255023: a RECOVERY_HOLD dropped a 30-min easy run beside a whole 30-min strength session
      // that could give 10 min, with four 25-min runs to lift).
      const uncut = v.sessions.filter(
        (q) =>
          q.tier === 2 &&
          q.y !== undefined &&
          q.y.minutes >= q.x.minutes &&
          !(q.x.kind === 'STRENGTH' && s.rationale.includes(`(${q.x.minutes} min) could give `)),
      );
      for (const e of v.sessions) {
        if (e.tier !== 0) continue;
        const floor = easyFloor(e.x, 20);
        const under = e.y === undefined || e.y.minutes < floor;
        if (!under) continue;
        checked++;
        if (uncut.length > 0)
          throw new Error(
            `${s.kind}: ${e.x.purpose} ${e.x.minutes} → ${e.y?.minutes ?? 'dropped'} (floor ${floor}) while ${uncut.map((q) => `${q.x.purpose} (${q.x.minutes} min)`).join(', ')} stays whole (PROPERTY_SEED=${seed})\n  text: ${s.rationale}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("should not let a cut raise a base week's hard share above the limit while non-key quality is left", () => {
    let checked = 0;
    const share = (p: WeekPlan): number => {
      let hard = 0;
      for (const x of p.sessions) hard += hardShareMinutes(x);
      return hard / Math.max(1, planMinutes(p) - raceMinutes(p));
    };
    for (const { input, r, s, plan, after } of [...cases, ...foundCases, ...randomCases(150)]) {
      if (!s || r.decision.phase !== 'PREPARATORY') continue;
      const v = cutView(input, r, s, plan, after);
      if (v === null || planMinutes(after) >= planMinutes(v.before)) continue;
      // A cut is a session the volume fit shortened or dropped. Minutes a race's rule took (a long run turned
      // into a shake-out before a race, which `cutView` leaves out) are not a cut: a week within rounding of its
      // range after that keeps its steady run, whatever the hard share (PROPERTY_SEED=1536532952 failed here).
      if (!v.sessions.some((e) => e.y === undefined || e.y.minutes < e.x.minutes)) continue;
      checked++;
      const was = share(v.before);
      const now = share(after);
      if (now <= Math.max(BASE_HARD_SHARE_MAX, was) + 1e-9) continue;
      // Only when no non-key quality is left to give way (or dropping it would take the week under its range).
      const left = after.sessions.filter((x) => !x.key && x.kind !== 'STRENGTH' && hardShareMinutes(x) > 0);
      for (const q of left) {
        if (planMinutes(after) - q.minutes >= r.decision.minMinutes)
          throw new Error(
            `${s.kind}: hard share ${Math.round(was * 100)} % → ${Math.round(now * 100)} % with ${q.purpose} (${q.minutes} min) kept (PROPERTY_SEED=${seed})\n  text: ${s.rationale}`,
          );
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('should keep a build within the weekly range it states, or state the real figure', () => {
    let builds = 0;
    const check = (input: ReviewInput): void => {
      const r = reviewAthlete(input);
      const s = r.suggestions.find((x) => x.kind === 'BUILD');
      if (!s || r.decision.type !== 'BUILD' || eventDays(input).size > 0) return;
      builds++;
      const a = applySuggestion(input.nextWeekDraft!, s);
      if (!a.ok) throw new Error(a.reason);
      const total = planMinutes(a.plan);
      if (total <= r.decision.maxMinutes) return;
      // Within rounding of the top (issue #11): said so, with the minutes above it; only a plan left as it is, as
      // within rounding itself (a cut lands in its range: Kasper's 380 min had been trimmed to 255 for a 250 top).
      const tol = rangeTolerance(r.decision.maxMinutes, DEFAULT_ENGINE_CONFIG.progression);
      if (total <= r.decision.maxMinutes + tol) {
        expect(planMinutes(input.nextWeekDraft!)).toBeLessThanOrEqual(r.decision.maxMinutes + tol);
        expect(s.rationale).toContain(
          `within rounding of the range's top (${total - r.decision.maxMinutes} min above ${r.decision.maxMinutes} min`,
        );
        return;
      }
      expect(s.rationale).toContain(
        `That is still ${total - r.decision.maxMinutes} min above the ${r.decision.maxMinutes} min`,
      );
    };
    for (const input of inputs) check(input);
    fc.assert(
      fc.property(athleteArb, (a) => check(build(a))),
      { numRuns: 200, seed: 1111 },
    );
    expect(builds).toBeGreaterThan(10);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Long runs and the weeks before a long race (docs/coaching-domain.md, "Long runs and long races").
// ---------------------------------------------------------------------------------------------------------

describe('long runs and the days before an A race (issue #11)', () => {
  /** ~10 % of the longest recent run, at most 15 min, at least 5 (to 5 min): the convention, written out again. */
  const step = (m: number): number => Math.min(15, Math.max(5, Math.floor((m * 0.1) / 5 + 1e-9) * 5));
  const isLong = (x: PlannedSession): boolean => x.kind === 'RUN' && x.key === true && !x.intervals;

  it('should never grow a long run beyond one step on the longest recent one, whatever suggestion is applied', () => {
    let grown = 0;
    fc.assert(
      fc.property(athleteArb, (a) => {
        const input = build(a);
        const plan = input.nextWeekDraft!;
        const review = toDayNumber(REVIEW);
        // The generated logs are not linked to plans: the longest run of the 28 days is the long run.
        let longest = 0;
        for (const l of input.sessions) {
          const d = toDayNumber(l.date as string);
          if (l.kind === 'RUN' && d > review - 28 && d <= review) longest = Math.max(longest, l.minutes);
        }
        const cap = longest > 0 ? longest + step(longest) : Infinity;
        const r = reviewAthlete(input);
        for (const x of r.draft.sessions) if (isLong(x)) expect(x.minutes).toBeLessThanOrEqual(cap);
        for (const s of r.suggestions) {
          const applied = applySuggestion(plan, s);
          if (!applied.ok) continue;
          const before = new Map(plan.sessions.map((x) => [x.id, x]));
          for (const y of applied.plan.sessions) {
            const x = before.get(y.id);
            if (!x || !isLong(x) || y.minutes <= x.minutes) continue;
            grown++;
            if (y.minutes > cap) {
              throw new Error(
                `${s.kind} grows the long run ${x.minutes} → ${y.minutes} min, above ${cap} (longest recent ${longest} + a step)\n  ${s.rationale}`,
              );
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(grown).toBeGreaterThan(0);
  });

  const strengthArb = fc.record({
    athlete: athleteArb,
    raceInDays: fc.integer({ min: 1, max: 11 }),
    minutes: fc.integer({ min: 75, max: 320 }),
    strengthDays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
  });

  it('should leave no strength in the last 4 days before an A race of half-marathon length or longer', () => {
    let checked = 0;
    fc.assert(
      fc.property(strengthArb, (c) => {
        const base = build({ ...c.athlete, race: undefined });
        const next = toDayNumber(NEXT);
        const raceDay = toDayNumber(REVIEW) + c.raceInDays;
        const plan = base.nextWeekDraft!;
        const sessions: PlannedSession[] = plan.sessions.filter(
          (x) => !(raceDay - next >= 0 && raceDay - next <= 6 && x.day === raceDay - next),
        );
        for (const d of c.strengthDays) {
          if (d === raceDay - next) continue;
          sessions.push({
            id: `${NEXT}-strength${d}`,
            day: d as PlannedSession['day'],
            kind: 'STRENGTH',
            minutes: 30,
            effort: { type: 'RPE', value: 5 },
            purpose: 'Strength: squats, lunges',
          });
        }
        if (raceDay - next >= 0 && raceDay - next <= 6) {
          sessions.push({
            id: `${NEXT}-race`,
            day: (raceDay - next) as PlannedSession['day'],
            kind: 'RACE',
            minutes: c.minutes,
            effort: { type: 'RPE', value: 9 },
            purpose: 'Race',
            key: true,
          });
        }
        const input: ReviewInput = {
          ...base,
          races: [
            {
              id: 'r',
              name: 'Test race',
              date: shift(REVIEW, c.raceInDays),
              priority: 'A',
              expectedMinutes: c.minutes,
            },
          ],
          nextWeekDraft: { ...plan, sessions },
        };
        const r = reviewAthlete(input);
        const tooClose = (p: WeekPlan): PlannedSession[] =>
          p.sessions.filter((x) => {
            const d = next + x.day;
            return x.kind === 'STRENGTH' && d < raceDay && d >= raceDay - 4;
          });
        expect(tooClose(r.draft)).toEqual([]);
        const s = r.suggestions.find((x) => x.id === `${r.decision.rule}:${r.nextWeekStart}`);
        if (!s) throw new Error(`no volume suggestion: ${r.suggestions.map((x) => x.id).join(', ')}`);
        const applied = applySuggestion(input.nextWeekDraft!, s);
        if (!applied.ok) throw new Error(`${s.kind} does not apply: ${applied.reason}`);
        // (An illness rest that empties those days takes the strength with the rest of the day.)
        // An illness suggestion that rests those days ("rest on those days", "rest Monday–Wednesday") covers the
        // strength session too (found by PROPERTY_SEED=-9145296: a fever 6 days before the race).
        if (tooClose(input.nextWeekDraft!).length > 0 && !/rest (?:on those days|\w+day)/.test(s.rationale)) {
          checked++;
          expect(s.rationale).toMatch(/(?:[Dd]rop|[Mm]ove) \w+day's strength \(30 min\)/);
        }
        expect(tooClose(applied.plan).map((x) => x.id)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A build that fitting to the athlete's days takes below the plan: an easy session on a free day (ADD_SESSION).
// ---------------------------------------------------------------------------------------------------------

describe('engine fills free days a build needs (ADD_SESSION)', () => {
  /** Generated athletes whose draft leaves some of their usual run days free (and maybe a life event). */
  const fillArb = fc.record({
    athlete: athleteArb,
    drop: fc.subarray([2, 3, 6], { maxLength: 2 }),
    event: fc.option(
      fc.record({ from: fc.integer({ min: 0, max: 6 }), cap: fc.integer({ min: 0, max: 40 }) }),
      { nil: undefined },
    ),
  });
  type Fill = typeof fillArb extends fc.Arbitrary<infer T> ? T : never;
  const buildFill = (f: Fill): ReviewInput => {
    const input = build(f.athlete);
    const draft = input.nextWeekDraft!;
    return {
      ...input,
      nextWeekDraft: { ...draft, sessions: draft.sessions.filter((x) => !f.drop.includes(x.day)) },
      contextEvents: f.event
        ? [
            {
              id: 'ev',
              kind: 'TRAVEL',
              start: shift(NEXT, f.event.from),
              end: shift(NEXT, f.event.from),
              availableMinutesPerDay: f.event.cap,
            },
          ]
        : [],
    };
  };
  /**
   * The named case (demo athlete20's week): 5 run days a week for weeks, a draft of 370 min with two 100-min easy
   * runs on days with 75 min and Thursday free with 45 min. Fitting the days takes the build (325–375 min) to
   * 310 min, below its range and the plan it changes.
   */
  const squeezed = (): ReviewInput => {
    const week = [
      null,
      { minutes: 60, rpe: 7, key: true, purpose: 'Threshold intervals' },
      { minutes: 60, rpe: 3 },
      { minutes: 45, rpe: 3 },
      null,
      { minutes: 45, rpe: 3 },
      { minutes: 120, rpe: 4, key: true, purpose: 'Long run' },
    ];
    const h = buildHistory({ reviewDate: REVIEW, days: 63, week, weeklyGrowth: 0.01, downWeeks: [2] });
    const draft = planFromWeek(NEXT, [
      null,
      { minutes: 60, rpe: 7, key: true, purpose: 'Threshold intervals' },
      { minutes: 100, rpe: 3 },
      null,
      null,
      { minutes: 100, rpe: 3 },
      { minutes: 110, rpe: 4, key: true, purpose: 'Long run' },
    ]);
    return {
      ...h,
      athlete: { ...h.athlete, availabilityMinutes: [0, 75, 75, 45, 0, 75, 150] },
      nextWeekDraft: draft,
    };
  };
  const inputs = (): ReviewInput[] => [
    squeezed(),
    ...allInputs(),
    ...fc.sample(fillArb, { numRuns: 300, seed: 2024 }).map(buildFill),
  ];
  /** Most days with a run (or race) in one of the 6 calendar weeks before next week. */
  const recentRunDays = (input: ReviewInput): number => {
    const monday = toDayNumber(NEXT);
    const weeks = new Map<number, Set<number>>();
    for (const l of input.sessions) {
      const d = toDayNumber(l.date as string);
      if (d < monday - 42 || d > toDayNumber(input.reviewDate) || (l.kind !== 'RUN' && l.kind !== 'RACE'))
        continue;
      const w = Math.floor((monday - 1 - d) / 7);
      if (!weeks.has(w)) weeks.set(w, new Set());
      weeks.get(w)!.add(d);
    }
    let max = 0;
    for (const s of weeks.values()) max = Math.max(max, s.size);
    return max;
  };
  const runDays = (p: WeekPlan): number =>
    new Set(p.sessions.filter((x) => x.kind === 'RUN' || x.kind === 'RACE').map((x) => x.day)).size;
  const eventDays = (input: ReviewInput): Set<number> => {
    const out = new Set<number>();
    const monday = toDayNumber(NEXT);
    for (const e of input.contextEvents ?? []) {
      for (let d = toDayNumber(e.start); d <= toDayNumber(e.end); d++)
        if (d >= monday && d < monday + 7) out.add(d - monday);
    }
    return out;
  };

  it('should add an easy run on the free Thursday when fitting the days takes a build below the plan (demo athlete20)', () => {
    const input = squeezed();
    const r = reviewAthlete(input);
    expect(r.decision.type).toBe('BUILD');
    const s = r.suggestions.find((x) => x.kind === 'BUILD')!;
    const add = s.changes.find((c) => c.type === 'ADD_SESSION');
    expect(add).toMatchObject({ type: 'ADD_SESSION', day: 3, session: { kind: 'RUN', minutes: 45 } });
    const a = applySuggestion(input.nextWeekDraft!, s);
    if (!a.ok) throw new Error(a.reason);
    expect(s.rationale).toContain('add a 45-min easy run on Thursday (45 min available)');
    expect(s.rationale).toContain(`, to ${planMinutes(a.plan)} min.`);
    expect(a.plan.sessions.find((x) => x.day === 3)).toMatchObject({
      kind: 'RUN',
      minutes: 45,
      purpose: 'Easy run',
    });
  });

  it('should leave a BUILD applied at or above the plan it changes, or state the real figure', () => {
    let below = 0;
    for (const input of inputs()) {
      const r = reviewAthlete(input);
      const s = r.suggestions.find((x) => x.kind === 'BUILD');
      if (!s || r.decision.type !== 'BUILD' || s.changes.length === 0) continue;
      const plan = input.nextWeekDraft!;
      const a = applySuggestion(plan, s);
      if (!a.ok) throw new Error(`${s.kind} does not apply to its own plan: ${a.reason}`);
      const before = planMinutes(plan);
      const after = planMinutes(a.plan);
      if (after >= before) continue;
      below++;
      // A plan above the build's range is trimmed: the text says so; else it gives the figure it ends at.
      const said =
        s.rationale.includes(`the plan's ${before} min is above that range`) ||
        s.rationale.includes(
          `That leaves the week at ${after} min, ${before - after} min below the plan's ${before} min.`,
        );
      if (!said) throw new Error(`BUILD ${before} → ${after} min without saying so:\n  text: ${s.rationale}`);
    }
    expect(below).toBeGreaterThan(0);
  });

  it('should put every ADD_SESSION on a free day with time for it, one a week, never key, keeping a day off', () => {
    let added = 0;
    for (const input of inputs()) {
      const r = reviewAthlete(input);
      const plan = r.suggestionsTarget === 'NEXT_WEEK_DRAFT' ? input.nextWeekDraft! : r.draft;
      for (const s of r.suggestions) {
        const adds = s.changes.filter((c) => c.type === 'ADD_SESSION');
        if (adds.length === 0) continue;
        expect(adds).toHaveLength(1);
        const add = adds[0];
        if (add.type !== 'ADD_SESSION') continue;
        added++;
        const what = `${s.kind}: ${JSON.stringify(add)}\n  text: ${s.rationale}`;
        const a = applySuggestion(plan, s);
        if (!a.ok) throw new Error(`${what}: ${a.reason}`);
        const avail = input.athlete.availabilityMinutes[add.day];
        if (add.session.minutes > avail) throw new Error(`${what}: ${avail} min available`);
        if (eventDays(input).has(add.day)) throw new Error(`${what}: a life event covers the day`);
        if (plan.sessions.some((x) => x.day === add.day)) throw new Error(`${what}: the day has a session`);
        const onDay = a.plan.sessions.filter((x) => x.day === add.day);
        expect(onDay).toHaveLength(1);
        expect(onDay[0].key).toBeUndefined();
        expect(['RUN', 'CROSS_TRAINING']).toContain(onDay[0].kind);
        expect(onDay[0].effort.type === 'RPE' ? onDay[0].effort.value : 2).toBeLessThanOrEqual(4);
        const trains = new Set(a.plan.sessions.filter((x) => x.kind !== 'REST').map((x) => x.day));
        if (trains.size > 6) throw new Error(`${what}: no day without training left`);
        expect(s.rationale).toContain(`on ${WEEKDAYS[add.day]} (${avail} min available)`);
      }
    }
    expect(added).toBeGreaterThan(0);
  });

  it("should never take the run days of a week past the athlete's recent max + 1 (an added run: past the max)", () => {
    let checked = 0;
    for (const input of inputs()) {
      const r = reviewAthlete(input);
      const plan = r.suggestionsTarget === 'NEXT_WEEK_DRAFT' ? input.nextWeekDraft! : r.draft;
      const max = recentRunDays(input);
      for (const s of r.suggestions) {
        if (s.changes.length === 0) continue;
        const a = applySuggestion(plan, s);
        if (!a.ok) continue;
        const days = runDays(a.plan);
        if (days > Math.max(runDays(plan), max + 1))
          throw new Error(`${s.kind}: ${days} run days, recent max ${max}\n  text: ${s.rationale}`);
        if (s.changes.some((c) => c.type === 'ADD_SESSION' && c.session.kind === 'RUN')) {
          checked++;
          if (days > max) throw new Error(`${s.kind} adds a run: ${days} run days, recent max ${max}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
