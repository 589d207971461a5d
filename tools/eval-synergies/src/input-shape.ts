import { Attributes } from './case-facts';
import { Request } from '@symbiose/gateway-client';

/**
 * The fields of a GraphQL input type, read by introspection: each field's own shape when it is
 * an input object, null for a scalar, an enum or a list of them.
 */
export type InputShape = ReadonlyMap<string, InputShape | null>;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const FIELDS_OF_TYPE = `query InputFields($name: String!) {
  __type(name: $name) {
    inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  }
}`;

/** The named type under NON_NULL and LIST wrappers. */
function namedType(type: TypeRef): TypeRef {
  return type.ofType && (type.kind === 'NON_NULL' || type.kind === 'LIST')
    ? namedType(type.ofType)
    : type;
}

/** The shape of an input type, or null when the API has no such type. */
export async function readInputShape(
  request: Request,
  typeName: string,
): Promise<InputShape | null> {
  const answer = await request<{
    __type: { inputFields: { name: string; type: TypeRef }[] | null } | null;
  }>('introspection', FIELDS_OF_TYPE, { name: typeName });
  if (!answer.__type?.inputFields) return null;
  const shape = new Map<string, InputShape | null>();
  for (const field of answer.__type.inputFields) {
    const named = namedType(field.type);
    shape.set(
      field.name,
      named.kind === 'INPUT_OBJECT' && named.name
        ? await readInputShape(request, named.name)
        : null,
    );
  }
  return shape;
}

const isRecord = (value: unknown): value is Attributes =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The part of `value` the shape has fields for, and the dotted paths of what it has not. */
export function pruneToShape(
  value: Attributes,
  shape: InputShape,
  prefix = '',
): { kept: Attributes; dropped: string[] } {
  const kept: Attributes = {};
  const dropped: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    const path = `${prefix}${name}`;
    if (!shape.has(name)) {
      dropped.push(path);
      continue;
    }
    const nested = shape.get(name);
    if (nested && isRecord(field)) {
      const inner = pruneToShape(field, nested, `${path}.`);
      kept[name] = inner.kept;
      dropped.push(...inner.dropped);
    } else {
      kept[name] = field;
    }
  }
  return { kept, dropped };
}
