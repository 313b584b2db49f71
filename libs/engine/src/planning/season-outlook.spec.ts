import { DEFAULT_ENGINE_CONFIG } from '../config/engine-config';
import { mondayOf, toDayNumber } from '../dates/local-date';
import type { ParsedRace } from '../metrics/compute-metrics';
import { peakLongRunRace, taperSoonAfter } from '../review/decide-week';

/**
 * `seasonOutlook` skips `taperSoonAfter` and `peakLongRunRace` when no race is an A race (their null known): it holds
 * only while both read the A races alone, as checked here for B and C races of every length and weekday near them.
 */
describe("the outlook's A-race-only questions", () => {
  it('are null for every week when no race is an A race', () => {
    const config = DEFAULT_ENGINE_CONFIG;
    const monday = mondayOf(toDayNumber('2027-03-01'));
    for (const minutes of [45, 100, 150, 240])
      for (let offset = 0; offset < 70; offset++) {
        const day = monday + offset;
        const races: ParsedRace[] = (['B', 'C'] as const).map((priority) => ({
          day,
          priority,
          minutes,
          label: `${priority} race`,
          source: {
            id: priority,
            name: `${priority} race`,
            date: '2027-03-01',
            priority,
            expectedMinutes: minutes,
          },
        }));
        for (let w = 0; w < 12; w++) {
          const ws = monday + 7 * w;
          expect(taperSoonAfter(races, ws, config)).toBeNull();
          expect(peakLongRunRace(races, ws, config)).toBeNull();
        }
      }
  });

  it('answer for an A race (the check above is not vacuous)', () => {
    const config = DEFAULT_ENGINE_CONFIG;
    const monday = mondayOf(toDayNumber('2027-03-01'));
    const day = monday + 7 * 6 + 6;
    const race: ParsedRace = {
      day,
      priority: 'A',
      minutes: 240,
      label: 'A race',
      source: { id: 'a', name: 'A race', date: '2027-04-18', priority: 'A', expectedMinutes: 240 },
    };
    let taper = 0;
    let peak = 0;
    for (let w = 0; w < 7; w++) {
      if (taperSoonAfter([race], monday + 7 * w, config) !== null) taper++;
      if (peakLongRunRace([race], monday + 7 * w, config) !== null) peak++;
    }
    expect(taper).toBeGreaterThan(0);
    expect(peak).toBeGreaterThan(0);
  });
});
