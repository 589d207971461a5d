import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { asksOnly } from './selected-fields';

const SCHEMA = buildSchema(`
  type Page { totalCount: Int nodes: [Int] }
  type Query { page: Page }
`);

/** Whether the `page` field of a query asks nothing but totalCount. */
async function countOnly(query: string): Promise<boolean> {
  let asked: boolean | undefined;
  const result = await graphql({
    schema: SCHEMA,
    source: query,
    rootValue: {
      page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        asked = asksOnly(info, ['totalCount']);
        return { totalCount: 0, nodes: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  if (asked === undefined) throw new Error('page was not resolved');
  return asked;
}

describe('asksOnly', () => {
  it('is true for the fields named, with or without __typename', async () => {
    expect(await countOnly('{ page { totalCount } }')).toBe(true);
    expect(await countOnly('{ page { __typename total: totalCount } }')).toBe(true);
  });

  it('looks into inline and named fragments', async () => {
    expect(await countOnly('{ page { ... on Page { totalCount } } }')).toBe(true);
    expect(await countOnly('{ page { ...Counted } } fragment Counted on Page { totalCount }')).toBe(
      true,
    );
    expect(await countOnly('{ page { ...Listed } } fragment Listed on Page { nodes }')).toBe(false);
  });

  it('is false when another field is asked, even only under a directive', async () => {
    expect(await countOnly('{ page { totalCount nodes } }')).toBe(false);
    expect(await countOnly('{ page { totalCount nodes @skip(if: true) } }')).toBe(false);
  });
});
