/**
 * The engine's own draft of next week keeps the athlete's usual week (engine issue #11; coach read of the demo club,
 * next Monday `--now 2026-12-14T09:00:00Z`, nothing logged since 2026-12-06, the engine drafting the week of
 * 2026-12-21):
 * - Lea lifts on Monday and Thursday in 2 of the 3 weeks her silence and work stress left to read: a "3 of 4 weeks"
 *   count fixed for 4 had drafted no strength (and 135 min, under her 140–155). Ingrid likewise (2 of 3: her flu
 *   week and her silence left out).
 * - Sofia runs on Thursday in both weeks read, on Wednesday in one: her Thursday had been dropped for a Wednesday,
 *   the last easy day of the week dropped rather than the least usual. Julia's Saturday, likewise.
 * - Lea's and Henrik's strength then took the minutes of a run: 2 run days, which their marathon's run-frequency
 *   note flags ("Keep at least 3 run days"). The latest strength session gives way to a third run day.
 * - Lukas's Thursday marathon's easy days (one per 15 race minutes: 13) cover all of next week: no leg strength on
 *   them (Sherman 1984: after a marathon, rest brought leg strength back sooner).
 *
 * - Henrik's run days a week (the marathon note's "ran on 1.5 days a week over the last 4 weeks") counted his blank
 *   week as a week of no running: 6 run days over the 3 weeks with sessions logged is 2 a week.
 *
 * Written, and seen to fail, before the engine was changed.
 */
import { reviewAthlete } from '../src';
import { toDayNumber } from '../src/dates/local-date';
import { recentRunDaysPerWeek } from '../src/planning/long-run';
import type { PlannedSession } from '../src';
import { demoInput } from './factories/demo-fixtures';
import { reviewTexts } from './factories/review-helpers';

function total(sessions: readonly PlannedSession[]): number {
  let t = 0;
  for (const s of sessions) t += s.minutes;
  return t;
}

function days(sessions: readonly PlannedSession[], kind: PlannedSession['kind']): number[] {
  return sessions.filter((s) => s.kind === kind).map((s) => s.day);
}

describe('the draft keeps the usual week (demo club, next Monday)', () => {
  it.each([
    // (Lea's re-entry strength, shortened with the running, 25 → 20 and 30 → 25 min, leaves her 3 run days: Thursday's
    // need not give way.)
    ['athlete13NextMonday', 'Lea', [0, 3]],
    ['athlete01NextMonday', 'Ingrid', [0, 3]],
  ] as const)(
    'should keep %s’s (%s) regular strength, read over the weeks read, inside the decision’s range',
    (athlete, _name, strength) => {
      const r = reviewAthlete(demoInput(athlete));
      expect(days(r.draft.sessions, 'STRENGTH')).toEqual(strength);
      const minutes = total(r.draft.sessions);
      expect(minutes).toBeGreaterThanOrEqual(r.decision.minMinutes);
      expect(minutes).toBeLessThanOrEqual(r.decision.maxMinutes);
    },
  );

  it.each([
    ['athlete13NextMonday', 'Lea', [0, 3]],
    ['athlete10NextMonday', 'Henrik', [0]],
  ] as const)(
    'should keep 3 run days for %s (%s), its strength giving way where it takes a run day, with no run-frequency note',
    (athlete, _name, strength) => {
      const r = reviewAthlete(demoInput(athlete));
      const runDays = new Set(days(r.draft.sessions, 'RUN'));
      expect(runDays.size).toBeGreaterThanOrEqual(3);
      expect(days(r.draft.sessions, 'STRENGTH')).toEqual(strength);
      expect(reviewTexts(r).join(' ')).not.toMatch(/run days/);
      const minutes = total(r.draft.sessions);
      expect(minutes).toBeGreaterThanOrEqual(r.decision.minMinutes);
      expect(minutes).toBeLessThanOrEqual(r.decision.maxMinutes);
    },
  );

  it('should keep Sofia’s Thursday run, not a Wednesday she seldom runs on', () => {
    const r = reviewAthlete(demoInput('athlete03NextMonday'));
    const runs = days(r.draft.sessions, 'RUN');
    expect(runs).toContain(3);
    expect(runs).not.toContain(2);
  });

  it('should keep Julia’s Saturday run', () => {
    const r = reviewAthlete(demoInput('athlete19NextMonday'));
    expect(days(r.draft.sessions, 'RUN')).toContain(5);
  });

  it('should place no strength on the easy days after Lukas’s marathon, and the texts name none', () => {
    const r = reviewAthlete(demoInput('athlete06NextMonday'));
    expect(days(r.draft.sessions, 'STRENGTH')).toEqual([]);
    for (const s of r.draft.sessions)
      if (s.kind === 'RUN') expect(s.effort).toEqual({ type: 'RPE', value: 2 });
    expect(reviewTexts(r).join(' ')).not.toMatch(/of strength/);
    expect(total(r.draft.sessions)).toBeLessThanOrEqual(r.decision.maxMinutes);
  });
});

describe('run days a week over the weeks with sessions logged', () => {
  it('should count Henrik’s 6 run days over his 3 weeks with sessions logged, not over 4', () => {
    const input = demoInput('athlete10NextMonday');
    expect(recentRunDaysPerWeek(input, toDayNumber('2026-12-14'))).toEqual({ perWeek: 2, weeks: 3 });
  });
});

describe('the run-frequency note counts the weeks with sessions logged', () => {
  it('should say Henrik ran on 2 days a week over the 3 of the last 4 weeks with sessions logged', () => {
    const henrik = demoInput('athlete10NextMonday');
    // Time on Tuesday and Sunday only: a plan of 2 run days, which the note flags.
    const input = {
      ...henrik,
      athlete: { ...henrik.athlete, availabilityMinutes: [0, 75, 0, 0, 0, 0, 150] },
    };
    const text = reviewTexts(reviewAthlete(input)).join(' ');
    expect(text).toContain("next week's plan has 2 run days");
    expect(text).toContain(
      'Henrik ran on 2.0 days a week over the 3 of the last 4 weeks with sessions logged',
    );
  });
});
