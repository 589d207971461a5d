export type TaxonomyErrorCode =
  | 'UNKNOWN_UNIT'
  | 'UNIT_OF_OTHER_DIMENSION'
  | 'NO_QUANTITY_FOR_DIMENSION'
  | 'UNKNOWN_DIMENSION'
  | 'UNKNOWN_FREQUENCY'
  | 'QUANTITY_NOT_FINITE'
  | 'QUANTITY_NOT_POSITIVE'
  | 'QUANTITY_ABOVE_CEILING'
  | 'QUANTITY_BELOW_PRECISION'
  | 'UNKNOWN_WASTE_CODE';

/**
 * A value the taxonomy refuses, with the input field it came from, so a service can turn it into
 * a BAD_USER_INPUT error that names the field.
 */
export class TaxonomyError extends Error {
  constructor(
    readonly code: TaxonomyErrorCode,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'TaxonomyError';
  }
}
