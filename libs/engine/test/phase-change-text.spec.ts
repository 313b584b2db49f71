/**
 * Every change a suggestion carries is said in its texts: a suggestion whose changes set next week's phase (a
 * `SET_PHASE` change: a taper's competition, a transition's) says so to the coach and to the athlete. Lukas's
 * taper (demo athlete06, an A marathon on the Monday after next week) had set the plan's phase to competition
 * beside texts that named only its minutes.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { OutlookWeek, Review, ReviewInput, Suggestion, WeekPlan } from '../src';
import { phaseWords } from '../src/suggestions/format';
import { allInputs } from './factories/generated-athletes.factory';
import { HISTORIES } from './factories/coach-histories';
import { HISTORIES_2 } from './factories/coach-histories-2';
import { lukas } from './factories/lukas.factory';
import { emmaHold } from './factories/emma.factory';
import { NEXT, shift } from './factories/coach-histories.factory';
import { get } from './factories/review-helpers';

/** The phase in the same sentence as the word "phase" ("sets next week's phase to competition"). */
function saysPhase(text: string, phase: string): boolean {
  const w = phaseWords(phase);
  return text
    .split(/(?<=[.!?])\s+/)
    .some((sentence) => sentence.includes('phase') && new RegExp(`\\b${w}\\b`).test(sentence));
}

/** Each suggestion whose applied plan has another phase than the plan it changes, with what its texts say. */
function phaseChanges(
  input: ReviewInput,
): { id: string; phase: string; coach: boolean; athlete: boolean; s: Suggestion }[] {
  const r = reviewAthlete(input);
  const plans: WeekPlan[] = [];
  const next = input.nextWeekDraft ?? r.draft;
  plans.push(next);
  if (input.currentWeekPlan) plans.push(input.currentWeekPlan);
  const out: { id: string; phase: string; coach: boolean; athlete: boolean; s: Suggestion }[] = [];
  for (const s of r.suggestions) {
    if (s.changes.length === 0) continue;
    const plan = plans.find((p) => p.weekStart === s.planWeekStart);
    if (plan === undefined) continue;
    const a = applySuggestion(plan, s);
    if (!a.ok || a.plan.phase === undefined || a.plan.phase === plan.phase) continue;
    out.push({
      id: `${input.athlete.id} ${s.kind}`,
      phase: a.plan.phase,
      coach: saysPhase(s.rationale, a.plan.phase),
      athlete: saysPhase(s.athleteText, a.plan.phase),
      s,
    });
  }
  return out;
}

describe('a suggestion that sets the phase says so', () => {
  it("should say in Lukas's taper, to the coach and to him, that next week's phase is set to competition", () => {
    const input = lukas();
    const [c] = phaseChanges(input).filter((x) => x.s.kind === 'TAPER');
    expect(c).toBeDefined();
    expect(c.s.changes).toContainEqual({ type: 'SET_PHASE', from: 'PREPARATORY', to: 'COMPETITION' });
    expect(c.s.rationale).toContain("and set next week's phase to competition.");
    expect(c.s.athleteText).toContain('; your plan puts next week in the competition phase.');
    expect([c.coach, c.athlete]).toEqual([true, true]);
  });

  it('should say the phase in both texts of every suggestion whose applied plan changes phase', () => {
    const inputs: ReviewInput[] = [
      lukas(),
      ...Object.values(HISTORIES).map((f) => f()),
      ...Object.values(HISTORIES_2).map((f) => f()),
      ...allInputs(),
    ];
    const unsaid: string[] = [];
    let seen = 0;
    for (const input of inputs) {
      for (const c of phaseChanges(input)) {
        seen++;
        if (!c.coach) unsaid.push(`${c.id} (coach): ${c.s.rationale}`);
        if (!c.athlete) unsaid.push(`${c.id} (athlete): ${c.s.athleteText}`);
      }
    }
    expect(seen).toBeGreaterThan(1);
    expect(unsaid).toEqual([]);
  });
});

