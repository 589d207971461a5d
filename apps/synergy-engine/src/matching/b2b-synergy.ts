import { findWasteCode, matchScore, type Frequency } from '@symbiose/taxonomy';
import type { B2BCandidate } from './b2b-candidate';
import {
  B2B_WEIGHTS,
  b2bScoreTerms,
  distanceDecay,
  frequencyFit,
  NEUTRAL_TERM,
  quantitiesCompare,
} from './b2b-score';
import { estimateImpact } from './impact-estimate';
import type { MatchableDeclaration } from './matchable-declaration';
import type { B2BRationale, B2BSynergy, SynergyParticipant } from './synergy';

function wasteCodeAgreement(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
): B2BRationale['terms']['compatibility']['wasteCodes'] {
  const a = resource.wasteCode ? findWasteCode(resource.wasteCode) : undefined;
  const b = need.wasteCode ? findWasteCode(need.wasteCode) : undefined;
  if (!a || !b) return 'NOT_BOTH_GIVEN';
  return a.code === b.code ? 'SAME' : 'DIFFERENT';
}

function rationaleOf(candidate: B2BCandidate): B2BRationale {
  const { resource, need, compatibility, distanceKm } = candidate;
  const terms = b2bScoreTerms(resource, need, compatibility, distanceKm);
  return {
    terms: {
      compatibility: {
        value: terms.compatibility,
        weight: B2B_WEIGHTS.compatibility,
        strength: compatibility.strength,
        wasteCodes: wasteCodeAgreement(resource, need),
      },
      quantityCoverage: {
        value: Math.round(terms.quantityCoverage * 1e4) / 1e4,
        weight: B2B_WEIGHTS.quantityCoverage,
        compared: terms.quantitiesCompared,
      },
      distanceDecay: {
        value: Math.round(terms.distanceDecay * 1e4) / 1e4,
        weight: B2B_WEIGHTS.distanceDecay,
        distanceKm: Math.round(distanceKm * 100) / 100,
      },
      frequencyFit: {
        value: Math.round(terms.frequencyFit * 1e4) / 1e4,
        weight: B2B_WEIGHTS.frequencyFit,
      },
    },
  };
}

/** The synergy record of a kept candidate: participants, rationale and impact. */
export function toB2BSynergy(candidate: B2BCandidate): B2BSynergy {
  const { resource, need } = candidate;
  const zoneIds = [...new Set([resource.zoneId, need.zoneId].filter((id) => id !== null))].sort();
  return {
    kind: 'B2B',
    key: candidate.key,
    resourceDeclarationId: resource.id,
    needDeclarationId: need.id,
    territoryId: resource.territoryId,
    zoneIds,
    resourceCategoryCode: resource.categoryCode,
    needCategoryCode: need.categoryCode,
    participants: [
      { organizationId: resource.organizationId, role: 'SUPPLIER', declarationIds: [resource.id] },
      { organizationId: need.organizationId, role: 'CONSUMER', declarationIds: [need.id] },
    ],
    distanceKm: Math.round(candidate.distanceKm * 100) / 100,
    score: candidate.score,
    rationale: rationaleOf(candidate),
    impact: estimateImpact(resource, need, candidate.distanceKm),
  };
}

/** The entry of one side of a B2B synergy in its participants. */
export function b2bParticipant(
  declaration: MatchableDeclaration,
  role: 'SUPPLIER' | 'CONSUMER',
): SynergyParticipant {
  return { organizationId: declaration.organizationId, role, declarationIds: [declaration.id] };
}

/** Best score first, then by resource and need id: the same input lists in the same order. */
export function bySynergyRank(a: B2BCandidate, b: B2BCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.resource.id !== b.resource.id) return a.resource.id < b.resource.id ? -1 : 1;
  return a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0;
}

/** The category term of a rationale, by waste code agreement: one object per kind of pair. */
type CompatibilityTerm = B2BRationale['terms']['compatibility'];
type FrequencyTerm = B2BRationale['terms']['frequencyFit'];
type QuantityTerm = B2BRationale['terms']['quantityCoverage'];
type DistanceTerm = B2BRationale['terms']['distanceDecay'];

/** The compatibility terms of one category pair, by waste code agreement. */
type TermsByAgreement = Map<CompatibilityTerm['wasteCodes'], CompatibilityTerm>;

/**
 * Builds the records of many kept candidates, equal to `toB2BSynergy` field for field, for a
 * fraction of the cost: what depends only on the category pair (compatibility term), on the
 * two rhythms (frequency term), on one declaration (its participant entry),
 * on the two zones, or on a rounded value (quantity and distance terms) is built once and
 * shared by the records (all of it is read-only data), waste codes are parsed once per
 * spelling, and a region's hundreds of thousands of records allocate and hold far less.
 */
export class B2BSynergyBuilder {
  private readonly compatibilityTerms = new Map<B2BCandidate['compatibility'], TermsByAgreement>();
  private readonly frequencyTerms = new Map<
    Frequency | null,
    Map<Frequency | null, FrequencyTerm>
  >();
  private readonly wasteCodes = new Map<string, string | undefined>();
  private readonly zoneIds = new Map<string | null, Map<string | null, string[]>>();
  private readonly comparedQuantityTerms: QuantityTerm[] = [];
  private readonly neutralQuantityTerms: QuantityTerm[] = [];
  private readonly distanceTerms = new Map<number, DistanceTerm>();
  private readonly suppliers = new Map<MatchableDeclaration, SynergyParticipant>();
  private readonly consumers = new Map<MatchableDeclaration, SynergyParticipant>();

