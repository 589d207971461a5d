import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { BadUserInputError } from './bad-user-input';
import { ERROR_REASONS } from './error-reasons';
import { formatGraphQLError } from './format-error';
import { MessageLocaleMiddleware } from './message-locale';
import { NotFoundError } from './not-found';

/** Formats an error as a service would while serving a request with this Accept-Language. */
function formatIn(language: string | undefined, error: GraphQLError) {
  let formatted: ReturnType<typeof formatGraphQLError> | undefined;
  new MessageLocaleMiddleware().use(
    { headers: language ? { 'accept-language': language } : {} } as never,
    {} as never,
    () => {
      formatted = formatGraphQLError(error.toJSON(), error);
    },
  );
  return formatted!;
}

describe('the error format', () => {
  it('gives an error raised without a reason the reason of its code', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatIn(undefined, validation).extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'INVALID_QUERY',
    });
  });

  it('masks an unexpected error as INTERNAL, in the request language', () => {
    const crash = new GraphQLError('relation "synergy" does not exist');
    expect(formatIn('fr-FR', crash)).toEqual({
      message: ERROR_REASONS.INTERNAL.FR,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' },
    });
  });

  it('tells a database that could not be reached as a passing error, never the driver’s words', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shuttingDown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        code: '57P01',
      },
    );
    const cut = new Error('Connection terminated unexpectedly');
    for (const cause of [refused, shuttingDown, cut]) {
      const error = new GraphQLError(cause.message, { originalError: cause, path: ['zones'] });
      const formatted = formatIn('fr', error);
      expect(formatted.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'UNAVAILABLE',
        service: 'database',
        retryable: true,
      });
      expect(formatted.path).toEqual(['zones']);
      expect(formatted.message).toContain('indisponible');
      expect(formatted.message).not.toContain(cause.message);
    }
    const bug = new GraphQLError('x is undefined', {
      originalError: new TypeError('x is undefined'),
    });
    expect(formatIn(undefined, bug).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
    });
  });

  it('names the variable, or the field inside it, whose value could not be coerced', () => {
    const coercion = new GraphQLError(
      'Variable "$input" got invalid value "LOST" at "input.to"; Value "LOST" does not exist in "SynergyStatus" enum.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
    expect(formatIn(undefined, coercion).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUE',
      field: 'to',
    });
  });

  it('writes the API’s own messages in French when asked, with the same reason', () => {
    const notFound = new NotFoundError('synergyId', 'c0ffee00-0000-4000-8000-000000000000');
    const french = formatIn('en;q=0.5, fr;q=0.9', notFound);
    const english = formatIn('de, en', notFound);
    expect(french.message).toBe(
      'synergyId c0ffee00-0000-4000-8000-000000000000 ne désigne rien qui existe ou qui vous soit accessible',
    );
    expect(english.message).toBe(
      'synergyId c0ffee00-0000-4000-8000-000000000000 names nothing that exists or that you may reach',
    );
    expect(french.extensions).toEqual(english.extensions);
    expect(french.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
  });

  it('tells an English-only reason in French by its reason’s generic words, then the detail', () => {
    const refusal = new BadUserInputError('siret', 'fails its Luhn check');
    expect(formatIn('fr', refusal).message).toBe(
      "siret : n'est pas une valeur valide (fails its Luhn check)",
    );
  });

  it('tells a literal that fits no type as a variable holding it is told, naming where it is', () => {
    const schema = buildSchema(`
      enum Status { DETECTED QUALIFIED }
      input Change { id: ID!, to: Status! }
      type Query { ok: Boolean }
      type Mutation { change(input: Change!, first: Int): Boolean }
    `);
    const document = parse('mutation { change(input: { id: "1", to: LOST }, first: "ten") }');
    const [enumError, intError] = validate(schema, document).map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
    expect(formatIn(undefined, enumError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUE',
      field: 'to',
    });
    expect(formatIn(undefined, intError).extensions).toMatchObject({ field: 'first' });
  });
});
