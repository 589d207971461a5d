import {
  compatibleNeedCategories,
  compatibleResourceCategories,
  type Compatibility,
} from '@symbiose/taxonomy';
import type { MatchableDeclaration } from './matchable-declaration';
import { maxDistanceKmFor, type ResolvedMatchingOptions } from './matching-options';
import type { SpatialDeclarationIndex } from './spatial-declaration-index';

function compatibleCounterparts(declaration: MatchableDeclaration): readonly Compatibility[] {
  return declaration.kind === 'RESOURCE'
    ? compatibleNeedCategories(declaration.categoryCode)
    : compatibleResourceCategories(declaration.categoryCode);
}

/** Hazardous waste goes only to a need whose organization may take it. */
export function hazardAllowed(resource: MatchableDeclaration, need: MatchableDeclaration): boolean {
  return !resource.hazardous || need.authorisedForHazardous === true;
}

export type EligiblePairVisitor = (
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
  distanceKm: number,
) => void;

/**
 * Every counterpart the declaration can form a B2B pair with: a compatible category (the
 * taxonomy's table), another organization, the same territory, within the territory's reach
 * (great circle, any zone), and hazardous waste only to an authorised need.
 */
export function forEachEligiblePair(
  spatial: SpatialDeclarationIndex,
  declaration: MatchableDeclaration,
  options: ResolvedMatchingOptions,
  visit: EligiblePairVisitor,
): void {
  const reachKm = maxDistanceKmFor(options, declaration.territoryId);
  const isResource = declaration.kind === 'RESOURCE';
  for (const compatibility of compatibleCounterparts(declaration)) {
    spatial.forEachWithin(
      declaration.territoryId,
      isResource ? compatibility.needCode : compatibility.resourceCode,
      isResource ? 'NEED' : 'RESOURCE',
      declaration.latitude,
      declaration.longitude,
      reachKm,
      (counterpart, distanceKm) => {
        if (counterpart.organizationId === declaration.organizationId) return;
        const resource = isResource ? declaration : counterpart;
        const need = isResource ? counterpart : declaration;
        if (!hazardAllowed(resource, need)) return;
        visit(resource, need, compatibility, distanceKm);
      },
    );
  }
}
