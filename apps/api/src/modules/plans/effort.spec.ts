import { DomainError } from '@app/common';
import { EffortType } from '@app/db';
import { checkEffort, storedEffort, toEngineEffort } from './effort';

const zone = (value: number, scale?: number | null) => ({ type: EffortType.ZONE, value, scale });
const rpe = (value: number, scale?: number | null) => ({ type: EffortType.RPE, value, scale });

describe('a prescribed effort and its zone scale', () => {
  it('should pass a zone with its scale to the engine and the store, and a zone or RPE without one as it is', () => {
    expect(toEngineEffort('effort', zone(2, 5))).toEqual({ type: 'ZONE', value: 2, scale: 5 });
    expect(toEngineEffort('effort', zone(2, null))).toEqual({ type: 'ZONE', value: 2 });
    expect(toEngineEffort('effort', rpe(7))).toEqual({ type: 'RPE', value: 7 });
    expect(storedEffort(zone(3, 3))).toEqual({ type: 'ZONE', value: 3, scale: 3 });
    expect(storedEffort(zone(3))).toEqual({ type: 'ZONE', value: 3 });
  });

  it.each([
    ['a scale of 4', zone(2, 4), 'INVALID_ZONE_SCALE'],
    ['a scale on an RPE effort', rpe(3, 5), 'INVALID_ZONE_SCALE'],
    ['zone 4 of a 3-zone model', zone(4, 3), 'INVALID_EFFORT'],
    ['zone 6', zone(6, 5), 'INVALID_EFFORT'],
  ])('should refuse %s with BAD_USER_INPUT', (_label, effort, code) => {
    let error: unknown;
    try {
      checkEffort('sessions[0].effort', effort);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'BAD_USER_INPUT', code });
    expect(() => toEngineEffort('effort', effort)).toThrow(DomainError);
  });
});
