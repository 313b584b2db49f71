import { readFileSync } from 'fs';
import { buildSchema, getNamedType, GraphQLError, isListType, isNonNullType, parse } from 'graphql';
import { join } from 'path';
import { checkOperation, FIELD_COSTS, OperationLimits } from './operation-cost';

const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8'));
const limits: OperationLimits = { maxCost: 5000, maxRootFields: 20, maxAliases: 30, maxEngineRuns: 500 };
const ID = '00000000-0000-4000-8000-000000000001';

function check(query: string, variables: Record<string, unknown> = {}, l: Partial<OperationLimits> = {}) {
  return checkOperation({ schema, document: parse(query), variables, limits: { ...limits, ...l } });
}
function refusal(query: string, variables: Record<string, unknown> = {}, l: Partial<OperationLimits> = {}) {
  try {
    check(query, variables, l);
  } catch (e) {
    if (e instanceof GraphQLError) return e.extensions;
    throw e;
  }
  throw new Error('expected the operation to be refused');
}
const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

describe('checkOperation', () => {
  it('should refuse 500 aliases of athleteReview at the root-field cap, before anything runs', () => {
    const q = `{ ${aliases(500, `athleteReview(athleteId: "${ID}") { status }`)} }`;
    expect(refusal(q)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROOT_FIELDS', max: 20 });
  });

  it('should price athleteReview as an engine run, so 500 are far over the cost even without the caps', () => {
    const q = `{ ${aliases(500, `athleteReview(athleteId: "${ID}") { status }`)} }`;
    const big = { maxRootFields: 10_000, maxAliases: 10_000, maxEngineRuns: 10_000 };
    expect(refusal(q, {}, big)).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
    const one = check(`{ athleteReview(athleteId: "${ID}") { status } }`);
    expect(one).toMatchObject({ engineRuns: 1, rootFields: 1 });
    expect(one!.cost).toBeGreaterThanOrEqual(250);
    expect(500 * one!.cost).toBeGreaterThan(20 * limits.maxCost);
  });

  it('should cap engine runs per request', () => {
    const q = `{ ${aliases(3, 'reviewQueue(first: 200) { status }')} }`;
    expect(refusal(q, {}, { maxCost: 1e9 })).toMatchObject({
      reason: 'TOO_MANY_ENGINE_RUNS',
      engineRuns: 600,
      max: 500,
    });
    expect(check('{ reviewQueue(first: 200) { status } }')?.engineRuns).toBe(200);
    expect(
      check('mutation($i: DismissSuggestionInput!) { dismissSuggestion(input: $i) { status } }', {
        i: { athleteId: ID, suggestionId: 'x' },
      })?.engineRuns,
    ).toBe(2);
  });

  it('should count aliases anywhere, through fragments, and refuse past the cap', () => {
    const q = `query { me { ...F } } fragment F on Me { ${aliases(31, 'roles')} }`;
    expect(refusal(q)).toMatchObject({ reason: 'TOO_MANY_ALIASES', max: 30 });
    expect(check(`{ me { ${aliases(30, 'roles')} } }`)?.aliases).toBe(30);
  });

  it('should refuse a negative or zero page size before costing, never count it as a discount', () => {
    // The issue's case: a negative `first` made the cost negative and let thirty queues through.
    const thirty = aliases(30, 'reviewQueue(first: 200) { status }');
    expect(refusal(`{ x: reviewQueue(first: -100000) { status } ${thirty} }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGINATION',
      argument: 'first',
    });
    expect(refusal('{ reviewQueue(first: 0) { status } }')).toMatchObject({ reason: 'INVALID_PAGINATION' });
    expect(refusal('query($n: Int!) { notes(athleteId: "a", first: $n) { id } }', { n: -1 })).toMatchObject({
      reason: 'INVALID_PAGINATION',
    });
    expect(refusal('{ messages(conversationId: "c", limit: 0) { hasMore } }')).toMatchObject({
      reason: 'INVALID_PAGINATION',
      argument: 'limit',
    });
    expect(refusal('{ roster(first: -5) { nodes { id } } }')).toMatchObject({ reason: 'INVALID_PAGINATION' });
  });

  it('should multiply what is selected in a list by the items it may return', () => {
    const small = check('{ reviewQueue(first: 10) { status } }')!.cost;
    const large = check('{ reviewQueue(first: 100) { status } }')!.cost;
    expect(large - 20).toBe(10 * (small - 20));
    const range = '(from: "2026-01-01", to: "2026-12-31")';
    const one = check(`{ checkIns${range} { date } }`)!.cost;
    const two = check(`{ checkIns${range} { date sleepHours } }`)!.cost;
    expect(two - one).toBe(365);
    const month = check('{ checkIns { date sleepHours } }')!.cost;
    expect(month).toBe(5 + 28 * 2);
  });

  it('should honour @skip and @include', () => {
    const q = `query($s: Boolean!) { a: athleteReview(athleteId: "${ID}") @skip(if: $s) { status } me { roles } }`;
    expect(check(q, { s: true })?.engineRuns).toBe(0);
    expect(check(q, { s: false })?.engineRuns).toBe(1);
  });

  it('should leave variables that do not coerce to execution (which runs nothing)', () => {
    expect(check('query($n: Int!) { reviewQueue(first: $n) { status } }', { n: 'x' })).toBeUndefined();
  });

  it('should have a price for every root field that returns a list or runs the engine', () => {
    const unpriced: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        let t = field.type;
        if (isNonNullType(t)) t = t.ofType;
        const returnsReview = getNamedType(field.type).name === 'AthleteReview';
        if ((isListType(t) || returnsReview) && !FIELD_COSTS[`${root.name}.${field.name}`]) {
          unpriced.push(`${root.name}.${field.name}`);
        }
      }
    }
    // A new list field: add it to FIELD_COSTS in apps/api/src/graphql/operation-cost.ts with its bound.
    expect(unpriced).toEqual([]);
  });

  it('should name only fields that exist in the schema', () => {
    const missing = Object.keys(FIELD_COSTS).filter((key) => {
      const [type, field] = key.split('.');
      const t = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
      return !t?.getFields()[field];
    });
    expect(missing).toEqual([]);
  });
});
