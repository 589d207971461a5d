import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { AccessPolicyCheck, AccessPolicyMismatch, resolvedFieldKeys } from './access-policy.check';
import { AccessPolicy, anySignedIn } from './access-rules';

/** How Nest resolves a plain property field: by this name, which the check relies on. */
function rootFieldResolver(root: Record<string, unknown>) {
  return root['name'];
}

const zone = new GraphQLObjectType({
  name: 'Zone',
  fields: {
    name: { type: GraphQLString, resolve: rootFieldResolver },
    synergyCount: { type: GraphQLString, resolve: () => '3' },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      zone: { type: zone, resolve: () => ({}) },
      _service: { type: GraphQLString, resolve: () => '' },
    },
  }),
});

function check(policy: AccessPolicy): AccessPolicyCheck {
  return new AccessPolicyCheck(
    policy,
    { schema } as GraphQLSchemaHost,
    { getControllers: () => [] } as unknown as DiscoveryService,
    new MetadataScanner(),
    new Reflector(),
  );
}

describe('AccessPolicyCheck', () => {
  it('lists the fields a service resolves itself, not plain properties nor federation’s own', () => {
    expect(resolvedFieldKeys(schema).sort()).toEqual(['Query.zone', 'Zone.synergyCount']);
  });

  it('lets a service start when every resolver has a rule', () => {
    expect(() =>
      check({
        'Query.zone': anySignedIn,
        'Zone.synergyCount': anySignedIn,
      }).onApplicationBootstrap(),
    ).not.toThrow();
  });

  it('refuses to start a service with a resolver without a rule, naming it', () => {
    expect(() => check({ 'Query.zone': anySignedIn }).onApplicationBootstrap()).toThrow(
      new AccessPolicyMismatch('no access rule for: Zone.synergyCount'),
    );
  });

  it('refuses a rule for a field that does not exist', () => {
    expect(() =>
      check({
        'Query.zone': anySignedIn,
        'Zone.synergyCount': anySignedIn,
        'Zone.workshops': anySignedIn,
      }).onApplicationBootstrap(),
    ).toThrow('access rules for nothing: Zone.workshops');
  });
});
