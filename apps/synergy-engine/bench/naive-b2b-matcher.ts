import { compatibility } from '@symbiose/taxonomy';
import { pairKey, scoreCandidate, type B2BCandidate } from '../src/matching/b2b-candidate';
import { bySynergyRank, toB2BSynergy } from '../src/matching/b2b-synergy';
import { greatCircleKm } from '../src/matching/great-circle';
import type { MatchableDeclaration } from '../src/matching/matchable-declaration';
import {
  maxDistanceKmFor,
  resolveMatchingOptions,
  type MatchingOptions,
} from '../src/matching/matching-options';
import type { B2BSynergy } from '../src/matching/synergy';
import { matchScore } from '@symbiose/taxonomy';

function rankFrom(ownerId: string) {
  return (a: B2BCandidate, b: B2BCandidate): number => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
    const otherA = a.resource.id === ownerId ? a.need.id : a.resource.id;
    const otherB = b.resource.id === ownerId ? b.need.id : b.resource.id;
    return otherA < otherB ? -1 : otherA > otherB ? 1 : 0;
  };
}

/**
 * The reference B2B matcher: every resource against every need, all candidates of each
 * declaration sorted, the top K of either side kept. Quadratic; it checks the indexed matcher
 * and gives the benchmark its baseline.
 */
export function naiveB2BMatch(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
): B2BSynergy[] {
  const resolved = resolveMatchingOptions(options);
  const resources = declarations.filter((declaration) => declaration.kind === 'RESOURCE');
  const needs = declarations.filter((declaration) => declaration.kind === 'NEED');
  const candidates = new Map<string, B2BCandidate[]>();
  const add = (id: string, candidate: B2BCandidate) => {
    const list = candidates.get(id) ?? [];
    list.push(candidate);
    candidates.set(id, list);
  };
  for (const resource of resources) {
    for (const need of needs) {
      const entry = compatibility(resource.categoryCode, need.categoryCode);
      if (!entry) continue;
      if (resource.organizationId === need.organizationId) continue;
      if (resource.territoryId !== need.territoryId) continue;
      if (resource.hazardous && need.authorisedForHazardous !== true) continue;
      const distanceKm = greatCircleKm(
        resource.latitude,
        resource.longitude,
        need.latitude,
        need.longitude,
      );
      if (distanceKm > maxDistanceKmFor(resolved, resource.territoryId)) continue;
      const score = scoreCandidate(resource, need, entry, distanceKm, matchScore(resource, need));
      const candidate = {
        resource,
        need,
        compatibility: entry,
        distanceKm,
        score,
        key: pairKey(resource.id, need.id),
      };
      add(resource.id, candidate);
      add(need.id, candidate);
    }
  }
  const kept = new Map<string, B2BCandidate>();
  for (const [ownerId, list] of candidates) {
    for (const candidate of list.sort(rankFrom(ownerId)).slice(0, resolved.topK)) {
      kept.set(candidate.key, candidate);
    }
  }
  return [...kept.values()].sort(bySynergyRank).map(toB2BSynergy);
}
