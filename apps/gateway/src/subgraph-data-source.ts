import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { IncomingMessage } from 'node:http';
import { REQUEST_ID_HEADER } from '@symbiose/platform';
import { entitiesAtOriginals, uniqueRepresentations } from './entity-representations';

export interface GatewayContext {
  req?: IncomingMessage & { id?: unknown };
}

/**
 * Sends each subgraph request with the client's token, which the subgraph
 * checks itself, the client request's id, so their logs join up, and the
 * client's Accept-Language, so each subgraph writes in it. The
 * gateway's own requests (reading the subgraphs' schemas) carry its own token.
 * An entity fetch names each entity once (`uniqueRepresentations`).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly gatewayToken: () => Promise<string>,
  ) {
    super({ url });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const { variables } = options.request;
    const representations: unknown = variables?.representations;
    if (!Array.isArray(representations)) return super.process(options);
    const { unique, positionOf } = uniqueRepresentations(representations);
    if (unique.length === representations.length) return super.process(options);
    const response = await super.process({
      ...options,
      request: { ...options.request, variables: { ...variables, representations: unique } },
    });
    return entitiesAtOriginals(response, positionOf);
  }

  override async willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers) return;
    const id = context.req?.id;
    if (typeof id === 'string') headers.set(REQUEST_ID_HEADER, id);
    const authorization = context.req?.headers.authorization;
    headers.set('authorization', authorization ?? `Bearer ${await this.gatewayToken()}`);
    const language = context.req?.headers['accept-language'];
    if (language) headers.set('accept-language', language);
  }
}
