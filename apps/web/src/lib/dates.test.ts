import { describe, expect, it } from 'vitest';
import { localToday, plannedWeekWord, todayIn, weekOverHold } from './dates';

describe('dates', () => {
  it('names the planned week "Next week" until it begins, "This week" from its Monday', () => {
    expect(plannedWeekWord('2026-12-07', '2026-12-06')).toBe('Next week');
    expect(plannedWeekWord('2026-12-07', '2026-12-07')).toBe('This week');
    expect(plannedWeekWord('2026-12-07', '2026-12-10')).toBe('This week');
  });

  it('holds a change to a week once its Sunday has gone by, naming that Sunday', () => {
    expect(weekOverHold('2026-11-30', '2026-12-06')).toBeNull();
    expect(weekOverHold('2026-11-30', '2026-12-07')).toMatch(/^The week this changes ended on Sun 6 Dec: /);
  });

  it("reads today's date where the browser is", () => {
    expect(localToday(new Date(2026, 11, 7, 0, 30))).toBe('2026-12-07');
    expect(localToday(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
  });

  // The review page named the week and held week-over changes by the browser's day; the API goes by the athlete's
  // (their zone, else the organization's): around midnight they disagreed. A coach in UTC, an athlete in Auckland.
  describe("by the athlete's day, whatever the browser's zone", () => {
    // Sunday 6 Dec 12:30 in UTC (the coach's browser); already Monday 7 Dec, 01:30, in Auckland.
    const now = new Date('2026-12-06T12:30:00Z');
    it("reads today's date in the athlete's zone", () => {
      expect(todayIn('Pacific/Auckland', now)).toBe('2026-12-07');
      expect(todayIn('UTC', now)).toBe('2026-12-06');
      expect(todayIn('America/Los_Angeles', new Date('2026-12-07T07:30:00Z'))).toBe('2026-12-06');
    });
    it("falls back to the browser's day for a zone the browser does not know, rather than throw while rendering", () => {
      expect(todayIn('Mars/Olympus_Mons', now)).toBe(localToday(now));
    });
    it('says "This week" once the athlete\'s Monday has come, and holds a change to the week they have finished', () => {
      expect(plannedWeekWord('2026-12-07', todayIn('Pacific/Auckland', now))).toBe('This week');
      expect(plannedWeekWord('2026-12-07', todayIn('UTC', now))).toBe('Next week');
      expect(weekOverHold('2026-11-30', todayIn('Pacific/Auckland', now))).toMatch(/ended on Sun 6 Dec/);
      expect(weekOverHold('2026-11-30', todayIn('UTC', now))).toBeNull();
    });
  });
});
