import { fromDayNumber } from '../dates/local-date';
import type { CheckIn, HrvBelow } from '../types';

/**
 * Grading a 7-day HRV mean that is below its band (domain doc, Recovery; the thresholds are our rule).
 *
 * The band is the 60-day mean ± 0.5 SD, the smallest worthwhile change (Plews 2012; Buchheit 2014). The 7-day
 * mean has its own day-to-day noise, about SD / √n for n readings; a change should be read against both the
 * smallest worthwhile change and that noise (Buchheit 2014, Front Physiol 5:73; Hopkins' magnitude-based
 * reading). So a mean that is below the floor by less than its noise is at the edge of the band, not out of it:
 * a mean one noise below the floor is likely (≈ 84 %, one-sided) past the smallest worthwhile change.
 */
/** Floor of the noise (ln units, about 1 % rMSSD): below it two-decimal numbers cannot tell a mean from its band edge. */
export const HRV_NOISE_FLOOR = 0.01;
/** Days running the 7-day mean has stayed below the floor for half the noise to be enough. */
export const HRV_PERSIST_DAYS = 4;
/** How far back the 7-day mean is followed (days; enough for the two-week escalation of red readiness). */
export const HRV_LOOKBACK_DAYS = 42;

const ln = new Float64Array(HRV_LOOKBACK_DAYS + 7);
const has = new Uint8Array(HRV_LOOKBACK_DAYS + 7);

/**
 * How far and how long the 7-day mean is below `floor`. Only called for a mean below its band (rare), so a
 * review with nothing wrong pays nothing for it. `recent` lists the indexes of the check-ins the metrics scan
 * kept (newer than its oldest window), `cDay` their days and `lnOf` the ln of their rMSSD (where it is above 0),
 * as the scan took it: not taken again here.
 */
export function hrvBelow(
  checkIns: readonly CheckIn[],
  cDay: Int32Array,
  recent: Int32Array,
  lnOf: Float64Array,
  nRecent: number,
  reviewDay: number,
  mean7: number,
  readings: number,
  floor: number,
  sd: number,
  windowDays: number,
  minReadings: number,
): HrvBelow {
  const from = reviewDay - HRV_LOOKBACK_DAYS - windowDays + 1;
  ln.fill(0);
  has.fill(0);
  for (let k = 0; k < nRecent; k++) {
    const i = recent[k];
    const d = cDay[i];
    const v = checkIns[i].rmssd;
    if (d < from || d > reviewDay || v === undefined || !(v > 0)) continue;
    ln[d - from] = lnOf[i];
    has[d - from] = 1;
  }
  // One reading: without the lowest of the 7 days, is the mean back inside?
  let lowest = Infinity;
  let lowestDay = reviewDay;
  for (let d = reviewDay - windowDays + 1; d <= reviewDay; d++) {
    if (has[d - from] && ln[d - from] < lowest) {
      lowest = ln[d - from];
      lowestDay = d;
    }
  }
  const singleReading = readings > 1 && (mean7 * readings - lowest) / (readings - 1) >= floor;
  let days = 0;
  for (let d = reviewDay; d > reviewDay - HRV_LOOKBACK_DAYS; d--) {
    let sum = 0;
    let n = 0;
    for (let k = d - windowDays + 1; k <= d; k++) {
      if (has[k - from]) {
        sum += ln[k - from];
        n++;
      }
    }
    if (n < minReadings || sum / n >= floor) break;
    days++;
  }
  const margin = floor - mean7;
  const noise = Math.max(HRV_NOISE_FLOOR, sd / Math.sqrt(Math.max(1, readings)));
  // (Never less than the noise floor: a "below" that two decimals cannot show is not a clear exit.)
  const clear =
    !singleReading &&
    (margin >= noise || (days >= HRV_PERSIST_DAYS && margin >= Math.max(HRV_NOISE_FLOOR, noise / 2)));
  return {
    margin,
    noise,
    days,
    singleReading,
    clear,
    strong: clear && margin >= 2 * noise,
    lowest,
    lowestDate: fromDayNumber(lowestDay),
  };
}
