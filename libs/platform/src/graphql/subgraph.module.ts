import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Histogram } from 'prom-client';
import { formatGraphQLError } from '../errors/format-error';
import { GRAPHQL_OPERATION_HISTOGRAM } from '../metrics/metrics.module';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import { GraphQLRequestContext, RequestLoaders } from './request-loaders';

/** A code-first Apollo Federation v2 subgraph, with the platform's error format, loaders and metrics. */
@Module({})
export class SubgraphModule {
  /**
   * @param entityReferences the stubs of entities another subgraph owns that this one only
   * extends with fields: no query of this subgraph returns them, so they must be named here to be
   * part of its schema.
   */
  static forRoot(entityReferences: Type[] = []): DynamicModule {
    return {
      module: SubgraphModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [GRAPHQL_OPERATION_HISTOGRAM],
          useFactory: (histogram: Histogram<'operation' | 'outcome'>) => ({
            autoSchemaFile: { federation: 2 },
            buildSchemaOptions: { orphanedTypes: entityReferences },
            sortSchema: true,
            introspection: true,
            graphiql: false,
            formatError: formatGraphQLError,
            // Inline traces serve Apollo's hosted studio, which this system does not use.
            plugins: [graphqlMetricsPlugin(histogram), ApolloServerPluginInlineTraceDisabled()],
            context: ({ req }: { req: GraphQLRequestContext['req'] }): GraphQLRequestContext => ({
              req,
              loaders: new RequestLoaders(),
            }),
          }),
        }),
      ],
    };
  }
}
