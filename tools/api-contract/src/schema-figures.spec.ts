import { buildSchema } from 'graphql';
import { schemaFigures } from './schema-figures';

describe('schemaFigures', () => {
  it('counts cacheable types without id, enums, connections and lists outside connections', () => {
    const schema = buildSchema(`
      type Query {
        synergies(first: Int): SynergyPage!
        categories: [Category!]!
        zones: [Zone!]!
        codes: [String!]!
      }
      type Mutation { noop: Boolean }
      type SynergyPage { nodes: [Synergy!]!, edges: [SynergyEdge!]!, pageInfo: PageInfo! }
      type SynergyEdge { node: Synergy!, cursor: String! }
      type PageInfo { hasNextPage: Boolean! }
      type Synergy { id: ID!, status: Status!, participants: [Participant!]!, impact: Impact }
      type Participant { role: Status! }
      type Impact { tonnes: Float! }
      type Category { code: String! }
      type Zone { id: ID! }
      enum Status { DETECTED SELECTED }
    `);
    expect(schemaFigures(schema)).toEqual({
      objectTypes: 5,
      objectTypesWithoutId: ['Participant', 'Impact', 'Category'],
      enums: 1,
      connections: 1,
      unpaginatedLists: ['Query.categories', 'Query.zones', 'Synergy.participants'],
      unpaginatedListsOfIdentified: ['Query.zones'],
    });
  });
});
