import { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as a string (to keep precision); our values are small decimals. */
export const numeric: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
