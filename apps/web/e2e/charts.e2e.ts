/**
 * The review screen's five uPlot charts are readable on a phone: their x-axis labels (drawn on the canvas; each
 * chart puts what it drew on `data-x-ticks`, see chart-axes.ts) do not run into each other or off the chart, at
 * 375 px as at desktop width, and the charts follow the screen when it turns narrow. Their legends (what each line
 * is) take one line under the chart at 375 px, within its width: at a phone's width uPlot's own legend ("Time: --",
 * then each series with its value) wrapped onto two or three lines, a label on one and its value on the next.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, OUT, PHONE, demo, gql, launch, newContext, signIn } from './browser';

const CHARTS = ['chart-load', 'chart-pmc', 'chart-hrv', 'chart-wellness', 'chart-compliance'];
/** Two labels closer than this read as one. */
const GAP = 6;

interface Tick {
  text: string;
  left: number;
  right: number;
}

/** The x-axis labels each chart drew, and the width of its canvas. */
async function ticksOf(page: Page): Promise<Record<string, { width: number; ticks: Tick[] }>> {
  const out: Record<string, { width: number; ticks: Tick[] }> = {};
  for (const id of CHARTS) {
    const root = page.getByTestId(id).locator('.uplot[data-x-ticks]');
    await root.waitFor();
    const { ticks, width } = await root.evaluate((el) => ({
      ticks: JSON.parse((el as HTMLElement).dataset.xTicks!) as Tick[],
      width: el.querySelector('canvas')!.getBoundingClientRect().width,
    }));
    out[id] = { width, ticks };
  }
  return out;
}

/** Every pair of neighbouring labels at least GAP apart, and all of them on the canvas. */
function collisions(chart: { width: number; ticks: Tick[] }): string[] {
  const t = [...chart.ticks].sort((a, b) => a.left - b.left);
  const bad: string[] = [];
  for (let i = 1; i < t.length; i++)
    if (t[i].left - t[i - 1].right < GAP)
      bad.push(
        `"${t[i - 1].text}" [${t[i - 1].left}–${t[i - 1].right}] and "${t[i].text}" [${t[i].left}–${t[i].right}]`,
      );
  for (const x of t)
    if (x.left < 0 || x.right > chart.width)
      bad.push(`"${x.text}" [${x.left}–${x.right}] off a ${chart.width}-px chart`);
  return bad;
}

/**
 * Each chart's legend as drawn: how many lines its text takes (the labels and values shown, grouped by where their
 * middle is) and how wide it is against its chart.
 */
async function legendsOf(page: Page): Promise<Record<string, Legend>> {
  const out: Record<string, Legend> = {};
  for (const id of CHARTS) {
    const root = page.getByTestId(id).locator('.uplot');
    await root.locator('.u-legend').waitFor();
    out[id] = await root.evaluate((el) => {
      const legend = el.querySelector('.u-legend')!;
      const shown = [...legend.querySelectorAll('.u-label, .u-value')].filter(
        (x) => getComputedStyle(x).display !== 'none' && x.getClientRects().length > 0,
      );
      const middles = shown
        .flatMap((x) => [...x.getClientRects()].map((r) => (r.top + r.bottom) / 2))
        .sort((a, b) => a - b);
      let lines = 0;
      let last = -Infinity;
      for (const m of middles) {
        if (m - last > 4) lines++;
        last = m;
      }
      // A line shown without its name (a marker alone) does not say what it is.
      const unnamed = [...legend.querySelectorAll('.u-series')].filter(
        (row) =>
          getComputedStyle(row).display !== 'none' &&
          ![...row.querySelectorAll('.u-label')].some(
            (x) => getComputedStyle(x).display !== 'none' && x.textContent!.trim() !== '',
          ),
      ).length;
      // A line named without a swatch of its colour (a marker with no fill and no visible border: uPlot draws a
      // series' marker from its line's width and its area's fill, so a points-only series had none) cannot be
      // told apart from the others on the chart.
      const visible = (color: string) => {
        const m = color.match(/[\d.]+/g)?.map(Number) ?? [];
        const [r, g, b, a = 1] = m;
        return m.length >= 3 && a > 0 && !(r > 245 && g > 245 && b > 245);
      };
      const unmarked = [...legend.querySelectorAll('.u-series')]
        .filter((row, i) => i > 0 && getComputedStyle(row).display !== 'none')
        .filter((row) => {
          const marker = row.querySelector('.u-marker');
          if (!marker || getComputedStyle(marker).display === 'none') return true;
          const st = getComputedStyle(marker);
          const border =
            parseFloat(st.borderTopWidth) > 0 && st.borderTopStyle !== 'none' && visible(st.borderTopColor);
          return !border && !visible(st.backgroundColor);
        })
        .map((row) => row.querySelector('.u-label')?.textContent ?? '?');
      return {
        unnamed,
        unmarked,
        lines,
        width: Math.round(legend.getBoundingClientRect().width),
        chart: Math.round(el.querySelector('canvas')!.getBoundingClientRect().width),
        text: shown.map((x) => x.textContent).join(' '),
      };
    });
  }
  return out;
}

