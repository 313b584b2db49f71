/**
 * Lukas (athlete06), silent since 2026-12-08 with his A marathon on Friday 2026-12-18 (coach read of the demo club,
 * Sunday tick 2026-12-13 and next Monday 2026-12-14):
 * - "Key sessions on Tuesday were missed 2 times … (2026-12-01, 2026-12-08)": 12-08 is inside his no-log gap (nothing
 *   logged since 12-07, then no contact): the silence explains it, and it counts toward no weekday's pattern or rate.
 * - Next Monday's reach-out said only that the plan "assumes Lukas is still training": the race this week is named.
 * - The transition read "13 easy days, one per 3 km raced" (42.2 km / 3 is 14; 13 is 193 min / 15) and "short easy
 *   runs, about 50 min in all" over a draft of one 50-min run: the words say the rule used and the draft.
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
// The club as seeded on 2026-12-08 (his marathon on Friday 2026-12-18), dumped by `review:demo --dump`.
import { demoInput } from './factories/demo-fixtures';

describe("Lukas's silent race week (demo club)", () => {
  it.each(['athlete06NextSundayFridayRace', 'athlete06NextMondayFridayRace'] as const)(
    '%s: should count no Tuesday inside the no-log gap as a missed key session',
    (name) => {
      const r = reviewAthlete(demoInput(name));
      const pattern = r.suggestions.find((s) => s.kind === 'MISSED_SESSIONS_PATTERN');
      expect(pattern?.rationale ?? '').not.toContain('2026-12-08');
    },
  );

  it("should name the A race this week in next Monday's reach-out", () => {
    const r = reviewAthlete(demoInput('athlete06NextMondayFridayRace'));
    const reach = r.suggestions.find((s) => s.kind === 'NO_CONTACT_REACH_OUT');
    expect(reach?.rationale).toContain(
      'Copenhagen Marathon (A race) on Friday 2026-12-18, this week, assumes Lukas has trained up to it and is fit to start',
    );
  });

  it('should say the easy-day rule used and the runs the draft has', () => {
    const r = reviewAthlete(demoInput('athlete06NextMondayFridayRace'));
    const t = r.suggestions.find((s) => s.kind === 'TRANSITION_AFTER_A_RACE');
    expect(t?.rationale).toContain('(13 easy days, one per 15 min raced,');
    expect(t?.rationale).not.toContain('3 km raced');
    const runs = r.draft.sessions.filter((x) => x.kind === 'RUN');
    expect(runs).toHaveLength(1);
    expect(t?.rationale).toContain('then one short easy run, about 50 min in all');
  });
});
