import { BadUserInputError } from '@symbiose/platform';
import {
  canonicalUnitOf,
  convertToCanonical,
  findCategory,
  TaxonomyError,
} from '@symbiose/taxonomy';
import type { SynergyStatus } from '../synergy/synergy-lifecycle';
import type { Synergy } from '../synergy/synergy.entity';

/** A quantity as recorded, and in the canonical unit of its category's dimension. */
export interface MeasuredQuantity {
  quantity: number;
  unit: string;
  canonicalQuantity: number;
  canonicalUnit: string;
}

export interface Period {
  periodFrom: string;
  periodTo: string;
}

/** Only a synergy at work has outcomes to measure. */
export function checkOperational(status: SynergyStatus): void {
  if (status !== 'OPERATIONAL') {
    throw new BadUserInputError(
      'synergyId',
      `the synergy is ${status}; an outcome is recorded once it is OPERATIONAL`,
    );
  }
}

/** A measured period: `from` ≤ `to` ≤ today (both days included). */
export function checkPeriod(from: string, to: string, today: string): void {
  if (to < from) throw new BadUserInputError('to', `${to} is before from (${from})`);
  if (to > today) {
    throw new BadUserInputError('to', `${to} is in the future (today is ${today}, UTC)`);
  }
}

/** One outcome per period: a period that shares a day with a recorded one is refused. */
export function checkNoOverlap(from: string, to: string, recorded: readonly Period[]): void {
  const overlapped = recorded.find(
    ({ periodFrom, periodTo }) => periodFrom <= to && from <= periodTo,
  );
  if (overlapped) {
    throw new BadUserInputError(
      'from',
      `${from} to ${to} overlaps the outcome recorded for ` +
        `${overlapped.periodFrom} to ${overlapped.periodTo}; record one outcome per period`,
    );
  }
}

/** What the synergy exchanges or pools: a B2B synergy's resource, a collective one's need. */
export function exchangedCategoryCode(
  synergy: Pick<Synergy, 'kind' | 'categoryCode' | 'resourceCategoryCode'>,
): string {
  return synergy.kind === 'B2B' && synergy.resourceCategoryCode
    ? synergy.resourceCategoryCode
    : synergy.categoryCode;
}

/**
 * The quantity in a unit of the taxonomy that measures the synergy's category, converted to
 * the canonical unit; null when neither quantity nor unit is given. The taxonomy names the
 * field it refuses (`unit` of another dimension or unknown, `quantity` not above zero).
 */
export function measuredQuantity(
  categoryCode: string,
  quantity: number | null,
  unit: string | null,
): MeasuredQuantity | null {
  if (quantity === null && unit === null) return null;
  if (unit === null) throw new BadUserInputError('unit', 'is required with a quantity');
  if (quantity === null) throw new BadUserInputError('quantity', 'is required with a unit');
  const category = findCategory(categoryCode);
  const canonicalUnit = category && canonicalUnitOf(category.dimension);
  if (!category || !canonicalUnit) {
    throw new BadUserInputError(
      'quantity',
      `the synergy's category ${categoryCode} is measured without a quantity; leave out quantity and unit`,
    );
  }
  try {
    const canonicalQuantity = convertToCanonical(quantity, unit, category.dimension);
    return { quantity, unit, canonicalQuantity, canonicalUnit };
  } catch (error) {
    if (error instanceof TaxonomyError) {
      throw new BadUserInputError(
        error.field,
        `${error.reason}; the synergy exchanges ${categoryCode}`,
      );
    }
    throw error;
  }
}
