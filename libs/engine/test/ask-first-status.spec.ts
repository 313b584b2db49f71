/**
 * Coach read 12 (Chloé, athlete11; Viktor, athlete18; Sara, athlete21): a review whose note asks the coach to ask
 * the athlete before next week is published had status OK. The coach's queue ranks a review by the worst
 * suggestion still open (`priorityOf` in the API: URGENT > ATTENTION > OK, the engine's status when it made
 * none), so such a review sat among the quiet ones, easy to publish without asking. A note that asks before
 * publishing is attention (our rule, as the one-item wellness note and the plans-not-done note already are): the
 * note, the component it serves and the review read ATTENTION; the note still changes nothing and still ranks
 * first of its severity, ahead of the build that waits for the answer.
 */
import { reviewAthlete } from '../src';
import type { ComponentKey, Review, ReviewInput, Suggestion } from '../src';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';
import { REVIEW as SCENARIO_REVIEW, NEXT as SCENARIO_NEXT } from './factories/athlete-scenarios.factory';
import { withGaps } from './factories/coach-histories-2';
import { oneLowCheckIn, oskarHistory as history } from './factories/wellness-histories.factory';
import type { CheckInEdit as Edit } from './factories/wellness-histories.factory';
import { get } from './factories/review-helpers';

const SEVERITY = { INFO: 0, ATTENTION: 1, URGENT: 2 } as const;

/** The queue's rank of a review with open suggestions (the API's `priorityOf`): its worst suggestion. */
function queueRank(r: Review): number {
  return r.suggestions.reduce((m, s) => Math.max(m, SEVERITY[s.severity]), 0);
}

function component(r: Review, key: ComponentKey) {
  return r.components.find((c) => c.component === key)!;
}

/** The note asks first: attention on the note, its components and the review, first of the review, no change. */
function expectAsksFirst(r: Review, note: Suggestion, components: readonly ComponentKey[]): void {
  expect(note.changes).toEqual([]);
  expect(note.severity).toBe('ATTENTION');
  expect(r.status).toBe('ATTENTION');
  expect(queueRank(r)).toBe(SEVERITY.ATTENTION);
  for (const c of components) {
    expect(component(r, c).status).toBe('ATTENTION');
    expect(String(component(r, c).evidence.suggestions)).toContain(note.kind);
  }
  expect(r.suggestions[0]).toBe(note);
  expect(r.decision.type).toBe('BUILD');
  // (The decision names the athlete: coach read 12, Sara.)
  expect(r.decision.reason).toMatch(/pending \p{Lu}\p{Ll}+'s answer/u);
}

// ---------------------------------------------------------------------------------------------------------
// A strong single reading (Viktor: composite z -1.2, fatigue z -3.1; Chloé: soreness z -2.7).

describe('coach read 12: a review that asks before publishing is not OK in the queue', () => {
  it('should make a strong single reading attention, the review with it (Viktor, Chloé)', () => {
    const r = reviewAthlete(oneLowCheckIn({ fatigue: 3, soreness: 2, mood: 1 }));
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.evidence.strongReading).toBe(true);
    expect(note.rationale).toContain('how things are before you publish next week');
    expectAsksFirst(r, note, ['ADAPTATION', 'EXTERNAL_EYES']);
    // The build waits for the answer at its own severity, after the note.
    expect(get(r, 'BUILD').severity).toBe('INFO');
  });

  it('should leave an ordinary low reading, which does not ask first, an info note in an OK review', () => {
    const r = reviewAthlete(oneLowCheckIn({ mood: 2 }));
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.evidence.askFirst).toBe(false);
    expect(note.rationale).not.toContain('before you publish');
    expect(note.severity).toBe('INFO');
    expect(r.status).toBe('OK');
    expect(queueRank(r)).toBe(SEVERITY.INFO);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 3 or more low check-ins in the last 7 days, none strong (Nora: 4 of 7).

const lowDays =
  (days: readonly number[]): Edit =>
  (c, u) =>
    c.daysAgo === 0
      ? { ...u, soreness: 5, stress: 4 }
      : days.includes(c.daysAgo)
        ? c.daysAgo === 5
          ? { ...u, sleepQuality: 4 }
          : { ...u, mood: 3 }
        : c.daysAgo < 7
          ? u
          : withGaps(c, u);

describe('coach read 12: several low check-ins asked about first make the review attention', () => {
  it('should make the note on 4 low check-ins of 7 attention, the review with it', () => {
    const r = reviewAthlete(history(lowDays([2, 3, 5])));
    expect(r.metrics.wellness.recent).toMatchObject({ checkIns: 7, below: 4 });
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.evidence.strongReading).toBe(false);
    expect(note.evidence.askFirst).toBe(true);
    expectAsksFirst(r, note, ['ADAPTATION', 'EXTERNAL_EYES']);
  });

  it('should keep 2 low check-ins of 7 (not asked first) an info note', () => {
    const r = reviewAthlete(history(lowDays([3])));
    expect(r.metrics.wellness.recent).toMatchObject({ checkIns: 7, below: 2 });
    const note = get(r, 'WELLNESS_NOTE');
    expect(note.evidence.askFirst).toBe(false);
    expect(note.severity).toBe('INFO');
  });
});

// ---------------------------------------------------------------------------------------------------------
// A day that keeps failing (Sara: Wednesday's sessions missed in 3 of the last 4 weeks).

function wednesdays(weeks: number): ReviewInput {
  const input = buildHistory({
    reviewDate: SCENARIO_REVIEW,
    days: 120,
    downWeeks: [5, 9, 13],
    skip: { weekdays: [2], weeks },
  });
  const past = [0, 1, 2, 3].map((k) => planFromWeek(shift(SCENARIO_NEXT, -7 * (k + 1))));
  return {
    ...input,
    pastWeekPlans: past.slice(1),
    currentWeekPlan: past[0],
    nextWeekDraft: planFromWeek(SCENARIO_NEXT, USUAL_WEEK),
  };
}

describe('coach read 12: a missed-sessions talk before publishing makes the review attention', () => {
  it("should make the note on a day that keeps failing attention, the review with it (Sara's Wednesdays)", () => {
    // Tuesday's key session of this week missed too (named beside Wednesday's), and next week a build.
    const input = wednesdays(3);
    const r = reviewAthlete({ ...input, sessions: input.sessions.filter((x) => x.date !== '2025-03-11') });
    const note = get(r, 'MISSED_SESSIONS_PATTERN');
    expect(note.evidence.askFirst).toBe(true);
    expect(note.rationale).toContain('before next week is published');
    expectAsksFirst(r, note, ['INDIVIDUALIZATION', 'EXTERNAL_EYES']);
  });
});
