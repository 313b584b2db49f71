import type uPlot from 'uplot';

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
