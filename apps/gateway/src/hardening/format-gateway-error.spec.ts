import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { gatewayErrorFormatter } from './format-gateway-error';
import { QUERY_TOO_COMPLEX, RefusedQueryError } from '@symbiose/platform';

const format = gatewayErrorFormatter(() => 'request-1234');

describe('the gateway error format', () => {
  it('masks an internal error: no message, no stack trace, no SQL, but the request id', () => {
    const formatted: GraphQLFormattedError = {
      message: 'insert into "directory"."territory" failed: invalid byte sequence',
      path: ['createTerritory'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        stacktrace: ['QueryFailedError: invalid byte sequence', '    at PostgresQueryRunner.query'],
        serviceName: 'directory',
      },
    };
    expect(format(formatted, new Error('boom'))).toEqual({
      message: 'Internal server error',
      path: ['createTerritory'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', requestId: 'request-1234' },
    });
  });

  it('masks an error without a code as internal', () => {
    expect(format({ message: 'connect ECONNREFUSED 10.0.0.3:5432' }, undefined)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', requestId: 'request-1234' },
    });
  });

  it('keeps a client error as it is, without its stack trace nor its subgraph, with the request id', () => {
    const formatted: GraphQLFormattedError = {
      message: 'siret: must be a SIRET',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'siret',
        stacktrace: ['at x'],
        serviceName: 'directory',
      },
    };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
      message: 'siret: must be a SIRET',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'siret',
        reason: 'INVALID_VALUE',
        requestId: 'request-1234',
      },
    });
  });

  it('gives a refused query its own code back from the validation error wrapping it', () => {
    const refusal = new RefusedQueryError(
      'Query depth limit of 10 exceeded, found 11.',
      QUERY_TOO_COMPLEX,
      {
        limit: 'depth',
      },
    );
    // Apollo Server wraps every validation error, recoding it GRAPHQL_VALIDATION_FAILED.
    const wrapped = new GraphQLError(refusal.message, {
      originalError: refusal,
      extensions: { ...refusal.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = { message: wrapped.message, extensions: wrapped.extensions };
    expect(format(formatted, wrapped)).toEqual({
      message: 'Query depth limit of 10 exceeded, found 11.',
      extensions: {
        code: QUERY_TOO_COMPLEX,
        limit: 'depth',
        reason: 'QUERY_TOO_COMPLEX',
        requestId: 'request-1234',
      },
    });
  });
});
