import { detectContext } from './context-detector';
import { ALL_CORPUS_MESSAGES } from './corpus/all.corpus';
import { addDays } from './date-extractor';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('proposal dates', () => {
  const texts = ALL_CORPUS_MESSAGES.map((m) => m.text);
  // A Sunday at a year's end, a Tuesday leap day and a Thursday at a month's end.
  const references = ['2028-12-31', '2028-02-29', '2027-09-30'];

  // No local time (the calendar day decides), and 00:30, when "tonight" and "tomorrow" read for the small hours.
  const times = [undefined, '00:30'];

  it('should give every proposal a start and an end that is null (unknown) or not before it, on any send date and time', () => {
    let proposals = 0;
    const wrong: string[] = [];
    for (const [referenceDate, localTime] of references.flatMap((r) => times.map((t) => [r, t] as const))) {
      const [earliest, latest] = [addDays(referenceDate, -366), addDays(referenceDate, 366)];
      for (const text of texts) {
        for (const d of detectContext(text, { referenceDate, ...(localTime ? { localTime } : {}) })) {
          proposals += 1;
          const end = d.endDate ?? d.startDate;
          const ok =
            ISO.test(d.startDate) &&
            ISO.test(end) &&
            end >= d.startDate &&
            d.endDateUnknown === (d.endDate === null) &&
            // Within a year either way of the message: no runaway arithmetic.
            d.startDate >= earliest &&
            end <= latest;
          if (!ok)
            wrong.push(
              `${referenceDate} ${localTime ?? ''} "${text}": ${d.kind} ${d.startDate}..${d.endDate}`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(proposals).toBeGreaterThan(references.length * times.length * 400);
  });
});
