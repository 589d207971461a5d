import { findWasteCode, matchScore, type Compatibility, type Frequency } from '@symbiose/taxonomy';
import type { B2BCandidate } from './b2b-candidate';
import { distanceDecay, frequencyFit, needCoverage, type QuantityBasis } from './b2b-score';
import { estimateImpact } from './impact-estimate';
import { pairEconomicsOf } from './synergy-euros';
import type { MatchableDeclaration } from './matchable-declaration';
import {
  settingsFor,
  type ResolvedMatchingOptions,
  type ResolvedTerritorySettings,
} from './matching-options';
import { factsOf, type DeclarationFacts } from './declaration-facts';
import {
  assessPair,
  categoryPairIsRuled,
  declarationMaySpeak,
  type RuleFinding,
} from './pair-rules';
import type { B2BRationale, B2BSynergy, SynergyParticipant } from './synergy';

/**
 * What the records read of one side of a B2B pair, worked out once per declaration rather than
 * once per record: its entry in the participants, whether the rules may speak of it, and the
 * facts they read.
 */
export interface B2BSide {
  readonly participant: SynergyParticipant;
  /** `declarationMaySpeak` of the declaration. */
  readonly maySpeak: boolean;
  readonly facts: DeclarationFacts;
}

export function b2bSide(declaration: MatchableDeclaration, role: 'SUPPLIER' | 'CONSUMER'): B2BSide {
  return {
    participant: {
      organizationId: declaration.organizationId,
      role,
      declarationIds: [declaration.id],
    },
    maySpeak: declarationMaySpeak(declaration),
    facts: factsOf(declaration),
  };
}

/**
 * Whether any rule can have something to say of the pair: either side may speak, or the
 * category pair is ruled. Otherwise the pair passes every rule with no finding, and the records
 * skip them.
 */
function rulesMaySpeak(supplier: B2BSide, consumer: B2BSide, compatibility: Compatibility) {
  return (
    supplier.maySpeak ||
    consumer.maySpeak ||
    categoryPairIsRuled(compatibility, supplier.facts.isWasteCategory)
  );
}

/** Best score first, then by resource and need id: the same input lists in the same order. */
export function bySynergyRank(a: B2BCandidate, b: B2BCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.resource.id !== b.resource.id) return a.resource.id < b.resource.id ? -1 : 1;
  return a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0;
}

/** The findings of a pair no rule speaks of, shared by the records (read-only). */
const NO_FINDINGS: readonly RuleFinding[] = Object.freeze([]);

type CompatibilityTerm = B2BRationale['terms']['compatibility'];
type FrequencyTerm = B2BRationale['terms']['frequencyFit'];
type QuantityTerm = B2BRationale['terms']['quantityCoverage'];
type DistanceTerm = B2BRationale['terms']['distanceDecay'];

/** The compatibility terms of one category pair, by waste code agreement. */
type TermsByAgreement = Map<CompatibilityTerm['wasteCodes'], CompatibilityTerm>;

/**
 * Builds the records of kept candidates: terms (see `B2BTermCache`), the pair rules' findings,
 * the allocated quantity and the impact. Participant entries, zone lists and waste codes are
 * made once each and shared by the records.
 */
export class B2BSynergyBuilder {
  constructor(private readonly options: ResolvedMatchingOptions) {}

  private readonly termsBySettings = new Map<ResolvedTerritorySettings, B2BTermCache>();
  private readonly wasteCodes = new Map<string, string | undefined>();
  private readonly zoneIds = new Map<string | null, Map<string | null, string[]>>();
  private readonly suppliers = new Map<MatchableDeclaration, B2BSide>();
  private readonly consumers = new Map<MatchableDeclaration, B2BSide>();

  /**
   * `allocatedQuantity` is null exactly when the two quantities do not compare (see
   * `allocateQuantities`). A caller that already holds each declaration's side (`b2bSide`)
   * passes them, which spares two lookups per record in maps as large as the region.
   */
  build(
    candidate: B2BCandidate,
    allocatedQuantity: number | null,
    supplier = this.sideOf(candidate.resource, 'SUPPLIER'),
    consumer = this.sideOf(candidate.need, 'CONSUMER'),
  ): B2BSynergy {
    const { resource, need, distanceKm, score, compatibility } = candidate;
    const terms = this.termsOf(settingsFor(this.options, resource.territoryId));
    const basis: QuantityBasis =
      allocatedQuantity !== null
        ? 'COMPARED'
        : compatibility.quantitiesComparable
          ? 'TO_CONFIRM'
          : 'NOT_APPLICABLE';
    const coverage =
      basis === 'COMPARED'
        ? Math.round(
            needCoverage(resource.annualQuantity as number, need.annualQuantity as number) * 1e4,
          )
        : -1;
    const agreement = this.wasteCodeAgreement(resource, need);
    return {
      kind: 'B2B',
      key: candidate.key,
      resourceDeclarationId: resource.id,
      needDeclarationId: need.id,
      territoryId: resource.territoryId,
      zoneIds: this.zoneIdsOf(resource.zoneId, need.zoneId),
      resourceCategoryCode: resource.categoryCode,
      needCategoryCode: need.categoryCode,
      participants: [supplier.participant, consumer.participant],
      distanceKm: Math.round(distanceKm * 100) / 100,
      score,
      allocatedQuantity,
      rationale: {
        terms: {
          compatibility: terms.compatibility(compatibility, agreement, resource, need),
          quantityCoverage: terms.quantity(basis, coverage),
          distanceDecay: terms.distance(
            Math.round(distanceDecay(distanceKm) * 1e4),
            Math.round(distanceKm * 100),
          ),
          frequencyFit: terms.frequency(resource.frequency, need.frequency),
        },
        rules: rulesMaySpeak(supplier, consumer, compatibility)
          ? assessPair({
              resource,
              need,
              resourceFacts: supplier.facts,
              needFacts: consumer.facts,
              compatibility,
              distanceKm,
            })
          : NO_FINDINGS,
      },
      impact: estimateImpact(resource, need, distanceKm, allocatedQuantity),
      economics: pairEconomicsOf(resource, need),
    };
  }

