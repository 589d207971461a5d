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
  String: () => 'x',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  Date: () => '2026-01-01',
  DateTime: () => '2026-01-01T09:00:00.000Z',
  JSON: () => 'x',
};

/** The ids an operation is given: those of things the caller knows, by argument name, or new ones. */
class IdSupply {
  knownUsed = false;
  unknownUsed = false;

  constructor(private readonly known: Readonly<Record<string, string>>) {}

  idFor(name: string): string {
    const id = this.known[name];
    if (id) this.knownUsed = true;
    else this.unknownUsed = true;
    return id ?? randomUUID();
  }
}

/** A value of an input type with only what is required filled in. */
function valueOf(type: GraphQLInputType, name: string, ids: IdSupply): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, name, ids);
  if (isListType(type)) return [valueOf(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, valueOf(field.type, field.name, ids)]),
    );
  }
  if (isScalarType(type) && type.name === 'ID') return ids.idFor(name);
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
  /** Whether the operation names only things the caller gave ids of (at least one). */
  namesOnlyKnown: boolean;
}

function operationOf(
  kind: 'query' | 'mutation',
  root: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  known: Readonly<Record<string, string>>,
): MinimalOperation {
  const ids = new IdSupply(known);
  const args = field.args.filter(required);
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const variables = Object.fromEntries(
    args.map((arg) => [arg.name, valueOf(arg.type, arg.name, ids)]),
  );
  return {
    key: `${root.name}.${field.name}`,
    query: `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${
      passed ? `(${passed})` : ''
    }${selection} }`,
    variables,
    namesOnlyKnown: ids.knownUsed && !ids.unknownUsed,
  };
}

/**
 * One operation per query and mutation of a schema, with its required
 * arguments filled with well-formed values: enough to reach each field's
 * access rule. An id argument named in `known` (`zoneId`, say) gets that id;
 * any other names nothing in particular.
 */
export function minimalOperations(
  schema: GraphQLSchema,
  known: Readonly<Record<string, string>> = {},
): MinimalOperation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    root
      ? Object.values(root.getFields()).map((field) => operationOf(kind, root, field, known))
      : [],
  );
}
