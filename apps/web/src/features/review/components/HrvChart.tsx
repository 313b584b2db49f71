import { useMemo } from 'react';
import type uPlot from 'uplot';
import { hrvStatusText, type HrvSeries } from '../hrv';
import { dayEntry } from './chart-axes';
import { UPlotFigure, type CompactLegend } from './UPlotFigure';

const toEpoch = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

/** uPlot options for the HRV chart: daily ln rMSSD, its 7-day mean, and the baseline band filled between. */
export function hrvChartOptions(): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    legend: { show: true },
    scales: { x: { time: true } },
    axes: [{}, { label: 'ln rMSSD', size: 50 }],
    series: [
      dayEntry,
      { label: 'ln rMSSD', stroke: '#94a3b8', points: { show: true, size: 4 }, width: 0 },
      { label: '7-day mean', stroke: '#0f766e', width: 2.5, spanGaps: true },
      { label: 'band high', stroke: '#60a5fa', dash: [4, 4], width: 1 },
      { label: 'band low', stroke: '#60a5fa', dash: [4, 4], width: 1 },
    ],
    bands: [{ series: [3, 4], fill: 'rgba(96, 165, 250, 0.18)' }],
  };
}
const hrvOptions = hrvChartOptions();
/** On a phone, the band's two edges are one entry: "band". */
const HRV_COMPACT_LEGEND: CompactLegend = [undefined, undefined, undefined, 'band', null];

export function hrvChartData(s: HrvSeries): uPlot.AlignedData {
  return [s.dates.map(toEpoch), s.ln, s.mean7, s.bandHigh, s.bandLow] as uPlot.AlignedData;
}

export function HrvChart({ series }: { series: HrvSeries }) {
  const data = useMemo(() => hrvChartData(series), [series]);
  return (
    <UPlotFigure
      name="HRV chart"
      testId="chart-hrv"
      summary={hrvStatusText(series)}
      options={hrvOptions}
      data={data}
      height={220}
      compactLegend={HRV_COMPACT_LEGEND}
    />
  );
}
