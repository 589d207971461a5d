import {
  findCategory,
  isAnimalByProductWaste,
  wasteCodeFacts,
  type DeclarationAttributes,
} from '@symbiose/taxonomy';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * What the pair rules read of one declaration, worked out once: its attributes, what its waste
 * code says of the material, and its organization's authorisations as a set.
 */
export interface DeclarationFacts {
  readonly attributes: DeclarationAttributes;
  /** The attribute's family, else the one its waste code names. */
  readonly materialFamily: string | undefined;
  readonly polymer: string | undefined;
  readonly chemistry: string | undefined;
  /** The skill and the job a person offered or sought is stated with, those given. */
  readonly skills: readonly string[];
  readonly animalByProducts: boolean;
  readonly isWasteCategory: boolean;
  readonly authorisations: ReadonlySet<string>;
  /** Whether any fact-based rule can have something to say about this declaration. */
  readonly hasFacts: boolean;
}

const ANIMAL_BY_PRODUCT_CONTENTS = new Set(['ANIMAL_BY_PRODUCTS', 'MEAT', 'FISH']);

const factsByDeclaration = new WeakMap<MatchableDeclaration, DeclarationFacts>();

export function factsOf(declaration: MatchableDeclaration): DeclarationFacts {
  let facts = factsByDeclaration.get(declaration);
  if (!facts) {
    facts = readFacts(declaration);
    factsByDeclaration.set(declaration, facts);
  }
  return facts;
}

function readFacts(declaration: MatchableDeclaration): DeclarationFacts {
  const { attributes } = declaration;
  const fromCode = wasteCodeFacts(declaration.wasteCode);
  const animalByProducts =
    isAnimalByProductWaste(declaration.wasteCode) ||
    attributes.abpCategory !== undefined ||
    (attributes.contains ?? []).some((content) => ANIMAL_BY_PRODUCT_CONTENTS.has(content));
  const materialFamily = attributes.material?.family ?? fromCode.family;
  const chemistry = attributes.chemistry ?? fromCode.chemistry;
  return {
    attributes,
    materialFamily,
    polymer: attributes.material?.polymer,
    chemistry,
    skills: [attributes.skill, attributes.job].filter((code): code is string => code !== undefined),
    animalByProducts,
    isWasteCategory: findCategory(declaration.categoryCode)?.isWaste ?? false,
    authorisations: new Set(declaration.organizationAuthorisations),
    hasFacts:
      Object.keys(attributes).length > 0 ||
      materialFamily !== undefined ||
      chemistry !== undefined ||
      animalByProducts ||
      !!declaration.availableFrom ||
      !!declaration.availableUntil,
  };
}
