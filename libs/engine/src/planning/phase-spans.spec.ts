import fc from 'fast-check';
import { addDays, toDayNumber } from '../dates/local-date';
import type { Phase, Season } from '../types';
import { firstPhaseAt, phaseSpans } from './phase-spans';

/** The week context's reading of the season as it was written before the phases were parsed once per review. */
function phaseAtByParse(season: Season | undefined, day: number): Phase | null {
  const phases = season?.phases;
  if (!phases) return null;
  for (const p of phases) if (toDayNumber(p.start) <= day && day <= toDayNumber(p.end)) return p.phase;
  return null;
}

/** Its answer, or the message of what it threw. */
function outcome(f: () => Phase | null): Phase | null | string {
  try {
    return f();
  } catch (e) {
    return `threw: ${(e as Error).message}`;
  }
}

const PHASES: Phase[] = ['PREPARATORY', 'PRE_COMPETITION', 'COMPETITION', 'TRANSITION'];
const START = '2025-01-06';

describe('firstPhaseAt, for any season', () => {
  it('should read the phase, or throw the error, that parsing each phase as it is read gave', () => {
    const date = fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 120 }).map((d) => addDays(START, d)) },
      { weight: 1, arbitrary: fc.constantFrom('2025-02-30', 'soon', '') },
    );
    fc.assert(
      fc.property(
        fc.option(
          fc.array(fc.record({ phase: fc.constantFrom(...PHASES), start: date, end: date }), {
            maxLength: 5,
          }),
          { nil: undefined },
        ),
        fc.integer({ min: -10, max: 130 }),
        (phases, at) => {
          const season = phases === undefined ? undefined : ({ phases } as Season);
          const day = toDayNumber(START) + at;
          expect(outcome(() => firstPhaseAt(phaseSpans(season), day))).toEqual(
            outcome(() => phaseAtByParse(season, day)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
