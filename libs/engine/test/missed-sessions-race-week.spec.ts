/**
 * A missed-day pattern in a race week (coach read of the demo club, athlete06 Lukas, Saturday 2026-12-12): the
 * missed-sessions note, ranked above the taper, moved Tuesday's 55-min race-specific (2×15′ at race effort) to
 * Wednesday 12-16, two days before his A marathon on Friday 12-18, where the taper of the same review keeps "an easy
 * run or a shake-out" on "the last 2 days before the race". The taper shapes a race week: a key session moves only
 * to an earlier day, never into the race's last days; the taper outranks the pattern, and both apply together.
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import type { PlannedSession, WeekPlan } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { applied, get } from './factories/review-helpers';

/** Sessions on the last 2 days before Friday's race (Wednesday, Thursday) that are key or above easy effort. */
function hardOnRaceEve(plan: WeekPlan): PlannedSession[] {
  return plan.sessions.filter(
    (x) =>
      (x.day === 2 || x.day === 3) &&
      x.kind !== 'REST' &&
      (x.key || x.intervals !== undefined || (x.effort.type === 'RPE' && x.effort.value >= 5)),
  );
}

describe("a missed-day pattern in Lukas's race week (A marathon on Friday 2026-12-18)", () => {
  const input = demoInput('athlete06Saturday');
  const r = reviewAthlete(input);
  const plan = input.nextWeekDraft as WeekPlan;

  it('should not move a key session into the last 2 days before the race', () => {
    expect(r.decision.rule).toBe('TAPER');
    const note = get(r, 'MISSED_SESSIONS_PATTERN');
    for (const c of note.changes)
      if (c.type === 'MOVE_SESSION') {
        // Only to an earlier day, and not into Wednesday–Thursday (the race's last 2 days) or later.
        expect(c.toDay).toBeLessThan(c.fromDay);
        expect(c.toDay).toBeLessThan(2);
      }
    expect(note.rationale).not.toContain('to Wednesday');
    expect(hardOnRaceEve(applied(plan, note))).toEqual([]);
    expect(note.rationale).toContain(
      "Next week is Lukas's race week (Copenhagen Marathon on Friday 2026-12-18), and the taper shapes it: a key session moves only to an earlier day, never into the last 2 days before the race (our rule)",
    );
  });

  it('should rank the taper above the pattern', () => {
    const kinds = r.suggestions.map((s) => s.kind);
    expect(kinds.indexOf('TAPER')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('TAPER')).toBeLessThan(kinds.indexOf('MISSED_SESSIONS_PATTERN'));
  });

  it('should compose: taper and pattern applied in either order leave the race eve easy', () => {
    const taper = get(r, 'TAPER');
    const note = get(r, 'MISSED_SESSIONS_PATTERN');
    const a = applied(applied(plan, taper), note);
    const b = applied(applied(plan, note), taper);
    expect(hardOnRaceEve(a)).toEqual([]);
    expect(hardOnRaceEve(b)).toEqual([]);
    expect(a.sessions.some((x) => x.kind === 'RACE')).toBe(true);
    // Re-read with the taper applied: the pattern still moves nothing into the race's last days.
    const again = reviewAthlete({ ...input, nextWeekDraft: applied(plan, taper) });
    const note2 = again.suggestions.find((s) => s.kind === 'MISSED_SESSIONS_PATTERN');
    if (note2 !== undefined) expect(hardOnRaceEve(applied(applied(plan, taper), note2))).toEqual([]);
  });
});

describe('a missed-day pattern in a B race week (Lukas with his marathon made a B race)', () => {
  const base = demoInput('athlete06Saturday');
  // The same week with the marathon a B race: no taper (a B race rules the build out and the week is held), so the
  // note may not say a taper shapes it (reviewer of the diff: "the taper shapes it" had been said of any A or B race).
  const input = {
    ...base,
    races: (base.races ?? []).map((r) =>
      r.name === 'Copenhagen Marathon' ? { ...r, priority: 'B' as const } : r,
    ),
  };
  const r = reviewAthlete(input);

  it('should say the race, not a taper, shapes the week', () => {
    expect(r.decision.rule).not.toBe('TAPER');
    const note = get(r, 'MISSED_SESSIONS_PATTERN');
    expect(note.rationale).not.toContain('the taper shapes it');
    expect(note.rationale).toContain(
      "Next week is Lukas's race week (Copenhagen Marathon on Friday 2026-12-18), and the race shapes it",
    );
    for (const c of note.changes) if (c.type === 'MOVE_SESSION') expect(c.toDay).toBeLessThan(2);
  });
});
