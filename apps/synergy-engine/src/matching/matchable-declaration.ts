import type { DeclarationEconomics } from '@symbiose/contracts';
import type { DeclarationAttributes, DeclarationKind, Frequency, Theme } from '@symbiose/taxonomy';

/**
 * A declaration as the matching core sees it: the engine's read model row of an active
 * declaration (see `declarationSnapshotV1` in @symbiose/contracts) whose organization has a
 * location and a territory. Declarations without a location cannot be matched and are left out
 * by the caller.
 */
export interface MatchableDeclaration {
  readonly id: string;
  readonly organizationId: string;
  /** The business zone; null for an organization outside every zone (B2B only). */
  readonly zoneId: string | null;
  readonly territoryId: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly kind: DeclarationKind;
  readonly theme: Theme;
  readonly categoryCode: string;
  /** Quantity a year in `canonicalUnit`; null for categories declared without a quantity. */
  readonly annualQuantity: number | null;
  readonly canonicalUnit: string | null;
  readonly frequency: Frequency | null;
  /** Six digits, no spaces. */
  readonly wasteCode: string | null;
  readonly hazardous: boolean;
  /** For a need: whether the organization may take hazardous waste. */
  readonly authorisedForHazardous: boolean | null;
  /** Technical facts (temperature, material, storage…); absent ones are to confirm. */
  readonly attributes: DeclarationAttributes;
  /** ISO dates `YYYY-MM-DD` of the availability window, each open when null. */
  readonly availableFrom: string | null;
  readonly availableUntil: string | null;
  /** The organization's authorisations: ICPE rubrics and named ones (see @symbiose/taxonomy). */
  readonly organizationAuthorisations: readonly string[];
  /** The firm's own euro figures for the flow; absent or null when it gave none. */
  readonly economics?: DeclarationEconomics | null;
}

/** A declaration that states nothing beyond its category: no quantity, rhythm, code or fact. */
export const NOTHING_STATED = Object.freeze({
  annualQuantity: null,
  canonicalUnit: null,
  frequency: null,
  wasteCode: null,
  hazardous: false,
  authorisedForHazardous: null,
  attributes: Object.freeze({}),
  availableFrom: null,
  availableUntil: null,
} satisfies Partial<MatchableDeclaration>);
