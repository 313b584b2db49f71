import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../lib/dates';
import { hrvSeries, hrvStatusText } from '../hrv';

const created: { opts: unknown; data: unknown[] }[] = [];
vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    constructor(opts: unknown, data: unknown[]) {
      created.push({ opts, data });
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const TO = '2026-12-03';
/** 70 days of readings around 60 ms, the last week `last` ms. */
function readings(last: number) {
  return Array.from({ length: 70 }, (_, i) => {
    const date = addDays(TO, -69 + i);
    return { date, rmssd: i >= 63 ? last : 60 + ((i * 7) % 5) - 2 };
  });
}

describe('HRV series and chart', () => {
  beforeEach(() => void (created.length = 0));

  it('ln rMSSD 7-day mean sits inside its 60-day band when readings are steady', () => {
    const s = hrvSeries(readings(60), addDays(TO, -27), TO);
    expect(s.dates).toHaveLength(28);
    const i = s.dates.length - 1;
    expect(s.mean7[i]).toBeCloseTo(Math.log(60), 5);
    expect(s.bandLow[i]!).toBeLessThan(s.mean7[i]!);
    expect(s.bandHigh[i]!).toBeGreaterThan(s.mean7[i]!);
    expect(hrvStatusText(s)).toMatch(/inside its band/);
  });

  it('a week of suppressed HRV falls below the band; too few readings give no mean', () => {
    expect(hrvStatusText(hrvSeries(readings(35), addDays(TO, -27), TO))).toMatch(/below its band/);
    const sparse = hrvSeries(
      [
        { date: TO, rmssd: 50 },
        { date: addDays(TO, -1), rmssd: 52 },
      ],
      addDays(TO, -6),
      TO,
    );
    expect(sparse.mean7.at(-1)).toBeNull();
    expect(hrvStatusText(sparse)).toMatch(/Too few readings/);
  });

  it('draws daily values, the 7-day mean and the band filled between its high and low series', async () => {
    const { HrvChart } = await import('./HrvChart');
    const s = hrvSeries(readings(60), addDays(TO, -27), TO);
    render(<HrvChart series={s} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /HRV chart\. 7-day mean ln rMSSD 4\.09, inside its band/,
    );
    expect(created).toHaveLength(1);
    const opts = created[0].opts as { series: { label?: string }[]; bands: { series: number[] }[] };
    expect(opts.series.map((x) => x.label)).toEqual([
      'day',
      'ln rMSSD',
      '7-day mean',
      'band high',
      'band low',
    ]);
    expect(opts.bands[0].series).toEqual([3, 4]);
    const data = created[0].data as number[][];
    expect(data).toHaveLength(5);
    expect(data[0]).toHaveLength(28);
    expect(data[2].at(-1)).toBeCloseTo(Math.log(60), 5);
    expect(data[3].at(-1)!).toBeGreaterThan(data[4].at(-1)!);
  });
});
