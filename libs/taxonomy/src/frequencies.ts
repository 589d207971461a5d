import type { Dimension } from './dimensions';
import { TaxonomyError } from './taxonomy-error';
import { checkedCanonical, toCanonicalUnrounded } from './units';

/** The same values as `FREQUENCIES` in @symbiose/contracts. */
export const FREQUENCIES = [
  'ONE_OFF',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'QUARTERLY',
  'YEARLY',
] as const;

export type Frequency = (typeof FREQUENCIES)[number];

/** French working days in a year: 5 days x 52 weeks, less about 10 public holidays. */
const WORKING_DAYS_PER_YEAR = 250;

/**
 * How many times a year a quantity declared at this frequency recurs. DAILY counts working days,
 * not 365: business-park firms produce waste and use equipment when they work. A site running
 * every day of the year should declare weekly, monthly or yearly figures.
 */
export const OCCURRENCES_PER_YEAR = Object.freeze({
  ONE_OFF: 1,
  DAILY: WORKING_DAYS_PER_YEAR,
  WEEKLY: 52,
  MONTHLY: 12,
  QUARTERLY: 4,
  YEARLY: 1,
} as const satisfies Record<Frequency, number>);

export const FREQUENCY_LABELS = Object.freeze({
  ONE_OFF: { labelFr: 'Ponctuel', labelEn: 'One-off' },
  DAILY: { labelFr: 'Par jour ouvré', labelEn: 'Per working day' },
  WEEKLY: { labelFr: 'Par semaine', labelEn: 'Weekly' },
  MONTHLY: { labelFr: 'Par mois', labelEn: 'Monthly' },
  QUARTERLY: { labelFr: 'Par trimestre', labelEn: 'Quarterly' },
  YEARLY: { labelFr: 'Par an', labelEn: 'Yearly' },
} as const satisfies Record<Frequency, { labelFr: string; labelEn: string }>);

export function isFrequency(value: unknown): value is Frequency {
  return typeof value === 'string' && (FREQUENCIES as readonly string[]).includes(value);
}

/**
 * The quantity a year, in the canonical unit of the dimension, rounded like every canonical
 * quantity: 500 kg WEEKLY of a MASS category is 26 (t). Throws a TaxonomyError naming `unit`,
 * `quantity` or `frequency`; the annual total is held to the dimension's ceiling.
 */
export function annualise(
  quantity: number,
  unit: string,
  frequency: Frequency,
  dimension: Dimension,
): number {
  if (!isFrequency(frequency)) {
    throw new TaxonomyError(
      'UNKNOWN_FREQUENCY',
      'frequency',
      `${String(frequency)} is not a frequency (accepted: ${FREQUENCIES.join(', ')})`,
    );
  }
  const canonical = toCanonicalUnrounded(quantity, unit, dimension);
  return checkedCanonical(
    canonical.quantity * OCCURRENCES_PER_YEAR[frequency],
    canonical.dimension,
  );
}
