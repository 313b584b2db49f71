/**
 * Load metrics over a calendar-day series (rest day = 0). Pure functions over numeric arrays so that they
 * can be tested against the published vectors; the review path calls the same functions.
 */

/** Foster 2001 session load: sRPE (0–10) × minutes. */
export function sessionLoad(rpe: number, minutes: number): number {
  return rpe * minutes;
}

/**
 * Exponentially weighted load (GoldenCheetah PMC / intervals.icu "exp" variant):
 * `x_t = x_{t-1}·e^(−1/τ) + load_t·(1 − e^(−1/τ))`, starting from `start` (0 by default).
 * Writes into `out` when given (same length as `loads`) and returns it.
 */
export function exponentialLoad(
  loads: ArrayLike<number>,
  tauDays: number,
  out: Float64Array = new Float64Array(loads.length),
  start = 0,
): Float64Array {
  const decay = Math.exp(-1 / tauDays);
  const gain = 1 - decay;
  let x = start;
  for (let i = 0; i < loads.length; i++) {
    x = x * decay + loads[i] * gain;
    out[i] = x;
  }
  return out;
}

/** Last values of the two EWMA series computed by `loadSeries` (acute, chronic). */
export interface EwmaPair {
  acute: number;
  chronic: number;
}

/**
 * CTL and ATL series (as `exponentialLoad`) and the last values of the acute and chronic EWMAs (as
 * `ewmaLast`) in one pass over the daily loads. Same arithmetic, term for term, as the four separate
 * functions, so the results are bit-identical to them (checked by a property test); writes `ctlOut` and
 * `atlOut` (same length as `loads`) from index `storeFrom` on (a review reads only the last weeks of them;
 * the entries before are left as they were).
 */
export function loadSeries(
  loads: ArrayLike<number>,
  ctlDays: number,
  atlDays: number,
  acuteDays: number,
  chronicDays: number,
  ctlOut: Float64Array,
  atlOut: Float64Array,
  ewma: EwmaPair,
  storeFrom = 0,
): void {
  const cDecay = Math.exp(-1 / ctlDays);
  const cGain = 1 - cDecay;
  const aDecay = Math.exp(-1 / atlDays);
  const aGain = 1 - aDecay;
  const la = 2 / (acuteDays + 1);
  const lc = 2 / (chronicDays + 1);
  // The weights of the previous values, computed once (the same doubles as `1 − la` in each step).
  const ka = 1 - la;
  const kc = 1 - lc;
  let ctl = 0;
  let atl = 0;
  let acute = 0;
  let chronic = 0;
  const n = loads.length;
  const from = Math.max(0, Math.min(storeFrom, n));
  for (let i = 0; i < from; i++) {
    const v = loads[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
  }
  for (let i = from; i < n; i++) {
    const v = loads[i];
    ctl = ctl * cDecay + v * cGain;
    atl = atl * aDecay + v * aGain;
    acute = la * v + ka * acute;
    chronic = lc * v + kc * chronic;
    ctlOut[i] = ctl;
    atlOut[i] = atl;
  }
  ewma.acute = acute;
  ewma.chronic = chronic;
}

/** TSB (form) on day t = CTL(t−1) − ATL(t−1); 0 on the first day. */
export function trainingStressBalance(ctl: ArrayLike<number>, atl: ArrayLike<number>): Float64Array {
  const out = new Float64Array(ctl.length);
  for (let i = 1; i < ctl.length; i++) out[i] = ctl[i - 1] - atl[i - 1];
  return out;
}

export interface MonotonyResult {
  /** `null` when the population SD is 0 ("undefined"). */
  readonly monotony: number | null;
  readonly weeklyLoad: number;
  /** weekly load × monotony; `null` when monotony is undefined. */
  readonly strain: number | null;
  readonly mean: number;
  readonly sd: number;
  readonly capped: boolean;
}

/**
 * Foster 1998 monotony = mean / population SD of the 7 daily loads ending at `end` (exclusive end index
 * `end`, so the window is `[end − 7, end)`), capped at `cap`; strain = weekly load × monotony. SD = 0 with load
 * on the days (the same load every day) is the most monotonous week possible: reported at the cap and
 * `capped`; a week with no load at all has no monotony (`null`).
 */
export function monotonyAndStrain(
  daily: ArrayLike<number>,
  cap = 10,
  end = daily.length,
  days = 7,
): MonotonyResult {
  let sum = 0;
  let sumSq = 0;
  for (let i = end - days; i < end; i++) {
    const v = i >= 0 ? daily[i] : 0;
    sum += v;
    sumSq += v * v;
  }
  const mean = sum / days;
  const variance = Math.max(0, sumSq / days - mean * mean);
  const sd = Math.sqrt(variance);
  // Relative tolerance: floating error can leave a tiny variance for identical values.
  if (sd <= 1e-9 * Math.max(1, mean)) {
    // No load at all: no monotony. The same load every day: the most monotonous week there is, at the cap.
    if (!(sum > 0)) return { monotony: null, weeklyLoad: sum, strain: null, mean, sd: 0, capped: false };
    return { monotony: cap, weeklyLoad: sum, strain: sum * cap, mean, sd: 0, capped: true };
  }
  const raw = mean / sd;
  const monotony = raw > cap ? cap : raw;
  return { monotony, weeklyLoad: sum, strain: sum * monotony, mean, sd, capped: raw > cap };
}

/** EWMA with λ = 2/(N+1) (Williams 2017), starting from 0. Returns the last value. */
export function ewmaLast(loads: ArrayLike<number>, n: number, from = 0, to = loads.length): number {
  const lambda = 2 / (n + 1);
  let x = 0;
  for (let i = from; i < to; i++) x = lambda * loads[i] + (1 - lambda) * x;
  return x;
}

/** EWMA acute:chronic workload ratio; `null` when chronic is 0. Context only, never an injury predictor. */
export function ewmaAcwr(loads: ArrayLike<number>, acuteDays = 7, chronicDays = 28): number | null {
  const acute = ewmaLast(loads, acuteDays);
  const chronic = ewmaLast(loads, chronicDays);
  return chronic > 0 ? acute / chronic : null;
}

/** Percent change of `value` over `reference`; `null` when the reference is 0. */
export function percentChange(value: number, reference: number): number | null {
  return reference > 0 ? ((value - reference) / reference) * 100 : null;
}
