import { Request } from '@symbiose/gateway-client';
import { InputShape, readInputShape } from './input-shape';

/** What the running API can take of a case beyond today's fields; read by introspection. */
export interface ApiCapabilities {
  /** The declaration input has `attributes`. */
  declarationAttributes: boolean;
  /** The fields `attributes` takes, when it exists. */
  attributeShape: InputShape | null;
  /** The organization registration input has `authorisations`. */
  organizationAuthorisations: boolean;
  /** A synergy says how much of its resource it is allocated. */
  allocatedQuantity: boolean;
  /** Why the answers above are all false, when introspection was refused. */
  unknownBecause: string | null;
}

const FIELDS_OF = `query Capabilities {
  declaration: __type(name: "RecordDeclarationInput") {
    inputFields { name type { kind name ofType { kind name } } }
  }
  organization: __type(name: "RegisterOrganizationInput") { inputFields { name } }
  synergy: __type(name: "Synergy") { fields { name } }
}`;

type Named = { name: string }[] | null;
type Typed =
  | {
      name: string;
      type: { kind: string; name: string | null; ofType: { name: string | null } | null };
    }[]
  | null;

interface FieldsAnswer {
  declaration: { inputFields: Typed } | null;
  organization: { inputFields: Named } | null;
  synergy: { fields: Named } | null;
}

const has = (fields: Named | undefined, name: string) =>
  (fields ?? []).some((field) => field.name === name);

export async function apiCapabilities(request: Request): Promise<ApiCapabilities> {
  let answer: FieldsAnswer;
  try {
    answer = await request<FieldsAnswer>('introspection', FIELDS_OF);
  } catch (error) {
    return {
      declarationAttributes: false,
      attributeShape: null,
      organizationAuthorisations: false,
      allocatedQuantity: false,
      unknownBecause: error instanceof Error ? error.message : String(error),
    };
  }
  const attributes = answer.declaration?.inputFields?.find((field) => field.name === 'attributes');
  const attributesType = attributes ? (attributes.type.name ?? attributes.type.ofType?.name) : null;
  return {
    declarationAttributes: !!attributes,
    attributeShape: attributesType ? await readInputShape(request, attributesType) : null,
    organizationAuthorisations: has(answer.organization?.inputFields, 'authorisations'),
    allocatedQuantity: has(answer.synergy?.fields, 'allocatedQuantity'),
    unknownBecause: null,
  };
}
