import { badInput } from '@app/common';
import { Effort, EffortType } from '@app/db';
import type { Effort as EngineEffort } from '@app/engine';
import { EffortInput } from './dto/plan.inputs';

/**
 * An effort in range; a zone scale is 3 or 5 and only on a zone, whose value is a zone of it (the database
 * checks the scale too, CHK_planned_session_zone_scale). BAD_USER_INPUT INVALID_EFFORT / INVALID_ZONE_SCALE.
 */
export function checkEffort(field: string, e: EffortInput): void {
  const max = e.type === EffortType.RPE ? 10 : 5;
  if (e.value < 1 || e.value > max)
    throw badInput(`${field}: ${e.type} must be between 1 and ${max}`, 'INVALID_EFFORT');
  if (e.scale == null) return;
  if (e.type !== EffortType.ZONE)
    throw badInput(
      `${field}.scale: only a ZONE effort has a zone scale, not ${e.type}`,
      'INVALID_ZONE_SCALE',
    );
  if (e.scale !== 3 && e.scale !== 5)
    throw badInput(`${field}.scale: a zone scale is 3 or 5, not ${e.scale}`, 'INVALID_ZONE_SCALE');
  if (e.value > e.scale)
    throw badInput(`${field}: zone ${e.value} is not a zone of ${e.scale}`, 'INVALID_EFFORT');
}

/** An effort as stored (a session's columns, the intervals JSON): `scale` only when a zone gives one. */
export const storedEffort = (e: EffortInput): Effort => ({
  type: e.type,
  value: e.value,
  ...(e.type === EffortType.ZONE && (e.scale === 3 || e.scale === 5) ? { scale: e.scale } : {}),
});

/** A client's effort, checked, as the engine reads it (a coach's edit of a suggested change). */
export function toEngineEffort(field: string, e: EffortInput): EngineEffort {
  checkEffort(field, e);
  return e.type === EffortType.ZONE
    ? { type: 'ZONE', value: e.value, ...(e.scale === 3 || e.scale === 5 ? { scale: e.scale } : {}) }
    : { type: 'RPE', value: e.value };
}
