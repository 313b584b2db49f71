import { useMemo } from 'react';
import uPlot from 'uplot';
import { formatMinutes } from '../../../lib/dates';
import { weekAxis, weekEntry } from './chart-axes';
import { UPlotFigure } from './UPlotFigure';

export interface WeekLoad {
  weekStart: string;
  minutes: number;
  plannedMinutes: number | null;
}

const toEpoch = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;
const HALF_WEEK = 3.5 * 86_400;

/** Weekly minutes done (bars) against what was planned (line); one tick per week, labelled by its Monday. */
export function loadChartOptions(weeks: readonly WeekLoad[]): Omit<uPlot.Options, 'width' | 'height'> {
  const mondays = weeks.map((w) => w.weekStart);
  return {
    scales: {
      // Half a week either side, so the first and last bars are whole.
      x: { time: true, range: (_u, min, max) => [min - HALF_WEEK, max + HALF_WEEK] },
      // Bars from 0, so their heights compare.
      y: { range: (_u, _min, max) => [0, Math.max(60, Math.ceil((max * 1.1) / 60) * 60)] },
    },
    axes: [weekAxis(mondays, (i) => toEpoch(mondays[i])), { label: 'minutes', size: 50 }],
    series: [
      weekEntry,
      {
        label: 'done',
        fill: 'rgba(15, 118, 110, 0.55)',
        stroke: '#0f766e',
        paths: uPlot.paths.bars?.({ size: [0.6, 60] }),
        points: { show: false },
      },
      { label: 'planned', stroke: '#b45309', width: 2, dash: [6, 4], spanGaps: true },
    ],
  };
}

export function loadChartData(weeks: readonly WeekLoad[]): uPlot.AlignedData {
  return [
    weeks.map((w) => toEpoch(w.weekStart)),
    weeks.map((w) => w.minutes),
    weeks.map((w) => w.plannedMinutes),
  ] as uPlot.AlignedData;
}

export function LoadChart({ weeks }: { weeks: WeekLoad[] }) {
  const last = weeks.at(-1);
  const summary = last
    ? // The line is the compliance's planned minutes: the days already over, days lost to illness or travel left out
      // (a coach had read "1 h 41 min of 2 h 15 min planned" beside "planned 3 h" for the whole week).
      `Last ${weeks.length} weeks of training minutes logged (bars) against those planned on the days already over, days lost to illness or travel left out (line); latest week ${formatMinutes(last.minutes)} logged${last.plannedMinutes != null ? `, ${formatMinutes(last.plannedMinutes)} planned so far` : ''}.`
    : 'No weeks yet.';
  const options = useMemo(() => loadChartOptions(weeks), [weeks]);
  const data = useMemo(() => loadChartData(weeks), [weeks]);
  if (weeks.length === 0)
    return (
      <figure className="chart" data-testid="chart-load">
        <div role="img" aria-label={`Weekly load chart. ${summary}`} />
        <figcaption>{summary}</figcaption>
      </figure>
    );
  return (
    <UPlotFigure
      name="Weekly load chart"
      testId="chart-load"
      summary={summary}
      options={options}
      data={data}
    />
  );
}
