import { breakingChanges, unrecordedBreaks } from './breaking-changes';

const BEFORE = `
  type Query { synergy(id: ID!): Synergy, synergies(first: Int): [Synergy!]! }
  type Synergy { id: ID!, rationale: String, status: Status! }
  enum Status { DETECTED STUDYING DISMISSED }
`;

describe('breakingChanges', () => {
  it('lists a removed field, a removed enum value and a new required argument by coordinate', async () => {
    const after = `
      type Query { synergy(id: ID!): Synergy, synergies(first: Int, zoneId: ID!): [Synergy!]! }
      type Synergy { id: ID!, status: Status! }
      enum Status { DETECTED STUDYING }
    `;
    const coordinates = (await breakingChanges(BEFORE, after)).map((change) => change.coordinate);
    expect(coordinates.sort()).toEqual([
      'Query.synergies.zoneId',
      'Status.DISMISSED',
      'Synergy.rationale',
    ]);
  });

  it('lists nothing for additions a client cannot notice', async () => {
    const after = `
      type Query { synergy(id: ID!): Synergy, synergies(first: Int, zoneId: ID): [Synergy!]! }
      type Synergy { id: ID!, rationale: String, status: Status!, title: String }
      enum Status { DETECTED STUDYING DISMISSED }
    `;
    expect(await breakingChanges(BEFORE, after)).toEqual([]);
  });
});

describe('unrecordedBreaks', () => {
  const breaks = [
    { coordinate: 'Synergy.rationale', message: "Field 'rationale' was removed" },
    { coordinate: 'Status.DISMISSED', message: "Enum value 'DISMISSED' was removed" },
  ];

  it('counts a break as recorded when the changelog names its coordinate in backticks', () => {
    const changelog = '- `Synergy.rationale` removed: read `Synergy.terms`.\n';
    expect(unrecordedBreaks(breaks, changelog)).toEqual([breaks[1]]);
  });

  it('does not count a coordinate named without backticks or as part of a longer one', () => {
    const changelog = 'Status.DISMISSED is gone; `Status.DISMISSED_EARLY` is new.\n';
    expect(unrecordedBreaks(breaks, changelog)).toEqual(breaks);
  });
});
