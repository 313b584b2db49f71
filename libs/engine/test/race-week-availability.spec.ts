/**
 * A race week is sized by the days the athlete has (demo athlete06 Lukas, an A marathon on Thursday 17 Dec, in a
 * generated copy with no time on Tuesdays).
 *
 * - Each day of a race week allows at most the time the athlete has on it (none on a day without time): a taper day's
 *   share of a Tuesday Lukas cannot train on had been counted in next week's "target of about 75 min" (40–85), which
 *   the days he has hold about 45 of (20–50), and the season outlook of the Sunday before showed the same 40–85.
 * - The outlook's availability bounds a race week's range as it bounds every week's: a capped target beside the days'
 *   own range had shown a top above the athlete's week (a race week of "40–85" for a 70-min week).
 * Each check was written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { resolveEngineConfig } from '../src/config/engine-config';
import { computeMetricsState } from '../src/metrics/compute-metrics';
import { seasonOutlook } from '../src/planning/season-outlook';
import { decideWeek } from '../src/review/decide-week';
import { buildWeekContext } from '../src/review/week-context';
import type { ReviewInput } from '../src/types';
import { demoInput } from './factories/demo-fixtures';

/** Lukas's input with no time on Tuesdays (his other days as he gave them). */
function noTuesdays(input: ReviewInput): ReviewInput {
  const availabilityMinutes = input.athlete.availabilityMinutes.slice();
  availabilityMinutes[1] = 0;
  return { ...input, athlete: { ...input.athlete, availabilityMinutes } };
}

describe('a race week sized by the days the athlete has (athlete06)', () => {
  it('should size next week by the days Lukas has and say which day has no time (Monday review)', () => {
    const input = noTuesdays(demoInput('athlete06Monday'));
    const r = reviewAthlete(input);
    // Monday a taper day's share (28 of his 45 min), Tuesday none, Wednesday, the day before, a 20-min shake-out.
    expect([r.decision.targetMinutes, r.decision.minMinutes, r.decision.maxMinutes]).toEqual([45, 20, 50]);
    expect(r.decision.reason).toBe(
      'The A race is next week: a taper to it, the last two days before it short, and rest after it (a target of about 45 min of training, the race not counted, each day at most the time the athlete has: none on Tuesday).',
    );
    const taper = r.suggestions.find((s) => s.kind === 'TAPER')!;
    expect(taper.rationale).toContain(
      'and Friday to Sunday after it rest (the first 3 days of its recovery, our rule), each day at most the time the athlete has: none on Tuesday. That is a target of about 45 min of training besides the race in all (20–50 min).',
    );
    // The coach's plan keeps Tuesday's race-specific session as a 20-min shake-out: the text says the day has no time.
    expect(taper.rationale).toContain(
      " Tuesday keeps 20 min of the plan, a day the athlete has no time on: the race week's range counts none for it; ask whether that day has more time.",
    );
    // Lukas as he is: no day before the race is short of its share (his Friday without time is a rest day after it).
    const asIs = reviewAthlete(demoInput('athlete06Monday'));
    expect([asIs.decision.targetMinutes, asIs.decision.minMinutes, asIs.decision.maxMinutes]).toEqual([
      75, 40, 85,
    ]);
    expect(asIs.decision.reason).not.toContain('each day at most');
  });

  it('should project the race week in the Sunday outlook by the days Lukas has', () => {
    const r = reviewAthlete(noTuesdays(demoInput('athlete06')));
    const w = r.outlook[0];
    expect(w.weekStart).toBe('2026-12-14');
    expect([w.minMinutes, w.maxMinutes]).toEqual([20, 50]);
    expect(w.note).toBe(
      'race week: Copenhagen Marathon on 2026-12-17; 3 days of taper before it, the last 2 kept short, and rest after it, the race not counted; each day at most the time the athlete has: none on Tuesday',
    );
  });

  it("should keep an outlook race week's range within the athlete's week, and say so", () => {
    // The outlook with the week's availability only (70 min), under the 40–85 min its days allow Lukas's level.
    const config = resolveEngineConfig();
    const input = demoInput('athlete06');
    const state = computeMetricsState(input, config);
    const ctx = buildWeekContext(input, state, config);
    const decision = decideWeek(state, ctx, config);
    const out = seasonOutlook(
      ctx.nextWeekStart,
      decision,
      state.metrics.weeksSinceDownWeek.value,
      state.races,
      ctx.phaseSpans,
      config,
      70,
    );
    const w = out[0];
    expect(w.weekStart).toBe('2026-12-14');
    expect(w.maxMinutes).toBeLessThanOrEqual(70);
    expect(w.minMinutes).toBeLessThanOrEqual(w.maxMinutes);
    expect([w.minMinutes, w.maxMinutes]).toEqual([40, 70]);
    expect(w.note).toContain("the race not counted; at most the athlete's 70 min a week");
    for (const x of out) expect(x.maxMinutes).toBeLessThanOrEqual(70);
  });
});
