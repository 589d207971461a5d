import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@symbiose/platform';

export interface GatewayContext {
  req?: { id?: unknown };
}

/** Sends each subgraph request with the client request's id, so their logs join up. */
export class RequestIdDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const id = context.req?.id;
    if (typeof id === 'string') request.http?.headers.set(REQUEST_ID_HEADER, id);
  }
}
