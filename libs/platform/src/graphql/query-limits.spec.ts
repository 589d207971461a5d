import {
  buildSchema,
  GraphQLError,
  GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { QueryLimits, queryLimitOptions } from './query-limits';
import { QUERY_TOO_COMPLEX, recodeRefusedQuery, refusalCodeOf } from './refused-query-error';

const schema = buildSchema(`
  type Query { territories(first: Int): TerritoryConnection }
  type TerritoryConnection { totalCount: Int, nodes: [Territory] }
  type Territory { name: String, zones: [Zone] }
  type Zone { name: String, territory: Territory }
`);

const LIMITS: QueryLimits = {
  GRAPHQL_MAX_DEPTH: 5,
  GRAPHQL_MAX_ALIASES: 15,
  GRAPHQL_MAX_TOKENS: 5000,
  GRAPHQL_MAX_COST: 50_000,
};

/** The errors a server held to `limits` answers `query` with: the parser's, else validation's. */
function errorsOf(query: string, limits: Partial<QueryLimits> = {}): GraphQLError[] {
  const { parseOptions, validationRules } = queryLimitOptions({ ...LIMITS, ...limits });
  try {
    return [
      ...validate(schema, parse(query, parseOptions), [...specifiedRules, ...validationRules]),
    ];
  } catch (error) {
    return [error as GraphQLError];
  }
}

/** `levels` nested Territory.zones / Zone.territory under territories { nodes }. */
function nested(levels: number): string {
  let selection = 'name';
  for (let level = 0; level < levels; level += 1) {
    selection = `${(levels - 1 - level) % 2 === 0 ? 'zones' : 'territory'} { ${selection} }`;
  }
  return `{ territories(first: 1) { nodes { ${selection} } } }`;
}

/** `count` fragments, each looping territory → zones → territory into the next one. */
function fragmentChain(count: number): string {
  const fragments = Array.from({ length: count }, (_, i) => {
    const next = i + 1 < count ? `...F${i + 1}` : 'name';
    return `fragment F${i} on Territory { name zones { name territory { ${next} } } }`;
  });
  return `{ territories(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

/** The error as Apollo Server formats it before the services' error format sees it. */
function formatted(error: GraphQLError, code: string): GraphQLFormattedError {
  return { message: error.message, extensions: { ...error.extensions, code } };
}

describe('the query limits of every service', () => {
  it('accept a query within every limit', () => {
    expect(errorsOf(nested(2))).toEqual([]);
    expect(errorsOf(`{ a: territories(first: 1) { totalCount } b: __typename }`)).toEqual([]);
  });

  it('refuse a query deeper than the maximum, as QUERY_TOO_COMPLEX', () => {
    const errors = errorsOf(nested(4));
    expect(errors.map((error) => error.message)).toEqual([
      'Query depth limit of 5 exceeded, found 7.',
    ]);
    expect(errors[0].extensions).toMatchObject({
      code: QUERY_TOO_COMPLEX,
      limit: 'depth',
      maximum: 5,
    });
    expect(refusalCodeOf(errors[0])).toBe(QUERY_TOO_COMPLEX);
  });

  it('count fragments as the fields they hold, as a query plan inlines them', () => {
    // territories, nodes, zones, territory, name: 5 deep, however it is cut into fragments.
    const inline = `{ territories(first: 1) { nodes { ... on Territory { zones { territory { name } } } } } }`;
    const spread = `{ territories(first: 1) { nodes { ...Z } } } fragment Z on Territory { zones { ...T } } fragment T on Zone { territory { name } }`;
    expect(errorsOf(inline)).toEqual([]);
    expect(errorsOf(spread)).toEqual([]);
    expect(errorsOf(spread, { GRAPHQL_MAX_DEPTH: 4 })[0]?.message).toBe(
      'Query depth limit of 4 exceeded, found 5.',
    );
  });

  it('refuse a chain of fragments looping territory → zones → territory by its depth and cost', () => {
    const errors = errorsOf(fragmentChain(100));
    expect(errors.map((error) => error.message)).toEqual([
      'Query depth limit of 5 exceeded, found 203.',
      'Query Cost limit of 50000 exceeded, found 8.0e+130.',
    ]);
  });

  it('refuse more aliases than the maximum', () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: territories { totalCount }`);
    const errors = errorsOf(`{ ${aliases.join(' ')} }`);
    expect(errors.map((error) => error.message)).toEqual([
      'Aliases limit of 15 exceeded, found 16.',
    ]);
    expect(errors[0].extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'aliases' });
  });

  it('count the aliases of __typename', () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`);
    expect(errorsOf(`{ ${aliases.join(' ')} }`).map((error) => error.message)).toEqual([
      'Aliases limit of 15 exceeded, found 1000.',
    ]);
  });

  it('stop parsing a document of more tokens than the maximum, as QUERY_TOO_COMPLEX', () => {
    // 600 fragments of 16 tokens each: 9,600 tokens.
    const [error] = errorsOf(fragmentChain(600));
    expect(error).toBeInstanceOf(GraphQLError);
    expect(recodeRefusedQuery(formatted(error, 'GRAPHQL_PARSE_FAILED'), error)).toEqual({
      message: 'Query token limit of 5000 exceeded.',
      extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', maximum: 5000 },
    });
    expect(errorsOf(fragmentChain(600), { GRAPHQL_MAX_TOKENS: 10_000 })[0]?.message).toMatch(
      /^Query depth limit of 5 exceeded/,
    );
  });
});

describe('recodeRefusedQuery', () => {
  it("gives Apollo Server's persisted-query hash mismatch a code and a message naming the hash", () => {
    const mismatch = new GraphQLError('provided sha does not match query');
    expect(recodeRefusedQuery(formatted(mismatch, 'INTERNAL_SERVER_ERROR'), mismatch)).toEqual({
      message: 'persistedQuery: its sha256Hash is not the hash of the query sent',
      extensions: { code: 'BAD_REQUEST', field: 'persistedQuery' },
    });
  });

  it('gives a refusal its own code back from the validation error wrapping it', () => {
    const [refusal] = errorsOf(nested(4));
    // Apollo Server wraps every validation error, recoding it GRAPHQL_VALIDATION_FAILED.
    const wrapped = new GraphQLError(refusal.message, {
      originalError: refusal,
      extensions: { ...refusal.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(recodeRefusedQuery(formatted(wrapped, 'GRAPHQL_VALIDATION_FAILED'), wrapped)).toEqual({
      message: 'Query depth limit of 5 exceeded, found 7.',
      extensions: { code: QUERY_TOO_COMPLEX, limit: 'depth', maximum: 5 },
    });
  });

  it('leaves any other error as it is', () => {
    const syntax = errorsOf('{ territories(')[0];
    const error = formatted(syntax, 'GRAPHQL_PARSE_FAILED');
    expect(recodeRefusedQuery(error, syntax)).toBe(error);
  });
});
