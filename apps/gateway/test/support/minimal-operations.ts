import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
} from 'graphql';

const SCALAR_VALUES: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'x',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  DateTime: () => '2026-01-01T09:00:00.000Z',
  JSON: () => 'x',
};

/** A value of an input type with only what is required filled in. */
function valueOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType);
  if (isListType(type)) return [valueOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, valueOf(field.type)]),
    );
  }
  if (isScalarType(type)) return (SCALAR_VALUES[type.name] ?? (() => 'x'))();
  throw new Error(`no value for ${String(type)}`);
}

const required = (arg: GraphQLArgument) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

export interface MinimalOperation {
  /** `Query.synergies`, `Mutation.changeSynergyStatus` */
  key: string;
  query: string;
  variables: Record<string, unknown>;
}

function operationOf(
  kind: 'query' | 'mutation',
  root: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): MinimalOperation {
  const args = field.args.filter(required);
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    key: `${root.name}.${field.name}`,
    query: `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${
      passed ? `(${passed})` : ''
    }${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type)])),
  };
}

/**
 * One operation per query and mutation of a schema, with its required
 * arguments filled with well-formed values that name nothing in particular:
 * enough to reach each field's access rule.
 */
export function minimalOperations(schema: GraphQLSchema): MinimalOperation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    root ? Object.values(root.getFields()).map((field) => operationOf(kind, root, field)) : [],
  );
}
