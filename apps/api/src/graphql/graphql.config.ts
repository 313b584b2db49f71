import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLFormattedError } from 'graphql';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../config/app-config.service';
import { explorerLandingPage } from './explorer-page';
import { createLoaders } from './loaders';
import { OperationLimits, checkOperation } from './operation-cost';
import { depthLimitRule } from './query-limits';

/**
 * Prices every operation before it runs (see operation-cost.ts): page sizes under 1, too many root
 * fields, aliases, engine runs or too high a cost are refused with BAD_USER_INPUT and nothing runs.
 */
function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          checkOperation({
            schema,
            document,
            operationName: request.operationName,
            variables: request.variables,
            limits,
          });
        },
      };
    },
  };
}

/** " Did you mean …?" in graphql-js messages names fields, types and enum values: not in production. */
const SUGGESTION = / ?Did you mean .+?\?$/;

/**
 * Last stop for every error. Variable coercion failures (an unknown enum value, a string for an Int)
 * are the client's fault: BAD_USER_INPUT with graphql-js's precise message. Anything else without a
 * code of ours is masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  opts: { hideSuggestions?: boolean } = {},
): GraphQLFormattedError {
  if (opts.hideSuggestions && SUGGESTION.test(formatted.message)) {
    formatted = { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
  }
  const code = formatted.extensions?.code;
  if (
    (!code ||
      code === 'INTERNAL_SERVER_ERROR' ||
      (code === 'BAD_USER_INPUT' && !formatted.extensions?.reason)) &&
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
  const { maxDepth, ...limits } = config.graphqlLimits;
  return {
    path: '/graphql',
    autoSchemaFile: prod ? true : join(process.cwd(), 'schema.gql'),
    sortSchema: true,
    introspection: !prod,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      operationLimitsPlugin(limits),
      // Outside production a built-in, offline explorer; Apollo's sandbox would load from a CDN.
      prod ? ApolloServerPluginLandingPageDisabled() : explorerLandingPage(),
    ],
    validationRules: [depthLimitRule(maxDepth)],
    // Production names no field, type or enum value a client did not already know (introspection is off).
    hideSchemaDetailsFromClientErrors: prod,
    formatError: (formatted) => formatError(formatted, { hideSuggestions: prod }),
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: createLoaders(db) }),
  };
}
