import { describe, expect, it, vi } from 'vitest';
import { latestLegendIdxs } from './UPlotFigure';

// (uPlot itself needs a browser; the function under test does not use it.)
vi.mock('uplot', () => ({ default: class {} }));

describe('the legend off the cursor: each line’s latest value', () => {
  const days = [1, 2, 3, 4];
  it('names the latest day any line has a value, and each line’s own latest value', () => {
    // ln rMSSD read two days ago, the mean up to yesterday, nothing at all in the last series
    expect(latestLegendIdxs([days, [5, 6, null, null], [5, 5, 6, null], [null, null, null, null]])).toEqual([
      2,
      1,
      2,
      null,
    ]);
  });
  it('gives a one-day mark (an illness) only on that latest day', () => {
    expect(latestLegendIdxs([days, [3, 3, 4, 4], [null, 5, null, null]], [2])).toEqual([3, 3, 3]);
    expect(latestLegendIdxs([days, [3, 3, 4, 4], [null, 5, null, 5]], [2])).toEqual([3, 3, 3]);
  });
  it('leaves a chart without any value as it is', () => {
    expect(latestLegendIdxs([days, [null, null, null, null]])).toEqual([null, null]);
  });
});
