/**
 * The medical-check week's figures are the plan's (coach read of athlete04, Jonas, 2026-12-05): the down week beside
 * the medical check had said "the deepest cut of the convention (−40 %)" of a week cut 625 → 120 (−79 %), "about 25
 * min a day on the 5 days" of a plan with 4 training days, "about 125 min" (−78 %) of a plan of 120, and "as the
 * graded return after a rest for fever" when there was no fever (the rule's sizes are reused, our rule); its change
 * list had made Tuesday's hill repeats an easy run and then dropped the same session.
 */
import { applySuggestion, reviewAthlete } from '../src';
import type { PlannedSession } from '../src';
import { jonasAt } from './factories/jonas.factory';
import { get } from './factories/review-helpers';

describe("a medical-check week's texts say the figures of the plan they produce (athlete04)", () => {
  const input = jonasAt('2025-03-14');
  const r = reviewAthlete(input);
  const down = get(r, 'RECOVERY_DOWN_WEEK');
  const applied = applySuggestion(input.nextWeekDraft!, down);
  const sessions = (applied as { plan: { sessions: readonly PlannedSession[] } }).plan.sessions.filter(
    (x) => x.kind !== 'REST',
  );
  const total = sessions.reduce((t, x) => t + x.minutes, 0);
  const days = new Set(sessions.map((x) => x.day)).size;
  const base = down.evidence.baseWeeklyMinutes as number;

  it('should size the week and the decision to what the plan comes to, its cut that of the plan', () => {
    expect(applied.ok).toBe(true);
    expect(r.decision.targetMinutes).toBe(total);
    expect(r.decision.maxMinutes).toBe(total);
    expect(r.decision.reason).toContain(`about ${total} min`);
    const cut = Math.round((total / base - 1) * 100);
    expect(down.rationale).toContain(`about ${total} min (${cut} % on ${base} min`);
    // Every "N days" of the text that sizes the week is the plan's training days.
    expect(down.rationale).toContain(`${sessions.length} sessions on ${days} days`);
    expect(down.rationale).not.toMatch(/on the \d days/);
  });

  it('should not call it the deepest cut of the convention, nor a return after a fever there was not', () => {
    expect(down.rationale).not.toContain('deepest cut');
    expect(down.rationale).not.toContain('−40 %');
    expect(down.rationale).not.toMatch(/as the graded return after a (rest for )?fever/);
    expect(down.rationale).toContain('reusing the sizes of the graded return after a fever');
  });

  it("should say why the engine's own draft keeps more free days than the down week's 2 rest days", () => {
    const own = reviewAthlete({ ...input, nextWeekDraft: undefined });
    const text = get(own, 'RECOVERY_DOWN_WEEK').rationale;
    const free = [0, 1, 2, 3, 4, 5, 6].filter(
      (d) => !own.draft.sessions.some((x) => x.day === d && x.kind !== 'REST'),
    ).length;
    expect(free).toBe(3);
    expect(text).toContain('keeps 2 full rest days');
    expect(text).toContain('and one more for the medical-check week, in whole sessions of 30 min (our rule)');
  });
});
