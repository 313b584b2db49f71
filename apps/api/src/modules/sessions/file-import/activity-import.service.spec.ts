import { SessionKind } from '@app/db';

import { sessionKindForSport } from './activity-import.service';

describe(sessionKindForSport.name, () => {
  it.each<[string | null, SessionKind]>([
    ['running', SessionKind.RUN],
    ['trail_running', SessionKind.RUN],
    ['Run', SessionKind.RUN],
    ['cycling', SessionKind.CROSS_TRAINING],
    ['Ride', SessionKind.CROSS_TRAINING],
    ['swimming', SessionKind.CROSS_TRAINING],
    ['walking', SessionKind.CROSS_TRAINING],
    ['cross_country_skiing', SessionKind.CROSS_TRAINING],
    ['rowing', SessionKind.CROSS_TRAINING],
    ['multisport', SessionKind.CROSS_TRAINING],
    ['training', SessionKind.STRENGTH],
    ['strength_training', SessionKind.STRENGTH],
    ['WeightTraining', SessionKind.STRENGTH],
    ['generic', SessionKind.RUN],
    ['', SessionKind.RUN],
    [null, SessionKind.RUN],
  ])('should map sport %p to %s', (sport, kind) => {
    expect(sessionKindForSport(sport)).toBe(kind);
  });
});
