import { describe, expect, it } from 'vitest';
import { localToday, plannedWeekWord, weekOverHold } from './dates';

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
});
