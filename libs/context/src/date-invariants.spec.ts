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

describe('dates written in figures', () => {
  /** Every 9th day of 2027 and the first days of 2028, as message dates. */
  const references = Array.from({ length: 45 }, (_, i) => addDays('2027-01-01', i * 9));
  /** Day and month of an ISO date, as figures. */
  const figures = (iso: string) => [Number(iso.slice(8)), Number(iso.slice(5, 7))];

  it.each([
    ['Europe/London', (d: number, m: number) => `${d}/${m}`],
    ['Europe/Oslo', (d: number, m: number) => `${d}.${m}.`],
    ['America/Chicago', (d: number, m: number) => `${m}/${d}`],
  ] as const)(
    'should read a trip written in figures in %s as those days, the nearest to come (or under way)',
    (timezone, write) => {
      const wrong: string[] = [];
      for (const referenceDate of references) {
        // Trips from a week before the message to 50 weeks after it (a trip that ended less than a week ago is
        // that one, not next year's).
        for (let offset = -6; offset <= 350; offset += 11) {
          const start = addDays(referenceDate, offset);
          const end = addDays(start, 3);
          const text = `Away for work ${write(...(figures(start) as [number, number]))} - ${write(...(figures(end) as [number, number]))}`;
          const [trip] = detectContext(text, { referenceDate, timezone });
          if (trip?.startDate !== start || trip.endDate !== end)
            wrong.push(
              `${referenceDate} "${text}": ${trip?.startDate}..${trip?.endDate}, not ${start}..${end}`,
            );
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('should never read a rating, a score or a share of a session as a date, in any order', () => {
    const measures = [
      'legs {}',
      'sleep {} last night',
      'RPE {} on the intervals',
      'mood {}',
      'stress {} this week',
      'energy {}',
      'felt {}',
      'rate it {}',
      'score {}',
      '{} out of 10',
      '{} intervals',
      '{} done',
      '{} effort',
      '{}km',
    ];
    const wrong: string[] = [];
    for (const timezone of ['Europe/London', 'America/New_York', 'America/Toronto']) {
      for (const measure of measures) {
        for (let a = 1; a <= 10; a++) {
          for (const b of [3, 5, 10]) {
            const text = `${measure.replace('{}', `${a}/${b}`)}, knee is sore`;
            for (const d of detectContext(text, { referenceDate: '2027-03-10', timezone })) {
              // Some measures sit beside a date word ("last night"): only a date from the figures is wrong.
              if (/\d\/\d/.test(d.dateEvidence ?? ''))
                wrong.push(`${timezone} "${text}": ${d.kind} ${d.startDate} from "${d.dateEvidence}"`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
