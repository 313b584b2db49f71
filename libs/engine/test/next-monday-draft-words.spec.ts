/**
 * Sentences true of the engine's own draft (coach read of the demo club next Monday, 2026-12-14, the draft of the
 * week of 2026-12-21):
 * - Sara's re-entry week keeps "Race: Harbour 5k" (a C race) on its Sunday, while the hold read "easy running only
 *   (no hills or other quality) … no change needed" and the athlete "an easy re-entry week with no hard sessions":
 *   the race is named, run easy as a training run or skipped.
 * - Emma's taper draft is four easy runs, while the taper read "keeps the intensity and the number of sessions" and
 *   the athlete "keep the intensity of your sessions": the week is said easy running only.
 * - Lukas's recovery week read "short easy runs, about 135 min in all" with 45 of the 135 min strength: the strength
 *   is named (since then the draft places no strength on a marathon's easy days: no strength, none named).
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { isHard } from '../src/planning/plan-measures';
import { demoInput } from './factories/demo-fixtures';

describe("the words on next Monday's drafts (demo club, 2026-12-14)", () => {
  it("should name Sara's C race in her re-entry week: run easy as a training run, or skipped", () => {
    const r = reviewAthlete(demoInput('athlete21NextMonday'));
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const race = r.draft.sessions.find((x) => x.kind === 'RACE');
    expect(race).toBeDefined();
    const hold = r.suggestions.find((s) => s.kind === 'CAUTIOUS_HOLD');
    expect(hold?.rationale).toContain(
      'Harbour 5k (C race) on Sunday stays in the plan, but in a re-entry week it is run easy, as a training run, or skipped',
    );
    expect(hold?.athleteText).not.toContain('with no hard sessions');
    expect(hold?.athleteText).toContain(
      'an easy re-entry week (run your race on 2026-12-27 easy, as a training run, or skip it)',
    );
  });

  it("should not say Emma's all-easy taper keeps the intensity", () => {
    const r = reviewAthlete(demoInput('athlete05NextMonday'));
    expect(r.decision.type).toBe('TAPER');
    // The draft has no hard session: there is no intensity to keep.
    expect(r.draft.sessions.some((x) => x.kind !== 'RACE' && isHard(x))).toBe(false);
    const taper = r.suggestions.find((s) => s.kind === 'TAPER');
    expect(taper?.rationale).not.toContain('keeps the intensity');
    expect(taper?.rationale).toContain(
      'and keeps the number of sessions, easy running only (it has no hard session to keep)',
    );
    expect(taper?.athleteText).not.toContain('keep the intensity');
    expect(taper?.athleteText).toContain('you train less, easy running only, to arrive fresh');
  });

  // (The draft no longer places strength on the marathon's easy days, `postRaceEasyDays`: the 135 min are easy runs,
  // and the note names no strength; next-monday-usual-week.spec.ts.)
  it("should name only easy runs in Lukas's recovery week's minutes, the draft having no strength", () => {
    const r = reviewAthlete(demoInput('athlete06NextMonday'));
    let strength = 0;
    for (const x of r.draft.sessions) if (x.kind === 'STRENGTH') strength += x.minutes;
    expect(strength).toBe(0);
    const note = r.suggestions.find((s) => s.kind === 'TRANSITION_AFTER_A_RACE');
    expect(note?.rationale).toContain(
      'short easy runs, about 90 min in all, under its target of about 135 min',
    );
    expect(note?.rationale).not.toContain('of strength');
  });

  // Coach read, next Monday on d7ccd37: the strength's 45 min had gone into the runs, 30 → 45 min × 3 (50 % more
  // running 5–10 days after a marathon) beside "short easy runs". Written, and seen to fail, before the change.
  it("should keep Lukas's easy runs short after his marathon, the strength's minutes left out and said so", () => {
    const r = reviewAthlete(demoInput('athlete06NextMonday'));
    const runs = r.draft.sessions.filter((x) => x.kind === 'RUN');
    expect(runs.map((x) => x.minutes)).toEqual([30, 30, 30]);
    const note = r.suggestions.find((s) => s.kind === 'TRANSITION_AFTER_A_RACE');
    expect(note?.rationale).toContain(
      "under its target of about 135 min (-70 % on the usual 456 min): the athlete's usual strength, 45 min, is left out (no strength on the easy days after the race), and its minutes do not go into the runs, which stay short",
    );
    expect(note?.athleteText).toContain('about 90 min');
  });
});

/**
 * Ingrid's re-entry week (coach read, next Monday on d7ccd37): her 30-min strength twice, whole, beside one easy run of
 * 50 min and her long run (Mon STR 30, Tue RUN 50, Thu STR 30, Sun long 55), where she usually runs most days. A
 * re-entry week shortens its strength with the running, as the hold does a coach's plan's (30 → 25). Written, and
 * seen to fail, before the change.
 */
describe("Ingrid's re-entry draft (demo club, 2026-12-14)", () => {
  it('should shorten her strength with the running and keep more runs than one easy run and the long run', () => {
    const r = reviewAthlete(demoInput('athlete01NextMonday'));
    expect(r.decision.rule).toBe('CAUTIOUS_HOLD');
    const strength = r.draft.sessions.filter((x) => x.kind === 'STRENGTH');
    expect(strength.length).toBeGreaterThan(0);
    for (const x of strength) expect(x.minutes).toBeLessThan(30);
    expect(r.draft.sessions.filter((x) => x.kind === 'RUN').length).toBeGreaterThanOrEqual(3);
  });
});
