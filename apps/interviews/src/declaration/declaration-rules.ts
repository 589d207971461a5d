import { BadUserInputError } from '@symbiose/platform';
import {
  annualise,
  canonicalUnitOf,
  Category,
  checkDeclarationAttributes,
  DeclarationAttributes,
  findCategory,
  findWasteCode,
  formatWasteCode,
  TaxonomyError,
  unitsOf,
} from '@symbiose/taxonomy';
import { DeclarationEconomics } from '@symbiose/contracts';
import { checkedEconomics, DeclarationEconomicsInput } from './declaration-economics';
import { DeclarationKind, Frequency, Theme } from './declaration-enums';
import { DeclarationAttributesInput } from './dto/declaration-attributes.input';

/** What a client says about a declaration beyond who declares it, what and its label. */
export interface ContentInput {
  description: string | null;
  quantity: number | null;
  unit: string | null;
  frequency: Frequency | null;
  wasteCode: string | null;
  /** Undefined when not given: the declaration keeps what it had, or the default. */
  authorisedForHazardous: boolean | null | undefined;
  availableFrom: string | null;
  availableUntil: string | null;
  attributes: DeclarationAttributesInput | null;
  economics: DeclarationEconomicsInput | DeclarationEconomics | null;
}

/** The same, checked against the category, with what is derived from it: what gets stored. */
export interface DeclarationContent {
  description: string | null;
  quantity: number | null;
  unit: string | null;
  frequency: Frequency | null;
  annualQuantity: number | null;
  canonicalUnit: string | null;
  wasteCode: string | null;
  hazardous: boolean;
  authorisedForHazardous: boolean | null;
  availableFrom: string | null;
  availableUntil: string | null;
  attributes: DeclarationAttributes;
  economics: DeclarationEconomics;
}

/** The category, when it exists, belongs to the theme and can be declared with this kind. */
export function requireCategory(code: string, theme: Theme, kind: DeclarationKind): Category {
  const category = findCategory(code);
  if (!category) throw new BadUserInputError('categoryCode', `no category has code ${code}`);
  if (category.theme !== theme) {
    throw new BadUserInputError(
      'categoryCode',
      `category ${code} belongs to theme ${category.theme}`,
    );
  }
  if (!category.declarationKinds.includes(kind)) {
    throw new BadUserInputError(
      'kind',
      `category ${code} is declared only as ${category.declarationKinds.join(' or ')}`,
    );
  }
  return category;
}

/**
 * Checks what a declaration says against its category and derives the rest. `previousAuthorisation`
 * is what the declaration said before an update (null for a new one).
 */
export function checkedContent(
  category: Category,
  kind: DeclarationKind,
  input: ContentInput,
  previousAuthorisation: boolean | null,
): DeclarationContent {
  const measure = annualMeasure(category, input);
  const waste = classifiedWaste(category, kind, input, previousAuthorisation);
  if (input.availableFrom && input.availableUntil && input.availableUntil < input.availableFrom) {
    throw new BadUserInputError(
      'availableUntil',
      `is before availableFrom (${input.availableFrom})`,
    );
  }
  return {
    description: input.description || null,
    quantity: input.quantity,
    unit: input.unit,
    frequency: input.frequency,
    ...measure,
    ...waste,
    availableFrom: input.availableFrom,
    availableUntil: input.availableUntil,
    attributes: checkedAttributes(category, input.attributes),
    economics: checkedEconomics(kind, input.economics),
  };
}

/** The attributes that apply to the category and hold their values; none when none are given. */
function checkedAttributes(
  category: Category,
  input: DeclarationAttributesInput | null,
): DeclarationAttributes {
  const checked = checkDeclarationAttributes(category.code, given(input ?? {}));
  if ('problem' in checked) {
    throw new BadUserInputError(checked.problem.field, checked.problem.message);
  }
  return checked.attributes;
}

/**
 * What a GraphQL input gives: a null says "not given", as a key left out does, and a group whose
 * every field is null (`material: { family: null }`) is not given either.
 */
