import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  ComplexityEstimator,
} from 'graphql-query-complexity';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';
import { explorerLandingPage } from './explorer-page';
import { createLoaders } from './loaders';
import { depthLimitRule } from './query-limits';

/** List fields multiply their children's cost by the page size asked for. */
const paginationEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const n =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  return n === undefined ? undefined : 1 + childComplexity * n;
};

function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              paginationEstimator,
              fieldExtensionsEstimator(),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the maximum of ${maxCost}`, {
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COSTLY', cost, maxCost },
            });
          }
        },
      };
    },
  };
}

/**
 * Last stop for every error. Variable coercion failures (an unknown enum value, a string for an Int)
 * are the client's fault: BAD_USER_INPUT with graphql-js's precise message. Anything else without a
 * code of ours is masked.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (
    (!code || code === 'INTERNAL_SERVER_ERROR') &&
    !formatted.path &&
    /^Variable "\$/.test(formatted.message)
  ) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLES' },
    };
  }
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

export function graphqlConfig(config: AppConfigService, db: DataSource): ApolloDriverConfig {
  const prod = config.isProduction;
  const { maxDepth, maxCost } = config.graphqlLimits;
  return {
    path: '/graphql',
    autoSchemaFile: prod ? true : join(process.cwd(), 'schema.gql'),
    sortSchema: true,
    introspection: !prod,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      costLimitPlugin(maxCost),
      // Outside production a built-in, offline explorer; Apollo's sandbox would load from a CDN.
      prod ? ApolloServerPluginLandingPageDisabled() : explorerLandingPage(),
    ],
    validationRules: [depthLimitRule(maxDepth)],
    formatError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: createLoaders(db) }),
  };
}