// athlete05 Emma (coach read of the demo club): her phase change to competition said the training shifts "toward
// race-specific work until the taper" while the only week before her taper is a hold that keeps its aerobic focus
// (and the long-race note advises against the race). The text is true of the weeks it sits beside: next week when
// it builds, and the outlook's training weeks of the race phases before the taper.
describe('a phase change says which weeks before the taper are race-specific', () => {
  it('should say that no week before the taper is race-specific when next week holds and the taper follows', () => {
    const r = reviewAthlete(emmaHold('COMPETITION'));
    expect(r.decision.type).toBe('HOLD');
    // (The taper is Oslo Marathon's if Emma starts it: the long-race note's talk is pending.)
    expect(r.outlook[0].note).toBe(`taper for Oslo Marathon on ${shift(NEXT, 20)}, if Emma starts it`);
    const s = get(r, 'PHASE_CHANGE');
    expect(s.rationale).not.toContain('race-specific work until the taper');
    expect(s.rationale).toContain(
      `no week before the taper for Oslo Marathon (from ${shift(NEXT, 7)}) is one of race-specific work: next week holds rather than builds, with its aerobic volume focus.`,
    );
    expect(s.athleteText).toContain(
      `this does not change next week's sessions by itself, and no week of race-specific work comes before your taper (from ${shift(NEXT, 7)}).`,
    );
    expect(s.athleteText).not.toContain('your training shifts with it');
  });

  it('should keep "race-specific work until the taper" when the outlook has training weeks before it', () => {
    const r = reviewAthlete(emmaHold('COMPETITION', 27));
    expect(r.decision.type).toBe('HOLD');
    // The week after next trains (the taper takes the place of its down week).
    expect(r.outlook[0]).toMatchObject({
      phase: 'COMPETITION',
      note: `no down week: the taper from ${shift(NEXT, 14)} takes its place`,
    });
    const s = get(r, 'PHASE_CHANGE');
    expect(s.rationale).toContain(
      `so the training shifts toward race-specific work until the taper for Oslo Marathon starts on ${shift(NEXT, 14)}`,
    );
    expect(s.athleteText).toContain('your training shifts with it in the weeks after');
  });
});

describe('a phase change to pre-competition says the volume as the outlook beside it has it', () => {
  /** The outlook's pre-competition weeks that build (no note: not a down week, taper or return) before the taper. */
  const preBuilds = (r: Review): OutlookWeek[] => {
    const out: OutlookWeek[] = [];
    for (const w of r.outlook) {
      if (w.phase === 'COMPETITION') break;
      if (w.phase === 'PRE_COMPETITION' && w.note === undefined) out.push(w);
    }
    return out;
  };

  it("should hold every pre-competition phase change's volume words against the outlook's ranges", () => {
    const inputs: ReviewInput[] = [
      lukas(),
      ...Object.values(HISTORIES).map((f) => f()),
      ...Object.values(HISTORIES_2).map((f) => f()),
      ...allInputs(),
    ];
    const wrong: string[] = [];
    let seen = 0;
    for (const input of inputs) {
      const r = reviewAthlete(input);
      const s = r.suggestions.find((x) => x.kind === 'PHASE_CHANGE');
      if (s === undefined || s.evidence.to !== 'PRE_COMPETITION') continue;
      const aim = /race-specific intensity[^.]*/.exec(s.rationale)?.[0];
      if (aim === undefined) continue;
      seen++;
      const weeks = preBuilds(r);
      const target = r.decision.targetMinutes;
      const say = (why: string): number => wrong.push(`${input.athlete.id}: ${why}: ${aim}`);
      // "Held" is a claim no outlook range backs: the text gives the range instead.
      if (/volume held/.test(aim)) say('"volume held"');
      if (weeks.length === 0) {
        if (/volume/.test(aim)) say('a volume claim with no pre-competition build week in the outlook');
        continue;
      }
      const top = weeks.reduce((a, w) => (w.maxMinutes > a.maxMinutes ? w : a));
      const low = Math.min(...weeks.map((w) => w.minMinutes));
      const m = /\(the outlook: (\d+)–(\d+) min (a week|by the week of ([\d-]+))/.exec(aim);
      if (m === null) {
        say('no outlook range');
        continue;
      }
      const [lo, hi] = [Number(m[1]), Number(m[2])];
      if (hi !== top.maxMinutes) say(`top ${hi}, the outlook's ${top.maxMinutes}`);
      if (/still builds/.test(aim)) {
        if (top.minMinutes <= target)
          say(`"still builds" with the outlook's ${top.minMinutes} under ${target}`);
        if (lo !== top.minMinutes || m[4] !== top.weekStart) say('not the biggest week');
      } else {
        if (lo !== low) say(`bottom ${lo}, the outlook's ${low}`);
        if (/kept near/.test(aim) && !(low <= target && target <= top.maxMinutes))
          say(`"kept near" ${target} beside ${low}–${top.maxMinutes}`);
        if (/less volume/.test(aim) && top.maxMinutes >= target)
          say(`"less volume" beside ${top.maxMinutes}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
