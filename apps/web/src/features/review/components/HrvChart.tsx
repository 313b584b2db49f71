import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { hrvStatusText, type HrvSeries } from '../hrv';
import { exposeXTicks } from './chart-axes';

const toEpoch = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

/** uPlot options for the HRV chart: daily ln rMSSD, its 7-day mean, and the baseline band filled between. */
export function hrvChartOptions(width: number): uPlot.Options {
  return {
    width,
    height: 220,
    legend: { show: true },
    scales: { x: { time: true } },
    axes: [{}, { label: 'ln rMSSD', size: 50 }],
    series: [
      {},
      { label: 'ln rMSSD', stroke: '#94a3b8', points: { show: true, size: 4 }, width: 0 },
      { label: '7-day mean', stroke: '#0f766e', width: 2.5, spanGaps: true },
      { label: 'band high', stroke: '#60a5fa', dash: [4, 4], width: 1 },
      { label: 'band low', stroke: '#60a5fa', dash: [4, 4], width: 1 },
    ],
    bands: [{ series: [3, 4], fill: 'rgba(96, 165, 250, 0.18)' }],
    plugins: [exposeXTicks()],
  };
}

export function hrvChartData(s: HrvSeries): uPlot.AlignedData {
  return [s.dates.map(toEpoch), s.ln, s.mean7, s.bandHigh, s.bandLow] as uPlot.AlignedData;
}

export function HrvChart({ series }: { series: HrvSeries }) {
  const box = useRef<HTMLDivElement>(null);
  const summary = hrvStatusText(series);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(hrvChartOptions(Math.max(280, el.clientWidth || 600)), hrvChartData(series), el);
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height: 220 }));
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [series]);
  return (
    <figure className="chart" data-testid="chart-hrv">
      <div ref={box} role="img" aria-label={`HRV chart. ${summary}`} />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
