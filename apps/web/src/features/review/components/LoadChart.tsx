import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { formatMinutes } from '../../../lib/dates';
import { exposeXTicks } from './chart-axes';

export interface WeekLoad {
  weekStart: string;
  minutes: number;
  plannedMinutes: number | null;
}

/** Weekly minutes done (bars) against what was planned (line). */
export function LoadChart({ weeks }: { weeks: WeekLoad[] }) {
  const box = useRef<HTMLDivElement>(null);
  const last = weeks.at(-1);
  const summary = last
    ? `Last ${weeks.length} weeks of training minutes; this week ${formatMinutes(last.minutes)}${last.plannedMinutes != null ? ` of ${formatMinutes(last.plannedMinutes)} planned` : ''}.`
    : 'No weeks yet.';
  useEffect(() => {
    const el = box.current;
    if (!el || weeks.length === 0) return;
    const bars = uPlot.paths.bars!({ size: [0.6, 60] });
    const plot = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 600),
        height: 200,
        plugins: [exposeXTicks()],
        scales: {
          x: { time: true },
          // Bars from 0, so their heights compare.
          y: { range: (_u, _min, max) => [0, Math.max(60, Math.ceil((max * 1.1) / 60) * 60)] },
        },
        axes: [{}, { label: 'minutes', size: 50 }],
        series: [
          {},
          {
            label: 'done',
            fill: 'rgba(15, 118, 110, 0.55)',
            stroke: '#0f766e',
            paths: bars,
            points: { show: false },
          },
          { label: 'planned', stroke: '#b45309', width: 2, dash: [6, 4], spanGaps: true },
        ],
      },
      [
        weeks.map((w) => Date.parse(`${w.weekStart}T00:00:00Z`) / 1000),
        weeks.map((w) => w.minutes),
        weeks.map((w) => w.plannedMinutes),
      ] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [weeks]);
  return (
    <figure className="chart" data-testid="chart-load">
      <div ref={box} role="img" aria-label={`Weekly load chart. ${summary}`} />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
