import { composeSupergraph, CompositionFailed } from './compose';

const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

const directory = {
  name: 'directory',
  url: 'http://localhost:4001/graphql',
  sdl: `${FEDERATION}
    type Query { zone(id: ID!): Zone }
    type Zone @key(fields: "id") { id: ID!, name: String! }`,
};

const workshops = {
  name: 'workshops',
  url: 'http://localhost:4004/graphql',
  sdl: `${FEDERATION}
    type Query { workshops(zoneId: ID!): [Workshop!]! }
    type Workshop { id: ID!, title: String! }
    type Zone @key(fields: "id") { id: ID!, workshopCount: Int! }`,
};

describe('composeSupergraph', () => {
  it('gives the supergraph with its join directives, and the API schema without them, sorted', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph([directory, workshops]);
    expect(supergraphSdl).toContain(
      '@join__graph(name: "workshops", url: "http://localhost:4004/graphql")',
    );
    expect(apiSdl).not.toMatch(/join__|@link/);
    expect(apiSdl).toContain('type Zone {\n  id: ID!\n  name: String!\n  workshopCount: Int!\n}');
    expect(apiSdl.indexOf('type Workshop')).toBeGreaterThan(apiSdl.indexOf('type Query'));
    expect(apiSdl.endsWith('}\n')).toBe(true);
  });

  it('fails with the composition errors when the subgraphs disagree', () => {
    const conflicting = {
      ...workshops,
      sdl: `${FEDERATION}
        type Query { workshops(zoneId: ID!): [Workshop!]! }
        type Workshop { id: ID!, title: String! }
        type Zone @key(fields: "id") { id: ID!, name: Int! }`,
    };
    expect(() => composeSupergraph([directory, conflicting])).toThrow(CompositionFailed);
    expect(() => composeSupergraph([directory, conflicting])).toThrow(/Zone\.name/);
  });
});
