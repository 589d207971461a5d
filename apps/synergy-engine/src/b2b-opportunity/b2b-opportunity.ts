import { canonicalUnitOf, findCategory } from '@symbiose/taxonomy';
import type { Synergy } from '../synergy/synergy.entity';
import { presentedAllocatedQuantity } from '../synergy/synergy-presentation';

/**
 * What a zone's B2B synergies of one need category offer together, as a facilitator presents
 * them: one caterer for nine neighbours, or three cardboard sources for three packaging needs,
 * is one opportunity to work on, whose pairs stay the synergies each firm follows.
 */
export interface B2BOpportunity {
  /** `<zone>:<category>`: stable while the zone has synergies of that category. */
  readonly id: string;
  readonly zoneId: string;
  /** The needs' category. */
  readonly categoryCode: string;
  /** Best score first, then by id. */
  readonly synergies: readonly Synergy[];
  readonly supplierOrganizationIds: readonly string[];
  readonly consumerOrganizationIds: readonly string[];
  /** The sum of the synergies' allocated quantities, when all are known in one unit. */
  readonly allocatedQuantity: number | null;
  readonly unit: string | null;
}

function organizationsOf(synergies: readonly Synergy[], role: 'SUPPLIER' | 'CONSUMER'): string[] {
  const ids = synergies.flatMap((synergy) =>
    synergy.participants.filter((p) => p.role === role).map((p) => p.organizationId),
  );
  return [...new Set(ids)].sort();
}

function allocatedUnitOf(synergy: Synergy): string | null {
  const category = findCategory(synergy.resourceCategoryCode ?? synergy.categoryCode);
  return category ? canonicalUnitOf(category.dimension) : null;
}

/** The total promised, if every synergy promises a quantity and all in the same unit. */
function allocatedTotalOf(
  synergies: readonly Synergy[],
): Pick<B2BOpportunity, 'allocatedQuantity' | 'unit'> {
  const quantities = synergies.map(presentedAllocatedQuantity);
  const units = new Set(synergies.map(allocatedUnitOf));
  const [unit] = units;
  if (quantities.some((quantity) => quantity === null) || units.size !== 1 || !unit) {
    return { allocatedQuantity: null, unit: null };
  }
  const total = (quantities as number[]).reduce((sum, quantity) => sum + quantity, 0);
  return { allocatedQuantity: Math.round(total * 1e6) / 1e6, unit };
}

function byScoreThenId(a: Synergy, b: Synergy): number {
  return b.score - a.score || a.id.localeCompare(b.id);
}

/**
 * The opportunities of a zone from its live B2B synergies (neither obsolete nor dismissed): one
 * per need category, the one with the best synergy first.
 */
export function b2bOpportunitiesOf(
  zoneId: string,
  synergies: readonly Synergy[],
): B2BOpportunity[] {
  const byCategory = new Map<string, Synergy[]>();
  for (const synergy of synergies) {
    const group = byCategory.get(synergy.categoryCode) ?? [];
    group.push(synergy);
    byCategory.set(synergy.categoryCode, group);
  }
  return [...byCategory.entries()]
    .map(([categoryCode, group]) => {
      const ordered = [...group].sort(byScoreThenId);
      return {
        id: `${zoneId}:${categoryCode}`,
        zoneId,
        categoryCode,
        synergies: ordered,
        supplierOrganizationIds: organizationsOf(ordered, 'SUPPLIER'),
        consumerOrganizationIds: organizationsOf(ordered, 'CONSUMER'),
        ...allocatedTotalOf(ordered),
      };
    })
    .sort(
      (a, b) =>
        byScoreThenId(a.synergies[0], b.synergies[0]) ||
        a.categoryCode.localeCompare(b.categoryCode),
    );
}