  /**
   * A caller that already holds each declaration's participant entry passes them, which spares
   * two lookups per record in maps as large as the region.
   */
  build(
    candidate: B2BCandidate,
    supplier = this.participantOf(candidate.resource, 'SUPPLIER'),
    consumer = this.participantOf(candidate.need, 'CONSUMER'),
  ): B2BSynergy {
    const { resource, need, distanceKm, score } = candidate;
    const zoneIds = this.zoneIdsOf(resource.zoneId, need.zoneId);
    const compatibility = candidate.compatibility;
    const decay = distanceDecay(distanceKm);
    const compared = quantitiesCompare(resource, need, compatibility);
    // quantityCoverage, without asking quantitiesCompare twice.
    const coverage = compared
      ? Math.min(resource.annualQuantity as number, need.annualQuantity as number) /
        Math.max(resource.annualQuantity as number, need.annualQuantity as number)
      : NEUTRAL_TERM;
    return {
      kind: 'B2B',
      key: candidate.key,
      resourceDeclarationId: resource.id,
      needDeclarationId: need.id,
      territoryId: resource.territoryId,
      zoneIds,
      resourceCategoryCode: resource.categoryCode,
      needCategoryCode: need.categoryCode,
      participants: [supplier, consumer],
      distanceKm: Math.round(distanceKm * 100) / 100,
      score,
      rationale: {
        terms: {
          compatibility: this.compatibilityTermOf(compatibility, resource, need),
          quantityCoverage: this.quantityTermOf(compared, Math.round(coverage * 1e4)),
          distanceDecay: this.distanceTermOf(Math.round(decay * 1e4), Math.round(distanceKm * 100)),
          frequencyFit: this.frequencyTermOf(resource.frequency, need.frequency),
        },
      },
      impact: estimateImpact(resource, need, distanceKm),
    };
  }

  private canonicalWasteCode(spelling: string | null): string | undefined {
    if (!spelling) return undefined;
    if (this.wasteCodes.has(spelling)) return this.wasteCodes.get(spelling);
    const code = findWasteCode(spelling)?.code;
    this.wasteCodes.set(spelling, code);
    return code;
  }

  private compatibilityTermOf(
    compatibility: B2BCandidate['compatibility'],
    resource: MatchableDeclaration,
    need: MatchableDeclaration,
  ): CompatibilityTerm {
    let byAgreement = this.compatibilityTerms.get(compatibility);
    if (!byAgreement) {
      byAgreement = new Map();
      this.compatibilityTerms.set(compatibility, byAgreement);
    }
    const a = this.canonicalWasteCode(resource.wasteCode);
    const b = this.canonicalWasteCode(need.wasteCode);
    const agreement = !a || !b ? 'NOT_BOTH_GIVEN' : a === b ? 'SAME' : 'DIFFERENT';
    let term = byAgreement.get(agreement);
    if (!term) {
      term = {
        value: matchScore(resource, need),
        weight: B2B_WEIGHTS.compatibility,
        strength: compatibility.strength,
        wasteCodes: agreement,
      };
      byAgreement.set(agreement, term);
    }
    return term;
  }

  /** `[...new Set([a, b].filter((id) => id !== null))].sort()`, one array per couple. */
  private zoneIdsOf(a: string | null, b: string | null): string[] {
    let byB = this.zoneIds.get(a);
    if (!byB) {
      byB = new Map();
      this.zoneIds.set(a, byB);
    }
    let zoneIds = byB.get(b);
    if (!zoneIds) {
      zoneIds = [...new Set([a, b].filter((id) => id !== null))].sort();
      byB.set(b, zoneIds);
    }
    return zoneIds;
  }

  /** The quantity term, by its value in ten-thousandths. */
  private quantityTermOf(compared: boolean, steps: number): QuantityTerm {
    const terms = compared ? this.comparedQuantityTerms : this.neutralQuantityTerms;
    let term = terms[steps];
    if (!term) {
      term = { value: steps / 1e4, weight: B2B_WEIGHTS.quantityCoverage, compared };
      terms[steps] = term;
    }
    return term;
  }

  /** The distance term, by its value in ten-thousandths and its distance in hundredths of km. */
  private distanceTermOf(steps: number, hundredthsOfKm: number): DistanceTerm {
    const key = hundredthsOfKm * 10_001 + steps;
    let term = this.distanceTerms.get(key);
    if (!term) {
      term = {
        value: steps / 1e4,
        weight: B2B_WEIGHTS.distanceDecay,
        distanceKm: hundredthsOfKm / 100,
      };
      this.distanceTerms.set(key, term);
    }
    return term;
  }

  private frequencyTermOf(resource: Frequency | null, need: Frequency | null): FrequencyTerm {
    let byNeed = this.frequencyTerms.get(resource);
    if (!byNeed) {
      byNeed = new Map();
      this.frequencyTerms.set(resource, byNeed);
    }
    let term = byNeed.get(need);
    if (!term) {
      const fit = frequencyFit(resource, need);
      term = { value: Math.round(fit * 1e4) / 1e4, weight: B2B_WEIGHTS.frequencyFit };
      byNeed.set(need, term);
    }
    return term;
  }

  private participantOf(
    declaration: MatchableDeclaration,
    role: 'SUPPLIER' | 'CONSUMER',
  ): SynergyParticipant {
    const cache = role === 'SUPPLIER' ? this.suppliers : this.consumers;
    let participant = cache.get(declaration);
    if (!participant) {
      participant = b2bParticipant(declaration, role);
      cache.set(declaration, participant);
    }
    return participant;
  }
}
