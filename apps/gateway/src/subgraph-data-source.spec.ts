import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GatewayContext, SubgraphDataSource } from './subgraph-data-source';

interface Representation {
  __typename: string;
  id: string;
}

/** A subgraph that answers `_entities` with each representation's id, and fails on "missing". */
function entitySubgraph(received: Representation[][]): Server {
  return createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const representations: Representation[] = JSON.parse(body).variables.representations;
      received.push(representations);
      const missing = representations.findIndex(({ id }) => id === 'missing');
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          data: {
            _entities: representations.map(({ id }) =>
              id === 'missing' ? null : { name: `firm ${id}`, tags: [id] },
            ),
          },
          ...(missing >= 0
            ? { errors: [{ message: 'no organization', path: ['_entities', missing, 'name'] }] }
            : {}),
        }),
      );
    });
  });
}

describe('the subgraph data source, for an entity fetch', () => {
  let server: Server;
  let source: SubgraphDataSource;
  const received: Representation[][] = [];

  beforeAll(async () => {
    server = entitySubgraph(received);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    source = new SubgraphDataSource(`http://127.0.0.1:${port}/graphql`, async () => 'token');
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  beforeEach(() => {
    received.length = 0;
  });

  function fetchEntities(ids: string[]) {
    // An entity fetch without the incoming request around it: its kind is the one of a fetch
    // the gateway makes for itself (the package does not export the enum of kinds).
    const options = {
      kind: 'loading schema',
      request: {
        query:
          'query($representations:[_Any!]!){_entities(representations:$representations){... on Organization{name}}}',
        variables: { representations: ids.map((id) => ({ __typename: 'Organization', id })) },
      },
      context: {},
    } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    return source.process(options);
  }

  it('sends each entity once, and answers every original representation in its order', async () => {
    const response = await fetchEntities(['a', 'b', 'a', 'c', 'b', 'a']);

    expect(received).toEqual([['a', 'b', 'c'].map((id) => ({ __typename: 'Organization', id }))]);
    const entities = response.data?._entities as { name: string; tags: string[] }[];
    expect(entities.map(({ name }) => name)).toEqual(
      ['a', 'b', 'a', 'c', 'b', 'a'].map((id) => `firm ${id}`),
    );
    // The gateway merges later fetches into each entity: no two may share an object.
    expect(entities[0]).not.toBe(entities[2]);
    expect(entities[0].tags).not.toBe(entities[2].tags);
  });

  it("gives an entity's error at every place the entity stands", async () => {
    const response = await fetchEntities(['missing', 'a', 'missing']);

    expect(received).toHaveLength(1);
    expect(received[0].map(({ id }) => id)).toEqual(['missing', 'a']);
    expect(response.data?._entities).toEqual([null, { name: 'firm a', tags: ['a'] }, null]);
    expect(response.errors?.map((error) => error.path)).toEqual([
      ['_entities', 0, 'name'],
      ['_entities', 2, 'name'],
    ]);
  });

  it('sends a fetch without duplicates as it is', async () => {
    const response = await fetchEntities(['a', 'b']);

    expect(received[0].map(({ id }) => id)).toEqual(['a', 'b']);
    expect(response.data?._entities).toHaveLength(2);
  });
});
