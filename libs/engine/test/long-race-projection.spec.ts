/**
 * The long-race projection and the texts beside it say what the athlete is at (coach read of the demo club, engine
 * issue #11: the Sunday evening of 2026-12-13 with nothing logged since 2026-12-06, and Elias's Wednesday).
 *
 * - Elias's and Noah's re-entry weeks cap next week's long run (100 min, 75 % of Elias's 136; 90 of Noah's 122).
 *   After the re-entry week the long run returns to the one already run within two weeks, then grows (see
 *   long-race-regrow.spec): Elias reaches 150 (no note); Noah's note names the cap as where the return starts.
 * - Elias's phase change had read "keeps growing toward 150 min by one step a build week (136 min now, 135 min next
 *   week)": 135 after 136 is no growth.
 * - Chloé's re-entry week had read "up from this week's 145 min" beside "We see no sessions logged since 2026-12-06":
 *   the 145 min were that Sunday's long run, planned and not logged.
 */
import { reviewAthlete } from '../src';
import type { Review, ReviewInput, Suggestion } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { get, loggedIn } from './factories/review-helpers';

/** The longest long run the note quotes as run in the last 4 weeks. */
function longestQuoted(s: Suggestion): number | null {
  const m = /the longest long run of the last 4 weeks(?: \([^)]*\))? was (\d+) min/.exec(s.rationale);
  return m === null ? null : Number(m[1]);
}

/** What a long-race note's projection reaches ("it reaches about 120 min", or a day's time it reaches). */
function reached(s: Suggestion): number | null {
  const m = /it reaches (?:about (\d+) min|\w+'s (\d+) min available)/.exec(s.rationale);
  return m === null ? null : Number(m[1] ?? m[2]);
}

function longRaceNote(r: Review): Suggestion | undefined {
  return r.suggestions.find((s) => s.kind === 'LONG_RACE_PREPARATION');
}

describe('the long-race projection after a re-entry week returns to the long run already run', () => {
  it('athlete20Sunday: back to 136 within two weeks, then 150 by the peak week: no long-race note', () => {
    const r = reviewAthlete(demoInput('athlete20Sunday'));
    expect(get(r, 'CAUTIOUS_HOLD').rationale).toContain('A re-entry week');
    expect(longRaceNote(r)).toBeUndefined();
  });

  it('athlete22Sunday: the re-entry week’s cap is where the return starts, and the note says so', () => {
    const r = reviewAthlete(demoInput('athlete22Sunday'));
    expect(get(r, 'CAUTIOUS_HOLD').rationale).toContain('A re-entry week');
    const note = longRaceNote(r);
    expect(note).toBeDefined();
    const text = (note as Suggestion).rationale;
    const longest = longestQuoted(note as Suggestion);
    expect(longest).not.toBeNull();
    expect(reached(note as Suggestion)).not.toBeNull();
    const from = /next week is a re-entry week, its long run (\d+) min/.exec(text);
    expect(from).not.toBeNull();
    expect(Number((from as RegExpExecArray)[1])).toBeLessThan(longest as number);
    expect(text).toContain(
      `its long run ${(from as RegExpExecArray)[1]} min, its cap (75 % of ${longest} min`,
    );
    expect(text).toContain(`back to ${longest} min within 2 weeks after it, as the long run was already run`);
    expect(text).not.toContain('so next week is no growth step');
  });
});

describe('the phase change says true of next week’s long run', () => {
  it('Elias (136 min now, 135 next week) reads no growth next week', () => {
    const r = reviewAthlete(demoInput('athlete20Wednesday'));
    const text = get(r, 'PHASE_CHANGE').rationale;
    const growing = /one step a build week \((\d+) min now, (\d+) min next week\)/.exec(text);
    if (growing !== null) expect(Number(growing[2])).toBeGreaterThan(Number(growing[1]));
    const held =
      /the long run, (\d+) min now, which next week's plan does not grow \((\d+) min next week\)/.exec(text);
    expect(held).not.toBeNull();
    expect(Number((held as RegExpExecArray)[2])).toBeLessThanOrEqual(Number((held as RegExpExecArray)[1]));
  });
});

describe('"this week’s" minutes in an athlete text are what is logged, or say what is still planned', () => {
  function thisWeekFaults(input: ReviewInput, r: Review): string[] {
    const monday = (() => {
      const d = new Date(`${input.reviewDate.slice(0, 10)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    })();
    const logged = loggedIn(input, monday);
    const faults: string[] = [];
    for (const s of r.suggestions) {
      const m = /up from this week's (\d+) min( \(([^)]*)\))?/.exec(s.athleteText ?? '');
      if (m === null) continue;
      if (Number(m[1]) !== logged && !(m[3] ?? '').includes('still planned'))
        faults.push(`${s.kind}: "${m[0]}" with ${logged} min logged`);
    }
    return faults;
  }

  it('Chloé, nothing logged since last Sunday: no "up from this week’s 145 min" (that day’s long run, not run)', () => {
    const input = demoInput('athlete11Sunday');
    const r = reviewAthlete(input);
    expect(get(r, 'CAUTIOUS_HOLD').athleteText).toContain('We see no sessions logged since 2026-12-06');
    expect(thisWeekFaults(input, r)).toEqual([]);
  });

  it.each(['athlete20Sunday', 'athlete22Sunday', 'athlete20Wednesday'] as const)('%s', (athlete) => {
    const input = demoInput(athlete);
    expect(thisWeekFaults(input, reviewAthlete(input))).toEqual([]);
  });
});
