/**
 * A silence over weeks still logged is not one over weeks without a session (coach read 4: Henrik, no check-in for
 * 6 days and no session for 8, a 100-min long run and a whole week missed, read only "No check-in or message since
 * 2026-11-28 (6 days)"). The reach-out says when the training stopped too, and the athlete reads it.
 */
import { reviewAthlete } from '../src';
import type { LoggedSession, ReviewInput, Suggestion } from '../src';
import { toDayNumber, fromDayNumber } from '../src/dates/local-date';
import { REVIEW, SCENARIOS } from './factories/athlete-scenarios.factory';

function reachOut(input: ReviewInput): Suggestion {
  const s = reviewAthlete(input).suggestions.find((x) => x.kind === 'NO_CONTACT_REACH_OUT');
  if (s === undefined) throw new Error('no NO_CONTACT_REACH_OUT');
  return s;
}

const dayOf = (x: LoggedSession): number => (x.day !== undefined ? x.day : toDayNumber(x.date as string));

describe('the reach-out after a silence says whether the training stopped too', () => {
  it('should say nothing of the training when sessions were logged through the silence', () => {
    const input = SCENARIOS['no contact for a week']();
    const review = toDayNumber(REVIEW);
    expect(input.sessions.some((x) => review - dayOf(x) < 3)).toBe(true);
    const s = reachOut(input);
    expect(s.rationale).toMatch(/since 2025-03-08 \(8 days\): reach out before publishing next week's plan;/);
    expect(s.rationale).not.toContain('no session logged');
    expect(s.athleteText).not.toContain('no sessions logged');
    expect(s.evidence.lastSessionDate).toBeNull();
  });

  it('should name the last session when nothing was logged for as long as the silence', () => {
    const base = SCENARIOS['no contact for a week']();
    const review = toDayNumber(REVIEW);
    const sessions = base.sessions.filter((x) => review - dayOf(x) >= 10);
    const last = Math.max(...sessions.map(dayOf));
    const input: ReviewInput = { ...base, sessions };
    const s = reachOut(input);
    const date = fromDayNumber(last);
    expect(s.rationale).toContain(
      `since 2025-03-08 (8 days), and no session logged since ${date} (${review - last} days): reach out before publishing next week's plan, which assumes ${input.athlete.firstName} is still training;`,
    );
    expect(s.athleteText).toContain(
      `we have not heard from you since 2025-03-08 and see no sessions logged since ${date}`,
    );
    expect(s.evidence).toMatchObject({ daysSinceSession: review - last, lastSessionDate: date });
  });
});
