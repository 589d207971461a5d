import { EQUIPMENT_CATEGORIES } from './catalogue/equipment';
import { FLUID_CATEGORIES } from './catalogue/fluids';
import { HR_ANIMATION_CATEGORIES } from './catalogue/hr-animation';
import { MATERIALS_WASTE_CATEGORIES } from './catalogue/materials-waste';
import { SERVICE_CATEGORIES } from './catalogue/services';
import type { CategoryDefinition, DeclarationKind } from './category-definition';
import type { Dimension } from './dimensions';
import { THEMES, type Theme } from './themes';

/** Keyed by theme so that the compiler refuses a theme without its catalogue. */
const CATALOGUE = {
  SERVICES: SERVICE_CATEGORIES,
  EQUIPMENT: EQUIPMENT_CATEGORIES,
  MATERIALS_WASTE: MATERIALS_WASTE_CATEGORIES,
  HR_ANIMATION: HR_ANIMATION_CATEGORIES,
  FLUIDS: FLUID_CATEGORIES,
} as const satisfies Record<Theme, readonly CategoryDefinition[]>;

export type CategoryCode = (typeof CATALOGUE)[Theme][number]['code'];

export interface Category {
  readonly code: CategoryCode;
  readonly theme: Theme;
  readonly labelFr: string;
  readonly labelEn: string;
  readonly dimension: Dimension;
  /** Whether a declaration of this category may carry a European waste code. */
  readonly isWaste: boolean;
  /** The six-digit codes of the European List of Waste it covers; empty unless `isWaste`. */
  readonly wasteCodes: readonly string[];
  /** One of the eleven collective needs of the programme (see `COLLECTIVE_NEED_CATEGORIES`). */
  readonly collectiveNeed: boolean;
  readonly declarationKinds: readonly DeclarationKind[];
}

type CatalogueEntry = CategoryDefinition & { readonly code: CategoryCode };

const BOTH_KINDS: readonly DeclarationKind[] = Object.freeze(['NEED', 'RESOURCE']);

function toCategory(theme: Theme, definition: CatalogueEntry): Category {
  const wasteCodes = Object.freeze([...(definition.wasteCodes ?? [])]);
  return Object.freeze({
    code: definition.code,
    theme,
    labelFr: definition.labelFr,
    labelEn: definition.labelEn,
    dimension: definition.dimension,
    isWaste: wasteCodes.length > 0,
    wasteCodes,
    collectiveNeed: definition.collectiveNeed ?? false,
    declarationKinds: Object.freeze([...(definition.declarationKinds ?? BOTH_KINDS)]),
  });
}

/** Every category, theme by theme in the order of `THEMES`. */
export const ALL_CATEGORIES: readonly Category[] = Object.freeze(
  THEMES.flatMap((theme) =>
    (CATALOGUE[theme] as readonly CatalogueEntry[]).map((definition) =>
      toCategory(theme, definition),
    ),
  ),
);

const CATEGORIES_BY_CODE: ReadonlyMap<string, Category> = new Map(
  ALL_CATEGORIES.map((category) => [category.code, category]),
);

export function isCategoryCode(code: unknown): code is CategoryCode {
  return typeof code === 'string' && CATEGORIES_BY_CODE.has(code);
}

/** The category of a stored code; undefined for a code the taxonomy does not know. */
export function findCategory(code: string): Category | undefined {
  return CATEGORIES_BY_CODE.get(code);
}

export function categoriesOfTheme(theme: Theme): readonly Category[] {
  return ALL_CATEGORIES.filter((category) => category.theme === theme);
}
