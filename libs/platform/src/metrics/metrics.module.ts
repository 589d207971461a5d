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
import { createMetricsRegistry, graphqlOperationDuration, httpRequestDuration } from './metrics';

export const GRAPHQL_OPERATION_HISTOGRAM = Symbol('GRAPHQL_OPERATION_HISTOGRAM');
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
    res.on('finish', () => {
      // The matched route, not the raw URL, keeps the label set small.
      const route = (req.route as { path?: string } | undefined)?.path ?? req.baseUrl + req.path;
      stop({ route, status: String(res.statusCode) });
    });
    next();
  }
}

/** Prometheus `/metrics`, request durations and the GraphQL operation histogram. */
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
        { provide: GRAPHQL_OPERATION_HISTOGRAM, useValue: graphqlOperationDuration(registry) },
        HttpMetricsMiddleware,
      ],
      exports: [Registry, GRAPHQL_OPERATION_HISTOGRAM],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
