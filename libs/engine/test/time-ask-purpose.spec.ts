/**
 * "Ask whether those days have more time" belongs to weeks that could use the time (a build, a hold that keeps the
 * usual volume), not to a week whose purpose is to take load away (our rule, docs/coaching-domain.md, "Fitting the
 * week to the athlete's time"). A coach reading athlete04's escalated down week (Jonas, red readiness for 15 days):
 * "In the last 4 weeks Jonas trained longer than the time given on Tuesday (up to 95 min logged, 75 min available),
 * …: ask whether those days have more time" read as wanting more training in a recovery week. The note that the days
 * now fit the time given stays. (A build's and a cautious hold's ask: coach-findings.spec, athlete14.)
 */
import { reviewAthlete } from '../src';
import type { ReviewInput, Suggestion } from '../src';
import { buildHistory, planFromWeek, steadyHistory, USUAL_WEEK } from './factories/athlete-history.factory';
import {
  JONAS_NEXT_MONDAY,
  JONAS_RED_AVAILABILITY,
  JONAS_THIS_MONDAY,
  JONAS_WEEK,
  jonasAt,
  NO_MEDICAL_CHECK,
} from './factories/jonas.factory';
import { get } from './factories/review-helpers';

const ASK = /trained longer than the time given|ask whether (those days have|that day has) more time/;

/** The days-fit note is there, with "the time the athlete gave" (the athlete logged more on those days). */
function fitsNoteWithoutAsk(s: Suggestion): void {
  expect(s.rationale).toMatch(
    /\(\d+ min planned, \d+ min available\)[^.]* now fits? the time the athlete gave\./,
  );
  expect(s.rationale).not.toMatch(ASK);
}

describe('the ask about more time depends on the week’s purpose (athlete04)', () => {
  it("should not ask in an escalated down week for red readiness, keeping the days' fit", () => {
    const r = reviewAthlete(jonasAt('2025-03-14'), NO_MEDICAL_CHECK);
    expect(r.decision.rule).toBe('RECOVERY_DOWN_WEEK');
    fitsNoteWithoutAsk(get(r, 'RECOVERY_DOWN_WEEK'));
  });

  it('should not ask in a hold for readiness', () => {
    const h = buildHistory({
      reviewDate: '2025-03-14',
      days: 90,
      week: JONAS_WEEK,
      hrvDrop: { days: 16, ln: 0.3 },
      availability: JONAS_RED_AVAILABILITY,
    });
    const r = reviewAthlete({
      ...h,
      // Last week a down week (its sessions at 70 %): amber readiness with no down week due is a hold.
      sessions: h.sessions.map((s) =>
        (s.date as string) >= '2025-03-03' && (s.date as string) < JONAS_THIS_MONDAY
          ? { ...s, minutes: Math.round(s.minutes * 0.7) }
          : s,
      ),
      currentWeekPlan: planFromWeek(JONAS_THIS_MONDAY, JONAS_WEEK),
      nextWeekDraft: planFromWeek(JONAS_NEXT_MONDAY, JONAS_WEEK),
    });
    expect(r.decision.rule).toBe('RECOVERY_HOLD');
    fitsNoteWithoutAsk(get(r, 'RECOVERY_HOLD'));
  });

  // The same for the other weeks that take load away: a scheduled down week, a taper.
  const short: ReviewInput = steadyHistory({
    downWeeks: [3, 7, 11, 15],
    availability: [60, 40, 30, 30, 60, 80, 30],
  });
  it('should not ask in a scheduled down week', () => {
    const r = reviewAthlete({ ...short, nextWeekDraft: planFromWeek('2025-03-17', USUAL_WEEK) });
    expect(r.decision.rule).toBe('SCHEDULED_DOWN_WEEK');
    fitsNoteWithoutAsk(get(r, 'SCHEDULED_DOWN_WEEK'));
  });

  it('should not ask in a taper about the days it fits (a day a session it keeps stays over still asks)', () => {
    const r = reviewAthlete({
      ...steadyHistory({ availability: [60, 40, 30, 30, 60, 80, 30] }),
      nextWeekDraft: planFromWeek('2025-03-17', USUAL_WEEK),
      races: [{ name: 'R', date: '2025-03-23', priority: 'A', expectedMinutes: 100 }],
    });
    expect(r.decision.rule).toBe('TAPER');
    const t = get(r, 'TAPER');
    expect(t.rationale).toMatch(/now fits? the time the athlete gave\./);
    expect(t.rationale).not.toMatch(
      /trained longer than the time given|ask whether those days have more time/,
    );
    // The session the taper keeps on a day too short for it: a question about fitting it, not about more training.
    expect(t.rationale).toContain('a taper keeps every session; ask whether that day has more time.');
  });
});
