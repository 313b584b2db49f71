import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../lib/dates';
import {
  complianceSeries,
  complianceSummary,
  lastWeeks,
  pmcSeries,
  wellnessSeries,
  wellnessSummary,
  type ComplianceWeek,
  type WellnessCheckIn,
} from './charts';

const created: { opts: { series: { label?: string }[] }; data: unknown[] }[] = [];
vi.mock('uplot', () => {
  class FakePlot {
    static paths = { bars: () => () => null };
    constructor(opts: never, data: unknown[]) {
      created.push({ opts, data });
    }
    setSize() {}
    destroy() {}
  }
  return { default: FakePlot };
});

const TO = '2026-12-03'; // a Thursday

describe('CTL / ATL / TSB series', () => {
  it('settles at the daily load when the same load is done every day, with TSB from the day before', () => {
    const sessions = Array.from({ length: 180 }, (_, i) => ({
      date: addDays(TO, -179 + i),
      minutes: 50,
      load: 200,
    }));
    const s = pmcSeries(sessions, addDays(TO, -179), addDays(TO, -41), TO);
    expect(s.dates).toHaveLength(42);
    expect(s.dates[0]).toBe(addDays(TO, -41));
    // After 180 days at 200 a day: ATL (7 d) is there, CTL (42 d) within 2 %.
    expect(s.atl.at(-1)).toBeCloseTo(200, 0);
    expect(s.ctl.at(-1)!).toBeGreaterThan(196);
    const i = s.dates.length - 1;
    expect(s.tsb[i]).toBeCloseTo(s.ctl[i - 1] - s.atl[i - 1], 0);
  });

  it('counts an unrated session at RPE 4 and ignores sessions outside the range', () => {
    const s = pmcSeries(
      [
        { date: TO, minutes: 60, load: null },
        { date: addDays(TO, 1), minutes: 999, load: 9999 },
      ],
      addDays(TO, -6),
      addDays(TO, -6),
      TO,
    );
    // One day of 240 through the 7-day EWMA: 240 × (1 − e^(−1/7)).
    expect(s.atl.at(-1)).toBeCloseTo(240 * (1 - Math.exp(-1 / 7)), 0);
    expect(s.tsb.at(-1)).toBe(0);
  });
});

describe('wellness series', () => {
  const c = (date: string, v: number, illness = 'NONE'): WellnessCheckIn => ({
    date,
    illness,
    sleepQuality: v,
    fatigue: v,
    soreness: v,
    stress: v,
    mood: null,
  });

  it('scores each day as the mean of the scales answered, a 7-day mean from 3 check-ins, and marks illness', () => {
    const checkIns = [
      c(addDays(TO, -3), 4),
      c(addDays(TO, -2), 3),
      c(addDays(TO, -1), 2, 'BELOW_NECK_OR_FEVER'),
    ];
    const s = wellnessSeries(checkIns, addDays(TO, -6), TO);
    expect(s.dates).toHaveLength(7);
    expect(s.score.slice(-4)).toEqual([4, 3, 2, null]);
    expect(s.mean7.at(-3)).toBeNull(); // only two check-ins up to that day
    expect(s.mean7.at(-1)).toBe(3);
    expect(s.illness.filter((x) => x != null)).toEqual([2]);
    expect(s.illnessDays).toEqual([addDays(TO, -1)]);
    expect(s.checkInDays).toBe(3);
    expect(wellnessSummary(s)).toBe(
      '3 check-ins in 7 days; 7-day wellness 3.0 of 5; illness reported on 1 day.',
    );
  });

  it('counts one check-in in the singular', () => {
    const s = wellnessSeries([c(addDays(TO, -1), 3)], addDays(TO, -6), TO);
    expect(wellnessSummary(s)).toBe('1 check-in in 7 days; too few check-ins for a 7-day mean.');
  });
});

