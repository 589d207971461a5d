import { findCategory, findWasteCode } from '@symbiose/taxonomy';
import type { B2BCandidate } from './b2b-candidate';
import { B2B_WEIGHTS, b2bScoreTerms } from './b2b-score';
import { estimateImpact } from './impact-estimate';
import type { MatchableDeclaration } from './matchable-declaration';
import type { B2BRationale, B2BSynergy } from './synergy';

const STRENGTH_WORDS = Object.freeze({
  SAME_CATEGORY: { fr: 'même catégorie', en: 'same category' },
  SAME_FAMILY: { fr: 'même famille', en: 'same family' },
  SUBSTITUTE: { fr: 'substitut', en: 'substitute' },
});

function wasteCodeAgreement(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
): B2BRationale['terms']['compatibility']['wasteCodes'] {
  const a = resource.wasteCode ? findWasteCode(resource.wasteCode) : undefined;
  const b = need.wasteCode ? findWasteCode(need.wasteCode) : undefined;
  if (!a || !b) return 'NOT_BOTH_GIVEN';
  return a.code === b.code ? 'SAME' : 'DIFFERENT';
}

function french(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

function rationaleOf(candidate: B2BCandidate): B2BRationale {
  const { resource, need, compatibility, distanceKm } = candidate;
  const terms = b2bScoreTerms(resource, need, compatibility, distanceKm);
  const resourceCategory = findCategory(resource.categoryCode);
  const needCategory = findCategory(need.categoryCode);
  const words = STRENGTH_WORDS[compatibility.strength];
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
    categoryFr: compatibility.rationaleFr,
    categoryEn: compatibility.rationaleEn,
    summaryFr:
      `${resourceCategory?.labelFr ?? resource.categoryCode} pour un besoin de ` +
      `${(needCategory?.labelFr ?? need.categoryCode).toLowerCase()} à ${french(distanceKm, 1)} km ` +
      `(${words.fr}, score ${french(candidate.score, 2)}).`,
    summaryEn:
      `${resourceCategory?.labelEn ?? resource.categoryCode} for a need of ` +
      `${(needCategory?.labelEn ?? need.categoryCode).toLowerCase()} ${distanceKm.toFixed(1)} km ` +
      `away (${words.en}, score ${candidate.score.toFixed(2)}).`,
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

/** Best score first, then by resource and need id: the same input lists in the same order. */
export function bySynergyRank(a: B2BCandidate, b: B2BCandidate): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.resource.id !== b.resource.id) return a.resource.id < b.resource.id ? -1 : 1;
  return a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0;
}
