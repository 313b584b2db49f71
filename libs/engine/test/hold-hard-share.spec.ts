/**
 * A hold's cut keeps the week's hard share where a base week's is kept (coach read of the demo club, athlete05
 * Emma): her hold in the competition phase, three weeks before her marathon, cut the easy runs and the long run
 * (265 → 210 min) and kept Tuesday's 3 × 10′ steady blocks and Thursday's 2 × 15′ tempo whole: 60 of the week's
 * 210 min hard (29 %), where Sofia's base-week build shortened its tempo to stay under 25 % (about 80/20 by time,
 * Seiler 2010; our threshold). The cap had been asked for in the preparatory phase only. A hold or a down week
 * builds nothing, in any phase: it keeps no more hard work than a base week (docs/coaching-domain.md: a down
 * week's intensity is kept light; a hold holds, and the taper alone keeps the intensity as volume falls).
 */
import { reviewAthlete } from '../src';
import type { Phase, WeekPlan } from '../src';
import { BASE_HARD_SHARE_MAX, hardShareMinutes, planMinutes } from '../src/planning/plan-measures';
import { emmaHold } from './factories/emma.factory';
import { applied, get } from './factories/review-helpers';

/** Hard minutes of a week (`hardShareMinutes`: an interval session's work) and the week's minutes. */
function hardOf(plan: WeekPlan): { hard: number; size: number } {
  let hard = 0;
  for (const x of plan.sessions) hard += hardShareMinutes(x);
  return { hard, size: planMinutes(plan) };
}

describe('a hold keeps no more hard work than a base week, in any phase (athlete05)', () => {
  it.each<Phase>(['COMPETITION', 'PRE_COMPETITION'])(
    'should shorten the tempo of a %s hold whose cut would leave it above 25 % hard, and say why',
    (phase) => {
      const input = emmaHold(phase);
      const r = reviewAthlete(input);
      expect(r.decision.type).toBe('HOLD');
      expect(r.decision.phase).toBe(phase);
      const s = get(r, 'CAUTIOUS_HOLD');
      const after = applied(input.nextWeekDraft!, s);
      const { hard, size } = hardOf(after);
      // Both quality sessions whole would be above the share of the week the hold leaves: 60 hard minutes.
      expect(hardOf(input.nextWeekDraft!).hard).toBe(60);
      expect(60).toBeGreaterThan(BASE_HARD_SHARE_MAX * size);
      expect(hard).toBeLessThanOrEqual(BASE_HARD_SHARE_MAX * size);
      // The tempo keeps one block; the key steady blocks keep all three.
      const tempo = after.sessions.find((x) => x.purpose === 'Tempo')!;
      expect(tempo.intervals?.repeats).toBe(1);
      expect(after.sessions.find((x) => x.purpose === 'Steady blocks')!.intervals?.repeats).toBe(3);
      expect(s.rationale).toContain("Thursday's tempo keeps 1 × 15′ of its 2 × 15′ work");
      expect(s.rationale).toContain(
        `With all of its work, 60 of the week's ${size} min would be hard (${Math.round((60 / size) * 100)} %, counting the quality sessions' work), above the 25 % a hold week keeps`,
      );
      expect(s.rationale).toContain(`with 1 × 15′, ${hard} min (${Math.round((hard / size) * 100)} %)`);
      expect(s.rationale).not.toContain('a base week keeps');
      expect(s.athleteText).toMatch(/Thursday's tempo (is|and [^.]* are) shorter/);
    },
  );
});
