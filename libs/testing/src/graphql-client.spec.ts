import { createServer, Server } from 'node:http';
import { postGraphQL } from './graphql-client';

/** A server answering every request with these errors. */
function answering(errors: unknown[]): Server {
  return createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ errors }));
  });
}

describe('postGraphQL, with the suites’ setup', () => {
  it('fails on an error without a reason of the catalogue', async () => {
    const server = answering([{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }]);
    await expect(postGraphQL(server, '{ __typename }')).rejects.toThrow(
      'an error without a catalogued reason',
    );
    const invented = answering([{ message: 'x', extensions: { reason: 'SOMETHING_ELSE' } }]);
    await expect(postGraphQL(invented, '{ __typename }')).rejects.toThrow(
      'an error without a catalogued reason',
    );
  });

  it('reads an error with a reason of the catalogue', async () => {
    const server = answering([
      { message: 'x', extensions: { code: 'NOT_FOUND', reason: 'UNKNOWN_ID' } },
    ]);
    const response = await postGraphQL(server, '{ __typename }');
    expect(response.errors?.[0].extensions?.['reason']).toBe('UNKNOWN_ID');
  });
});