interface Legend {
  lines: number;
  unnamed: number;
  /** The names of the entries shown without a visible swatch of their colour. */
  unmarked: string[];
  width: number;
  chart: number;
  text: string;
}

/** A chart's legend entries as read: each one's (full) label and its value. */
async function legendValuesOf(page: Page, id: string): Promise<{ label: string; value: string }[]> {
  return page
    .getByTestId(id)
    .locator('.u-legend .u-series')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        label: (r.querySelector('.u-label-full, .u-label')?.textContent ?? '').trim(),
        value: (r.querySelector('.u-value')?.textContent ?? '').trim(),
      })),
    );
}

/** Each entry of every chart's legend has a swatch of its colour. */
async function expectMarkedLegends(page: Page) {
  const legends = await legendsOf(page);
  const problems = CHARTS.flatMap((id) =>
    legends[id].unmarked.map((name) => `${id}: "${name}" has no visible swatch`),
  );
  expect(problems).toEqual([]);
}

/** At most one line of legend per chart, with something in it, no wider than the chart. */
async function expectCompactLegends(page: Page) {
  const legends = await legendsOf(page);
  const problems = CHARTS.flatMap((id) => {
    const l = legends[id];
    return [
      ...(l.lines !== 1 ? [`the legend takes ${l.lines} lines: ${l.text}`] : []),
      ...(l.unnamed ? [`${l.unnamed} entries without a name: ${l.text}`] : []),
      ...(l.width > l.chart ? [`the legend is ${l.width} px wide under a ${l.chart}-px chart`] : []),
    ].map((p) => `${id}: ${p}`);
  });
  expect(problems).toEqual([]);
}

async function expectReadable(page: Page, viewportWidth: number) {
  const charts = await ticksOf(page);
  // Enough labels to place the data in time, none colliding or cut off, the chart within the screen.
  const problems = CHARTS.flatMap((id) => {
    const c = charts[id];
    return [
      ...(c.ticks.length < 3 ? [`only ${c.ticks.length} labels: ${JSON.stringify(c.ticks)}`] : []),
      ...collisions(c),
      ...(c.width > viewportWidth ? [`${c.width} px wide on a ${viewportWidth}-px screen`] : []),
    ].map((p) => `${id}: ${p}`);
  });
  expect(problems).toEqual([]);
  return charts;
}

