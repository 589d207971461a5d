import { hash } from 'node:crypto';
import { findCategory, type Theme } from '@symbiose/taxonomy';
import type { B2BSynergy, CollectiveSynergy, TradeSupplySynergy } from '../matching';
import type { Synergy } from './synergy.entity';
import { storedB2BRationale } from './stored-b2b-rationale';
import { storedCollectivePool } from './stored-collective-pool';
import { copyTextOf, type ContentFields } from './synergy-rows';

/**
 * What a recompute sets on a synergy's row: everything but its identity and its status; with
 * the row's columns as COPY text, which the hash digests and an insert writes.
 */
export type SynergyContent = Pick<
  Synergy,
  | 'key'
  | 'kind'
  | 'territoryId'
  | 'zoneIds'
  | 'organizationIds'
  | 'categoryCode'
  | 'resourceCategoryCode'
  | 'theme'
  | 'score'
  | 'participants'
  | 'rationale'
  | 'distanceKm'
  | 'combinedAnnualQuantity'
  | 'canonicalUnit'
  | 'netAvoidedKgCo2ePerYear'
  | 'contentHash'
> & { readonly copyText: string };

function themeOf(categoryCode: string): Theme {
  const category = findCategory(categoryCode);
  if (!category) throw new Error(`synergy of unknown category ${categoryCode}`);
  return category.theme;
}

/**
 * Adds the COPY text of the content and its hash to the content object itself: a region's
 * recompute hashes hundreds of thousands, and a copy of each, or a second serialisation of
 * each, showed in its profile.
 */
function withHash(fields: ContentFields): SynergyContent {
  const copyText = copyTextOf(fields);
  return Object.assign(fields, { copyText, contentHash: hash('sha1', copyText, 'base64') });
}

/** The stored key of a B2B synergy: its pair's key (`pairKey`), marked as a B2B one. */
export function b2bSynergyKey(pairKey: string): string {
  return `B2B:${pairKey}`;
}

/** What the two kinds of B2B synergy store alike: both sides, the need's category, the distance. */
function b2bFields(synergy: B2BSynergy | TradeSupplySynergy, organizationIds: string[]) {
  return {
    key: b2bSynergyKey(synergy.key),
    kind: 'B2B' as const,
    territoryId: synergy.territoryId,
    zoneIds: [...synergy.zoneIds],
    organizationIds,
    categoryCode: synergy.needCategoryCode,
    theme: themeOf(synergy.needCategoryCode),
    score: synergy.score,
    participants: [...synergy.participants],
    distanceKm: synergy.distanceKm,
    canonicalUnit: null,
  };
}

export function contentOfSynergy(
  synergy: CollectiveSynergy | B2BSynergy | TradeSupplySynergy,
): SynergyContent {
  const organizationIds = [...new Set(synergy.participants.map((p) => p.organizationId))].sort();
  if ('supply' in synergy) {
    // No resource category: the supplier declared nothing; the rationale says its trade.
    return withHash({
      ...b2bFields(synergy, organizationIds),
      resourceCategoryCode: null,
      rationale: { ...synergy.rationale },
      combinedAnnualQuantity: null,
      netAvoidedKgCo2ePerYear: null,
    });
  }
  if (synergy.kind === 'COLLECTIVE') {
    return withHash({
      key: `COLLECTIVE:${synergy.key}`,
      kind: 'COLLECTIVE',
      territoryId: synergy.territoryId,
      zoneIds: [synergy.zoneId],
      organizationIds,
      categoryCode: synergy.categoryCode,
      resourceCategoryCode: null,
      theme: themeOf(synergy.categoryCode),
      score: synergy.score,
      participants: [...synergy.participants],
      rationale: { ...synergy.rationale, pooled: storedCollectivePool(synergy) },
      distanceKm: null,
      combinedAnnualQuantity: synergy.combinedAnnualQuantity,
      canonicalUnit: synergy.canonicalUnit,
      netAvoidedKgCo2ePerYear: null,
    });
  }
  return withHash({
    ...b2bFields(synergy, organizationIds),
    resourceCategoryCode: synergy.resourceCategoryCode,
    rationale: storedB2BRationale(
      synergy.rationale,
      synergy.allocatedQuantity,
      synergy.impact,
      synergy.economics,
    ),
    combinedAnnualQuantity: synergy.impact?.tonnesPerYear ?? null,
    netAvoidedKgCo2ePerYear: synergy.impact?.netAvoidedKgCo2ePerYear ?? null,
  });
}
