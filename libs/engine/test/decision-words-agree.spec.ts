/**
 * The coach text and the athlete text say what the decision does (coach read of the demo club): a down week
 * names the one change it carries and where the plan's volume stands, and a load-spike hold is a hold in both texts.
 */
import { reviewAthlete } from '../src';
import type { Review, Suggestion, SuggestionKind } from '../src';
import { planMinutes } from '../src/planning/plan-measures';
import type { WeekPlan } from '../src/types';
import { demoInput } from './factories/demo-fixtures';

function get(r: Review, kind: SuggestionKind): Suggestion {
  const s = r.suggestions.find((x) => x.kind === kind);
  if (s === undefined) throw new Error(`no ${kind} in ${r.suggestions.map((x) => x.kind).join(', ')}`);
  return s;
}

describe('a down week that only eases a session says so to the coach (athlete16 Sander, Sunday 2026-12-06)', () => {
  const input = demoInput('athlete16');
  const r = reviewAthlete(input);
  const down = get(r, 'RECOVERY_DOWN_WEEK');
  const plan = input.nextWeekDraft as WeekPlan;

  it('should name the plan volume already within the down week and the one change it makes', () => {
    expect(r.decision.type).toBe('DOWN');
    expect(down.changes.map((c) => c.type)).toEqual(['REPLACE_INTENSITY']);
    const total = planMinutes(plan);
    expect(total).toBeGreaterThanOrEqual(r.decision.minMinutes);
    expect(total).toBeLessThanOrEqual(r.decision.maxMinutes);
    expect(down.rationale).toContain(
      `The plan's ${total} min is already within the down week's range (${r.decision.minMinutes}–${r.decision.maxMinutes} min)`,
    );
    const change = down.changes[0];
    const eased =
      change.type === 'REPLACE_INTENSITY' ? plan.sessions.find((x) => x.id === change.sessionId) : undefined;
    expect(eased?.day).toBe(1);
    expect(down.rationale).toContain(
      "the one change eases its intensity: Tuesday's light fartlek becomes an easy run",
    );
    // The athlete text said it before the coach text did.
    expect(down.athleteText).toContain("You run Tuesday's light fartlek as an easy run");
  });
});

describe('a load-spike hold reads as a hold to the athlete too (athlete03 Sofia, Monday 2026-12-07)', () => {
  const r = reviewAthlete(demoInput('athlete03Monday'));
  const warn = get(r, 'LOAD_SPIKE_WARNING');

  it('should say next week holds, as the decision does, not as a condition on this week', () => {
    expect(r.decision.type).toBe('HOLD');
    expect(warn.rationale).toContain('Hold next week at a target of about');
    expect(warn.athleteText).not.toContain('if it stays as planned');
    expect(warn.athleteText).toContain('and next week holds instead of building');
  });
});

describe('no session logged for 5+ days while the week went by unlogged rules a build out (athlete07 Aroha, Saturday 2026-12-12)', () => {
  const r = reviewAthlete(demoInput('athlete07Saturday'));

  it('should hold, say why, and ask first', () => {
    expect(r.metrics.daysSinceContact.value).toBe(4);
    expect(r.decision.type).toBe('HOLD');
    expect(r.decision.reason).toContain('no session has been logged since 2026-12-06 (6 days)');
    expect(r.suggestions[0].kind).toBe('NO_CONTACT_REACH_OUT');
    expect(r.suggestions[0].rationale).toContain('ask what Aroha has trained');
    expect(r.suggestions[0].athleteText).toContain('no sessions logged since 2026-12-06');
    expect(r.suggestions.map((x) => x.rationale).join(' ')).not.toContain('recovery looks fine');
  });
});
