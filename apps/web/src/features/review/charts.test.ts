import { describe, expect, it } from 'vitest';
import { pmcSeries, pmcSummary } from './charts';

// The caption under the fitness/fatigue/form chart had read "Fitness (CTL) 307, fatigue (ATL) 367, form (TSB) -110"
// (a coach computes -60): form is yesterday's fitness minus yesterday's fatigue, and the caption now says so with
// those figures, so every number in it is true of the others.
describe('pmcSummary', () => {
  // 300 a day through October, then a long hard day on November 1.
  const sessions = [
    ...Array.from({ length: 31 }, (_, i) => ({
      date: `2026-10-${String(i + 1).padStart(2, '0')}`,
      minutes: 60,
      load: 300,
    })),
    { date: '2026-11-01', minutes: 150, load: 1200 },
  ];

  it("should give the form as yesterday's fitness minus yesterday's fatigue, with both figures", () => {
    const s = pmcSeries(sessions, '2026-10-01', '2026-10-20', '2026-11-02');
    const i = s.dates.length - 1;
    const text = pmcSummary(s);
    const [, ctl, atl, form, yCtl, yAtl] =
      /Fitness \(CTL\) (\d+), fatigue \(ATL\) (\d+), form \(TSB\) (-?\d+) \(yesterday's fitness (\d+) minus yesterday's fatigue (\d+)\)/
        .exec(text)!
        .map(Number);
    expect(ctl).toBe(Math.round(s.ctl[i]));
    expect(atl).toBe(Math.round(s.atl[i]));
    expect(yCtl).toBe(Math.round(s.ctl[i - 1]));
    expect(yAtl).toBe(Math.round(s.atl[i - 1]));
    expect(Math.abs(form - (yCtl - yAtl))).toBeLessThanOrEqual(1);
    // Today's form differs from today's fitness minus fatigue here (a long run yesterday): the caption says which.
    expect(Math.abs(form - (ctl - atl))).toBeGreaterThan(5);
  });

  it('should give the form alone on the first day', () => {
    const s = pmcSeries(sessions, '2026-10-01', '2026-10-01', '2026-10-01');
    expect(pmcSummary(s)).toMatch(/^Fitness \(CTL\) \d+, fatigue \(ATL\) \d+, form \(TSB\) 0: neutral\.$/);
  });
});
