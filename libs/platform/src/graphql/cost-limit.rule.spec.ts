import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { ASSUMED_LIST_SIZE, costLimitRule } from './cost-limit.rule';
import { QUERY_TOO_COMPLEX } from './refused-query-error';

const schema = buildSchema(`
  scalar _Any
  union _Entity = Zone
  type Query {
    territories(first: Int = 20): TerritoryConnection
    _entities(representations: [_Any!]!): [_Entity]!
  }
  type TerritoryConnection { totalCount: Int, nodes: [Territory], edges: [TerritoryEdge] }
  type TerritoryEdge { cursor: String, node: Territory }
  type Territory { name: String, tags: [String], zones: [Zone] }
  type Zone { name: String, territory: Territory }
`);

/** The cost found for `query`, read back from the refusal of a limit of 0. */
function costOf(query: string): number {
  const errors = validate(schema, parse(query), [...specifiedRules, costLimitRule(0)]);
  const found = /found (\d+)\.$/.exec(errors.at(-1)?.message ?? '');
  return found ? Number(found[1]) : 0;
}

function errorsOf(query: string, maximum: number): GraphQLError[] {
  return [...validate(schema, parse(query), [...specifiedRules, costLimitRule(maximum)])];
}

describe('the cost limit', () => {
  it('weighs a page by its literal first, each object 2 and each scalar 1', () => {
    expect(costOf(`{ territories(first: 3) { totalCount nodes { name tags } } }`)).toBe(
      2 + 1 + 3 * (2 + 1 + 1),
    );
    expect(costOf(`{ territories(first: 3) { edges { cursor node { name } } } }`)).toBe(
      2 + 3 * (2 + 1 + (2 + 1)),
    );
  });

  it("weighs a page by the argument's default, or by the maximum page size given as a variable", () => {
    expect(costOf(`{ territories { nodes { name } } }`)).toBe(2 + 20 * 3);
    expect(costOf(`query ($n: Int = 1) { territories(first: $n) { nodes { name } } }`)).toBe(
      2 + 100 * 3,
    );
  });

  it('weighs a list with no page as ASSUMED_LIST_SIZE items, so that nested ones multiply', () => {
    const zones = `{ territories(first: 1) { nodes { zones { name } } } }`;
    expect(costOf(zones)).toBe(2 + (2 + ASSUMED_LIST_SIZE * 3));
    // The 124-byte query that answered 810,000 zones out of 30.
    const nested = `{ territories(first: 1) { nodes { zones { territory { zones { territory {
      zones { territory { zones { name } } } } } } } } } }`;
    expect(costOf(nested)).toBeGreaterThan(ASSUMED_LIST_SIZE ** 4);
    expect(errorsOf(nested, 50_000)).toEqual([
      expect.objectContaining({
        message: `Query Cost limit of 50000 exceeded, found ${costOf(nested)}.`,
        extensions: expect.objectContaining({
          code: QUERY_TOO_COMPLEX,
          limit: 'cost',
          maximum: 50_000,
        }),
      }),
    ]);
  });

  it("weighs each of a query plan's entities once: the gateway weighed their number", () => {
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Zone { name } } }`;
    expect(costOf(entities)).toBe(2 + 1);
  });

  it('weighs fragments as the fields they hold, a chain doubling at each one in little time', () => {
    expect(
      costOf(`{ territories(first: 2) { nodes { ...t } } } fragment t on Territory { name }`),
    ).toBe(2 + 2 * 3);
    const fragments = Array.from({ length: 300 }, (_, i) => {
      const next = i + 1 < 300 ? `...F${i + 1}` : 'name';
      return `fragment F${i} on Territory {
        a: zones { territory { ${next} } } b: zones { territory { ${next} } }
      }`;
    });
    const doubling = `{ territories(first: 1) { nodes { ...F0 } } } ${fragments.join(' ')}`;
    const started = performance.now();
    // The cost rule alone: graphql-js's own rules take their time over such a document.
    const errors = validate(schema, parse(doubling), [costLimitRule(50_000)]);
    expect(errors.map((error) => error.message)).toEqual([
      'Query Cost limit of 50000 exceeded, found Infinity.',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts what is within the limit', () => {
    expect(errorsOf(`{ territories(first: 100) { nodes { zones { name } } } }`, 50_000)).toEqual(
      [],
    );
  });
});
