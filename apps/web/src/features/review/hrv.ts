/**
 * The HRV picture a coach reads (docs/coaching-domain.md): ln(rMSSD) of morning readings, its 7-day rolling
 * mean (at least 3 readings in the 7 days), and the baseline band of mean ± 0.5 SD (the smallest worthwhile
 * change) of the 60 days before those 7. The engine's own definition (libs/engine compute-metrics, with its
 * configuration): the band the chart draws on the review day is the band the adaptation card states, and the
 * caption formats it with the card's own function. Pure: dates in, series out.
 */
import { DEFAULT_ENGINE_CONFIG } from '../../../../../libs/engine/src/config/engine-config';
import { fixed, valueAndBand } from '../../../../../libs/engine/src/suggestions/format';
import { addDays } from '../../lib/dates';

export interface HrvSeries {
  dates: string[];
  ln: (number | null)[];
  mean7: (number | null)[];
  bandLow: (number | null)[];
  bandHigh: (number | null)[];
}

const R = DEFAULT_ENGINE_CONFIG.readiness;

export function hrvSeries(
  checkIns: { date: string; rmssd: number | null }[],
  from: string,
  to: string,
): HrvSeries {
  const byDate = new Map<string, number>();
  for (const c of checkIns) if (c.rmssd != null && c.rmssd > 0) byDate.set(c.date, Math.log(c.rmssd));
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  /** The readings of the `days` days ending `before` days ahead of `end`, oldest first (the engine's order). */
  const window = (end: string, before: number, days: number) => {
    const out: number[] = [];
    for (let i = before + days - 1; i >= before; i--) {
      const v = byDate.get(addDays(end, -i));
      if (v !== undefined) out.push(v);
    }
    return out;
  };
  const s: HrvSeries = { dates, ln: [], mean7: [], bandLow: [], bandHigh: [] };
  for (const d of dates) {
    s.ln.push(byDate.get(d) ?? null);
    const week = window(d, 0, R.hrvWindowDays);
    s.mean7.push(week.length >= R.hrvMinReadings ? week.reduce((a, b) => a + b, 0) / week.length : null);
    // As the engine computes it: mean and population SD from the sums, over the baseline before the 7 days.
    const base = window(d, R.hrvWindowDays, R.hrvBaselineDays);
    let sum = 0;
    let sumSq = 0;
    for (const v of base) {
      sum += v;
      sumSq += v * v;
    }
    const n = base.length;
    const m = n > 0 ? sum / n : 0;
    const sd = n > 1 ? Math.sqrt(Math.max(0, sumSq / n - m * m)) : null;
    if (n >= R.hrvBaselineMinReadings && sd !== null) {
      s.bandLow.push(m - R.hrvBandSd * sd);
      s.bandHigh.push(m + R.hrvBandSd * sd);
    } else {
      s.bandLow.push(null);
      s.bandHigh.push(null);
    }
  }
  return s;
}

/** Where the latest 7-day mean sits against its band, in words, its figures as the adaptation card gives them. */
export function hrvStatusText(s: HrvSeries): string {
  const i = s.mean7.length - 1;
  const m = s.mean7[i];
  const lo = s.bandLow[i];
  const hi = s.bandHigh[i];
  if (m == null) return 'Too few readings in the last 7 days for a mean.';
  if (lo == null || hi == null)
    return `7-day mean ${fixed(m, 2)}; not enough history for a baseline band yet.`;
  const where = m < lo ? 'below its band' : m > hi ? 'above its band' : 'inside its band';
  const [v, low, high] = valueAndBand(m, lo, hi);
  return `7-day mean ln rMSSD ${v}, ${where} (${low}–${high}).`;
}
