import { compatibility, matchScore } from '@symbiose/taxonomy';
import { allocateQuantities } from '../src/matching/allocation';
import { pairKey, type B2BCandidate } from '../src/matching/b2b-candidate';
import {
  b2bScore,
  distanceDecay,
  frequencyFit,
  quantityBasis,
  quantityCoverage,
} from '../src/matching/b2b-score';
import { B2BSynergyBuilder, bySynergyRank } from '../src/matching/b2b-synergy';
import { greatCircleKm } from '../src/matching/great-circle';
import type { MatchableDeclaration } from '../src/matching/matchable-declaration';
import {
  resolveMatchingOptions,
  settingsFor,
  type MatchingOptions,
} from '../src/matching/matching-options';
import { firstFailure, ruledPair } from '../src/matching/pair-rules';
import type { B2BSynergy } from '../src/matching/synergy';

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
 * The reference B2B matcher, the method written out plainly: every resource against every
 * need; a pair is eligible when its categories are compatible, its organizations differ, it
 * lies in one territory within reach, it fails no pair rule and scores at least the minimum;
 * all candidates of each declaration sorted, the top K of either side kept, then the resources
 * shared out. Quadratic; it checks the indexed matcher and gives the benchmark its baseline.
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
    const settings = settingsFor(resolved, resource.territoryId);
    for (const need of needs) {
      const entry = compatibility(resource.categoryCode, need.categoryCode);
      if (!entry) continue;
      if (resource.organizationId === need.organizationId) continue;
      if (resource.territoryId !== need.territoryId) continue;
      const distanceKm = greatCircleKm(
        resource.latitude,
        resource.longitude,
        need.latitude,
        need.longitude,
      );
      if (distanceKm > settings.maxDistanceKm) continue;
      const score = b2bScore(
        settings.weights,
        matchScore(resource, need),
        quantityCoverage(resource, need, entry),
        distanceDecay(distanceKm),
        frequencyFit(resource.frequency, need.frequency),
      );
      if (score < settings.minScore) continue;
      if (firstFailure(ruledPair(resource, need, entry, distanceKm))) continue;
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
  const ranked = [...kept.values()].sort(bySynergyRank);
  const slotOf = new Map(declarations.map((declaration, slot) => [declaration, slot]));
  const slot = (declaration: MatchableDeclaration) => slotOf.get(declaration) as number;
  const allocated = allocateQuantities(
    Int32Array.from(ranked, (candidate) =>
      quantityBasis(candidate.resource, candidate.need, candidate.compatibility) === 'COMPARED'
        ? slot(candidate.resource)
        : -1,
    ),
    Int32Array.from(ranked, (candidate) => slot(candidate.need)),
    Float64Array.from(declarations, (declaration) => declaration.annualQuantity ?? NaN),
  );
  const builder = new B2BSynergyBuilder(resolved);
  return ranked.map((candidate, rank) =>
    builder.build(candidate, Number.isNaN(allocated[rank]) ? null : allocated[rank]),
  );
}