  private termsOf(settings: ResolvedTerritorySettings): B2BTermCache {
    let terms = this.termsBySettings.get(settings);
    if (!terms) {
      terms = new B2BTermCache(settings);
      this.termsBySettings.set(settings, terms);
    }
    return terms;
  }

  private wasteCodeAgreement(
    resource: MatchableDeclaration,
    need: MatchableDeclaration,
  ): CompatibilityTerm['wasteCodes'] {
    const a = this.canonicalWasteCode(resource.wasteCode);
    const b = this.canonicalWasteCode(need.wasteCode);
    return !a || !b ? 'NOT_BOTH_GIVEN' : a === b ? 'SAME' : 'DIFFERENT';
  }

  private canonicalWasteCode(spelling: string | null): string | undefined {
    if (!spelling) return undefined;
    if (this.wasteCodes.has(spelling)) return this.wasteCodes.get(spelling);
    const code = findWasteCode(spelling)?.code;
    this.wasteCodes.set(spelling, code);
    return code;
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

  private sideOf(declaration: MatchableDeclaration, role: 'SUPPLIER' | 'CONSUMER'): B2BSide {
    const cache = role === 'SUPPLIER' ? this.suppliers : this.consumers;
    let side = cache.get(declaration);
    if (!side) {
      side = b2bSide(declaration, role);
      cache.set(declaration, side);
    }
    return side;
  }
}

/**
 * The term objects of one territory's weights: what depends only on the category pair
 * (compatibility term), on the two rhythms (frequency term) or on a rounded value (quantity and
 * distance terms) is built once and shared by the records (all of it is read-only data), so a
 * region's hundreds of thousands of records allocate and hold far less.
 */
class B2BTermCache {
  private readonly compatibilityTerms = new Map<B2BCandidate['compatibility'], TermsByAgreement>();
  private readonly frequencyTerms = new Map<
    Frequency | null,
    Map<Frequency | null, FrequencyTerm>
  >();
  private readonly quantityTerms = new Map<QuantityTerm['basis'], QuantityTerm[]>();
  private readonly distanceTerms = new Map<number, DistanceTerm>();

  constructor(private readonly settings: ResolvedTerritorySettings) {}

  compatibility(
    entry: B2BCandidate['compatibility'],
    agreement: CompatibilityTerm['wasteCodes'],
    resource: MatchableDeclaration,
    need: MatchableDeclaration,
  ): CompatibilityTerm {
    let byAgreement = this.compatibilityTerms.get(entry);
    if (!byAgreement) {
      byAgreement = new Map();
      this.compatibilityTerms.set(entry, byAgreement);
    }
    let term = byAgreement.get(agreement);
    if (!term) {
      term = {
        value: matchScore(resource, need),
        weight: this.settings.weights.compatibility,
        strength: entry.strength,
        wasteCodes: agreement,
      };
      byAgreement.set(agreement, term);
    }
    return term;
  }

  /** The quantity term, by its basis and its value in ten-thousandths (-1 when unknown). */
  quantity(basis: QuantityTerm['basis'], steps: number): QuantityTerm {
    let terms = this.quantityTerms.get(basis);
    if (!terms) {
      terms = [];
      this.quantityTerms.set(basis, terms);
    }
    let term = terms[steps + 1];
    if (!term) {
      term = {
        value: steps < 0 ? null : steps / 1e4,
        weight: this.settings.weights.quantityCoverage,
        basis,
      };
      terms[steps + 1] = term;
    }
    return term;
  }

  /** The distance term, by its value in ten-thousandths and its distance in hundredths of km. */
  distance(steps: number, hundredthsOfKm: number): DistanceTerm {
    const key = hundredthsOfKm * 10_001 + steps;
    let term = this.distanceTerms.get(key);
    if (!term) {
      term = {
        value: steps / 1e4,
        weight: this.settings.weights.distanceDecay,
        distanceKm: hundredthsOfKm / 100,
      };
      this.distanceTerms.set(key, term);
    }
    return term;
  }

  frequency(resource: Frequency | null, need: Frequency | null): FrequencyTerm {
    let byNeed = this.frequencyTerms.get(resource);
    if (!byNeed) {
      byNeed = new Map();
      this.frequencyTerms.set(resource, byNeed);
    }
    let term = byNeed.get(need);
    if (!term) {
      const fit = frequencyFit(resource, need);
      term = {
        value: Number.isNaN(fit) ? null : Math.round(fit * 1e4) / 1e4,
        weight: this.settings.weights.frequencyFit,
      };
      byNeed.set(need, term);
    }
    return term;
  }
}
