import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { GraphQLMetrics } from './graphql-metrics.plugin';

/** One registry per process, with Node's default metrics and the service name as a label. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

export function httpRequestDuration(registry: Registry): Histogram<'method' | 'route' | 'status'> {
  return new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
}

export function graphqlMetrics(registry: Registry): GraphQLMetrics {
  return {
    duration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Duration of GraphQL operations by operation name and outcome',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors sent to GraphQL clients by operation name and error code',
      labelNames: ['operation', 'code'],
      registers: [registry],
    }),
  };
}
