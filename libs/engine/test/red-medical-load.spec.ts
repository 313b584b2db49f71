/**
 * Coach read of the demo club (athlete04 Jonas, red readiness): the medical check read "… with no illness on record
 * and no confirmed event to explain them" and the athlete "worth seeing a doctor to rule out an illness behind it",
 * while none of his last 8 weeks was a down week, weekly minutes rose, CTL rose ~29 a week and TSB was −175. A coach
 * names the load first (non-functional overreaching after weeks of build with no down week; Meeusen et al. 2013 rule
 * out illness AND look at the training load). The rule (`medicalLoadOf`, from the engine's own thresholds): more build
 * weeks since the last down week than `buildWeeksBeforeDown`, and TSB / CTL at or below `tsbAttentionRatio` or this
 * week's ramp above `rampWarnPct`. Checks seen to fail first.
 */
import { DEFAULT_ENGINE_CONFIG } from '../src/config/engine-config';
import { reviewAthlete } from '../src';
import type { Review } from '../src';
import { jonasMedical } from './factories/jonas.factory';

/** Jonas on Friday 2025-03-14: HRV clearly low 16 days, wellness worse 14 days, volume growing `growth` a week. */
const jonas = jonasMedical;

function carrier(r: Review) {
  return r.suggestions.find((s) => /sees? a doctor/.test(s.rationale))!;
}

describe('the medical check names a training-load pattern as the likeliest cause', () => {
  const cfg = DEFAULT_ENGINE_CONFIG;

  it('names the load, with its numbers, when weeks of build with no down week left TSB deep (athlete04)', () => {
    const r = reviewAthlete(jonas(0.1));
    const m = r.metrics;
    // The pattern's own thresholds, read from the metrics (not assumed).
    expect(m.weeksSinceDownWeek.value!).toBeGreaterThan(cfg.progression.buildWeeksBeforeDown);
    const ratio = m.tsb.value! / m.ctl.value!;
    expect(ratio).toBeLessThanOrEqual(cfg.load.tsbAttentionRatio);
    const s = carrier(r);
    const since = m.weeksSinceDownWeek.value!;
    // The first build week on record since the last down week (week 0 is this week).
    const first = m.weeks[Math.min(since, m.weeks.length) - 1];
    expect(s.rationale).toContain(
      `The likeliest cause is Sam's training load: ${m.weeksSinceDownWeek.value} weeks since the last down week (the convention: a down week after at most ${cfg.progression.buildWeeksBeforeDown} build weeks), weekly minutes from ${Math.round(first.minutes)} (the week of ${first.start}) to ${Math.round(m.weeks[0].minutes)} this week (its days to come as planned)`,
    );
    expect(s.rationale).toContain(
      `form (TSB) at ${m.tsb.value!.toFixed(1)}, ${ratio.toFixed(2)} of CTL (deep fatigue at ${cfg.load.tsbAttentionRatio.toFixed(2)}: our flag)`,
    );
    expect(s.rationale).toContain('non-functional overreaching');
    // The doctor advice stays, as ruling out the other causes.
    expect(s.rationale).toContain(
      'the doctor rules out the other causes: fatigue and underperformance that persist',
    );
    expect(s.athleteText).toContain(
      `The likeliest cause is your training: ${m.weeksSinceDownWeek.value} weeks of building with no lighter week`,
    );
    expect(s.athleteText).toContain(
      'it is still worth seeing a doctor to rule out other causes, such as an illness.',
    );
    expect(s.athleteText).not.toContain('to rule out an illness behind it');
  });

  it("keeps today's text when the load shows no such pattern (flat weeks, TSB shallow)", () => {
    const r = reviewAthlete(jonas(0));
    const m = r.metrics;
    expect(m.tsb.value! / m.ctl.value!).toBeGreaterThan(cfg.load.tsbAttentionRatio);
    expect(m.rampPct.value!).toBeLessThanOrEqual(cfg.load.rampWarnPct);
    const s = carrier(r);
    expect(s.rationale).not.toContain('likeliest cause');
    expect(s.rationale).toContain(
      'with no illness on record and no confirmed event to explain them; fatigue and',
    );
    expect(s.athleteText).toContain('so it is worth seeing a doctor to rule out an illness behind it.');
  });
});
