import {
  Controller,
  Get,
  Header,
  Inject,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestMiddleware,
  NestModule,
  DynamicModule,
} from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { Histogram, Registry } from 'prom-client';
import { PublicRoute } from '../auth/public-route';
import { createMetricsRegistry, graphqlMetrics, httpRequestDuration } from './metrics';
import { QueueMetrics } from './queue-metrics';

/** The GraphQL series (GraphQLMetrics), for the Apollo plugin of a subgraph or the gateway. */
export const GRAPHQL_METRICS = Symbol('GRAPHQL_METRICS');
const HTTP_REQUEST_HISTOGRAM = Symbol('HTTP_REQUEST_HISTOGRAM');

@PublicRoute()
@Controller()
class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

@Injectable()
class HttpMetricsMiddleware implements NestMiddleware {
  constructor(
    @Inject(HTTP_REQUEST_HISTOGRAM)
    private readonly histogram: Histogram<'method' | 'route' | 'status'>,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.histogram.startTimer({ method: req.method });
    res.on('finish', () => stop({ route: routeOf(req), status: String(res.statusCode) }));
    next();
  }
}

/** A wildcard at the end of a route, which stands for whatever is mounted under it. */
const WILDCARD_TAIL = /\/\{?\*\w*\}?$/;

/**
 * The matched route, not the raw URL, keeps the label set small: a controller's route, the path
 * an app is mounted at (GraphQL, the queue dashboard) with its own route under it, or
 * "unmatched" when only this middleware's wildcard matched.
 */
function routeOf(req: Request): string {
  const route = (req.route as { path?: string } | undefined)?.path ?? '';
  return req.baseUrl + route.replace(WILDCARD_TAIL, '') || 'unmatched';
}

/** Prometheus `/metrics`: request durations, the GraphQL series and the queues' (QueueMetrics). */
@Module({})
export class MetricsModule implements NestModule {
  static forService(service: string): DynamicModule {
    const registry = createMetricsRegistry(service);
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [
        { provide: Registry, useValue: registry },
        { provide: HTTP_REQUEST_HISTOGRAM, useValue: httpRequestDuration(registry) },
        { provide: GRAPHQL_METRICS, useValue: graphqlMetrics(registry) },
        { provide: QueueMetrics, useValue: new QueueMetrics(registry) },
        HttpMetricsMiddleware,
      ],
      exports: [Registry, GRAPHQL_METRICS, QueueMetrics],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