describe('the review charts on a phone', () => {
  let browser: Browser;
  let athleteId: string;
  beforeAll(async () => {
    browser = await launch();
    const page = await (await newContext(browser)).newPage();
    await signIn(page, demo('coach2'));
    const d = await gql<{ roster: { nodes: { id: string }[] } }>(
      page,
      `{ roster(first: 1) { nodes { id } } }`,
    );
    athleteId = d.roster.nodes[0].id;
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(viewport: { width: number; height: number }, timezoneId?: string) {
    const page = await (await newContext(browser, viewport, timezoneId)).newPage();
    await signIn(page, demo('coach2'));
    await page.goto(`/coach/review/${athleteId}`);
    await page.locator('.charts').waitFor();
    return page;
  }

  it('at 375 px, the x-axis labels of every chart stand apart and on the chart', async () => {
    const page = await open(PHONE);
    await ticksOf(page); // drawn
    await page.locator('.charts').screenshot({ path: join(OUT, 'review-charts-axes-375.png') });
    await expectReadable(page, PHONE.width);
    await page.context().close();
  });

  it('at 375 px, every chart’s legend takes one line within the chart’s width, each entry with a swatch of its colour', async () => {
    const page = await open(PHONE);
    await ticksOf(page); // drawn
    await expectCompactLegends(page);
    await expectMarkedLegends(page);
    await page.context().close();
  });

  it('at desktop width too, and after the window narrows to 375 px', async () => {
    const page = await open(DESKTOP);
    await ticksOf(page);
    await page.locator('.charts').screenshot({ path: join(OUT, 'review-charts-axes-desktop.png') });
    await expectReadable(page, DESKTOP.width);
    // Wide, the legend is uPlot's own: the lines' names and their values. Before any hover it shows each line's
    // latest value (it said "--" for every line until the cursor was on the chart); on the chart's last day, the
    // cursor's values are the same.
    for (const id of CHARTS) {
      const before = await legendValuesOf(page, id);
      // Every entry says something: the illness entry too (it read "illness:" and nothing when the latest day had no
      // illness reported).
      const missing = before.filter((e) => e.value === '--' || e.value === '');
      expect(missing, `${id}: ${JSON.stringify(before)}`).toEqual([]);
      // The day (the week) is written as everywhere else in the app ("Mon 7 Dec", formatDay), not uPlot's
      // "2026-12-07 12:00am" under "Time".
      const weekly = id === 'chart-load' || id === 'chart-compliance';
      expect(before[0], id).toEqual({
        label: weekly ? 'week' : 'day',
        value: expect.stringMatching(
          weekly ? /^Mon \d{1,2} [A-Z][a-z]{2}$/ : /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}$/,
        ),
      });
      const over = await page.getByTestId(id).locator('.u-over').boundingBox();
      await page.mouse.move(over!.x + over!.width - 1, over!.y + over!.height / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const onLastDay = await legendValuesOf(page, id);
      await page.mouse.move(0, 0);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const after = await legendValuesOf(page, id);
      expect(after, id).toEqual(before);
      expect(onLastDay[0], id).toEqual(before[0]); // the day (week) the legend names is the chart's last
      for (const [i, e] of onLastDay.entries())
        if (e.value !== '--') expect(before[i], `${id}: ${e.label}`).toEqual(e);
    }
    await expectMarkedLegends(page);
    await page.setViewportSize(PHONE);
    await expect
      .poll(async () => Math.max(...Object.values(await ticksOf(page)).map((c) => c.width)))
      .toBeLessThanOrEqual(PHONE.width);
    await expectReadable(page, PHONE.width);
    await expectCompactLegends(page);
    await page.context().close();
  });

  it("the HRV chart's caption and the adaptation card give the same 7-day mean and band, for every athlete", async () => {
    const page = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(page, demo('coach2'));
    const { roster } = await gql<{ roster: { nodes: { id: string; name: string }[] } }>(
      page,
      `{ roster(first: 50) { nodes { id name } } }`,
    );
    /** ln rMSSD and the band's two ends, as a sentence gives them. */
    const figures = (text: string) =>
      /ln rMSSD (\d+\.\d+)\)?,? .*?(\d+\.\d+)–(\d+\.\d+)/.exec(text)?.slice(1);
    let compared = 0;
    for (const a of roster.nodes) {
      await page.goto(`/coach/review/${a.id}`);
      const card = page.getByRole('region', { name: /^Adaptation/ });
      const caption = page.getByTestId('chart-hrv').locator('figcaption');
      await caption.waitFor();
      const onCard = figures(await card.innerText());
      const inCaption = figures(await caption.innerText());
      expect(inCaption, a.name).toEqual(onCard);
      if (onCard) compared++;
    }
    // The demo club's athletes with HRV readings: most of them have a band to compare.
    expect(compared).toBeGreaterThanOrEqual(6);
    await page.context().close();
  });

  // The days are dates (a check-in's day, a week's Monday), not instants: a coach in Los Angeles or Auckland sees
  // each label under the same day's point as a coach in London. Drawn in the browser's zone, a day's point at UTC
  // midnight sat a few hours off its day's tick (west of UTC, under the day before).
  it("labels the same days at the same places whatever the browser's time zone", async () => {
    const drawn = async (timezoneId: string) => {
      const page = await open(DESKTOP, timezoneId);
      const charts = await ticksOf(page);
      await page.context().close();
      return charts;
    };
    const utc = await drawn('UTC');
    for (const zone of ['America/Los_Angeles', 'Pacific/Auckland']) {
      const there = await drawn(zone);
      for (const id of CHARTS) expect(there[id].ticks, `${id} in ${zone}`).toEqual(utc[id].ticks);
    }
  });
});
