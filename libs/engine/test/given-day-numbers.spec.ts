import fc from 'fast-check';
import { EngineInputError, reviewAthlete, toDayNumber } from '../src';
import type { CheckIn, Dated, LoggedSession, ReviewInput } from '../src';
import { buildHistory, shift } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16';

/** How a record says when it happened: as the API's loader does (day only), both, or the date only. */
type Form = 'day' | 'both' | 'date';

/**
 * Copies of the records in the given form. Dates are fresh string objects, as a database driver returns
 * them, so nothing depends on strings being shared.
 */
function inForm<T extends LoggedSession | CheckIn>(list: readonly T[], form: (i: number) => Form): T[] {
  return list.map((r, i) => {
    const date = r.date as string;
    const copy = `${date.slice(0, 4)}${date.slice(4)}`;
    const { date: _d, day: _n, ...rest } = r;
    const f = form(i);
    const when: Dated =
      f === 'day'
        ? { day: toDayNumber(date) }
        : f === 'both'
          ? { date: copy, day: toDayNumber(date) }
          : { date: copy };
    return { ...rest, ...when } as T;
  });
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let a = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    const j = a % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const FORMS: readonly Form[] = ['day', 'both', 'date'];

const caseArb = fc.record({
  days: fc.integer({ min: 5, max: 420 }),
  /** Check-ins stop this many days before the review (so only old ones remain when it is large). */
  silentDays: fc.integer({ min: 0, max: 150 }),
  checkIns: fc.boolean(),
  /** One form for every record, or `mixed`: each record's form from its index. */
  form: fc.constantFrom<Form | 'mixed'>('day', 'both', 'date', 'mixed'),
  order: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  /** A check-in after the review date: counted nowhere, whatever its form. */
  future: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function inputs(c: Case): [ReviewInput, ReviewInput] {
  const base = buildHistory({
    reviewDate: REVIEW,
    days: c.days,
    silentDays: c.silentDays,
    checkIns: c.checkIns,
  });
  const checkIns: CheckIn[] = c.future
    ? [...base.checkIns, { date: shift(REVIEW, 3), mood: 2 }]
    : [...base.checkIns];
  const sessions = shuffled(base.sessions, c.order);
  const shuffledCheckIns = shuffled(checkIns, c.order + 1);
  const form = (i: number): Form => (c.form === 'mixed' ? FORMS[(i * 7 + c.order) % 3] : c.form);
  return [
    { ...base, sessions, checkIns: shuffledCheckIns },
    { ...base, sessions: inForm(sessions, form), checkIns: inForm(shuffledCheckIns, form) },
  ];
}

describe('when a session or check-in happened: date, day number or both (Dated)', () => {
  it('should give exactly the review of the same history given as dates, in every form and mix', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const [plain, given] = inputs(c);
        expect(JSON.stringify(reviewAthlete(given))).toBe(JSON.stringify(reviewAthlete(plain)));
      }),
      { numRuns: 150 },
    );
  });

  it.each(FORMS)(
    'should date the last contact from the newest old check-in (%s) when there is no recent one',
    (form) => {
      // 400 days of check-ins that stopped 120 days ago: all of them are older than any window.
      const [plain, given] = inputs({
        days: 400,
        silentDays: 120,
        checkIns: true,
        form,
        order: 7,
        future: false,
      });
      const a = reviewAthlete(plain).metrics.daysSinceContact;
      const b = reviewAthlete(given).metrics.daysSinceContact;
      expect(a.value).toBe(120);
      expect(b).toEqual(a);
    },
  );

  it('should use the day, not the date, of a record that carries both', () => {
    // Every session but the first and the last (the two whose date is checked) moved 7 days back by `day`:
    // the week's load must follow the day numbers.
    const history = buildHistory({ reviewDate: REVIEW, days: 60 });
    const sessions = inForm(history.sessions, () => 'both');
    const moved = sessions.map((s, i) =>
      i === 0 || i === sessions.length - 1 ? s : { ...s, day: (s.day as number) - 7 },
    );
    const asDates = sessions.map((s, i) =>
      i === 0 || i === sessions.length - 1 ? s : { ...s, date: shift(s.date as string, -7), day: undefined },
    );
    const a = reviewAthlete({ ...history, sessions: moved }).metrics.weeks;
    const b = reviewAthlete({ ...history, sessions: asDates as LoggedSession[] }).metrics.weeks;
    const c = reviewAthlete({ ...history, sessions }).metrics.weeks;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  const history = buildHistory({ reviewDate: REVIEW, days: 60 });
  const withBoth = (): ReviewInput => ({
    ...history,
    sessions: inForm(history.sessions, () => 'both'),
    checkIns: inForm(history.checkIns, () => 'both'),
  });
  const errorOf = (input: ReviewInput): EngineInputError | undefined => {
    try {
      reviewAthlete(input);
      return undefined;
    } catch (e) {
      return e as EngineInputError;
    }
  };

  it.each([
    ['a fraction', 20000.5, '20000.5'],
    ['a numeric string', '20000', "'20000'"],
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['null', null, 'null'],
  ])('should reject a day that is %s on any record with INVALID_DAY', (_what, bad, shown) => {
    for (const list of ['sessions', 'checkIns'] as const) {
      const input = withBoth();
      const records = [...input[list]] as unknown as Array<Record<string, unknown>>;
      const mid = Math.floor(records.length / 2);
      records[mid] = { ...records[mid], day: bad };
      const e = errorOf({ ...input, [list]: records });
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e?.code).toBe('INVALID_DAY');
      expect(e?.message).toContain(String(records[mid].date));
      expect(e?.message).toContain(`got ${shown}`);
    }
  });

  it.each([
    ['first', 0],
    ['last', -1],
  ])('should reject a day that is not the day number of its date on the %s record', (_which, at) => {
    for (const list of ['sessions', 'checkIns'] as const) {
      for (const offset of [1, -1, 365]) {
        const input = withBoth();
        const records = [...input[list]];
        const i = at < 0 ? records.length - 1 : at;
        records[i] = { ...records[i], day: toDayNumber(records[i].date as string) + offset };
        const e = errorOf({ ...input, [list]: records });
        expect(e?.code).toBe('INVALID_DAY');
      }
    }
  });

  it('should reject a record with neither a date nor a day with INVALID_DATE', () => {
    for (const list of ['sessions', 'checkIns'] as const) {
      const input = withBoth();
      const records = [...input[list]] as unknown as Array<Record<string, unknown>>;
      records[3] = { ...records[3], date: undefined, day: undefined };
      expect(errorOf({ ...input, [list]: records })?.code).toBe('INVALID_DATE');
    }
  });
});
