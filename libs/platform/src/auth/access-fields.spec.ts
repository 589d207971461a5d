import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { Principal } from '@symbiose/tokens';
import { RequestLoaders } from '../graphql/request-loaders';
import { withFieldAccess } from './access-fields';
import { AccessPolicy, allow, asParent, nullUnless, parentId } from './access-rules';

const services = { get: () => undefined } as never;

const principalOf = (...roles: Principal['roles']): Principal => ({
  subject: roles.join('-'),
  roles,
  territoryIds: [],
});
const facilitator = principalOf('FACILITATOR');
const member = { ...principalOf('COMPANY_MEMBER'), organizationId: 'firm-1' };

/** Firm's fields all have resolvers, as @ResolveField gives them; Query's are root fields. */
function schemaOf(policy: AccessPolicy): GraphQLSchema {
  const schema = buildSchema(`
    type Query { firm: Firm  _entities(representations: [String!]!): [Firm]! }
    type Firm { id: ID  name: String  turnover: Int  siret: String  iban: String }`);
  const firm = schema.getType('Firm') as never as {
    getFields(): Record<string, { resolve?: unknown }>;
  };
  for (const [name, field] of Object.entries(firm.getFields())) {
    field.resolve = (source: Record<string, unknown>) => source[name];
  }
  const entities = schema.getQueryType()!.getFields()['_entities'];
  entities.resolve = (_source, { representations }) =>
    (representations as string[]).map((id) => ({ id, name: `firm ${id}` }));
  return withFieldAccess(schema, policy, services);
}

const POLICY: AccessPolicy = {
  'Firm.id': asParent,
  'Firm.name': asParent,
  'Firm.turnover': allow('FACILITATOR'),
  // A rule that looks something up answers later: here, the firm's own member.
  'Firm.siret': async (request) =>
    (request.principal.organizationId ?? null) === (await Promise.resolve(parentId(request))),
  'Firm.iban': nullUnless(() => false),
};

async function ask(source: string, principal: Principal, policy = POLICY) {
  return graphql({
    schema: schemaOf(policy),
    source,
    rootValue: {
      firm: { id: 'firm-1', name: 'Cartonnages du Quercy', turnover: 12, siret: '1', iban: 'FR' },
    },
    contextValue: { principal, loaders: new RequestLoaders() },
  });
}

const codesOf = (result: Awaited<ReturnType<typeof ask>>) =>
  (result.errors ?? []).map((error) => [error.path?.join('.'), error.extensions['code']]);

describe('withFieldAccess', () => {
  it('resolves the fields whose rules let the caller through, sync and async alike', async () => {
    const result = await ask('{ firm { id name siret } }', member);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      firm: { id: 'firm-1', name: 'Cartonnages du Quercy', siret: '1' },
    });
  });

  it('refuses the fields whose rules refuse the caller, and only those', async () => {
    const result = await ask('{ firm { name turnover } }', member);
    expect(result.data).toEqual({ firm: { name: 'Cartonnages du Quercy', turnover: null } });
    expect(codesOf(result)).toEqual([['firm.turnover', 'FORBIDDEN']]);
    const async = await ask('{ firm { siret } }', facilitator);
    expect(codesOf(async)).toEqual([['firm.siret', 'FORBIDDEN']]);
  });

  it('lets ADMIN through every rule', async () => {
    const result = await ask('{ firm { turnover siret } }', principalOf('ADMIN'));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ firm: { turnover: 12, siret: '1' } });
  });

  it('leaves a redacted field to its redaction', async () => {
    const result = await ask('{ firm { iban } }', member);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ firm: { iban: 'FR' } });
  });

  it('refuses a field the policy has no rule for', async () => {
    const { 'Firm.name': _name, ...withoutName } = POLICY;
    const result = await ask('{ firm { name } }', facilitator, withoutName);
    expect(codesOf(result)).toEqual([['firm.name', 'FORBIDDEN']]);
  });

  it('refuses a SERVICE token the fields of objects and the entity lookup', async () => {
    const service = principalOf('SERVICE');
    expect(codesOf(await ask('{ firm { name } }', service))).toEqual([['firm.name', 'FORBIDDEN']]);
    const lookup = await ask('{ _entities(representations: ["firm-2"]) { name } }', service);
    expect(codesOf(lookup)).toEqual([['_entities', 'FORBIDDEN']]);
  });

  it('lets any other signed-in caller look entities up', async () => {
    const result = await ask('{ _entities(representations: ["firm-2"]) { name } }', member);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ name: 'firm firm-2' }] });
  });
});