describe('compliance', () => {
  const week = (weekStart: string, planned: number, done: number, published = true): ComplianceWeek => ({
    weekStart,
    plannedMinutes: planned,
    completedMinutes: done,
    completionRate: planned ? done / planned : null,
    hasPublishedPlan: published,
    keySessionsPlanned: 2,
    keySessionsDone: 1,
  });

  it('gives the eight Mondays up to the current week', () => {
    const w = lastWeeks(TO, 8);
    expect(w).toHaveLength(8);
    expect(w.at(-1)).toBe('2026-11-30');
    expect(w[0]).toBe('2026-10-12');
  });

  it('sorts weeks, leaves unplanned weeks without a plan or a percentage, and sums up in words', () => {
    const weeks = [
      week('2026-11-30', 300, 150),
      week('2026-11-16', 0, 120, false),
      week('2026-11-23', 400, 360),
    ];
    const s = complianceSeries(weeks);
    expect(s.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(s.planned).toEqual([null, 400, 300]);
    expect(s.done).toEqual([120, 360, 150]);
    expect(s.pct).toEqual([null, 90, 50]);
    expect(complianceSummary(weeks)).toBe(
      'Done vs planned: 70 % on average over 2 planned weeks; this week so far 50 %.',
    );
  });
});

describe('review charts', () => {
  beforeEach(() => void (created.length = 0));

  it('draw CTL/ATL/TSB, wellness with illness markers, and planned vs done bars, each with a summary', async () => {
    const { PmcChart, WellnessChart, ComplianceChart } = await import('./components/ReviewCharts');
    const pmc = pmcSeries([{ date: TO, minutes: 60, load: 300 }], addDays(TO, -13), addDays(TO, -13), TO);
    const wellness = wellnessSeries(
      [{ date: TO, illness: 'ABOVE_NECK', sleepQuality: 2, fatigue: 2, soreness: 3, stress: 3, mood: 2 }],
      addDays(TO, -13),
      TO,
    );
    render(
      <>
        <PmcChart series={pmc} />
        <WellnessChart series={wellness} />
        <ComplianceChart
          weeks={[
            {
              weekStart: '2026-11-30',
              plannedMinutes: 300,
              completedMinutes: 240,
              completionRate: 0.8,
              hasPublishedPlan: true,
              keySessionsPlanned: 2,
              keySessionsDone: 2,
            },
          ]}
        />
      </>,
    );
    expect(created.map((c) => c.opts.series.slice(1).map((x) => x.label))).toEqual([
      ['CTL (fitness)', 'ATL (fatigue)', 'TSB (form)'],
      ['check-in', '7-day mean', 'illness'],
      ['planned', 'done'],
    ]);
    const [pmcData, wellData, compData] = created.map((c) => c.data as (number | null)[][]);
    expect(pmcData[1].at(-1)).toBe(pmc.ctl.at(-1));
    expect(wellData[3].at(-1)).toBe(2.4); // the illness marker sits on the day's score
    expect(compData.slice(1)).toEqual([[300], [240]]);
    const imgs = screen.getAllByRole('img').map((e) => e.getAttribute('aria-label'));
    expect(imgs[0]).toMatch(/^Training load chart: CTL, ATL and TSB\. Fitness \(CTL\) \d+/);
    expect(imgs[1]).toMatch(/illness reported on 1 day/);
    expect(imgs[2]).toMatch(/Done vs planned: 80 %/);
  });

  // The wellness legend read "illness:" and nothing when the day it names had no illness (an empty marker value):
  // it says the day's state, as the other entries give their values.
  it("names the illness state of the legend's day: none, the kind reported, or no check-in", async () => {
    const { wellnessChartOptions, wellnessChartData } = await import('./components/ReviewCharts');
    const s = wellnessSeries(
      [
        {
          date: addDays(TO, -2),
          illness: 'NONE',
          sleepQuality: 3,
          fatigue: 3,
          soreness: 3,
          stress: 3,
          mood: 3,
        },
        {
          date: addDays(TO, -1),
          illness: 'ABOVE_NECK',
          sleepQuality: 2,
          fatigue: 2,
          soreness: null,
          stress: null,
          mood: null,
        },
        {
          date: TO,
          illness: 'BELOW_NECK_OR_FEVER',
          sleepQuality: null,
          fatigue: null,
          soreness: null,
          stress: null,
          mood: null,
        },
      ],
      addDays(TO, -3),
      TO,
    );
    const illness = wellnessChartOptions(s).series[3];
    const data = wellnessChartData(s);
    const said = (idx: number | null) =>
      (illness.value as (u: unknown, v: number | null, si: number, idx: number | null) => string)(
        null,
        idx == null ? null : (data[3][idx] ?? null),
        3,
        idx,
      );
    expect([0, 1, 2, 3, null].map(said)).toEqual([
      'no check-in',
      'none',
      'cold, above the neck',
      'fever, or chest / body aches',
      '--',
    ]);
  });
});
