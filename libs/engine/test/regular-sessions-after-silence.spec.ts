/**
 * The engine's own draft keeps the strength sessions an athlete does every week after a silence: its regular sessions
 * are read over the weeks its usual run week reads, not the last 4 calendar weeks (coach read of the demo club, next
 * Monday `--now 2026-12-14T09:00:00Z`, nothing logged that week: Henrik, who lifts on Monday and Thursday, silent since
 * 2026-12-01, was drafted "Tue RUN* 35′, Thu RUN 70′, Sun RUN* 70′" and no strength; Oskar, who runs 45 min and lifts
 * 30 min on Thursday, "Thu RUN 75′").
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { PlannedSession } from '../src';
import { demoInput } from './factories/demo-fixtures';

function total(sessions: readonly PlannedSession[]): number {
  let t = 0;
  for (const s of sessions) t += s.minutes;
  return t;
}

describe('regular strength sessions after a silence (demo club, next Monday)', () => {
  it.each([
    // (Thursday's gives way to a third run day: `MIN_RUN_DAYS`, next-monday-usual-week.spec.ts.)
    ['athlete10NextMonday', 'Henrik', [0]],
    ['athlete12NextMonday', 'Oskar', [3]],
  ] as const)(
    'should keep %s’s (%s) strength days in the draft, inside the hold’s range',
    (athlete, _name, days) => {
      const r = reviewAthlete(demoInput(athlete));
      const d = r.decision;
      expect(r.draft.sessions.filter((s) => s.kind === 'STRENGTH').map((s) => s.day)).toEqual(days);
      const minutes = total(r.draft.sessions);
      expect(minutes).toBeGreaterThanOrEqual(d.minMinutes);
      expect(minutes).toBeLessThanOrEqual(d.maxMinutes);
    },
  );

  it('should keep Oskar’s Thursday run beside his Thursday strength, as he does it', () => {
    const r = reviewAthlete(demoInput('athlete12NextMonday'));
    const thursday = r.draft.sessions.filter((s) => s.day === 3).map((s) => [s.kind, s.minutes]);
    // (His re-entry week's strength shortened with the running: 30 → 25 min, its 5 min to his Tuesday run.)
    expect(thursday).toEqual([
      ['RUN', 45],
      ['STRENGTH', 25],
    ]);
  });
});
