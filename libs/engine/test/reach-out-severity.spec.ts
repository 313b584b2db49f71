/**
 * A reach-out explains the recovery suggestion beside it (`EXPLAINS`): the two rank together, the reach-out first, at
 * the recovery suggestion's severity when that is the more severe. The reach-out takes that severity; the recovery
 * suggestion is never lowered to the reach-out's (a red down week read from the athlete's check-ins is urgent
 * whatever else the review asks).
 */
import { reviewAthlete } from '../src';
import type { CheckIn } from '../src/types';
import { demoInput } from './factories/demo-fixtures';

describe('the reach-out for sessions unlogged beside a red down week (athlete07 Aroha, Saturday 2026-12-12)', () => {
  // Aroha checks in (on Wednesday, and on Thursday and Friday added here, both red: poor sleep, heavy fatigue and
  // soreness, high stress, low mood) but has logged no session since Sunday while this week's plan went by: the
  // reach-out asks what she trained, and her readiness asks for a down week.
  const input = demoInput('athlete07Saturday');
  const last = input.checkIns[input.checkIns.length - 1];
  const red = (day: number): CheckIn => ({
    ...last,
    day,
    sleepQuality: 1,
    fatigue: 9,
    soreness: 8,
    stress: 9,
    mood: 2,
    rmssd: 40,
  });
  const lastDay = last.day as number;
  const r = reviewAthlete({ ...input, checkIns: [...input.checkIns, red(lastDay + 2), red(lastDay + 3)] });

  it('should keep the down week urgent and rank the reach-out first at its severity', () => {
    expect(r.metrics.daysSinceContact.value).toBe(1);
    expect(r.metrics.readiness).toBe('RED');
    const kinds = r.suggestions.map((s) => s.kind);
    expect(kinds.slice(0, 2)).toEqual(['NO_CONTACT_REACH_OUT', 'RECOVERY_DOWN_WEEK']);
    expect(r.suggestions[0].rationale).toContain('ask what Aroha has trained');
    // Its words follow the decision: a down week is not "held" (diff review).
    expect(r.decision.type).toBe('DOWN');
    expect(r.suggestions[0].rationale).toContain('(next week is not built until then)');
    expect(r.suggestions[0].rationale).not.toContain('held');
    // It had been lowered to the reach-out's attention: the queue ranks a review by its most severe suggestion.
    expect(r.suggestions[1].severity).toBe('URGENT');
    expect(r.suggestions[0].severity).toBe('URGENT');
  });
});