function given(input: object): Record<string, unknown> {
  const entries = Object.entries(input).flatMap(([key, value]: [string, unknown]) => {
    if (value === null || value === undefined) return [];
    if (typeof value !== 'object' || Array.isArray(value)) return [[key, value]];
    const group = given(value);
    return Object.keys(group).length === 0 ? [] : [[key, group]];
  });
  return Object.fromEntries(entries);
}

function annualMeasure(
  category: Category,
  { quantity, unit, frequency }: ContentInput,
): Pick<DeclarationContent, 'annualQuantity' | 'canonicalUnit'> {
  const none = { annualQuantity: null, canonicalUnit: null };
  if (category.dimension === 'NONE') {
    const without = `category ${category.code} is declared without a quantity or unit`;
    if (quantity != null) throw new BadUserInputError('quantity', without);
    if (unit != null) throw new BadUserInputError('unit', without);
    return none;
  }
  if (quantity == null) {
    if (unit != null) throw new BadUserInputError('quantity', 'a unit goes with a quantity');
    if (frequency != null) {
      throw new BadUserInputError('quantity', 'a frequency goes with a quantity');
    }
    return none;
  }
  if (unit == null) {
    const accepted = unitsOf(category.dimension).join(', ');
    throw new BadUserInputError('unit', `a quantity needs its unit (accepted: ${accepted})`);
  }
  if (frequency == null) {
    throw new BadUserInputError(
      'frequency',
      'a quantity needs its frequency: how often it recurs (ONE_OFF for once)',
    );
  }
  try {
    return {
      annualQuantity: annualise(quantity, unit, frequency, category.dimension),
      canonicalUnit: canonicalUnitOf(category.dimension),
    };
  } catch (error) {
    if (error instanceof TaxonomyError) throw new BadUserInputError(error.field, error.reason);
    throw error;
  }
}

function classifiedWaste(
  category: Category,
  kind: DeclarationKind,
  { wasteCode, authorisedForHazardous }: ContentInput,
  previousAuthorisation: boolean | null,
): Pick<DeclarationContent, 'wasteCode' | 'hazardous' | 'authorisedForHazardous'> {
  if (wasteCode == null) {
    return {
      wasteCode: null,
      hazardous: false,
      authorisedForHazardous: authorisation(kind, false, authorisedForHazardous, null),
    };
  }
  if (!category.isWaste) {
    throw new BadUserInputError('wasteCode', `category ${category.code} is not a waste`);
  }
  const entry = findWasteCode(wasteCode);
  if (!entry) {
    throw new BadUserInputError('wasteCode', `${wasteCode} is not in the European List of Waste`);
  }
  if (!category.wasteCodes.includes(entry.code)) {
    const accepted = category.wasteCodes.map(formatWasteCode).join(', ');
    throw new BadUserInputError(
      'wasteCode',
      `${formatWasteCode(entry.code)} is not a code of category ${category.code} (accepted: ${accepted})`,
    );
  }
  return {
    wasteCode: entry.code,
    // From the list, never from the client: a star typed on a code changes nothing.
    hazardous: entry.hazardous,
    authorisedForHazardous: authorisation(
      kind,
      entry.hazardous,
      authorisedForHazardous,
      previousAuthorisation,
    ),
  };
}

/** Only a need of a hazardous waste says whether the organization may take it; false until it says. */
function authorisation(
  kind: DeclarationKind,
  hazardous: boolean,
  given: boolean | null | undefined,
  previous: boolean | null,
): boolean | null {
  if (kind === 'NEED' && hazardous) return (given === undefined ? previous : given) ?? false;
  if (given != null) {
    throw new BadUserInputError(
      'authorisedForHazardous',
      kind === 'RESOURCE'
        ? 'only a NEED says whether the organization may take a hazardous waste'
        : 'only a need of a hazardous waste code says it',
    );
  }
  return null;
}
