/**
 * The review screen's uPlot charts besides HRV and weekly load: CTL/ATL/TSB, wellness with the illness
 * markers, and compliance (planned vs done per week). Each is a {@link UPlotFigure}.
 */
import { useMemo } from 'react';
import uPlot from 'uplot';
import {
  complianceSeries,
  complianceSummary,
  illnessWords,
  pmcSummary,
  wellnessSummary,
  type ComplianceWeek,
  type PmcSeries,
  type WellnessSeries,
} from '../charts';
import { formatDay } from '../../../lib/dates';
import { dayEntry, weekAxis } from './chart-axes';
import { UPlotFigure } from './UPlotFigure';

const toEpoch = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

export function pmcChartOptions(): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    legend: { show: true },
    scales: { x: { time: true } },
    axes: [{}, { label: 'load', size: 50 }],
    series: [
      dayEntry,
      { label: 'CTL (fitness)', stroke: '#1d4ed8', width: 2.5, points: { show: false } },
      { label: 'ATL (fatigue)', stroke: '#be185d', width: 1.5, points: { show: false } },
      {
        label: 'TSB (form)',
        stroke: '#047857',
        width: 1.5,
        dash: [5, 4],
        fill: 'rgba(4, 120, 87, 0.08)',
        points: { show: false },
      },
    ],
  };
}

export function pmcChartData(s: PmcSeries): uPlot.AlignedData {
  return [s.dates.map(toEpoch), s.ctl, s.atl, s.tsb];
}

export function PmcChart({ series }: { series: PmcSeries }) {
  const data = useMemo(() => pmcChartData(series), [series]);
  return (
    <UPlotFigure
      name="Training load chart: CTL, ATL and TSB"
      testId="chart-pmc"
      summary={pmcSummary(series)}
      options={pmcOptions}
      data={data}
    />
  );
}
const pmcOptions = pmcChartOptions();

/**
 * The wellness chart; its illness entry in the legend names the day's illness state in words ("none", the kind
 * reported, "no check-in"), not the marker's height (the day's score) nor nothing.
 */
export function wellnessChartOptions(
  s: Pick<WellnessSeries, 'illnessStatus'>,
): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    legend: { show: true },
    scales: { x: { time: true }, y: { range: [0.5, 5.5] } },
    axes: [{}, { label: 'wellness (1–5)', size: 50, splits: () => [1, 2, 3, 4, 5] }],
    series: [
      dayEntry,
      { label: 'check-in', stroke: '#64748b', width: 0, points: { show: true, size: 6, fill: '#64748b' } },
      { label: '7-day mean', stroke: '#7c3aed', width: 2, spanGaps: true },
      {
        label: 'illness',
        value: (_u, _v, _si, idx) => (idx == null ? '--' : illnessWords(s.illnessStatus[idx] ?? null)),
        stroke: '#b91c1c',
        width: 0,
        points: { show: true, size: 11, fill: '#b91c1c', stroke: '#fff', width: 1.5 },
      },
    ],
  };
}

export function wellnessChartData(s: WellnessSeries): uPlot.AlignedData {
  return [s.dates.map(toEpoch), s.score, s.mean7, s.illness] as uPlot.AlignedData;
}

/** An illness mark is one day's: off the cursor, the legend shows it only when the latest day has one. */
const WELLNESS_NOW_ONLY = [3];
export function WellnessChart({ series }: { series: WellnessSeries }) {
  const data = useMemo(() => wellnessChartData(series), [series]);
  const options = useMemo(() => wellnessChartOptions(series), [series]);
  return (
    <UPlotFigure
      name="Wellness chart"
      testId="chart-wellness"
      summary={wellnessSummary(series)}
      options={options}
      data={data}
      legendNowOnly={WELLNESS_NOW_ONLY}
    />
  );
}

/** Weeks as categories (index 0..n-1, labelled by their Monday), planned and done side by side from 0. */
export function complianceChartOptions(labels: readonly string[]): Omit<uPlot.Options, 'width' | 'height'> {
  const bars = uPlot.paths.bars?.({ size: [0.38, 40], align: -1 });
  const barsRight = uPlot.paths.bars?.({ size: [0.38, 40], align: 1 });
  return {
    legend: { show: true },
    scales: {
      x: { time: false, range: [-0.6, labels.length - 0.4] },
      y: { range: (_u, _min, max) => [0, Math.max(60, Math.ceil((max * 1.1) / 60) * 60)] },
    },
    axes: [weekAxis(labels, (i) => i), { label: 'minutes', size: 50 }],
    series: [
      // The week by its Monday, as the load chart's legend names it (weekEntry), not its index.
      {
        label: 'week',
        value: (_u, i) => (i == null || labels[i] == null ? '--' : formatDay(labels[i])),
      },
      {
        label: 'planned',
        fill: 'rgba(180, 83, 9, 0.35)',
        stroke: '#b45309',
        paths: bars,
        points: { show: false },
      },
      {
        label: 'done',
        fill: 'rgba(15, 118, 110, 0.6)',
        stroke: '#0f766e',
        paths: barsRight,
        points: { show: false },
      },
    ],
  };
}

export function complianceChartData(weeks: readonly ComplianceWeek[]): uPlot.AlignedData {
  const s = complianceSeries(weeks);
  return [s.weeks.map((_, i) => i), s.planned, s.done] as uPlot.AlignedData;
}

export function ComplianceChart({ weeks }: { weeks: readonly ComplianceWeek[] }) {
  const s = useMemo(() => complianceSeries(weeks), [weeks]);
  const data = useMemo(() => complianceChartData(weeks), [weeks]);
  const options = useMemo(() => complianceChartOptions(s.weeks), [s]);
  return (
    <>
      <UPlotFigure
        name="Compliance chart: planned vs done per week"
        testId="chart-compliance"
        summary={complianceSummary(weeks)}
        options={options}
        data={data}
      />
      <table className="compact-table" aria-label="Compliance per week">
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Planned</th>
            <th scope="col">Done</th>
            <th scope="col">%</th>
          </tr>
        </thead>
        <tbody>
          {s.weeks.map((w, i) => (
            <tr key={w}>
              <td>{w.slice(5)}</td>
              <td>{s.planned[i] ?? '–'}</td>
              <td>{s.done[i]}</td>
              <td>{s.pct[i] != null ? `${s.pct[i]} %` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
