import { IntrospectAndCompose } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import {
  ConfigModule,
  GRAPHQL_METRICS,
  GraphQLMetrics,
  graphqlMetricsPlugin,
  HealthModule,
  LoggingModule,
  MessageLocaleMiddleware,
  MetricsModule,
  QueuesModule,
  RequestAuthenticator,
  authenticatedPrincipal,
  queryLimitOptions,
  operationResolutionPlugin,
  variablesDepthPlugin,
} from '@symbiose/platform';
import { IncomingMessage } from 'node:http';
import { GatewayAuthModule } from './gateway-auth.module';
import { GatewayConfig, subgraphsOf } from './gateway.config';
import { BatchRefusalMiddleware } from './hardening/batch-refusal.middleware';
import { gatewayErrorFormatter } from './hardening/format-gateway-error';
import { graphqlExposureOf } from './hardening/graphql-exposure';
import { pageSizeOfVariablesPlugin, pageSizeRule } from './hardening/page-size.rule';
import { calendarDaysPlugin } from './hardening/calendar-days.plugin';
import { RateLimitMiddleware } from './hardening/rate-limit.middleware';
import { RateLimitStore } from './hardening/rate-limit-store';
import { RequestScopeMiddleware } from './hardening/request-scope';
import { RelayController } from './relays/relay.controller';
import { QueueDashboard } from './queue-dashboard/queue-dashboard';
import { GatewayContext, SubgraphDataSource } from './subgraph-data-source';
import { gatewayTokenSource } from './gateway-token';
import { SubgraphsReadinessProbe } from './subgraphs-readiness.probe';

/**
 * What clients reach: GraphQL, the charts, the zones' exports, imports and the exchange of API keys
 * (whose guessing the limit slows). Health and metrics stay outside the rate limit.
 */
const CLIENT_ROUTES = [
  'graphql',
  'territories/*path',
  'workshops/*path',
  'zones/*path',
  'auth/token',
  'imports/*path',
];

@Module({
  imports: [
    ConfigModule.forService(GatewayConfig),
    GatewayAuthModule,
    LoggingModule,
    MetricsModule.forService('gateway'),
    HealthModule.forRoot(SubgraphsReadinessProbe),
    QueuesModule,
    GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
      driver: ApolloGatewayDriver,
      imports: [GatewayAuthModule],
      inject: [GatewayConfig, GRAPHQL_METRICS, RequestAuthenticator],
      useFactory: (
        config: GatewayConfig,
        metrics: GraphQLMetrics,
        authenticator: RequestAuthenticator,
      ) => {
        const gatewayToken = gatewayTokenSource(config);
        const limits = queryLimitOptions(config);
        return {
          // As the subgraphs': the server closes in its turn of the shutdown, not first.
          stopOnApplicationShutdown: true,
          server: {
            ...graphqlExposureOf(config),
            parseOptions: limits.parseOptions,
            // The page size first, so that an oversized `first` is named before its cost. The
            // subgraphs hold their parts of a query to the same limits.
            validationRules: [pageSizeRule(), ...limits.validationRules],
            formatError: gatewayErrorFormatter(),
            plugins: [
              variablesDepthPlugin(),
              operationResolutionPlugin(),
              graphqlMetricsPlugin(metrics),
              pageSizeOfVariablesPlugin(),
              calendarDaysPlugin(),
            ],
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
  controllers: [RelayController],
  providers: [QueueDashboard, RateLimitStore],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes(...CLIENT_ROUTES);
    consumer
      .apply(RequestScopeMiddleware, MessageLocaleMiddleware, BatchRefusalMiddleware)
      .forRoutes('graphql');
  }
}
