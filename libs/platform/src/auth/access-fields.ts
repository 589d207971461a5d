import { ModuleRef } from '@nestjs/core';
import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { resolvedFieldKeys } from './access-policy.check';
import { ENTITY_REFERENCES, policyAllows, refusalOf } from './access.guard';
import { AccessPolicy, AccessRequest } from './access-rules';

/**
 * Holds the fields of objects to the access policy in the schema itself, as AccessGuard holds
 * the root fields and routes: each field a resolver of the service computes checks its rule
 * before it runs, and the entity lookup (`_entities`) the rule of `Query._entities` once per
 * call rather than once per entity. A rule that answers at once (`asParent`, a role: most
 * fields of a page of objects) costs no promise, where Nest's guard pipeline on every field
 * resolver cost several per field and allocated an execution context.
 */
export function withFieldAccess(
  schema: GraphQLSchema,
  policy: AccessPolicy,
  services: Pick<ModuleRef, 'get'>,
): GraphQLSchema {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (type) => type?.name,
    ),
  );
  const keys = [
    ...resolvedFieldKeys(schema).filter((key) => !roots.has(key.split('.')[0])),
    ENTITY_REFERENCES,
  ];
  for (const key of keys) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field?.resolve) field.resolve = checked(key, field.resolve, policy, services);
  }
  return schema;
}

function checked(
  key: string,
  resolve: GraphQLFieldResolver<unknown, GraphQLRequestContext>,
  policy: AccessPolicy,
  services: Pick<ModuleRef, 'get'>,
): GraphQLFieldResolver<unknown, GraphQLRequestContext> {
  return (source, args, context, info) => {
    const request: AccessRequest = {
      principal: context.principal,
      args,
      parent: source,
      services,
      loaders: context.loaders,
    };
    const allowed = policyAllows(policy, key, request);
    if (allowed === true) return resolve(source, args, context, info);
    if (allowed === false) throw refusalOf(request, key);
    return allowed.then((passed) => {
      if (!passed) throw refusalOf(request, key);
      return resolve(source, args, context, info);
    });
  };
}
