import { buildSchema } from 'graphql';
import { validateOperations } from './operations';

const schema = buildSchema(`
  type Query { zone(id: ID!): Zone }
  type Zone { id: ID!, name: String!, needCount: Int! }
`);

describe('validateOperations', () => {
  it('accepts named operations that fit the schema', () => {
    const files = [
      { name: 'zone.graphql', source: 'query Zone($id: ID!) { zone(id: $id) { id name } }' },
      { name: 'needs.graphql', source: 'query Needs($id: ID!) { zone(id: $id) { needCount } }' },
    ];
    expect(validateOperations(schema, files)).toEqual([]);
  });

  it('names the file and the place of a field the schema does not have', () => {
    const files = [
      {
        name: 'zone.graphql',
        source: 'query Zone($id: ID!) {\n  zone(id: $id) { id title }\n}',
      },
    ];
    expect(validateOperations(schema, files)).toEqual([
      { file: 'zone.graphql', message: '2:22 Cannot query field "title" on type "Zone".' },
    ]);
  });

  it('refuses an unnamed operation, a name used twice and a file that does not parse', () => {
    const files = [
      { name: 'a.graphql', source: 'query Zone { zone(id: "1") { id } }' },
      { name: 'b.graphql', source: 'query Zone { zone(id: "2") { name } }' },
      { name: 'c.graphql', source: '{ zone(id: "3") { id } }' },
      { name: 'd.graphql', source: 'query Broken { zone(id: "4") { id }' },
    ];
    expect(validateOperations(schema, files)).toEqual([
      { file: 'b.graphql', message: 'operation "Zone" is also defined in a.graphql' },
      { file: 'c.graphql', message: 'an operation has no name' },
      { file: 'd.graphql', message: '1:36 Syntax Error: Expected Name, found <EOF>.' },
    ]);
  });
});
