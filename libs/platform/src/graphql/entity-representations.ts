import { isUUID } from 'class-validator';
import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { BadUserInputError } from '../errors/bad-user-input';

interface Representation {
  __typename: string;
  id: string;
}

/** Whether this subgraph resolves the type's entities itself (`@ResolveReference`). */
function resolvesReferences(schema: GraphQLSchema, typeName: string): boolean {
  const extensions = schema.getType(typeName)?.extensions as
    { apollo?: { subgraph?: { resolveReference?: unknown } } } | undefined;
  return extensions?.apollo?.subgraph?.resolveReference !== undefined;
}

/** Why a representation is not one the gateway sends, or undefined when it is. */
function problemOf(schema: GraphQLSchema, representation: unknown): string | undefined {
  if (typeof representation !== 'object' || representation === null) return 'is not an object';
  const { __typename, id } = representation as Record<string, unknown>;
  if (typeof __typename !== 'string') return '__typename must be a string';
  if (!isObjectType(schema.getType(__typename))) return `no entity type is named ${__typename}`;
  if (typeof id !== 'string') return 'id must be a string';
  return undefined;
}

/**
 * Checks the representations `_entities` is given, as only the gateway should call it: one that
 * is not an object with an entity type's name and a string `id` is the caller's error
 * (BAD_USER_INPUT on `representations`, naming its index), never a crash of the resolver; an
 * entity this subgraph owns, named by an id no entity can have (not a UUID), is not found (null).
 */
export function withCheckedRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (!entities?.resolve) return schema;
  const resolve: GraphQLFieldResolver<unknown, unknown> = entities.resolve;
  entities.resolve = (source, args, context, info) => {
    const representations = (args as { representations: unknown[] }).representations;
    representations.forEach((representation, index) => {
      const problem = problemOf(schema, representation);
      if (problem) throw new BadUserInputError('representations', `#${index}: ${problem}`);
    });
    const findable = (representations as Representation[]).flatMap((representation, index) =>
      isUUID(representation.id) || !resolvesReferences(schema, representation.__typename)
        ? [index]
        : [],
    );
    const found = resolve(
      source,
      { ...args, representations: findable.map((index) => representations[index]) },
      context,
      info,
    );
    return Promise.resolve(found as unknown[]).then((resolved) => {
      const entitiesFound: unknown[] = representations.map(() => null);
      findable.forEach((index, position) => (entitiesFound[index] = resolved[position]));
      return entitiesFound;
    });
  };
  return schema;
}
