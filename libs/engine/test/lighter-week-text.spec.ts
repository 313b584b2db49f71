/**
 * "Next week is a lighter week: about 390 min (your usual week: about 344 min)": a down week's athlete text beside a
 * trip's caps (its own suggestion, which takes the rest) stated the plan the down week's changes leave alone, above
 * the usual week it named, and called it lighter (32 of the engine bench's 10,000 reviews, athletes 150 and 500
 * among them). Property: no athlete text calls next week lighter while the week it states is above the usual week it
 * names.
 */
import fc from 'fast-check';
import { reviewAthlete } from '../src';
import { USUAL_WEEK, buildHistory, planFromWeek, shift } from './factories/athlete-history.factory';

const REVIEW = '2025-03-14';
const NEXT = '2025-03-17';

const LIGHTER = /lighter[^.]*?: about (\d+) min[^.(]*\((?:your usual week: about|[^)]*?: ) ?(\d+) min/;

describe('a lighter week is lighter than the usual week it names', () => {
  it('should never state more minutes than the usual week beside "lighter"', () => {
    fc.assert(
      fc.property(
        fc.record({
          draftScale: fc.double({ min: 1, max: 1.6, noNaN: true }),
          from: fc.integer({ min: 0, max: 4 }),
          days: fc.integer({ min: 1, max: 3 }),
          cap: fc.constantFrom(20, 30, 45),
          hrv: fc.boolean(),
        }),
        (f) => {
          const h = buildHistory({
            reviewDate: REVIEW,
            days: 90,
            ...(f.hrv ? { hrvDrop: { days: 10, ln: 0.3 } } : {}),
          });
          const r = reviewAthlete({
            ...h,
            currentWeekPlan: planFromWeek('2025-03-10', USUAL_WEEK),
            nextWeekDraft: planFromWeek(NEXT, USUAL_WEEK, f.draftScale),
            contextEvents: [
              {
                kind: 'TRAVEL',
                start: shift(NEXT, f.from),
                end: shift(NEXT, f.from + f.days - 1),
                availableMinutesPerDay: f.cap,
                confirmed: true,
              },
            ],
          });
          for (const s of r.suggestions) {
            const m = LIGHTER.exec(s.athleteText);
            if (m === null) continue;
            if (+m[1] > +m[2]) throw new Error(`${s.kind}: ${s.athleteText} || ${s.rationale}`);
          }
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
