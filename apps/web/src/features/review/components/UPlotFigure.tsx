import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { exposeXTicks } from './chart-axes';

/**
 * The charts' x values are days (a check-in's date, a week's Monday) placed at their UTC midnight: drawn in
 * UTC, each day's label sits under its point wherever the coach's browser is (in the browser's zone, a coach
 * west of UTC saw a day's point under the day before's label, and a time legend said the day before).
 */
const utcDay = (ts: number) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC');

/**
 * A uPlot chart as a figure with a text summary (the chart is an image to assistive technology; the caption
 * says what it shows). It takes its box's width and follows it (a phone turned, a window narrowed), never
 * under 280 px. Its time axes are in UTC (see `utcDay`).
 */
export function UPlotFigure({
  name,
  summary,
  options,
  data,
  height = 200,
  testId,
}: {
  name: string;
  summary: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(
      {
        tzDate: utcDay,
        ...options,
        plugins: [...(options.plugins ?? []), exposeXTicks()],
        width: Math.max(280, el.clientWidth || 600),
        height,
      },
      data,
      el,
    );
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return (
    <figure className="chart" data-testid={testId}>
      <div ref={box} role="img" aria-label={`${name}. ${summary}`} />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
