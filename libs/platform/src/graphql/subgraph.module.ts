import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, Type } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule, ModuleRef } from '@nestjs/core';
import { ClientErrorFilter } from '../errors/client-error.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessPolicyCheck } from '../auth/access-policy.check';
import { ACCESS_POLICY } from '../auth/access.guard';
import { AccessPolicy } from '../auth/access-rules';
import { withFieldAccess } from '../auth/access-fields';
import { withRedactions } from '../auth/redaction';
import { withCheckedRepresentations } from './entity-representations';
import { mutationAuditPlugin } from '../auth/mutation-audit.plugin';
import { AuditScopeMiddleware } from '../auth/audit-scope';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { Registry } from 'prom-client';
import { formatGraphQLError } from '../errors/format-error';
import { MessageLocaleMiddleware } from '../errors/message-locale';
import { GRAPHQL_METRICS } from '../metrics/metrics.module';
import { GraphQLMetrics, graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { authenticatedPrincipal } from '../auth/authenticated-principal';
import { RequestAuthenticator } from '../auth/request-authenticator';
import { ServiceConfig } from '../config/service-config';
import { CalendarDayScalar } from './calendar-day.scalar';
import { InstantScalarProvider } from './instant.scalar';
import { PerimeterScalar } from './perimeter.scalar';
import { withScalarParsing } from './scalar-parsing';
import { queryLimitOptions } from './query-limits';
import { recodeRefusedQuery } from './refused-query-error';
import { variablesDepthPlugin } from './variables-depth.plugin';
import { GraphQLRequestContext, RequestLoaders } from './request-loaders';

/**
 * The schema as a subgraph serves it: a scalar only some subgraphs have takes its parsing here,
 * where it may be absent; each field of an object checks its access rule; redacted fields are
 * wrapped; entity representations are checked.
 */
function servedSchema(
  schema: GraphQLSchema,
  policy: AccessPolicy,
  services: ModuleRef,
): GraphQLSchema {
  const parsed = withScalarParsing(schema, [PerimeterScalar]);
  return withCheckedRepresentations(
    withRedactions(withFieldAccess(parsed, policy, services), policy, services),
  );
}

/**
 * A code-first Apollo Federation v2 subgraph, with the platform's error format, loaders and
 * metrics, and the gateway's limits on a query's tokens, depth and aliases: a client that reaches
 * a subgraph's port with a valid token is held to them as it would be at the gateway.
 */
@Module({})
export class SubgraphModule implements NestModule {
  /**
   * @param entityReferences the stubs of entities another subgraph owns that this one only
   * extends with fields: no query of this subgraph returns them, so they must be named here to be
   * part of its schema.
   */
  static forRoot(service: string, entityReferences: Type[] = []): DynamicModule {
    return {
      module: SubgraphModule,
      imports: [
        DiscoveryModule,
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [
            ServiceConfig,
            GRAPHQL_METRICS,
            RequestAuthenticator,
            DataSource,
            ACCESS_POLICY,
            ModuleRef,
            Registry,
          ],
          useFactory: (
            config: ServiceConfig,
            metrics: GraphQLMetrics,
            authenticator: RequestAuthenticator,
            dataSource: DataSource,
            policy: AccessPolicy,
            services: ModuleRef,
            registry: Registry,
          ) => ({
            autoSchemaFile: { federation: 2 },
            buildSchemaOptions: { orphanedTypes: entityReferences },
            // A federated schema is rebuilt from its SDL: a custom scalar keeps its parsing only
            // when given again here. Every subgraph has days, so Date is in each schema (a
            // scalar given here but absent from the schema stops the service at start).
            resolvers: { Date: CalendarDayScalar },
            sortSchema: true,
            introspection: true,
            graphiql: false,
            // Apollo would close the HTTP server when the modules are destroyed, first of all;
            // after the workers have drained, with the pools, the server answers a 503
            // readiness while the workers finish (see closeOnSignals).
            stopOnApplicationShutdown: true,
            ...queryLimitOptions(config),
            formatError: (formatted, error) =>
              formatGraphQLError(recodeRefusedQuery(formatted, error), error),
            // No guard, interceptor or filter of Nest's runs on the fields of objects: their
            // access rules are checked in the schema (withFieldAccess), which spares every field
            // resolved the promises and execution contexts of Nest's pipeline.
            fieldResolverEnhancers: [],
            transformSchema: (schema) => servedSchema(schema, policy, services),
            // Inline traces serve Apollo's hosted studio, which this system does not use. Nor
            // does it give cache hints (no @cacheControl): Apollo's cache control would still
            // work out a policy for every field resolved, a hook and promises a field.
            plugins: [
              variablesDepthPlugin(),
              graphqlMetricsPlugin(metrics),
              mutationAuditPlugin(service, { config, dataSource, registry }),
              ApolloServerPluginInlineTraceDisabled(),
              ApolloServerPluginCacheControlDisabled(),
            ],
            context: async ({
              req,
            }: {
              req: GraphQLRequestContext['req'];
            }): Promise<GraphQLRequestContext> => ({
              req,
              loaders: new RequestLoaders(),
              principal: await authenticatedPrincipal(authenticator, req),
            }),
          }),
        }),
      ],
      providers: [
        AccessPolicyCheck,
        // Date-typed fields are this DateTime, in and out (Nest's own takes any text Date reads).
        InstantScalarProvider,
        { provide: APP_FILTER, useClass: ClientErrorFilter },
      ],
    };
  }

  /**
   * Errors, of GraphQL and of the routes alike, are written in the request's language; a
   * mutation's audit is written by the transaction that commits it.
   */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(MessageLocaleMiddleware, AuditScopeMiddleware).forRoutes('{*path}');
  }
}
