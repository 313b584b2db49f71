/**
 * Issue #11, tried as a coach would: ten athlete histories written outside the engine's own factories
 * (factories/coach-histories.ts: a published plan per week, logs that do not always follow it, check-ins
 * with day-to-day scatter, life context, races), each with what a good coach would do next week, written
 * before the engine was run on it. The checks are coach-level: the class of decision, no build beside a
 * reason not to, key sessions and races kept or dropped with a reason, no day over the athlete's time, the
 * applied plan the size the text says, and every number and claim in the text true of the review.
 *
 * Each history runs twice: with realistic check-ins (a 1–10 score moves ±1 point from day to day) and with
 * quiet ones (scores sit at the athlete's usual), so that a fault in reading wellness does not hide the
 * faults behind it.
 *
 * Expectations the engine does not meet today are listed in FAULTS and run as `it.failing` (they break
 * the build the day the engine is fixed: then delete the line).
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession, ReviewInput, Review, Suggestion, SuggestionKind, WeekPlan } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { planMinutes, planMinutesByDay } from '../src/planning/plan-measures';
import { HISTORIES, MARGARET_CURRENT_WEEK_MINUTES, NEXT, REVIEW } from './factories/coach-histories';
import type { HistoryOptions } from './factories/coach-histories';
import { reviewTexts as texts } from './factories/review-helpers';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const VARIANTS: Record<string, HistoryOptions> = {
  realistic: {},
  quiet: { wellnessScatter: 0.4 },
  /** The same weeks reviewed on Thursday evening: only the checks that hold on any day are run. */
  thursday: { reviewDate: '2025-10-09' },
};
const VARIANT_TITLES: Record<string, string> = {
  realistic: 'realistic check-ins',
  quiet: 'quiet check-ins',
  thursday: 'a Thursday review',
};
const GENERIC_ONLY = new Set(['thursday']);

const MASTERS = 'masters runner back from a calf strain';
const NEW_RUNNER = 'new runner ramping too fast';
const MARATHONER = 'marathoner three weeks out after a bad-sleep week';
const ULTRA = 'trail ultra runner with a work trip';
const FIVE_K = '5k runner the day after a B race';
const SILENT = 'athlete silent for ten days';
const CONSISTENT = 'consistent athlete doing everything right';
const PARENT = 'parent whose kid was ill';
const HARD_RPE = 'athlete who logs everything harder than planned';
const THREE_DAYS = 'athlete whose availability drops to three days';

/**
 * Expectations the engine misses today: `variant|athlete|check` → the fault, in a coach's words.
 * Each one is reported to the lead with the engine output that shows it.
 */
const FAULTS: Record<string, string> = {};

interface Case {
  readonly input: ReviewInput;
  readonly review: Review;
  /** The plan the suggestions change: the coach's draft, or the engine's own. */
  readonly plan: WeekPlan;
}

const cases = new Map<string, Case>();
function get(variant: string, name: string): Case {
  const key = `${variant}|${name}`;
  let c = cases.get(key);
  if (!c) {
    const input = HISTORIES[name](VARIANTS[variant]);
    const review = reviewAthlete(input);
    c = { input, review, plan: input.nextWeekDraft ?? review.draft };
    cases.set(key, c);
  }
  return c;
}

function kinds(r: Review): SuggestionKind[] {
  return r.suggestions.map((s) => s.kind);
}

function apply(plan: WeekPlan, s: Suggestion): WeekPlan {
  const a = applySuggestion(plan, s);
  if (!a.ok) throw new Error(`${s.kind} did not apply: ${a.code} ${a.reason}`);
  return a.plan;
}

/** Suggestions that change next week's plan. */
function forNextWeek(c: Case): Suggestion[] {
  return c.review.suggestions.filter((s) => s.planWeekStart === c.plan.weekStart);
}

/** The plan once the suggestion that carries the week decision is applied (the plan itself without one). */
function decided(c: Case): WeekPlan {
  const own = c.review.suggestions.find((s) => s.kind === c.review.decision.rule);
  return own ? apply(c.plan, own) : c.plan;
}

