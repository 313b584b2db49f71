import { describe, expect, it } from 'vitest';
import { reviewAthlete } from '../../../../../libs/engine/src';
import type { ReviewInput } from '../../../../../libs/engine/src';
import { toDayNumber } from '../../../../../libs/engine/src/dates/local-date';
import { dayOf, steadyHistory } from '../../../../../libs/engine/test/factories/athlete-history.factory';
import { addDays } from '../../lib/dates';
import { hrvSeries, hrvStatusText } from './hrv';

/** The last 7 readings set so that their mean sits `by` ln units from the band's edge (negative: under the floor). */
function nearEdge(input: ReviewInput, by: number): ReviewInput {
  const hrv = reviewAthlete(input).metrics.hrv;
  const ln = by < 0 ? (hrv.bandLow as number) + by : (hrv.bandHigh as number) + by;
  const review = toDayNumber(input.reviewDate);
  return {
    ...input,
    checkIns: input.checkIns.map((c) => (review - dayOf(c) < 7 ? { ...c, rmssd: Math.exp(ln) } : c)),
  };
}

const CASES: Record<string, () => ReviewInput> = {
  'steady readings': () => steadyHistory(),
  'a week of low readings (the days the baseline leaves out)': () =>
    steadyHistory({ hrvDrop: { days: 7, ln: 0.15 } }),
  'low for 17 days running': () => steadyHistory({ hrvDrop: { days: 17, ln: 0.15 } }),
  'just over the top, inside the noise (the upper edge)': () => nearEdge(steadyHistory(), 0.004),
  'just under the floor, inside the noise (the lower edge)': () => nearEdge(steadyHistory(), -0.003),
  'a hair over the top': () => nearEdge(steadyHistory({ rmssd: 71 }), 0.0004),
};

/** ln rMSSD and the band's two ends, as a sentence gives them. */
const figures = (text: string) => {
  const m = /ln rMSSD (\d+\.\d+)\)?,? .*?(\d+\.\d+)–(\d+\.\d+)/.exec(text);
  if (!m) throw new Error(`no HRV figures in: ${text}`);
  return m.slice(1);
};

describe("the HRV chart's caption and the adaptation card", () => {
  for (const [name, input] of Object.entries(CASES)) {
    it(`give the same 7-day mean and band, digit for digit: ${name}`, () => {
      const i = input();
      const review = reviewAthlete(i);
      const card = review.components.find((c) => c.component === 'ADAPTATION')!.summary;
      const caption = hrvStatusText(
        hrvSeries(
          i.checkIns.map((c) => ({ date: c.date as string, rmssd: c.rmssd ?? null })),
          addDays(i.reviewDate, -41),
          i.reviewDate,
        ),
      );
      expect(figures(caption)).toEqual(figures(card));
      const where = { BELOW_BAND: 'below', WITHIN_BAND: 'inside', ABOVE_BAND: 'above' }[
        review.metrics.hrv.status as 'BELOW_BAND' | 'WITHIN_BAND' | 'ABOVE_BAND'
      ];
      expect(caption).toContain(`${where} its band`);
    });
  }
});
