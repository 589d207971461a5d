export * from './themes';
export * from './dimensions';
export * from './taxonomy-error';
export type { CategoryDefinition, DeclarationKind } from './category-definition';
export * from './categories';
export * from './collective-needs';
export * from './waste-codes';
export * from './category-waste-codes';
export {
  ANNUAL_CEILINGS,
  CANONICAL_DECIMALS,
  CANONICAL_UNITS,
  UNITS,
  WORKING_DAY_HOURS,
  WORKING_MONTH_HOURS,
  canonicalUnitOf,
  convertToCanonical,
  isUnit,
  roundCanonical,
  unitsOf,
} from './units';
export type { CanonicalUnit, Unit, UnitDefinition } from './units';
export * from './frequencies';
export * from './compatibility';
export * from './declaration-attributes';
export * from './authorisations';
export * from './waste-code-facts';
export * from './activity-supplies';
export type { EnumLabels, Labels } from './labels';
export * from './dimension-labels';
export * from './declaration-attribute-labels';
