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

type Paint = uPlot.Series.Stroke | uPlot.Series.Fill | undefined;
/** A series' colour as a CSS value ('' for none: the swatch is left without a background). */
const paint = (p: Paint, u: uPlot, i: number): string =>
  (typeof p === 'function' ? (p(u, i) as string | null) : (p as string | undefined)) ?? '';

/**
 * Legend swatches for every series, points-only ones included. uPlot fills a series' swatch with its area's fill and
 * borders it with its line (for a series without a line, with its points' outline), so a points-only series with no
 * area had a swatch of its points' outline alone: the wellness chart's illness marks, outlined in white, had none.
 * Such a series' swatch is filled with its points' colour, as they are drawn.
 */
export const legendMarkers: uPlot.Legend.Markers = {
  fill: (u, i) => {
    const s = u.series[i];
    return s.width === 0 && s.points?.show ? paint(s.points.fill ?? s.stroke, u, i) : paint(s.fill, u, i);
  },
};

/**
 * What the legend shows while the cursor is not on the chart (on a desktop, before any hover): each series' latest
 * value, so the legend reads "CTL (fitness) 41.2" at once instead of uPlot's "--". Returns per series the index of
 * that value: for the x entry, the latest day any series has a value (the day the legend names); for a series, its
 * own latest value (the HRV reading of three days ago when none since), or for one of `nowOnly` (a mark of one day,
 * like an illness: an old one is not the state now) its value on that latest day, if any. null: no value at all.
 */
export function latestLegendIdxs(
  data: uPlot.AlignedData,
  nowOnly: readonly number[] = [],
): (number | null)[] {
  const lastOf = (values: ArrayLike<number | null | undefined>) => {
    for (let i = values.length - 1; i >= 0; i--) if (values[i] != null) return i;
    return null;
  };
  const own = data.map((values, i) => (i === 0 ? null : lastOf(values)));
  const latest = own
    .filter((idx, i) => i > 0 && !nowOnly.includes(i))
    .reduce<number | null>((m, idx) => (idx === null ? m : m === null ? idx : Math.max(m, idx)), null);
  return own.map((idx, i) => (i === 0 ? latest : nowOnly.includes(i) ? latest : idx));
}

/** A uPlot plugin: the legend shows `latestLegendIdxs` whenever the cursor is off the chart. */
export function latestLegend(nowOnly: readonly number[] = []): uPlot.Plugin {
  return {
    hooks: {
      setLegend: (u) => {
        if (u.cursor.idx != null) return;
        const idxs = latestLegendIdxs(u.data, nowOnly);
        if (idxs[0] !== null) u.setLegend({ idxs }, false);
      },
    },
  };
}

/**
 * Per series (by index), what the compact legend of a phone-wide chart says (styles.css: the legend there names
 * the lines on one line, without the cursor's values): `undefined` its label, a string a shorter one, null nothing
 * (e.g. the second edge of a band, named once by the first).
 */
export type CompactLegend = readonly (string | null | undefined)[];

function markCompactLegend(root: HTMLElement, compact: CompactLegend) {
  const rows = root.querySelectorAll<HTMLElement>('.u-legend .u-series');
  compact.forEach((label, i) => {
    const row = rows[i];
    if (!row || label === undefined) return;
    if (label === null) {
      row.classList.add('u-compact-off');
      return;
    }
    const full = row.querySelector('.u-label');
    if (!full) return;
    const short = document.createElement('div');
    short.className = 'u-label u-label-compact';
    short.textContent = label;
    full.classList.add('u-label-full');
    full.after(short);
  });
}

/**
 * A uPlot chart as a figure with a text summary (the chart is an image to assistive technology; the caption
 * says what it shows). It takes its box's width and follows it (a phone turned, a window narrowed), never
 * under 280 px. Its time axes are in UTC (see `utcDay`). Narrower than 480 px its legend is compact (styles.css,
 * `compactLegend`).
 */
export function UPlotFigure({
  name,
  summary,
  options,
  data,
  height = 200,
  testId,
  compactLegend,
  legendNowOnly,
}: {
  name: string;
  summary: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  testId: string;
  /** Stable (a module constant): the chart is drawn again when it changes. */
  compactLegend?: CompactLegend;
  /** Series (by index) whose legend, off the cursor, shows the latest day's value only (see `latestLegendIdxs`). */
  legendNowOnly?: readonly number[];
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot(
      {
        tzDate: utcDay,
        ...options,
        legend: { ...options.legend, markers: { ...legendMarkers, ...options.legend?.markers } },
        plugins: [...(options.plugins ?? []), exposeXTicks(), latestLegend(legendNowOnly)],
        width: Math.max(280, el.clientWidth || 600),
        height,
      },
      data,
      el,
    );
    if (compactLegend) markCompactLegend(el, compactLegend);
    const ro =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: Math.max(280, el.clientWidth), height }));
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      plot.destroy();
    };
  }, [options, data, height, compactLegend, legendNowOnly]);
  return (
    <figure className="chart" data-testid={testId}>
      <div ref={box} role="img" aria-label={`${name}. ${summary}`} />
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
