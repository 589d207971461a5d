import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema, isObjectType } from 'graphql';
import { ACCESS_POLICY, fieldKey, routeKey } from './access.guard';
import { AccessPolicy } from './access-rules';
import { PUBLIC_ROUTE } from './public-route';

/** Fields federation resolves itself: `_service` and `_entities` only need a valid token. */
const FEDERATION_FIELDS = new Set(['Query._service', 'Query._entities']);

export class AccessPolicyMismatch extends Error {
  override name = 'AccessPolicyMismatch';
}

/**
 * The keys of the fields a schema resolves with a resolver of the service's
 * own. Nest gives every plain property field its `rootFieldResolver`, which
 * only reads the property: such a field is as open as the object holding it.
 */
export function resolvedFieldKeys(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter(
          (field) => field.resolve !== undefined && field.resolve.name !== 'rootFieldResolver',
        )
        .map((field) => fieldKey({ parentType: type, fieldName: field.name })),
    )
    .filter((key) => !FEDERATION_FIELDS.has(key));
}

/**
 * Refuses to start a service whose policy misses a resolver or a route, or
 * names one that does not exist: a rule forgotten is a field denied to all,
 * a rule left behind is one nobody reviews.
 */
@Injectable()
export class AccessPolicyCheck implements OnApplicationBootstrap {
  constructor(
    @Inject(ACCESS_POLICY) private readonly policy: AccessPolicy,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const guarded = [...resolvedFieldKeys(this.schemaHost.schema), ...this.routeKeys()];
    const missing = guarded.filter((key) => !(key in this.policy));
    const unknown = Object.keys(this.policy).filter((key) => !guarded.includes(key));
    if (missing.length > 0 || unknown.length > 0) {
      throw new AccessPolicyMismatch(
        [
          missing.length > 0 ? `no access rule for: ${missing.join(', ')}` : '',
          unknown.length > 0 ? `access rules for nothing: ${unknown.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      );
    }
  }

  private routeKeys(): string[] {
    return this.discovery.getControllers().flatMap(({ metatype, instance }) => {
      if (!metatype || !instance || this.reflector.get(PUBLIC_ROUTE, metatype)) return [];
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      return this.scanner
        .getAllMethodNames(prototype)
        .filter((method) => {
          const handler = prototype[method] as object;
          return (
            Reflect.getMetadata(PATH_METADATA, handler) !== undefined &&
            !this.reflector.get(PUBLIC_ROUTE, handler as never)
          );
        })
        .map((method) => routeKey(metatype.name, method));
    });
  }
}
