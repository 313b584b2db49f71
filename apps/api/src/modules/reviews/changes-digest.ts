import { createHash } from 'crypto';

/** JSON with sorted keys: jsonb reorders keys, so payloads are compared in this form. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A suggestion's `changesDigest`: what applying it as proposed does (the week it changes and its changes, in the
 * canonical form, so the same content has the same digest across re-derivations, jsonb's key order and restarts),
 * as 16 hex digits of its SHA-256. Its words (rationale, athlete text) are not part of it: the same change worded for
 * another day applies the same.
 */
export function changesDigestOf(suggestion: unknown): string {
  const s = (suggestion ?? {}) as { planWeekStart?: unknown; changes?: unknown };
  return createHash('sha256')
    .update(canonical({ planWeekStart: s.planWeekStart ?? null, changes: s.changes ?? [] }))
    .digest('hex')
    .slice(0, 16);
}
