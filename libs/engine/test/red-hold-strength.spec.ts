/**
 * Lea's red-readiness hold (demo club, Monday 2026-12-07 and Wednesday 2026-12-09; coach read of issue #11): the
 * graded return cut her runs (Tuesday's hill repeats 50 → 40 min as an easy run, Thursday's easy run 45 → 35 min) and
 * kept her 30-min strength twice, whole, while its text said nothing of it. A week held or cut for red readiness
 * shortens its strength with the running, as a re-entry week does, and says so. Written, and seen to fail, before the
 * engine was changed.
 */
import { applySuggestion, reviewAthlete } from '../src';
import { demoInput } from './factories/demo-fixtures';

describe("Lea's red-readiness hold (demo club)", () => {
  it.each([['athlete13Monday'], ['athlete13Wednesday']] as const)(
    'should shorten her strength with the running and say so (%s)',
    (athlete) => {
      const input = demoInput(athlete);
      const r = reviewAthlete(input);
      expect(r.metrics.readiness).toBe('RED');
      const hold = r.suggestions.find((s) => s.kind === 'RECOVERY_HOLD');
      expect(hold).toBeDefined();
      const plan = input.nextWeekDraft;
      expect(plan).toBeDefined();
      if (hold === undefined || plan === undefined) return;
      const before = plan.sessions.filter((x) => x.kind === 'STRENGTH');
      const applied = applySuggestion(plan, hold);
      expect(applied.ok).toBe(true);
      if (!applied.ok) return;
      const after = applied.plan.sessions.filter((x) => x.kind === 'STRENGTH');
      const total = (xs: readonly { minutes: number }[]) => xs.reduce((t, x) => t + x.minutes, 0);
      expect(total(after)).toBeLessThan(total(before));
      // The text says so, and no longer that a shortened strength session "stays as planned".
      expect(hold.rationale).toContain('strength is load too: it comes down with the running');
      for (const x of after) {
        const was = before.find((b) => b.id === x.id);
        if (was !== undefined && x.minutes < was.minutes)
          expect(hold.rationale).not.toMatch(/Monday's strength stays as planned/);
      }
    },
  );
});
