import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { Principal } from '@symbiose/tokens';
import { nullUnless } from './access-rules';
import { withRedactions } from './redaction';

const services = { get: () => undefined } as never;

function schemaOf(policy: Parameters<typeof withRedactions>[1]): GraphQLSchema {
  const schema = buildSchema(
    `type Query { firm: Firm }  type Firm { name: String  siret: String }`,
  );
  return withRedactions(schema, policy, services);
}

async function firmAs(schema: GraphQLSchema, principal: Principal) {
  const result = await graphql({
    schema,
    source: '{ firm { name siret } }',
    rootValue: { firm: { name: 'Cartonnages du Quercy', siret: '12345678900011' } },
    contextValue: { principal },
  });
  expect(result.errors).toBeUndefined();
  return result.data?.['firm'];
}

const member: Principal = { subject: 'm', roles: ['COMPANY_MEMBER'], territoryIds: [] };
const facilitator: Principal = { subject: 'f', roles: ['FACILITATOR'], territoryIds: [] };

describe('withRedactions', () => {
  const schema = schemaOf({
    'Firm.siret': nullUnless(({ principal }) => principal.roles.includes('FACILITATOR')),
  });

  it('nulls a redacted field for whoever its rule refuses, and only that field', async () => {
    expect(await firmAs(schema, member)).toEqual({
      name: 'Cartonnages du Quercy',
      siret: null,
    });
  });

  it('resolves it for whoever its rule lets through, and for ADMIN', async () => {
    const firm = { name: 'Cartonnages du Quercy', siret: '12345678900011' };
    expect(await firmAs(schema, facilitator)).toEqual(firm);
    expect(await firmAs(schema, { subject: 'a', roles: ['ADMIN'], territoryIds: [] })).toEqual(
      firm,
    );
  });

  it('refuses a policy that redacts a field the schema does not have', () => {
    expect(() => schemaOf({ 'Firm.iban': nullUnless(() => false) })).toThrow(
      'the access policy redacts Firm.iban, which the schema does not have',
    );
  });
});
