import { ALL_CATEGORIES, findCategory, type Category } from './categories';
import { findWasteCode } from './waste-codes';

/**
 * Whether a declaration of the category may carry the waste code (any spelling of it). False for
 * an unknown category or code, and for every code on a category that is not a waste.
 */
export function categoryCoversWasteCode(categoryCode: string, wasteCode: string): boolean {
  const category = findCategory(categoryCode);
  const entry = findWasteCode(wasteCode);
  return !!category && !!entry && category.wasteCodes.includes(entry.code);
}

/** The categories that cover a waste code, to suggest one when a firm starts from its code. */
export function categoriesCoveringWasteCode(wasteCode: string): Category[] {
  const entry = findWasteCode(wasteCode);
  if (!entry) return [];
  return ALL_CATEGORIES.filter((category) => category.wasteCodes.includes(entry.code));
}
