import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Select, TextInput } from '../../components/ui';

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

type SessionField = 'kind' | 'minutes' | 'srpe';

/** Kind, minutes and effort, as the log form and a correction ask for them (in the caller's grid). */
export function SessionFields({
  register,
  errors,
}: {
  /** The form's `register` (a form with these fields). */
  register: (name: SessionField) => UseFormRegisterReturn;
  errors: Partial<Record<SessionField, { message?: string }>>;
}) {
  return (
    <>
      <Select label="Kind" {...register('kind')}>
        <SessionKindOptions />
      </Select>
      <TextInput
        label="Minutes"
        type="number"
        inputMode="numeric"
        error={errors.minutes?.message}
        {...register('minutes')}
      />
      <TextInput
        label="How hard (0–10)"
        hint="0 rest, 5 hard, 10 maximal"
        type="number"
        inputMode="decimal"
        step="0.5"
        error={errors.srpe?.message}
        {...register('srpe')}
      />
    </>
  );
}
