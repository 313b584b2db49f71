/**
 * Sara's re-entry week (demo club, next Monday 2026-12-14, the draft of the week of 2026-12-21; coach read of issue
 * #11): the easy-only week kept "Race: Harbour 5k" (a C race) on her usual long-run day, Sunday, at RPE 8, while the
 * hold read "in a re-entry week it is run easy, as a training run, or skipped". A coach keeps the long run on the
 * athlete's usual day unless the race takes it, never on the day next to the race, and a C race in a re-entry or
 * easy-only week stays in the plan as a run taken easy: the draft's race session says so, at an easy effort. Written,
 * and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { isHard } from '../src/planning/plan-measures';
import { demoInput } from './factories/demo-fixtures';

describe("Sara's C race in her re-entry week (demo club, 2026-12-14)", () => {
  const r = reviewAthlete(demoInput('athlete21NextMonday'));

  it('should draft the C race as a run taken easy, as the hold says', () => {
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const race = r.draft.sessions.find((x) => x.kind === 'RACE');
    expect(race).toBeDefined();
    if (race === undefined) return;
    expect(race.day).toBe(6);
    expect(isHard(race)).toBe(false);
    expect(race.purpose).toContain('Harbour 5k');
    expect(race.purpose).toContain('run it easy, as a training run, or skip it');
    const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.rationale).toContain('in a re-entry week it is run easy, as a training run, or skipped');
    // Easy running only: no hard session anywhere in the week, the race included.
    expect(r.draft.sessions.filter((x) => x.kind !== 'REST' && x.kind !== 'STRENGTH' && isHard(x))).toEqual(
      [],
    );
  });

  it('should keep the long run off the race day and the day next to it', () => {
    const long = r.draft.sessions.filter((x) => x.kind === 'RUN' && x.key === true);
    expect(long.length).toBe(1);
    for (const x of long) expect([5, 6]).not.toContain(x.day);
  });
});
