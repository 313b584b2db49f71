import type uPlot from 'uplot';
import { formatDay } from '../../../lib/dates';

/** One x-axis value label as uPlot drew it on the canvas: its text and horizontal extent, CSS px from the chart's left. */
export interface XTickLabel {
  text: string;
  left: number;
  right: number;
}

/** What uPlot keeps of the axis it last drew (not in its typings). */
type DrawnAxis = uPlot.Axis & {
  _splits?: number[] | null;
  _values?: (string | number | null)[] | null;
  font?: [string, number];
};

/**
 * The x-axis value labels of the last draw, measured with the canvas's own font. uPlot draws them on the
 * canvas (no DOM), so this is what tells whether they collide. Centred under their tick, as uPlot draws a
 * bottom axis's values unless told otherwise.
 */
export function xTickLabels(u: uPlot): XTickLabel[] {
  const axis = u.axes[0] as DrawnAxis;
  const splits = axis._splits ?? [];
  const values = axis._values ?? [];
  const ratio = u.width > 0 ? u.ctx.canvas.width / u.width : 1;
  const out: XTickLabel[] = [];
  u.ctx.save();
  if (axis.font) u.ctx.font = axis.font[0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null || v === '' || splits[i] == null) continue;
    const text = String(v);
    const width = Math.max(...text.split('\n').map((line) => u.ctx.measureText(line).width)) / ratio;
    const x = u.valToPos(splits[i], 'x', true) / ratio;
    const [left, right] =
      axis.align === 1 ? [x, x + width] : axis.align === 2 ? [x - width, x] : [x - width / 2, x + width / 2];
    out.push({ text, left: +left.toFixed(1), right: +right.toFixed(1) });
  }
  u.ctx.restore();
  return out;
}

/**
 * A uPlot plugin putting the drawn x-axis labels on the chart's root element (`data-x-ticks`, JSON of
 * {@link XTickLabel}[]) after each draw: the browser tests check from it that they do not overlap at phone width.
 */
export const exposeXTicks = (): uPlot.Plugin => ({
  hooks: {
    draw: (u) => {
      u.root.dataset.xTicks = JSON.stringify(xTickLabels(u));
    },
  },
});

/** A chart's x value (a day at its UTC midnight, see UPlotFigure) as the day it is: "2026-12-07". */
const dayOf = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);

/**
 * The x entry of a daily chart's legend: "day: Mon 7 Dec", the day written as everywhere else in the app
 * (formatDay), not uPlot's "Time: 2026-12-07 12:00am".
 */
export const dayEntry: uPlot.Series = {
  label: 'day',
  value: (_u, v, _si, idx) => (idx == null || v == null ? '--' : formatDay(dayOf(v))),
};

/** The x entry of a weekly chart's legend whose x values are the weeks' Mondays: "week: Mon 30 Nov". */
export const weekEntry: uPlot.Series = {
  label: 'week',
  value: (_u, v, _si, idx) => (idx == null || v == null ? '--' : formatDay(dayOf(v))),
};

/** "2026-11-02" → "11/2", as uPlot writes the days on its time axes. */
export const shortDate = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;

/** CSS px from one week label's tick to the next at least: "11/30" in uPlot's 12 px font is about 32 px wide. */
export const WEEK_LABEL_SPACE = 44;

/**
 * An x axis of weeks: a tick and grid line per week (at `xOf(i)`), a label on every week when they fit, else on
 * every second, third… week counted back from the latest (the one the review is about), so that labels keep
 * {@link WEEK_LABEL_SPACE} apart at any width: eight or thirteen weeks do not fit a phone at one label each.
 */
export function weekAxis(weeks: readonly string[], xOf: (i: number) => number): uPlot.Axis {
  return {
    splits: () => weeks.map((_, i) => xOf(i)),
    values: (u, splits) => {
      const perWeek =
        splits.length > 1 ? Math.abs(u.valToPos(splits[1], 'x') - u.valToPos(splits[0], 'x')) : Infinity;
      const step = perWeek > 0 ? Math.max(1, Math.ceil(WEEK_LABEL_SPACE / perWeek)) : 1;
      return splits.map((_, i) => ((splits.length - 1 - i) % step === 0 ? shortDate(weeks[i]) : null));
    },
  };
}
