import { annualise, canonicalUnitOf, findCategory } from '@symbiose/taxonomy';
import type { CaseDeclaration } from './synergy-case.schema';

/** A declaration's quantity over a year, in the canonical unit of its category. */
export interface AnnualQuantity {
  quantity: number;
  unit: string;
}

/** Null for a declaration without a quantity (or of a category that takes none). */
export function annualQuantityOf(declaration: CaseDeclaration): AnnualQuantity | null {
  const { quantity, unit, frequency } = declaration;
  const category = findCategory(declaration.categoryCode);
  const canonical = category ? canonicalUnitOf(category.dimension) : null;
  if (!category || !canonical || quantity === undefined || !unit || !frequency) return null;
  return { quantity: annualise(quantity, unit, frequency, category.dimension), unit: canonical };
}
