import fc from 'fast-check';
import { EngineInputError, reviewAthlete, toDayNumber } from '../src';
import type { CheckIn, LoggedSession, ReviewInput } from '../src';
import { buildHistory, shift } from './factories/athlete-history.factory';

const REVIEW = '2025-03-16';

/** Copies of the records with fresh date strings (as a database driver returns them), `day` where `pick`. */
function withDays<T extends LoggedSession | CheckIn>(list: readonly T[], pick: (i: number) => boolean): T[] {
  return list.map((r, i) => {
    const date = `${r.date.slice(0, 4)}${r.date.slice(4)}`;
    return pick(i) ? { ...r, date, day: toDayNumber(r.date) } : { ...r, date };
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

const caseArb = fc.record({
  days: fc.integer({ min: 5, max: 420 }),
  /** Check-ins stop this many days before the review (so only old ones remain when it is large). */
  silentDays: fc.integer({ min: 0, max: 150 }),
  checkIns: fc.boolean(),
  pick: fc.constantFrom('all', 'none', 'even', 'odd'),
  order: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  /** A check-in in the future (after the review date): counted nowhere, with or without `day`. */
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
  const pick = (i: number): boolean =>
    c.pick === 'all' ? true : c.pick === 'none' ? false : c.pick === 'even' ? i % 2 === 0 : i % 2 === 1;
  return [
    { ...base, sessions, checkIns: shuffledCheckIns },
    { ...base, sessions: withDays(sessions, pick), checkIns: withDays(shuffledCheckIns, pick) },
  ];
}

describe('caller-supplied day numbers (LoggedSession.day, CheckIn.day)', () => {
  it('should give exactly the review of the same history without them, on every record, some or none', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const [plain, given] = inputs(c);
        expect(JSON.stringify(reviewAthlete(given))).toBe(JSON.stringify(reviewAthlete(plain)));
      }),
      { numRuns: 150 },
    );
  });

  it('should date the last contact from the newest old check-in when there is no recent one', () => {
    // 400 days of check-ins that stopped 120 days ago: all of them are older than any window.
    const [plain, given] = inputs({
      days: 400,
      silentDays: 120,
      checkIns: true,
      pick: 'all',
      order: 7,
      future: false,
    });
    const a = reviewAthlete(plain).metrics.daysSinceContact;
    const b = reviewAthlete(given).metrics.daysSinceContact;
    expect(a.value).toBe(120);
    expect(b).toEqual(a);
  });

  const history = buildHistory({ reviewDate: REVIEW, days: 60 });
  const all = (): ReviewInput => ({
    ...history,
    sessions: withDays(history.sessions, () => true),
    checkIns: withDays(history.checkIns, () => true),
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
    ['a fraction', 20000.5],
    ['a numeric string', '20000'],
    ['NaN', NaN],
    ['null', null],
  ])('should reject a day that is %s on any record with INVALID_DAY', (_what, bad) => {
    for (const list of ['sessions', 'checkIns'] as const) {
      const input = all();
      const records = [...input[list]] as unknown as Array<Record<string, unknown>>;
      const mid = Math.floor(records.length / 2);
      records[mid] = { ...records[mid], day: bad };
      const e = errorOf({ ...input, [list]: records });
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e?.code).toBe('INVALID_DAY');
      expect(e?.message).toContain(String(records[mid].date));
    }
  });

  it.each([
    ['first', 0],
    ['last', -1],
  ])('should reject a day that is not the day number of its date on the %s record', (_which, at) => {
    for (const list of ['sessions', 'checkIns'] as const) {
      for (const offset of [1, -1, 365]) {
        const input = all();
        const records = [...input[list]];
        const i = at < 0 ? records.length - 1 : at;
        records[i] = { ...records[i], day: toDayNumber(records[i].date) + offset };
        const e = errorOf({ ...input, [list]: records });
        expect(e?.code).toBe('INVALID_DAY');
      }
    }
  });

  it('should accept a list that mixes records with and without day', () => {
    const input = all();
    const sessions = input.sessions.map((s, i) => (i % 3 === 0 ? { ...s, day: undefined } : s));
    expect(errorOf({ ...input, sessions })).toBeUndefined();
  });
});
