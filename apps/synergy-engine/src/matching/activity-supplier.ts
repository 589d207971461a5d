import { activitySupplyOf, findCategory } from '@symbiose/taxonomy';
import { NOTHING_STATED, type MatchableDeclaration } from './matchable-declaration';

/**
 * An organization whose NAF activity supplies categories by trade (`ACTIVITY_SUPPLIES`): a
 * candidate supplier without a declared resource. As the engine's replica of the directory
 * has it: active, located, in a territory.
 */
export interface ActivitySupplier {
  readonly organizationId: string;
  readonly nafCode: string;
  /** Null for an organization outside every zone. */
  readonly zoneId: string | null;
  readonly territoryId: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly authorisations: readonly string[];
}

const TRADE_OFFER_PREFIX = 'activity:';

/**
 * What the supplier's trade offers, as the resources the pair rules read: one per category the
 * activity supplies, with no quantity, no facts, and the authorisations the trade presumes
 * beside those the directory records. Its id names the organization and the category; it is
 * no declaration, and never a participant's declaration id.
 */
export function tradeOffersOf(supplier: ActivitySupplier): MatchableDeclaration[] {
  const supply = activitySupplyOf(supplier.nafCode);
  if (!supply) return [];
  const authorisations = [
    ...new Set([...supplier.authorisations, ...(supply.presumedAuthorisations ?? [])]),
  ].sort();
  return supply.categoryCodes.flatMap((categoryCode) => {
    const category = findCategory(categoryCode);
    if (!category) return [];
    return [
      {
        id: `${TRADE_OFFER_PREFIX}${supplier.organizationId}:${categoryCode}`,
        organizationId: supplier.organizationId,
        zoneId: supplier.zoneId,
        territoryId: supplier.territoryId,
        latitude: supplier.latitude,
        longitude: supplier.longitude,
        kind: 'RESOURCE' as const,
        theme: category.theme,
        categoryCode,
        ...NOTHING_STATED,
        organizationAuthorisations: authorisations,
      },
    ];
  });
}

/** Whether a resource is a supplier's trade, not a declaration. */
export function isTradeOffer(resource: MatchableDeclaration): boolean {
  return resource.id.startsWith(TRADE_OFFER_PREFIX);
}
