import type { Effort } from '../types';

/** Seiler 3-zone model from session RPE: 1–4 → zone 1, 5–6 → zone 2, 7–10 → zone 3. */
export function rpeToZone(rpe: number): 1 | 2 | 3 {
  if (rpe < 5) return 1;
  if (rpe < 7) return 2;
  return 3;
}

/** Representative RPE for a prescribed effort (used to estimate planned load). */
export function effortToRpe(effort: Effort): number {
  if (effort.type === 'RPE') return effort.value;
  if ((effort.scale ?? 3) === 3) return effort.value <= 1 ? 3 : effort.value === 2 ? 5.5 : 8;
  const five = [2, 2, 3.5, 5.5, 7, 9];
  return five[Math.max(1, Math.min(5, Math.round(effort.value)))];
}

/**
 * Treff 2019 polarization index `log10(Z1/Z2 × Z3 × 100)` with Z as shares (0..1) of the three zones.
 * Z2 = 0 is replaced by `z2Floor` (0.01, as Treff suggests); Z3 = 0 or Z1 = 0 gives `null` (log of 0).
 * Inputs may be minutes or shares: they are normalised first.
 */
export function polarizationIndex(z1: number, z2: number, z3: number, z2Floor = 0.01): number | null {
  const total = z1 + z2 + z3;
  if (!(total > 0)) return null;
  const s1 = z1 / total;
  const s2 = Math.max(z2 / total, z2 === 0 ? z2Floor : 0);
  const s3 = z3 / total;
  if (s1 <= 0 || s3 <= 0) return null;
  return Math.log10((s1 / s2) * s3 * 100);
}

/** Polarized when PI > threshold and Z1 > Z3 > Z2 (Treff 2019). */
export function isPolarized(z1: number, z2: number, z3: number, threshold = 2, z2Floor = 0.01): boolean {
  const pi = polarizationIndex(z1, z2, z3, z2Floor);
  return pi !== null && pi > threshold && z1 > z3 && z3 > z2;
}
