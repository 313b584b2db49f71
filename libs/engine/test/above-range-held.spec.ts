/**
 * A week a cut leaves above its range says what holds it there, true of the sessions it keeps (coach read of the demo
 * club's Sunday review, 2026-12-06).
 *
 * Emma's hold (athlete05) had read "That is still 5 min above the 95 min the week should have at most: the key sessions
 * keep a useful dose." Her Tuesday fartlek is not a key session (only Sunday's long run is), and the week stays above
 * its range because every session it keeps is at its shortest and her 3 runs are the run days a marathon build keeps:
 * no 5-min trim is left in the cut order (the fartlek is at the 35 min its race rule keeps, Saturday's easy run at a
 * run's 20-min minimum, the long run at a marathoner's hold dose, all of itself). The same sentence closed holds and down
 * weeks whose sessions the life event's own suggestion keeps, and tapers, which keep every session.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { ReviewInput, Suggestion, WeekPlan } from '../src';
import { allInputs } from './factories/generated-athletes.factory';
import { demoInput } from './factories/demo-fixtures';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The rationale's sentence on a week left above its range, or null. */
function aboveSentence(s: Suggestion): string | null {
  const m = /That is still \d+ min above[^.]*\./.exec(s.rationale);
  return m === null ? null : m[0];
}

/**
 * What is false in the suggestion's words on key sessions and on a week left above its range: a clause that says "key
 * session(s)" of a day whose session is not key, and a sentence on a week left above its range that leaves out a
 * session the week keeps (it must say why each gives no more).
 */
function keyFaults(input: ReviewInput, s: Suggestion): string[] {
  const plan = input.nextWeekDraft;
  if (plan === undefined || s.planWeekStart !== plan.weekStart) return [];
  const faults: string[] = [];
  for (const clause of s.rationale.split(/[;:,()]|\. /)) {
    if (!/\bkey sessions?\b/.test(clause)) continue;
    for (const x of plan.sessions) {
      if (x.kind === 'REST' || x.kind === 'RACE' || x.key === true) continue;
      const head = x.purpose.split(/[:.(]/)[0].trim().toLowerCase();
      if (clause.includes(`${WEEKDAYS[x.day]}'s ${head}`))
        faults.push(`${s.kind}: "${clause.trim()}" of ${head}`);
    }
  }
  const above = aboveSentence(s);
  if (above !== null && s.changes.length > 0) {
    const a = applySuggestion(plan, s);
    if (a.ok)
      for (const x of (a.plan as WeekPlan).sessions) {
        if (x.kind === 'REST' || x.kind === 'RACE') continue;
        if (!above.includes(`${WEEKDAYS[x.day]}'s`))
          faults.push(
            `${s.kind}: "${above}" leaves out ${WEEKDAYS[x.day]}'s ${x.purpose} (${x.minutes} min)`,
          );
      }
  }
  return faults;
}

describe('a week left above its range', () => {
  it("should name what keeps Emma's hold above its range, not call her fartlek a key session (demo athlete05)", () => {
    const input = demoInput('athlete05');
    const plan = input.nextWeekDraft as WeekPlan;
    const fartlek = plan.sessions.find((x) => x.day === 1);
    expect(fartlek?.key).toBe(false);
    const r = reviewAthlete(input);
    const hold = r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD') as Suggestion;
    expect(aboveSentence(hold)).toBe(
      "That is still 5 min above the 95 min the week should have at most: Tuesday's light fartlek, the week's quality session, and Sunday's long run keep a useful dose; Saturday's easy run is at its minimum (20 min); its 3 runs are the run days a marathon build keeps (our threshold).",
    );
    expect(keyFaults(input, hold)).toEqual([]);
  });

  // A generated copy of Emma's week with Thursday's easy run a key interval session: her non-key fartlek had still
  // been called "the week's quality session" beside the intervals, the week's second.
  it("should not call a non-key quality session the week's only one beside a key interval session (generated from athlete05)", () => {
    const input = demoInput('athlete05');
    const plan = input.nextWeekDraft as WeekPlan;
    const sessions = plan.sessions.map((x) =>
      x.day === 3
        ? {
            ...x,
            minutes: 45,
            effort: { type: 'RPE' as const, value: 7 },
            intervals: {
              repeats: 5,
              workEffort: { type: 'RPE' as const, value: 8 },
              workSeconds: 180,
              recoveryEffort: { type: 'RPE' as const, value: 3 },
              recoverySeconds: 120,
            },
            purpose: 'Intervals: 5 × 3 min hard, jog recoveries. Warm up and cool down easy.',
            key: true,
          }
        : x,
    );
    const week: ReviewInput = { ...input, nextWeekDraft: { ...plan, sessions } };
    const r = reviewAthlete(week);
    const hold = r.suggestions.find((x) => x.kind === 'CAUTIOUS_HOLD') as Suggestion;
    expect(aboveSentence(hold)).toBe(
      "That is still 25 min above the 95 min the week should have at most: Tuesday's light fartlek, one of the week's quality sessions, and Thursday's intervals and Sunday's long run keep a useful dose.",
    );
    expect(hold.rationale).not.toContain("the week's quality session,");
    // (The note on the fartlek kept for her race says so too.)
    expect(hold.rationale).toContain(
      "it is one of the week's quality sessions for Oslo Marathon on 2027-01-03 (with Thursday's intervals)",
    );
    expect(keyFaults(week, hold)).toEqual([]);
  });

  it('should say no key session of a session not flagged key, and name every session a week left above its range keeps (generated athletes)', () => {
    const faults: string[] = [];
    let above = 0;
    let taper = 0;
    for (const input of [demoInput('athlete05'), ...allInputs()]) {
      const r = reviewAthlete(input);
      for (const s of r.suggestions) {
        faults.push(...keyFaults(input, s));
        if (aboveSentence(s) !== null) {
          above++;
          if (s.kind === 'TAPER') taper++;
        }
      }
    }
    expect(faults.slice(0, 5)).toEqual([]);
    // Not vacuous: holds, down weeks and tapers are left above their ranges.
    expect(above).toBeGreaterThan(50);
    expect(taper).toBeGreaterThan(10);
  });
});
