import {
  DocumentNode,
  FieldNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLSchema,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionNode,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { COACHES_PAGE, MAX_COACHES_PAGE } from '../modules/organizations/dto/coaches-page';
import { DEFAULT_QUEUE_PAGE, MAX_QUEUE_PAGE } from '../modules/reviews/dto/review.inputs';

type Args = Record<string, unknown>;
type PerArgs = number | ((args: Args) => number);

/**
 * What a field really costs, beyond the 1 every field is charged. Children are charged once per item the
 * field may return (`items`), so a list multiplies what is selected in it.
 */
export interface FieldCost {
  /** The field's own work (roughly: rows read, queries, CPU), in units of one plain field. */
  cost: number;
  /** At most how many items the field returns: its children (and `itemCost`) are charged that often. */
  items?: PerArgs;
  /** Extra work per item returned (e.g. the review computed for each athlete of a queue). */
  itemCost?: number;
  /** Runs of the training engine (one per athlete reviewed); capped per request. */
  engineRuns?: PerArgs;
}

/** Page-size arguments: a count, so at least 1 (validated before anything is costed). */
export const PAGINATION_ARGS = ['first', 'last', 'limit'] as const;

const page =
  (name: string, fallback: number, max: number) =>
  (args: Args): number => {
    const n = args[name];
    return typeof n === 'number' ? Math.min(n, max) : fallback;
  };

const DAY_MS = 86_400_000;
/**
 * Days a `from`/`to` range spans, as the training services read it (default: the 28 days up to today; at
 * most 400, which they enforce). An unreadable date is costed at the most.
 */
const rangeDays = (args: Args): number => {
  const day = (v: unknown) => (typeof v === 'string' ? Date.parse(`${v}T00:00:00Z`) : NaN);
  const to = args.to === undefined || args.to === null ? Date.now() : day(args.to);
  const from = args.from === undefined || args.from === null ? to - 27 * DAY_MS : day(args.from);
  const days = Math.floor((to - from) / DAY_MS) + 1;
  return Number.isFinite(days) ? Math.min(Math.max(days, 1), 400) : 400;
};

/**
 * The one table of expensive fields, by `Type.field`. A field that is not here costs 1 plus its children
 * (and a list not here is costed as one item: only small lists, nested in one object, are left out).
 * `operation-cost.spec.ts` fails when a root list field has no entry, so new ones are priced.
 *
 * Figures are relative to a plain field (1): a review loads a year of the athlete's sessions and
 * check-ins and runs the engine (~4 ms of CPU each when asked for one at a time, measured by
 * `npm run bench:query-cost`); a password check (argon2, 19 MiB) is the most expensive thing a public
 * mutation does; lists are charged per item they may return (their page size, or their real bound).
 */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  // The engine
  'Query.athleteReview': { cost: 250, engineRuns: 1 },
  // The queue reads stored reviews (the engine ran when they were generated): each item is a review's
  // JSON snapshot, no engine run.
  'Query.reviewQueue': {
    cost: 20,
    items: page('first', DEFAULT_QUEUE_PAGE, MAX_QUEUE_PAGE),
    itemCost: 10,
  },
  // A review's history: stored rows and one week of training data per item.
  'Query.reviewHistory': { cost: 20, items: page('first', 12, 52), itemCost: 10 },
  // Snoozing answers with the stored review: no engine run.
  'Mutation.snoozeReview': { cost: 20 },
  'Mutation.applySuggestion': { cost: 250, engineRuns: 1 },
  // Dismissing recomputes the review twice: once to find the suggestion, once to answer.
  'Mutation.dismissSuggestion': { cost: 500, engineRuns: 2 },
  // Undoing a dismissal re-runs the engine once on the plan as it is.
  'Mutation.restoreSuggestion': { cost: 250, engineRuns: 1 },

  // Password hashing or checking (argon2): rate limited as well, and priced so that aliases do not add up.
  'Mutation.login': { cost: 500 },
  'Mutation.createOrganization': { cost: 500 },
  'Mutation.acceptInvitation': { cost: 500 },

  // Lists: charged per item they may return.
  'Query.checkIns': { cost: 5, items: rangeDays }, // one check-in a day of the range (28 by default)
  'Query.loggedSessions': { cost: 5, items: (a) => 2 * rangeDays(a) }, // two sessions a day
  'Query.messages': { cost: 5, items: page('limit', 50, 500) },
  'Query.notes': { cost: 5, items: page('first', 50, 200) },
  'Query.roster': { cost: 5, items: page('first', 50, 200) },
  'Query.conversations': { cost: 10, items: 200 },
  'Query.contextEvents': { cost: 5, items: 100 },
  'Query.proposedContextEvents': { cost: 5, items: 100 },
  'Query.planVersions': { cost: 5, items: 20 },
  'Query.races': { cost: 5, items: 50 },
  'Query.onboardingQueue': { cost: 10, items: 50 }, // its three lists: people still being onboarded
  'Query.coaches': { cost: 5, items: page('first', COACHES_PAGE, MAX_COACHES_PAGE) },
  'Query.compliance': { cost: 10 },
  'Query.weeklyPlan': { cost: 5 },
};

export interface OperationLimits {
  maxCost: number;
  /** Fields selected at the root of one operation (aliases of one field each count). */
  maxRootFields: number;
  /** Aliased fields anywhere in one operation. */
  maxAliases: number;
  /** Engine runs one request may ask for. */
  maxEngineRuns: number;
}

export interface OperationMeasure {
  cost: number;
  engineRuns: number;
  rootFields: number;
  aliases: number;
}

