import {
  buildSchema,
  getVariableValues,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
} from 'graphql';
import { CalendarDayScalar } from '../graphql/calendar-day.scalar';
import { InstantScalar } from '../graphql/instant.scalar';
import { PerimeterScalar } from '../graphql/perimeter.scalar';
import { graphqlMessage } from './graphql-js-messages';

const schema = buildSchema(`
  enum Kind { NEED RESOURCE }
  input RecordInput { label: String!, kind: Kind! }
  type Zone { id: ID!, name: String!, organizationCount: Int! }
  type Query { zone(id: ID!): Zone, zones(first: Int): [Zone!]! }
  type Mutation { record(input: RecordInput!): Zone }
`);

/** The API's own scalars, as an argument each. */
const scalars = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      at: {
        type: GraphQLString,
        args: {
          day: { type: CalendarDayScalar },
          when: { type: InstantScalar },
          area: { type: PerimeterScalar },
        },
      },
    },
  }),
});

/** What graphql-js itself answers to a document (parse, then validate). */
function messagesOf(document: string, against: GraphQLSchema = schema): string[] {
  try {
    return validate(against, parse(document)).map((error) => error.message);
  } catch (error) {
    if (error instanceof GraphQLError) return [error.message];
    throw error;
  }
}

/** What graphql-js answers to variables for an operation. */
function variableMessages(
  document: string,
  variables: Record<string, unknown>,
  against: GraphQLSchema = schema,
): string[] {
  const operation = parse(document).definitions[0];
  if (operation.kind !== 'OperationDefinition') throw new Error('not an operation');
  const coerced = getVariableValues(against, operation.variableDefinitions ?? [], variables);
  return 'errors' in coerced ? (coerced.errors ?? []).map((error) => error.message) : [];
}

const french = (message: string) => graphqlMessage(message).FR;

describe("graphql-js's and Apollo's messages in French", () => {
  it('words each mistake of a document as graphql-js reports it', () => {
    const documents = [
      '{ zone(id: "1") { nom } }',
      '{ zone { id } }',
      '{ zone(id: "1", name: "x") { id } }',
      '{ zone(id: "1") }',
      '{ zone(id: "1") { id { x } } }',
      'query ($id: ID!) { zones { id } }',
      '{ zone(id: "1") { ...Missing } }',
      'query ($x: Nope) { zones { id } }',
      '{ zone(id: "1") { id }',
      '{ zones(first: "ten") { id } }',
      'mutation { record(input: { label: "x", kind: PIG }) { id } }',
    ];
    for (const document of documents) {
      const messages = messagesOf(document);
      expect([document, messages.length]).not.toEqual([document, 0]);
      for (const message of messages)
        expect([message, french(message)]).not.toEqual([message, message]);
    }
  });

  it('words the refused variables as graphql-js reports them', () => {
    const record = 'mutation ($input: RecordInput!) { record(input: $input) { id } }';
    const cases = [
      variableMessages(record, {}),
      variableMessages(record, { input: { label: 'x' } }),
      variableMessages(record, { input: { label: 'x', kind: 'PIG' } }),
      variableMessages(record, { input: { label: 'x', kind: 'NEED', extra: 1 } }),
      variableMessages('query ($first: Int) { zones(first: $first) { id } }', { first: 'ten' }),
    ];
    for (const messages of cases) {
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages)
        expect([message, french(message)]).not.toEqual([message, message]);
    }
  });

  it("words the reasons of the API's own scalars, in a literal or a variable", () => {
    const messages = [
      ...messagesOf('{ at(day: "2025-02-30", when: "demain", area: { type: "Point" }) }', scalars),
      ...variableMessages(
        'query ($day: Date, $when: DateTime, $area: Perimeter) { at(day: $day, when: $when, area: $area) }',
        { day: '30/02/2025', when: '2026-03-16T09:00', area: [] },
        scalars,
      ),
    ];
    expect(messages).toHaveLength(6);
    for (const message of messages) {
      expect([message, /(must|Expected|got|at ")/.test(french(message))]).toEqual([message, false]);
    }
    expect(
      french(
        'Variable "$when" got invalid value "demain"; must be a date and time, ISO 8601 with its offset',
      ),
    ).toBe(
      'La variable « $when » a reçu une valeur invalide "demain" ; doit être une date et une heure ISO 8601, avec son décalage horaire',
    );
  });

  it('names the same things as the English, with its suggestions', () => {
    expect(french('Cannot query field "nom" on type "Zone". Did you mean "name"?')).toBe(
      'Le champ « nom » n’existe pas sur le type « Zone ». Vouliez-vous dire « name » ?',
    );
    expect(
      french(
        'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      ),
    ).toBe(
      'La variable « $first » a reçu une valeur invalide "ten" ; Le type Int ne peut pas représenter la valeur "ten"',
    );
    expect(graphqlMessage('a message nobody wrote').FR).toBe('a message nobody wrote');
  });
});
