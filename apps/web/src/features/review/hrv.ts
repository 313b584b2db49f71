/**
 * The HRV picture a coach reads (docs/coaching-domain.md): ln(rMSSD) of morning readings, its 7-day rolling
 * mean (at least 3 readings in the 7 days), and the 60-day baseline band of mean ± 0.5 SD (the smallest
 * worthwhile change). Pure: dates in, series out.
 */
import { addDays } from '../../lib/dates';

export interface HrvSeries {
  dates: string[];
  ln: (number | null)[];
  mean7: (number | null)[];
  bandLow: (number | null)[];
  bandHigh: (number | null)[];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};

export function hrvSeries(
  checkIns: { date: string; rmssd: number | null }[],
  from: string,
  to: string,
): HrvSeries {
  const byDate = new Map<string, number>();
  for (const c of checkIns) if (c.rmssd != null && c.rmssd > 0) byDate.set(c.date, Math.log(c.rmssd));
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const window = (end: string, days: number) => {
    const out: number[] = [];
    for (let i = 0; i < days; i++) {
      const v = byDate.get(addDays(end, -i));
      if (v !== undefined) out.push(v);
    }
    return out;
  };
  const s: HrvSeries = { dates, ln: [], mean7: [], bandLow: [], bandHigh: [] };
  for (const d of dates) {
    s.ln.push(byDate.get(d) ?? null);
    const week = window(d, 7);
    s.mean7.push(week.length >= 3 ? mean(week) : null);
    const base = window(d, 60);
    if (base.length >= 14) {
      const m = mean(base);
      const half = 0.5 * sd(base);
      s.bandLow.push(m - half);
      s.bandHigh.push(m + half);
    } else {
      s.bandLow.push(null);
      s.bandHigh.push(null);
    }
  }
  return s;
}

/** Where the latest 7-day mean sits against its band, in words. */
export function hrvStatusText(s: HrvSeries): string {
  const i = s.mean7.length - 1;
  const m = s.mean7[i];
  const lo = s.bandLow[i];
  const hi = s.bandHigh[i];
  if (m == null) return 'Too few readings in the last 7 days for a mean.';
  if (lo == null || hi == null)
    return `7-day mean ${m.toFixed(2)}; not enough history for a baseline band yet.`;
  const where = m < lo ? 'below its band' : m > hi ? 'above its band' : 'inside its band';
  return `7-day mean ln rMSSD ${m.toFixed(2)}, ${where} (${lo.toFixed(2)}–${hi.toFixed(2)}).`;
}
