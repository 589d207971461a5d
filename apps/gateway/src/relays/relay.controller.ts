import { Controller, Req, RequestMapping, RequestMethod, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { pictureResource } from '@symbiose/tokens';
import { GatewayConfig, subgraphsOf } from '../gateway.config';
import { relayPicture } from './picture-relay';
import { RELAY_ROUTES, RelayRoute } from './relay-routes';
import { relayFromSubgraph } from './subgraph-relay';

/** The route's path with its parameters filled in, each encoded as a path segment. */
function pathOf(route: RelayRoute, request: Request): string {
  const params = request.params as Record<string, string>;
  return '/' + route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]));
}

/** The picture as `pictureResource` names it: the path and the signed query parameters given. */
function pictureOf(route: RelayRoute, request: Request): string {
  const query = Object.fromEntries(
    (route.signedQuery ?? [])
      .filter((name) => request.query[name] !== undefined)
      .map((name) => [name, String(request.query[name])]),
  );
  return pictureResource(pathOf(route, request), query);
}

/**
 * Serves every route of `RELAY_ROUTES`, each as a Nest route of its own (`serve`), so that they go
 * through the same routing, middleware and metrics as any other.
 */
@Controller()
export class RelayController {
  private readonly subgraphUrls: ReadonlyMap<string, string>;

  constructor(private readonly config: GatewayConfig) {
    this.subgraphUrls = new Map(subgraphsOf(config).map(({ name, baseUrl }) => [name, baseUrl]));
  }

  relay(route: RelayRoute, request: Request, response: Response): Promise<void> {
    const subgraphUrl = this.subgraphUrls.get(route.subgraph)!;
    switch (route.forwarded) {
      case 'as-sent':
        return relayFromSubgraph(new URL(request.originalUrl, subgraphUrl), request, response);
      case 'path':
        return relayFromSubgraph(new URL(pathOf(route, request), subgraphUrl), request, response);
      case 'picture':
        return relayPicture(pictureOf(route, request), subgraphUrl, request, response, this.config);
    }
  }
}

/** Adds to the controller the handler of one route: `relay GET /zones/:zoneId/synergies.csv`. */
function serve(route: RelayRoute): void {
  const name = `relay ${route.method} /${route.path}`;
  Object.defineProperty(RelayController.prototype, name, {
    value: function (this: RelayController, request: Request, response: Response) {
      return this.relay(route, request, response);
    },
  });
  const handler = Object.getOwnPropertyDescriptor(RelayController.prototype, name)!;
  RequestMapping({ path: route.path, method: RequestMethod[route.method] })(
    RelayController.prototype,
    name,
    handler,
  );
  Req()(RelayController.prototype, name, 0);
  Res()(RelayController.prototype, name, 1);
}

RELAY_ROUTES.forEach(serve);
