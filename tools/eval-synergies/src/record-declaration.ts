import { CaseDeclaration } from '@symbiose/synergy-cases';
import { findWasteCode } from '@symbiose/taxonomy';
import { apiAttributes, Attributes, DATE_ATTRIBUTES, describedFacts } from './case-facts';
import { GraphQLRequestError, Request, retryWhileUnknown, Wait } from '@symbiose/gateway-client';
import { InputShape, pruneToShape } from './input-shape';

const RECORD_DECLARATION = `mutation RecordDeclaration($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id }
}`;

export interface DeclarationContext {
  organizationId: string;
  /** The firm's authorisations that its registration could not carry. */
  undeliveredAuthorisations: readonly string[];
  /** The firm holds HAZARDOUS_WASTE_RECEPTION. */
  hazardousReception: boolean;
  /** Whether the API takes `attributes` on a declaration. */
  attributesField: boolean;
  /** The fields the API's `attributes` has, when known: others go to the description. */
  attributeShape: InputShape | null;
  /** How long to wait for the interviews service to learn of the organization. */
  directoryWait: Wait;
}

export interface RecordedDeclaration {
  /** Null when the API refused it. */
  id: string | null;
  /** What the API could not take of it, in words. */
  gaps: string[];
}

/**
 * What is sent of a declaration; each refusal the evaluator can work around changes it. An
 * attribute the API does not take reaches the engine as text, as it would without the field.
 */
interface Attempt {
  /** Attributes the API's field refused, one by one; `all` when it refused the field itself. */
  refused: ReadonlySet<string> | 'all';
  wasteCode: string | undefined;
}

function dates(attributes: Attributes): { availableFrom?: unknown; availableUntil?: unknown } {
  return Object.fromEntries(
    DATE_ATTRIBUTES.filter((name) => name in attributes).map((name) => [name, attributes[name]]),
  );
}

function split(attributes: Attributes, refused: (name: string) => boolean) {
  const entries = Object.entries(attributes);
  return {
    sent: Object.fromEntries(entries.filter(([name]) => !refused(name))),
    described: Object.fromEntries(entries.filter(([name]) => refused(name))),
  };
}

/** The attributes sent in the API's field and those written in the description. */
function placed(attributes: Attributes, context: DeclarationContext, attempt: Attempt) {
  if (!context.attributesField || attempt.refused === 'all') {
    return { sent: null, described: attributes };
  }
  const refused = attempt.refused;
  const { sent, described } = split(attributes, (name) => refused.has(name));
  if (!context.attributeShape) return { sent: apiAttributes(sent), described };
  const { kept, dropped } = pruneToShape(apiAttributes(sent), context.attributeShape);
  return { sent: kept, described: { ...described, ...droppedValues(attributes, dropped) } };
}

/** The values at the dotted paths, for the description. */
function droppedValues(attributes: Attributes, paths: readonly string[]): Attributes {
  return Object.fromEntries(
    paths.map((path) => [
      path,
      path.split('.').reduce<unknown>((value, key) => (value as Attributes)?.[key], attributes),
    ]),
  );
}

/** What the API's `attributes` has no field for, in words; empty when it takes them all. */
function unknownAttributes(declaration: CaseDeclaration, context: DeclarationContext): string[] {
  if (!context.attributesField || !context.attributeShape) return [];
  const attributes = apiAttributes(declaration.attributes ?? {});
  const { dropped } = pruneToShape(attributes, context.attributeShape);
  return dropped.length === 0
    ? []
    : [
        `${declaration.ref}: the API has no attribute ${dropped.join(', ')} (put in the description)`,
      ];
}

function inputOf(declaration: CaseDeclaration, context: DeclarationContext, attempt: Attempt) {
  const attributes = declaration.attributes ?? {};
  const { sent, described } = placed(attributes, context, attempt);
  const hazardous = attempt.wasteCode ? findWasteCode(attempt.wasteCode)?.hazardous : false;
  return {
    organizationId: context.organizationId,
    kind: declaration.kind,
    theme: declaration.theme,
    categoryCode: declaration.categoryCode,
    label: declaration.label,
    description: describedFacts(
      declaration.description,
      described,
      context.undeliveredAuthorisations,
    ),
    quantity: declaration.quantity ?? null,
    unit: declaration.unit ?? null,
    frequency: declaration.frequency ?? null,
    wasteCode: attempt.wasteCode ?? null,
    ...(declaration.kind === 'NEED' && hazardous && context.hazardousReception
      ? { authorisedForHazardous: true }
      : {}),
    ...dates(attributes),
    ...(sent ? { attributes: sent } : {}),
  };
}

/** The attribute an `attributes.<name>…` field names, when the attempt still sends it. */
function refusedAttribute(field: string, declaration: CaseDeclaration, attempt: Attempt) {
  const [root, name] = field.split('.');
  const sent =
    attempt.refused !== 'all' &&
    name !== undefined &&
    !attempt.refused.has(name) &&
    name in (declaration.attributes ?? {});
  return root === 'attributes' && sent ? name : null;
}

/**
 * The attempt that works around the API's refusal, with the gap it leaves; null when the
 * refusal is not one of a fact the API cannot take yet (then the declaration is refused).
 */
function workAround(
  error: GraphQLRequestError,
  declaration: CaseDeclaration,
  attempt: Attempt,
): { next: Attempt; gap: string } | null {
  const fields = error.badInputFields();
  for (const field of fields) {
    const name = refusedAttribute(field, declaration, attempt);
    if (name && attempt.refused !== 'all') {
      return {
        next: { ...attempt, refused: new Set([...attempt.refused, name]) },
        gap: `${declaration.ref}: attribute ${name} not accepted: ${error.reasons}`,
      };
    }
  }
  const only = (field: string) => fields.length > 0 && fields.every((f) => f === field);
  if (only('attributes') && attempt.refused !== 'all') {
    return {
      next: { ...attempt, refused: 'all' },
      gap: `${declaration.ref}: attributes not accepted: ${error.reasons}`,
    };
  }
  if (only('wasteCode') && attempt.wasteCode) {
    return {
      next: { ...attempt, wasteCode: undefined },
      gap: `${declaration.ref}: recorded without its waste code ${attempt.wasteCode}: ${error.reasons}`,
    };
  }
  return null;
}

/**
 * Records a declaration the way the set's README says: its attributes in the API's field when
 * there is one (those it refuses, one at a time, in the description), in the description
 * otherwise; again without its waste code when that alone is refused.
 */
export async function recordDeclaration(
  request: Request,
  declaration: CaseDeclaration,
  context: DeclarationContext,
): Promise<RecordedDeclaration> {
  const operation = `recordDeclaration ${declaration.ref}`;
  const gaps: string[] = unknownAttributes(declaration, context);
  let attempt: Attempt = { refused: new Set(), wasteCode: declaration.wasteCode };
  for (;;) {
    const input = inputOf(declaration, context, attempt);
    try {
      const { recordDeclaration: recorded } = await retryWhileUnknown(
        () =>
          request<{ recordDeclaration: { id: string } }>(operation, RECORD_DECLARATION, { input }),
        'organizationId',
        context.directoryWait,
        `${operation}: the interviews service still does not know organization ` +
          `${context.organizationId}; are the directory's events reaching it?`,
      );
      return { id: recorded.id, gaps };
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      const around = workAround(error, declaration, attempt);
      if (!around)
        return { id: null, gaps: [...gaps, `${declaration.ref} refused: ${error.reasons}`] };
      gaps.push(around.gap);
      attempt = around.next;
    }
  }
}