/** Applies every suggestion in rank order, re-reviewing after each as the app does (composable). */
function applyAll(c: Case): WeekPlan {
  let plan = c.plan;
  const done = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const r = reviewAthlete({ ...c.input, nextWeekDraft: plan });
    const next = r.suggestions.find(
      (s) => !done.has(s.id) && s.changes.length > 0 && s.planWeekStart === plan.weekStart,
    );
    if (!next) return plan;
    done.add(next.id);
    plan = apply(plan, next);
  }
  return plan;
}

function session(plan: WeekPlan, id: string): PlannedSession | undefined {
  return plan.sessions.find((s) => s.id === id);
}

/** A labelled value, so that a failure names the suggestion and the session it is about. */
function labelled<T>(label: string, value: T): [string, T] {
  return [label, value];
}

/** What a coach would call a reason not to build next week, computed from the input, not the review. */
function reasonsNotToBuild(c: Case): string[] {
  const m = c.review.metrics;
  const reasons: string[] = [];
  const review = toDayNumber(c.input.reviewDate);
  if (m.readiness === 'UNKNOWN') reasons.push('readiness unknown');
  if ((m.daysSinceContact.value ?? 0) >= 5) reasons.push('no contact');
  for (const e of c.input.contextEvents ?? []) {
    if (e.confirmed === false) continue;
    const near = toDayNumber(e.end) >= review - 21 && toDayNumber(e.start) <= review + 14;
    if (['ILLNESS', 'WORK_STRESS', 'FAMILY'].includes(e.kind) && near) reasons.push(e.kind);
  }
  for (const race of c.input.races ?? []) {
    const d = toDayNumber(race.date) - review;
    if (race.priority !== 'C' && d > 0 && d <= 14) reasons.push(`race ${race.name ?? race.date}`);
  }
  return reasons;
}

/** Next week overlaps a confirmed context event (then the engine's draft may sit below the decision). */
function lifeNextWeek(c: Case): boolean {
  const start = toDayNumber(NEXT);
  return (c.input.contextEvents ?? []).some(
    (e) => e.confirmed !== false && toDayNumber(e.end) >= start && toDayNumber(e.start) <= start + 6,
  );
}

type Check = (c: Case) => void;

