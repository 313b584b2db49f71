import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { exposeXTicks } from './chart-axes';

/**
 * A uPlot chart as a figure with a text summary (the chart is an image to assistive technology; the caption
 * says what it shows). It takes its box's width and follows it (a phone turned, a window narrowed), never
 * under 280 px.
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
