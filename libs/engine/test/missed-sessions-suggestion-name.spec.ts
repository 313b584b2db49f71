/**
 * The missed-sessions note names the suggestion that already eases a key session by what it is: a re-entry week
 * whichever hold carries it (an amber one too, which had read "the hold for low readiness"); a cautious hold that is
 * no re-entry week (a graded hold after an illness) is "the hold" (it had read "the re-entry week" for every one). Sara's read of Sunday 2026-12-13 (amber, 7 days with nothing logged), her Tuesday key sessions
 * of the last 4 weeks left unlogged (a pattern of misses).
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { ReviewInput } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { get } from './factories/review-helpers';

function tuesdaysMissed(lastContactDate?: string): ReviewInput {
  const input = demoInput('athlete21NextSunday');
  const tuesdays = new Set<string>();
  for (const p of input.pastWeekPlans ?? [])
    if (p.weekStart >= '2026-11-09') for (const s of p.sessions) if (s.key && s.day === 1) tuesdays.add(s.id);
  return {
    ...input,
    ...(lastContactDate !== undefined ? { lastContactDate } : {}),
    sessions: input.sessions.filter((x) => !tuesdays.has(x.plannedSessionId ?? '')),
  } as ReviewInput;
}

describe("the missed-sessions note names the suggestion that eases the key session (Sara's Tuesdays)", () => {
  it('should name an amber re-entry week "the re-entry week"', () => {
    const r = reviewAthlete(tuesdaysMissed());
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    expect(r.decision.reason).toMatch(/^A re-entry week until Sara answers/);
    const note = get(r, 'MISSED_SESSIONS_PATTERN').rationale;
    expect(note).toContain(
      "Next week, the re-entry week already makes Tuesday's steady blocks (75 min) an easy session",
    );
    expect(note).not.toContain('hold for low readiness');
  });
});
