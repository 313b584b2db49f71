/**
 * A new athlete with no training logged yet (web walkthrough, 6 December 2026): Kari, just onboarded with a usual week of
 * 4 h in her intake questionnaire, read "Only 0 days of training data so far: hold next week at about 180 min, close to
 * what Kari has been doing", and "next week stays close to what you have been doing". With nothing logged, the week
 * starts from the intake's usual week (within the time available), or, without one, from half of the time available
 * (180 min at most); every sentence says which. Each test failed on the engine before (9852ced).
 */
import { reviewAthlete } from '../src';
import type { ReviewInput, Suggestion } from '../src';
import { mondayAfter } from './factories/athlete-history.factory';

const REVIEW = '2026-12-06'; // a Sunday
const NEXT = mondayAfter(REVIEW);

function kari(o: { typicalWeeklyMinutes?: number; availability?: number[] } = {}): ReviewInput {
  return {
    reviewDate: REVIEW,
    athlete: {
      id: 'kari',
      firstName: 'Kari',
      availabilityMinutes: o.availability ?? [60, 60, 0, 60, 0, 90, 120],
      ...(o.typicalWeeklyMinutes !== undefined ? { typicalWeeklyMinutes: o.typicalWeeklyMinutes } : {}),
    },
    sessions: [],
    checkIns: [],
  };
}

function baseline(input: ReviewInput): { s: Suggestion; target: number } {
  const r = reviewAthlete(input);
  expect(r.nextWeekStart).toBe(NEXT);
  const s = r.suggestions.find((x) => x.kind === 'BASELINE_HOLD');
  if (!s) throw new Error(`no BASELINE_HOLD: ${r.suggestions.map((x) => x.kind).join(', ')}`);
  expect(r.decision.reason).not.toMatch(/recent volume/);
  return { s, target: r.decision.targetMinutes };
}

describe('a week with no training logged yet starts from what the athlete gave (new athlete, web walkthrough)', () => {
  it('should start from the intake’s usual week and say so, to the coach and to the athlete', () => {
    const { s, target } = baseline(kari({ typicalWeeklyMinutes: 240 }));
    expect(Math.abs(target - 240)).toBeLessThanOrEqual(5);
    expect(s.rationale).toMatch(
      new RegExp(
        `^No training logged yet: next week is about ${target} min, the usual week Kari gave in the intake questionnaire \\(240 min\\), while Coachline learns Kari's normal load\\. Logged sessions and daily check-ins`,
      ),
    );
    expect(s.rationale).not.toMatch(/has been doing|0 days/);
    expect(s.athleteText).toContain(
      'we have no training of yours logged yet, so next week starts from the usual week you gave us',
    );
    expect(s.athleteText).not.toMatch(/what you have been doing/);
    expect(s.evidence.typicalWeeklyMinutes).toBe(240);
  });

  it('should keep the week within the time available, and say the usual week was more', () => {
    const { s, target } = baseline(
      kari({ typicalWeeklyMinutes: 600, availability: [45, 45, 0, 45, 0, 60, 90] }),
    );
    expect(target).toBeLessThanOrEqual(285);
    expect(s.rationale).toMatch(
      /^No training logged yet: next week is about \d+ min, the time Kari has for training in a week \(285 min\), under the usual week Kari gave in the intake questionnaire \(600 min\)/,
    );
  });

  it('should start from half of the time available without an intake, and say it is a rule of thumb', () => {
    const { s, target } = baseline(kari());
    expect(target).toBeLessThanOrEqual(180);
    expect(s.rationale).toMatch(
      /^No training logged yet, and no usual week from an intake questionnaire: next week is about \d+ min, half of the 390 min Kari has for training in a week, 180 min at most \(our rule of thumb\)/,
    );
    expect(s.athleteText).toContain('next week starts gently, within the time you have');
  });

  it('should not give the start’s figure as the week’s when next week’s own limits hold it lower (diff review)', () => {
    // A trip all next week: the week is held under the intake's 240 min; the text says so, and the athlete
    // does not read that the week is the usual week they gave.
    const input: ReviewInput = {
      ...kari({ typicalWeeklyMinutes: 240, availability: [45, 45, 45, 45, 45, 45, 45] }),
      contextEvents: [
        { id: 'trip', kind: 'TRAVEL', start: '2026-12-07', end: '2026-12-13', note: 'Conference, no gym' },
      ],
    };
    const r = reviewAthlete(input);
    const s = r.suggestions.find((x) => x.kind === 'BASELINE_HOLD');
    if (s === undefined) throw new Error(`no BASELINE_HOLD: ${r.suggestions.map((x) => x.kind).join(', ')}`);
    expect(r.decision.targetMinutes).toBeLessThan(235);
    expect(s.rationale).toMatch(
      new RegExp(
        `^No training logged yet: next week is about ${r.decision.targetMinutes} min, under the usual week Kari gave in the intake questionnaire \\(240 min\\), as next week's own limits keep it`,
      ),
    );
    expect(s.athleteText).toContain('next week starts gently, within the time you have');
  });

  it('should tell the athlete the week fits their time, not their usual week, when the usual week is more', () => {
    const { s } = baseline(kari({ typicalWeeklyMinutes: 600, availability: [45, 45, 0, 45, 0, 60, 90] }));
    expect(s.athleteText).toContain('next week starts gently, within the time you have');
    expect(s.athleteText).not.toContain('usual week you gave');
  });

  it('should still say how many days a short history has (two weeks of data)', () => {
    const input = kari({ typicalWeeklyMinutes: 240 });
    const withDays: ReviewInput = {
      ...input,
      sessions: [
        { id: 'a', date: '2026-12-01', kind: 'RUN', minutes: 40, rpe: 3 },
        { id: 'b', date: '2026-12-03', kind: 'RUN', minutes: 45, rpe: 4 },
        { id: 'c', date: '2026-12-06', kind: 'RUN', minutes: 70, rpe: 3 },
      ],
    };
    const { s } = baseline(withDays);
    expect(s.rationale).toMatch(
      /^Only \d+ days of training data so far: hold next week at about \d+ min, close to what Kari has been doing/,
    );
  });
});
