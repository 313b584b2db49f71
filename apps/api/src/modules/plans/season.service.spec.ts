import { SeasonPhase } from '@app/db';
import { validateSeason } from './season.service';

describe(validateSeason.name, () => {
  const p = (phase: SeasonPhase, startDate: string, endDate: string) => ({ phase, startDate, endDate });

  it('should accept ordered, adjacent phases in any input order', () => {
    expect(() =>
      validateSeason({
        phases: [
          p(SeasonPhase.PREPARATORY, '2027-01-04', '2027-03-01'),
          p(SeasonPhase.TRANSITION, '2026-12-01', '2027-01-03'),
        ],
        mesocycles: [{ startDate: '2027-01-04', weeks: 6, focus: 'aerobic volume' }],
      }),
    ).not.toThrow();
  });

  it('should reject overlapping phases, reversed ranges and impossible dates', () => {
    expect(() =>
      validateSeason({
        phases: [
          p(SeasonPhase.PREPARATORY, '2027-01-04', '2027-03-01'),
          p(SeasonPhase.COMPETITION, '2027-03-01', '2027-04-01'),
        ],
        mesocycles: [],
      }),
    ).toThrow(/overlap/);
    expect(() =>
      validateSeason({ phases: [p(SeasonPhase.COMPETITION, '2027-05-01', '2027-04-01')], mesocycles: [] }),
    ).toThrow(/ends before/);
    expect(() =>
      validateSeason({ phases: [p(SeasonPhase.COMPETITION, '2027-02-30', '2027-04-01')], mesocycles: [] }),
    ).toThrow(/real dates/);
  });
});