/** Checks every athlete must pass. */
const GENERIC: Record<string, Check> = {
  'should decide one coherent thing within the athlete’s week': (c) => {
    const { review: r, input } = c;
    expect(r.decision.minMinutes).toBeLessThanOrEqual(r.decision.targetMinutes);
    expect(r.decision.targetMinutes).toBeLessThanOrEqual(r.decision.maxMinutes);
    if (r.decision.type === 'BUILD') {
      expect(r.decision.ruledOut).toEqual([]);
      expect(kinds(r).filter((k) => /^(RECOVERY_|ILLNESS_|NO_CONTACT|CURRENT_WEEK_)/.test(k))).toEqual([]);
    }
    const week = input.athlete.availabilityMinutes.reduce((a, b) => a + b, 0);
    expect(labelled('target within the week she has', r.decision.targetMinutes <= week)).toEqual(
      labelled('target within the week she has', true),
    );
  },

  'should draft a week the decision describes, within each day’s time': (c) => {
    const { review: r, input } = c;
    const avail = input.athlete.availabilityMinutes;
    planMinutesByDay(r.draft).forEach((min, day) =>
      expect(labelled(DAY_NAMES[day], min <= avail[day])).toEqual(labelled(DAY_NAMES[day], true)),
    );
    if (!lifeNextWeek(c)) {
      const total = planMinutes(r.draft);
      const inRange = total >= r.decision.minMinutes - 5 && total <= r.decision.maxMinutes + 5;
      expect(
        labelled(`draft ${total} min in [${r.decision.minMinutes}, ${r.decision.maxMinutes}]`, inRange),
      ).toEqual(labelled(`draft ${total} min in [${r.decision.minMinutes}, ${r.decision.maxMinutes}]`, true));
    }
  },

  'should keep races, session kinds, sensible minimums, interval blocks and free days when applied': (c) => {
    const { input, plan } = c;
    const avail = input.athlete.availabilityMinutes;
    for (const s of forNextWeek(c)) {
      const after = apply(plan, s);
      for (const before of plan.sessions) {
        const a = session(after, before.id);
        if (before.kind === 'RACE') expect(labelled(s.kind, a)).toEqual(labelled(s.kind, before));
        if (a)
          expect(labelled(`${s.kind} ${before.id}`, a.kind)).toEqual(
            labelled(`${s.kind} ${before.id}`, before.kind),
          );
      }
      for (const a of after.sessions) {
        if (a.kind === 'REST') continue;
        const b = session(plan, a.id);
        const label = `${s.kind} ${a.id} (${a.minutes} min)`;
        if (b && a.minutes < b.minutes)
          expect(labelled(label, a.minutes >= 15)).toEqual(labelled(label, true));
        if (a.key && a.kind === 'RUN' && (b?.minutes ?? 0) >= 30)
          expect(labelled(`${label} key`, a.minutes >= 30)).toEqual(labelled(`${label} key`, true));
        if (a.intervals) {
          const block = (a.intervals.repeats * (a.intervals.workSeconds + a.intervals.recoverySeconds)) / 60;
          expect(labelled(`${label} holds its ${block}-min interval block`, block <= a.minutes)).toEqual(
            labelled(`${label} holds its ${block}-min interval block`, true),
          );
        }
      }
      const before = planMinutesByDay(plan);
      planMinutesByDay(after).forEach((min, day) => {
        if (min > before[day]) {
          const label = `${s.kind} ${DAY_NAMES[day]} ${min} min`;
          expect(labelled(label, min <= avail[day])).toEqual(labelled(label, true));
        }
      });
    }
  },

  'should say what it changes: dropped sessions named, sessions cited as the plan has them, the size it states':
    (c) => {
      const { review: r, plan } = c;
      for (const s of forNextWeek(c)) {
        const after = apply(plan, s);
        for (const b of plan.sessions) {
          if (b.kind === 'REST' || session(after, b.id)) continue;
          const label = `${s.kind} drops ${DAY_NAMES[b.day]}'s ${b.purpose}`;
          expect(labelled(label, s.rationale.includes(DAY_NAMES[b.day]))).toEqual(labelled(label, true));
        }
        for (const m of s.rationale.matchAll(
          /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s [a-z0-9 ×-]+? \((\d+) min\)/g,
        )) {
          const day = DAY_NAMES.indexOf(m[1]);
          const minutes = Number(m[2]);
          const found =
            [...plan.sessions, ...after.sessions].some((x) => x.day === day && x.minutes === minutes) ||
            [...planMinutesByDay(plan), ...planMinutesByDay(after)].includes(minutes);
          expect(labelled(`${s.kind}: ${m[0]}`, found)).toEqual(labelled(`${s.kind}: ${m[0]}`, true));
        }
        if (s.kind === 'BUILD') expect(s.rationale).not.toMatch(/[−-]\d+(\.\d+)? %/);
        for (const x of s.rationale.matchAll(/the week (\d+) → (\d+) min \(([+-]\d+) %\)/g)) {
          const said = [Number(x[1]), Number(x[2]), Number(x[3])];
          const [a, b] = [planMinutes(plan), planMinutes(after)];
          expect(labelled(x[0], said)).toEqual(labelled(x[0], [a, b, Math.round((100 * (b - a)) / a)]));
        }
        for (const x of s.rationale.matchAll(/The plan has (\d+) min/g))
          expect(labelled(x[0], Number(x[1]))).toEqual(labelled(x[0], planMinutes(plan)));
      }
      const own = r.suggestions.find((s) => s.kind === r.decision.rule);
      if (own && own.planWeekStart === plan.weekStart && own.changes.length > 0) {
        const to = /, to (\d+) min\./.exec(own.rationale) ?? /about (\d+) min/.exec(own.rationale);
        if (to) {
          const said = Number(to[1]);
          const got = planMinutes(apply(plan, own));
          const label = `${own.kind} says ${said} min, applied ${got} min`;
          expect(labelled(label, Math.abs(got - said) <= Math.max(5, 0.03 * said))).toEqual(
            labelled(label, true),
          );
        }
      }
    },

  'should state the athlete’s markers as the review has them': (c) => {
    const m = c.review.metrics;
    for (const t of texts(c.review)) {
      for (const x of t.matchAll(/ln rMSSD (\d\.\d\d)/g))
        expect(Number(x[1])).toBeCloseTo(m.hrv.mean7.value ?? NaN, 2);
      if (/HRV[^.]*below/.test(t)) expect(m.hrv.status).toBe('BELOW_BAND');
      for (const x of t.matchAll(/ACWR (?:of |is |at )?(\d\.\d+)/g))
        expect(Number(x[1])).toBeCloseTo(m.acwr.value ?? NaN, 1);
      if (/recovery looks fine|readiness is good/i.test(t)) expect(m.readiness).toBe('GREEN');
      for (const x of t.matchAll(/composite z (-?\d+\.\d)/g))
        expect(Number(x[1])).toBeCloseTo(m.wellness.composite.value ?? NaN, 1);
      for (const x of t.matchAll(/(?<!logged )since (\d{4}-\d\d-\d\d) \((\d+) days?\)/g))
        expect(Number(x[2])).toBe(m.daysSinceContact.value);
      for (const x of t.matchAll(
        /Load in the week of (\d{4}-\d\d-\d\d) was (\d+) \(sRPE × min\), ([+-]\d+) %/g,
      )) {
        const week = m.weeks.find((w) => w.start === x[1]);
        expect(labelled(x[0], Math.round(week?.load ?? NaN))).toEqual(labelled(x[0], Number(x[2])));
        expect(labelled(x[0], Math.round(m.rampPct.value ?? NaN))).toEqual(labelled(x[0], Number(x[3])));
      }
      // The athlete's two-week figure; not the limit ("+20 % a week and +30 % over two weeks") nor a figure after a
      // trim of this week ("on that reference and +44 % over two weeks", the warning's "If the current-week
      // suggestion's trim … is applied" sentence): those are the trim's own, checked against the applied plan
      // (first-day-spike.spec.ts, midweek-spike.spec.ts).
      const stated = t.replace(
        /If the current-week suggestion's trim.*?\((?:within the limits below|still above the limits below[^)]*)\)/g,
        '',
      );
      for (const x of stated.matchAll(/(?<!% a week and |on that reference and )([+-]\d+) % over two weeks/g))
        expect(labelled(x[0], Math.round(m.twoWeekPct.value ?? NaN))).toEqual(labelled(x[0], Number(x[1])));
      for (const x of t.matchAll(/about (\d+) min \(([+-])(\d+) % on (?:the recent )?(\d+) min\)/g)) {
        const [target, sign, pct, base] = [Number(x[1]), x[2] === '-' ? -1 : 1, Number(x[3]), Number(x[4])];
        expect(
          labelled(x[0], Math.abs(Math.round((100 * (target - base)) / base) - sign * pct) <= 1),
        ).toEqual(labelled(x[0], true));
        expect(labelled(x[0], target)).toEqual(labelled(x[0], c.review.decision.targetMinutes));
      }
      expect(t).not.toMatch(/injury risk|predicts? (an )?injur/i);
    }
  },

  'should not build beside a reason not to': (c) => {
    if (reasonsNotToBuild(c).length > 0) expect(c.review.decision.type).not.toBe('BUILD');
  },

  'should apply its suggestions one after another and keep the race': (c) => {
    const plan = applyAll(c);
    for (const race of c.plan.sessions.filter((s) => s.kind === 'RACE'))
      expect(session(plan, race.id)).toEqual(race);
  },
};

