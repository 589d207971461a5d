import { IntrospectAndCompose } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Histogram } from 'prom-client';
import {
  ConfigModule,
  formatGraphQLError,
  GRAPHQL_OPERATION_HISTOGRAM,
  graphqlMetricsPlugin,
  HealthModule,
  LoggingModule,
  MetricsModule,
  RequestAuthenticator,
  authenticatedPrincipal,
} from '@symbiose/platform';
import { TokenVerifier } from '@symbiose/tokens';
import { IncomingMessage } from 'node:http';
import { AssessmentChartController } from './assessment-chart.controller';
import { GatewayConfig, subgraphsOf } from './gateway.config';
import { PrioritisationChartController } from './prioritisation-chart.controller';
import { GatewayContext, SubgraphDataSource } from './subgraph-data-source';
import { gatewayTokenSource } from './gateway-token';
import { SubgraphsReadinessProbe } from './subgraphs-readiness.probe';

@Module({
  imports: [
    ConfigModule.forService(GatewayConfig),
    LoggingModule,
    MetricsModule.forService('gateway'),
    HealthModule.forRoot(SubgraphsReadinessProbe),
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      inject: [GatewayConfig, GRAPHQL_OPERATION_HISTOGRAM],
      useFactory: (config: GatewayConfig, histogram: Histogram<'operation' | 'outcome'>) => {
        const authenticator = new RequestAuthenticator(new TokenVerifier(config));
        const gatewayToken = gatewayTokenSource(config);
        return {
          server: {
            introspection: true,
            formatError: formatGraphQLError,
            plugins: [graphqlMetricsPlugin(histogram)],
            context: async ({ req }: { req: GatewayContext['req'] & IncomingMessage }) => ({
              req,
              principal: await authenticatedPrincipal(authenticator, req),
            }),
          },
          gateway: {
            supergraphSdl: new IntrospectAndCompose({
              subgraphs: subgraphsOf(config).map(({ name, baseUrl }) => ({
                name,
                url: `${baseUrl}/graphql`,
              })),
            }),
            buildService: ({ url }) => new SubgraphDataSource(url!, gatewayToken),
          },
        };
      },
    }),
  ],
  controllers: [AssessmentChartController, PrioritisationChartController],
})
export class AppModule {}
