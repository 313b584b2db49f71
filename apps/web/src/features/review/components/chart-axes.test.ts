import { describe, expect, it } from 'vitest';
import { dayEntry, weekEntry } from './chart-axes';

type Value = (u: unknown, v: number | null, si: number, idx: number | null) => string;
const epoch = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

// The legend's x entry read uPlot's "Time: 2026-12-07 12:00am"; it writes the day as the rest of the app does.
describe('the x entry of a chart legend', () => {
  it('should name a daily chart’s day as formatDay does when the cursor (or the latest value) is on it', () => {
    const value = dayEntry.value as Value;
    expect(dayEntry.label).toBe('day');
    expect(value(null, epoch('2026-12-07'), 0, 3)).toBe('Mon 7 Dec');
    expect(value(null, epoch('2026-11-29'), 0, 0)).toBe('Sun 29 Nov');
    expect(value(null, null, 0, null)).toBe('--');
  });

  it('should name a weekly chart’s week by its Monday', () => {
    const value = weekEntry.value as Value;
    expect(weekEntry.label).toBe('week');
    expect(value(null, epoch('2026-11-30'), 0, 7)).toBe('Mon 30 Nov');
    expect(value(null, null, 0, null)).toBe('--');
  });
});
