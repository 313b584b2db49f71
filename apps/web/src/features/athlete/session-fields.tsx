import { z } from 'zod';

/** The fields of a logged session, as the log form and a correction validate them (the API's limits). */
export const sessionKind = z.enum(['RUN', 'STRENGTH', 'CROSS_TRAINING', 'RACE']);
export const sessionMinutes = z.coerce
  .number({ error: 'Minutes: 1–1440.' })
  .int('Whole minutes.')
  .min(1, 'Minutes: 1–1440.')
  .max(1440, 'Minutes: 1–1440.');
/** Required: an empty box is no effort given, not 0 (coerced, '' had been saved as "effort 0", a rest day's). */
export const sessionEffort = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce.number({ error: 'Effort: 0–10.' }).min(0, 'Effort: 0–10.').max(10, 'Effort: 0–10.'),
);

/** The kinds an athlete logs, as a select's options. */
export function SessionKindOptions() {
  return (
    <>
      <option value="RUN">Run</option>
      <option value="STRENGTH">Strength</option>
      <option value="CROSS_TRAINING">Cross-training</option>
      <option value="RACE">Race</option>
    </>
  );
}
