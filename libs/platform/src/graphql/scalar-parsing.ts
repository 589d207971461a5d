import { GraphQLScalarType, GraphQLSchema, isScalarType } from 'graphql';

/**
 * Gives a schema built from SDL, where a custom scalar takes any value, the parsing of each of
 * `scalars` it has (by name); a scalar it lacks is skipped. Returns the same schema.
 */
export function withScalarParsing(
  schema: GraphQLSchema,
  scalars: readonly GraphQLScalarType[],
): GraphQLSchema {
  for (const scalar of scalars) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue;
    Object.assign(type, {
      parseValue: scalar.parseValue,
      parseLiteral: scalar.parseLiteral,
      serialize: scalar.serialize,
    });
  }
  return schema;
}