/** What a good coach would do for each athlete (see the history's comment), as checks. */
const SPECIFIC: Record<string, Record<string, Check>> = {
  [MASTERS]: {
    'should grade the return from the minutes she runs now, not from before the strain': ({ review: r }) => {
      expect(['BUILD', 'HOLD', 'DOWN']).toContain(r.decision.type);
      expect(r.decision.targetMinutes).toBeLessThanOrEqual(MARGARET_CURRENT_WEEK_MINUTES * 1.2);
    },
    'should keep the week easy and keep her strength and calf work': (c) => {
      for (const s of forNextWeek(c)) {
        const after = apply(c.plan, s);
        expect(
          labelled(
            s.kind,
            after.sessions.filter((x) => x.intervals || x.effort.value >= 7),
          ),
        ).toEqual(labelled(s.kind, []));
        expect(
          labelled(
            s.kind,
            after.sessions.some((x) => x.kind === 'STRENGTH'),
          ),
        ).toEqual(labelled(s.kind, true));
      }
      expect(c.review.draft.sessions.filter((x) => x.intervals || x.effort.value >= 7)).toEqual([]);
    },
    'should draft her weekly strength session as the engine’s own plan': ({ review: r }) => {
      expect(r.draft.sessions.some((x) => x.kind === 'STRENGTH')).toBe(true);
    },
  },

  [NEW_RUNNER]: {
    'should not build on a spike, and warn about the jump': ({ review: r }) => {
      expect(['HOLD', 'DOWN']).toContain(r.decision.type);
      expect(kinds(r)).toContain('LOAD_SPIKE_WARNING');
      expect(r.metrics.weeklyMinutes).toBeGreaterThan(250);
    },
    'should never grow his plan above what he already did this week': (c) => {
      for (const s of forNextWeek(c))
        expect(planMinutes(apply(c.plan, s))).toBeLessThanOrEqual(c.review.metrics.weeklyMinutes);
      expect(c.review.decision.targetMinutes).toBeLessThanOrEqual(c.review.metrics.weeklyMinutes);
    },
  },

  [MARATHONER]: {
    'should not build in the week of bad sleep three weeks before the marathon': ({ review: r }) => {
      expect(['HOLD', 'DOWN', 'TAPER']).toContain(r.decision.type);
    },
    'should cut the easy filler before the long run and the marathon-pace run': (c) => {
      const longId = `${NEXT}-d6`;
      const mpId = `${NEXT}-d3`;
      const fillers = [`${NEXT}-d2`, `${NEXT}-d4`, `${NEXT}-d5`];
      for (const s of forNextWeek(c)) {
        const after = apply(c.plan, s);
        const cut = (id: string): number =>
          1 - (session(after, id)?.minutes ?? 0) / session(c.plan, id)!.minutes;
        const fillerCut = Math.min(...fillers.map(cut));
        for (const key of [longId, mpId]) {
          const label = `${s.kind} cuts ${key} by ${Math.round(cut(key) * 100)} % while an easy run is cut ${Math.round(fillerCut * 100)} %`;
          expect(labelled(label, cut(key) <= fillerCut + 1e-9)).toEqual(labelled(label, true));
        }
        expect(labelled(s.kind, session(after, mpId)?.key)).toEqual(labelled(s.kind, true));
      }
    },
    'should keep the race-specific block in the last three weeks before the A race': ({ review: r }) => {
      for (const s of r.suggestions) {
        for (const ch of s.changes) {
          if (ch.type === 'CHANGE_MESOCYCLE_FOCUS')
            expect(labelled(s.kind, ch.to)).toEqual(labelled(s.kind, 'RACE_SPECIFIC'));
        }
      }
    },
    'should not change one session two opposite ways in two suggestions': ({ review: r }) => {
      const seen = new Map<string, string>();
      for (const s of r.suggestions) {
        for (const ch of s.changes) {
          if (ch.type !== 'REPLACE_INTENSITY') continue;
          const effort = `${ch.effort.type} ${ch.effort.value}`;
          const prior = seen.get(ch.sessionId);
          if (prior !== undefined)
            expect(labelled(`${s.kind} ${ch.sessionId}`, effort)).toEqual(
              labelled(`${s.kind} ${ch.sessionId}`, prior),
            );
          seen.set(ch.sessionId, effort);
        }
      }
    },
    'should not wipe the week: at most a taper-sized cut three weeks out': (c) => {
      expect(planMinutes(decided(c))).toBeGreaterThanOrEqual(0.4 * planMinutes(c.plan));
    },
  },

  [ULTRA]: {
    'should cap the trip days at his 45 minutes, move the hills and keep the back-to-back whole': (c) => {
      const life = c.review.suggestions.find((s) => s.id === `LIFE_CONTEXT:${NEXT}`);
      expect(life).toBeDefined();
      const after = apply(c.plan, life!);
      const byDay = planMinutesByDay(after);
      expect([byDay[1], byDay[2], byDay[3]].every((x) => x <= 45)).toBe(true);
      expect(session(after, `${NEXT}-d5`)?.minutes).toBe(session(c.plan, `${NEXT}-d5`)?.minutes);
      expect(session(after, `${NEXT}-d6`)?.minutes).toBe(session(c.plan, `${NEXT}-d6`)?.minutes);
      const hills = session(after, `${NEXT}-d1`);
      if (hills?.day !== 0 && hills?.day !== 4) expect(life!.rationale).toMatch(/hill/i);
      expect(life!.rationale).toContain(`the week ${planMinutes(c.plan)} → ${planMinutes(after)} min`);
    },
    'should keep the trip days capped once every suggestion is applied': (c) => {
      const byDay = planMinutesByDay(applyAll(c));
      expect([byDay[1], byDay[2], byDay[3]].every((x) => x <= 45)).toBe(true);
    },
  },

  [FIVE_K]: {
    'should plan a normal week after a B race: no transition, taper, rest or second light week': (c) => {
      expect(['BUILD', 'HOLD']).toContain(c.review.decision.type);
      expect(kinds(c.review)).not.toContain('RACING_TOO_OFTEN');
      expect(kinds(c.review)).not.toContain('LOAD_SPIKE_WARNING');
      expect(planMinutes(decided(c))).toBeGreaterThanOrEqual(0.8 * planMinutes(c.plan));
    },
    'should count the lighter race week (planned −27 %) as a down week': ({ review: r }) => {
      expect(r.metrics.weeks.find((w) => w.start === '2025-10-06')?.isDownWeek).toBe(true);
    },
    'should keep Thursday’s tempo as the key session of the week': (c) => {
      const tempo = session(decided(c), `${NEXT}-d3`);
      expect(tempo?.key).toBe(true);
      expect(tempo?.intervals).toBeDefined();
    },
  },

  [SILENT]: {
    'should reach out first, with the real number of days, and not build': ({ review: r }) => {
      expect(r.suggestions[0].kind).toBe('NO_CONTACT_REACH_OUT');
      expect(r.suggestions[0].rationale).toMatch(/since 2025-10-02 \(10 days\)/);
      expect(r.metrics.daysSinceContact.value).toBe(10);
      expect(['HOLD', 'DOWN']).toContain(r.decision.type);
      expect(r.decision.ruledOut.join(' ')).toMatch(/contact/);
    },
    'should rank nothing the silence explains above the reach-out': ({ review: r }) => {
      const order = ['INFO', 'ATTENTION', 'URGENT'];
      const first = order.indexOf(r.suggestions[0].severity);
      for (const s of r.suggestions.slice(1)) expect(order.indexOf(s.severity)).toBeLessThanOrEqual(first);
    },
    'should not call his usual week “designed back from a goal” because he went quiet': ({ review: r }) => {
      expect(kinds(r)).not.toContain('BACKWARD_DESIGN_WARNING');
    },
    'should not read the silent days as a Saturday missed-session pattern': ({ review: r }) => {
      expect(kinds(r)).not.toContain('MISSED_SESSIONS_PATTERN');
    },
  },

  [CONSISTENT]: {
    'should say little: a modest build or a hold and no flags': ({ review: r }) => {
      expect(['BUILD', 'HOLD']).toContain(r.decision.type);
      expect(r.suggestions.filter((s) => s.severity !== 'INFO')).toEqual([]);
      expect(r.suggestions.length).toBeLessThanOrEqual(2);
    },
    'should not read one score a point off her usual as a reason to hold': ({ review: r }) => {
      expect(r.metrics.readiness).toBe('GREEN');
      expect(r.decision.type).toBe('BUILD');
    },
    'should size a build within the ramp limit and keep the long run and strength': (c) => {
      const builds = c.review.metrics.weeks.filter((w) => !w.isDownWeek).slice(0, 3);
      const mean = builds.reduce((a, w) => a + w.minutes, 0) / builds.length;
      const plan = decided(c);
      expect(planMinutes(plan)).toBeLessThanOrEqual(mean * 1.2);
      expect(session(plan, `${NEXT}-d5`)?.minutes).toBeGreaterThanOrEqual(
        session(c.plan, `${NEXT}-d5`)!.minutes * 0.95,
      );
      expect(session(plan, `${NEXT}-d4`)?.kind).toBe('STRENGTH');
    },
    'should draft her weekly strength session as the engine’s own plan': ({ review: r }) => {
      expect(r.draft.sessions.some((x) => x.kind === 'STRENGTH')).toBe(true);
    },
  },

  [PARENT]: {
    'should hold a normal week without illness advice or a missed-session pattern for Ben': (c) => {
      const k = kinds(c.review);
      expect(k.filter((x) => /ILLNESS|INJURY/.test(x))).toEqual([]);
      expect(k).not.toContain('MISSED_SESSIONS_PATTERN');
      expect(c.review.decision.type).toBe('HOLD');
      expect(planMinutes(decided(c))).toBeGreaterThanOrEqual(0.8 * planMinutes(c.plan));
    },
  },

  [HARD_RPE]: {
    'should see that the easy running is not easy': ({ review: r }) => {
      expect(r.metrics.intensity.polarized).toBe(false);
      const said = [
        ...r.components.filter((x) => x.status !== 'OK').map((x) => x.summary),
        ...r.suggestions.map((s) => s.rationale),
      ];
      expect(said.some((t) => /harder than (planned|prescribed)|RPE|effort/i.test(t))).toBe(true);
    },
    'should not build on a load the plan under-states': ({ review: r }) => {
      expect(r.decision.type).not.toBe('BUILD');
    },
  },

  [THREE_DAYS]: {
    'should draft only Tuesday, Thursday and Saturday, within her minutes': ({ review: r }) => {
      const days = [...new Set(r.draft.sessions.filter((s) => s.kind !== 'REST').map((s) => s.day))].sort();
      expect(days).toEqual([1, 3, 5]);
    },
    'should flag the coach’s five-day draft and, applied, leave nothing on a day she cannot train': (c) => {
      const byDay = planMinutesByDay(applyAll(c));
      expect([byDay[0], byDay[2], byDay[4], byDay[6]]).toEqual([0, 0, 0, 0]);
      expect(byDay[1]).toBeLessThanOrEqual(60);
      expect(byDay[3]).toBeLessThanOrEqual(60);
      expect(byDay[5]).toBeLessThanOrEqual(120);
    },
  },
};

describe('coach histories (issue #11)', () => {
  it('should review the week of every history', () => {
    for (const name of Object.keys(HISTORIES)) {
      const r = get('realistic', name).review;
      expect([name, r.reviewDate, r.nextWeekStart]).toEqual([name, REVIEW, NEXT]);
      expect(get('thursday', name).review.nextWeekStart).toBe(NEXT);
    }
  });

  describe.each(Object.keys(VARIANTS).map((v) => [VARIANT_TITLES[v], v]))('with %s', (_title, variant) => {
    describe.each(Object.keys(HISTORIES))('%s', (name) => {
      const checks = { ...GENERIC, ...(GENERIC_ONLY.has(variant) ? {} : (SPECIFIC[name] ?? {})) };
      for (const [title, check] of Object.entries(checks)) {
        const fault = FAULTS[`${variant}|${name}|${title}`];
        (fault ? it.failing : it)(fault ? `${title} [engine fault: ${fault}]` : title, () =>
          check(get(variant, name)),
        );
      }
    });
  });
});
