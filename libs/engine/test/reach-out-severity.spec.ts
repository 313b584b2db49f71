/**
 * A silence's reach-out explains the recovery suggestion beside it (`EXPLAINS`: its readings are held through the
 * silence); the reach-out for sessions unlogged while the athlete checks in does not (`LOG_SILENCE_EXPLAINS`: the
 * readings are fresh). A recovery suggestion is never lowered to a reach-out's severity (a red down week read from the
 * athlete's check-ins is urgent whatever else the review asks).
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

  it('should keep the down week urgent and first, the reach-out at its own severity: it explains no reading', () => {
    expect(r.metrics.daysSinceContact.value).toBe(1);
    expect(r.metrics.readiness).toBe('RED');
    // The down week is read from Thursday's and Friday's check-ins, fresh: the unlogged sessions explain neither it
    // nor its severity (issue #11: the reach-out for them had shared the silence's relation, ranked first and taken
    // the down week's urgency, as if the readings were held through a silence).
    const kinds = r.suggestions.map((s) => s.kind);
    expect(kinds.slice(0, 2)).toEqual(['RECOVERY_DOWN_WEEK', 'NO_CONTACT_REACH_OUT']);
    const reach = r.suggestions[1];
    expect(reach.rationale).toContain('ask what Aroha has trained');
    expect(reach.rationale).not.toContain('rests on the readings');
    // Its words follow the decision: a down week is not "held" (diff review).
    expect(r.decision.type).toBe('DOWN');
    expect(reach.rationale).toContain('(next week is not built until then)');
    expect(reach.rationale).not.toContain('held');
    // The down week stays urgent (the queue ranks a review by its most severe suggestion); the reach-out keeps its own.
    expect(r.suggestions[0].severity).toBe('URGENT');
    expect(reach.severity).toBe('ATTENTION');
  });
});
