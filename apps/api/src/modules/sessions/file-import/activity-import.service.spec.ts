import { SessionKind } from '@app/db';

import { sessionKindForSport } from './activity-import.service';
import { chooseSport } from './sport-inference';

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

describe(chooseSport.name, () => {
  it.each<[string | null, number | null, number | null, string | null, SessionKind, boolean]>([
    // no sport named: inferred from the average moving speed
    [null, 36_000, 5_400, 'cycling', SessionKind.CROSS_TRAINING, true], // 24 km/h
    ['generic', 20_000, 3_600, 'cycling', SessionKind.CROSS_TRAINING, true], // 20 km/h
    [null, 10_000, 3_000, 'running', SessionKind.RUN, true], // 12 km/h
    ['', 5_000, 3_600, 'walking', SessionKind.CROSS_TRAINING, true], // 5 km/h
    // nothing to infer from
    [null, null, 3_600, null, SessionKind.RUN, false],
    ['generic', 0, 3_600, 'generic', SessionKind.RUN, false],
    // the file's own sport wins, even at a speed that says otherwise
    ['running', 36_000, 5_400, 'running', SessionKind.RUN, false],
    ['Biking', 5_000, 3_600, 'Biking', SessionKind.CROSS_TRAINING, false],
  ])('should choose for sport %p, %p m in %p s: %p', (sport, distance, seconds, chosen, kind, inferred) => {
    expect(chooseSport(sport, distance, seconds)).toEqual({ sport: chosen, kind, inferred });
  });
});
