/**
 * The long run of the engine's own draft (engine issue #11; coach read of the demo club next Monday, 2026-12-14, the
 * draft of the week of 2026-12-21, most of the club in a re-entry week after a silent week):
 * - Maya's draft had no long run: her Sundays of 53–57 min, logged against planned long runs, were under the 60 min
 *   a run needed to count as the week's long run.
 * - Hanna's had a 45-min long run on a Tuesday: her 73–80-min Tuesday intervals had made Tuesday her long-run day,
 *   and the held long run's least (45 min) had won over her re-entry week's cap of 40 min.
 * - Ida's read 45/45/45: easy runs as long as the long run.
 * - Lea's was 135 min, under the re-entry week's range of 140–155 (a 45-min long run and two easy runs of 45).
 * Guards, which an earlier fix broke: Emma's taper keeps its 4 runs, Ingrid's re-entry week has no hard session.
 *
 * Maya's, Hanna's, Ida's and Lea's were written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { PlannedSession, Review } from '../src';
import { isHard, planMinutes } from '../src/planning/plan-measures';
import { demoInput } from './factories/demo-fixtures';

const SUNDAY = 6;

function runs(r: Review): PlannedSession[] {
  return r.draft.sessions.filter((x) => x.kind === 'RUN');
}

/** The draft's long run (a key run without intervals), or undefined. */
function longRun(r: Review): PlannedSession | undefined {
  return runs(r).find((x) => x.key === true && x.intervals === undefined);
}

/** The re-entry week's long-run cap as the hold's text states it ("with a long run of N min at most"). */
function statedCap(r: Review): number {
  const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD' || s.kind === 'RECOVERY_HOLD');
  const m = /with a long run of (\d+) min at most/.exec(hold?.rationale ?? '');
  if (m === null) throw new Error('no re-entry long-run cap in the hold');
  return Number(m[1]);
}

describe("the long run of next Monday's drafts (demo club, 2026-12-14)", () => {
  it("should draft Maya's long run on her Sunday, where her planned long runs were (53–57 min logged)", () => {
    const r = reviewAthlete(demoInput('athlete08NextMonday'));
    const long = longRun(r);
    expect(long?.day).toBe(SUNDAY);
    // Within the re-entry week's cap, and longer than every easy run.
    expect(long?.minutes).toBeLessThanOrEqual(statedCap(r));
    for (const x of runs(r)) if (x !== long) expect(x.minutes).toBeLessThan(long?.minutes ?? 0);
    expect(planMinutes(r.draft)).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(planMinutes(r.draft)).toBeLessThanOrEqual(r.decision.maxMinutes);
  });

  it("should keep Hanna's long run within her re-entry cap (40 min) and on her usual Sunday", () => {
    const r = reviewAthlete(demoInput('athlete15NextMonday'));
    expect(statedCap(r)).toBe(40);
    const long = longRun(r);
    expect(long?.day).toBe(SUNDAY);
    expect(long?.minutes).toBeLessThanOrEqual(40);
    // The hold has nothing of the long run to cut: the draft already keeps the cap.
    const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.changes.some((c) => c.type === 'SCALE_VOLUME')).toBe(false);
    expect(planMinutes(r.draft)).toBeGreaterThanOrEqual(r.decision.minMinutes);
  });

  it("should make Ida's long run longer than her easy runs", () => {
    const r = reviewAthlete(demoInput('athlete23NextMonday'));
    const long = longRun(r);
    expect(long).toBeDefined();
    expect(long?.minutes).toBeLessThanOrEqual(statedCap(r));
    for (const x of runs(r)) if (x !== long) expect(x.minutes).toBeLessThanOrEqual((long?.minutes ?? 0) - 5);
    expect(planMinutes(r.draft)).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(planMinutes(r.draft)).toBeLessThanOrEqual(r.decision.maxMinutes);
  });

  it("should land Lea's re-entry draft in the decision's range, its long run longer than its easy runs", () => {
    const r = reviewAthlete(demoInput('athlete13NextMonday'));
    expect([r.decision.minMinutes, r.decision.maxMinutes]).toEqual([140, 155]);
    expect(planMinutes(r.draft)).toBeGreaterThanOrEqual(140);
    expect(planMinutes(r.draft)).toBeLessThanOrEqual(155);
    const long = longRun(r);
    expect(long?.day).toBe(SUNDAY);
    expect(long?.minutes).toBeLessThanOrEqual(statedCap(r));
    for (const x of runs(r)) if (x !== long) expect(x.minutes).toBeLessThan(long?.minutes ?? 0);
  });

  it("should keep the number of runs in Emma's taper (4 runs, as her text says)", () => {
    const r = reviewAthlete(demoInput('athlete05NextMonday'));
    expect(r.decision.type).toBe('TAPER');
    expect(runs(r)).toHaveLength(4);
    const taper = r.suggestions.find((s) => s.kind === 'TAPER');
    expect(taper?.rationale).toContain('keeps the number of sessions');
    // No long run as long as the easy runs: four easy runs.
    expect(longRun(r)).toBeUndefined();
  });

  it("should draft no hard session in Ingrid's re-entry week", () => {
    const r = reviewAthlete(demoInput('athlete01NextMonday'));
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    expect(r.draft.sessions.some((x) => x.kind === 'RUN' && isHard(x))).toBe(false);
    expect(r.draft.sessions.some((x) => x.intervals !== undefined)).toBe(false);
    expect(longRun(r)?.day).toBe(SUNDAY);
  });
});