/** A refusal of the client's operation: HTTP 400 (Apollo answers 500 for errors thrown before execution). */
const refused = (
  message: string,
  reason: string,
  extensions: Record<string, unknown> = {},
  node?: FieldNode,
) =>
  new GraphQLError(message, {
    nodes: node ? [node] : undefined,
    extensions: { code: 'BAD_USER_INPUT', reason, ...extensions, http: { status: 400 } },
  });
const tooMuch = refused;

/**
 * Measures the operation that will run (fragments expanded, @skip/@include honoured) and throws a
 * BAD_USER_INPUT GraphQLError when it is over a limit: a page size under 1 (INVALID_PAGINATION, checked on
 * the way, before anything is costed), too many root fields (TOO_MANY_ROOT_FIELDS) or aliases
 * (TOO_MANY_ALIASES), too many engine runs (TOO_MANY_ENGINE_RUNS), or too high a cost (QUERY_TOO_COSTLY).
 * Returns undefined when the variables do not coerce: execution reports that itself and runs nothing.
 */
export function checkOperation(opts: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  limits: OperationLimits;
}): OperationMeasure | undefined {
  const { schema, document, limits } = opts;
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = opts.operationName
    ? operations.find((o) => o.name?.value === opts.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return undefined;
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!rootType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], opts.variables ?? {});
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );

  const measure: OperationMeasure = { cost: 0, engineRuns: 0, rootFields: 0, aliases: 0 };

  const included = (node: SelectionNode) => {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  };

  const conditionType = (name: string | undefined, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const t = name ? schema.getType(name) : undefined;
    return t && isCompositeType(t) ? t : fallback;
  };

  /** The fields a selection set selects, with the type each is read on (fragments expanded once per set). */
  const fieldsOf = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    seen = new Set<string>(),
  ): Array<[FieldNode, GraphQLCompositeType]> => {
    const out: Array<[FieldNode, GraphQLCompositeType]> = [];
    for (const sel of set.selections) {
      if (!included(sel)) continue;
      if (sel.kind === Kind.FIELD) out.push([sel, type]);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        out.push(...fieldsOf(sel.selectionSet, conditionType(sel.typeCondition?.name.value, type), seen));
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) {
          out.push(...fieldsOf(frag.selectionSet, conditionType(frag.typeCondition.name.value, type), seen));
        }
      }
    }
    return out;
  };

  const fieldDef = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === '__typename') return TypeNameMetaFieldDef;
    if (type === schema.getQueryType() && name === '__schema') return SchemaMetaFieldDef;
    if (type === schema.getQueryType() && name === '__type') return TypeMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };

  const perArgs = (v: PerArgs | undefined, args: Args, fallback: number) =>
    v === undefined ? fallback : typeof v === 'number' ? v : v(args);

  /** Cost of the fields of one selection set, engine runs added to `measure` times `multiplier`. */
  const costOf = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    multiplier: number,
    root: boolean,
  ): number => {
    let total = 0;
    for (const [node, parent] of fieldsOf(set, type)) {
      if (root) {
        measure.rootFields++;
        if (measure.rootFields > limits.maxRootFields) {
          throw tooMuch(
            `An operation may select at most ${limits.maxRootFields} root fields; send several requests`,
            'TOO_MANY_ROOT_FIELDS',
            { max: limits.maxRootFields },
          );
        }
      }
      if (node.alias && node.alias.value !== node.name.value) {
        measure.aliases++;
        if (measure.aliases > limits.maxAliases) {
          throw tooMuch(`An operation may use at most ${limits.maxAliases} aliases`, 'TOO_MANY_ALIASES', {
            max: limits.maxAliases,
          });
        }
      }
      const name = node.name.value;
      if (name === '__typename') continue;
      const def = fieldDef(parent, name);
      if (!def) continue; // validation has already refused unknown fields
      const args = getArgumentValues(def, node, variables) as Args;
      for (const key of PAGINATION_ARGS) {
        const n = args[key];
        if (typeof n === 'number' && n < 1) {
          throw refused(
            `\`${key}\` of ${parent.name}.${name} must be at least 1 (got ${n})`,
            'INVALID_PAGINATION',
            { argument: key },
            node,
          );
        }
      }
      const entry = FIELD_COSTS[`${parent.name}.${name}`];
      const items = Math.max(1, perArgs(entry?.items, args, 1));
      measure.engineRuns += multiplier * perArgs(entry?.engineRuns, args, 0);
      let children = 0;
      const named = getNamedType(def.type);
      if (node.selectionSet && isCompositeType(named)) {
        // An abstract type is costed as the fragments on all its members together (an upper bound).
        children = costOf(node.selectionSet, named, multiplier * items, false);
      }
      total += (entry?.cost ?? 1) + items * ((entry?.itemCost ?? 0) + children);
    }
    return total;
  };

  measure.cost = costOf(operation.selectionSet, rootType, 1, true);
  if (measure.engineRuns > limits.maxEngineRuns) {
    throw tooMuch(
      `This request would run ${measure.engineRuns} athlete reviews; at most ${limits.maxEngineRuns} are allowed per request`,
      'TOO_MANY_ENGINE_RUNS',
      { engineRuns: measure.engineRuns, max: limits.maxEngineRuns },
    );
  }
  if (measure.cost > limits.maxCost) {
    throw tooMuch(`Query cost ${measure.cost} exceeds the maximum of ${limits.maxCost}`, 'QUERY_TOO_COSTLY', {
      cost: measure.cost,
      maxCost: limits.maxCost,
    });
  }
  return measure;
}
