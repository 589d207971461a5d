import { COLLECTIVE_NEED_CATEGORIES, type CollectiveNeedGroup } from '@symbiose/taxonomy';
import {
  impactOfFlow,
  REFERENCE_PRICES,
  synergyEurosOf,
  wordB2BRationale,
  wordRuleFinding,
  type ImpactEstimate,
  type SynergyEuros,
} from '../matching';
import {
  b2bRationaleOf,
  flowFactsOf,
  pairEconomicsOfStored,
  type StoredB2BRationale,
} from './stored-b2b-rationale';
import type { Synergy } from './synergy.entity';

type StoredSynergy = Pick<
  Synergy,
  | 'kind'
  | 'categoryCode'
  | 'resourceCategoryCode'
  | 'distanceKm'
  | 'score'
  | 'rationale'
  | 'combinedAnnualQuantity'
>;

/** A B2B synergy's stored columns its rationale's words and its impact are drawn from. */
function b2bSide(synergy: StoredSynergy) {
  if (synergy.kind !== 'B2B' || !synergy.resourceCategoryCode || synergy.distanceKm === null) {
    return null;
  }
  return {
    resourceCategoryCode: synergy.resourceCategoryCode,
    needCategoryCode: synergy.categoryCode,
    distanceKm: synergy.distanceKm,
  };
}

/** The rationale as the API gives it: a B2B synergy's terms with their words. */
export function presentedRationale(synergy: StoredSynergy): Record<string, unknown> {
  const b2b = b2bSide(synergy);
  if (!b2b) {
    // A collective synergy's pool is read by its impact, not said in its rationale.
    const { pooled: _pool, ...rationale } = synergy.rationale;
    return rationale;
  }
  const stored = synergy.rationale as StoredB2BRationale;
  const [, , strength] = stored.compatibility;
  const rationale = b2bRationaleOf(stored, b2b.distanceKm);
  return {
    ...rationale,
    rules: rationale.rules.map((finding) => {
      const words = wordRuleFinding(finding);
      return { ...finding, textFr: words.fr, textEn: words.en };
    }),
    ...wordB2BRationale({ ...b2b, strength, score: synergy.score }),
  };
}

/** What a B2B synergy's resource promises its need a year; null for a collective one. */
export function presentedAllocatedQuantity(synergy: StoredSynergy): number | null {
  if (!b2bSide(synergy)) return null;
  return (synergy.rationale as StoredB2BRationale).allocatedQuantity ?? null;
}

/** A B2B synergy's impact, for a weighed flow (one with tonnes a year); null otherwise. */
export function presentedImpact(synergy: StoredSynergy): ImpactEstimate | null {
  const b2b = b2bSide(synergy);
  if (!b2b || synergy.combinedAnnualQuantity === null) return null;
  return impactOfFlow(
    synergy.combinedAnnualQuantity,
    b2b.distanceKm,
    b2b.resourceCategoryCode,
    flowFactsOf(synergy.rationale as StoredB2BRationale),
  );
}

/** A synergy's euros, each reference price it uses given with its source. */
export type PresentedEuros = Omit<SynergyEuros, 'figures'> & {
  figures: (SynergyEuros['figures'][number] & { reference: PresentedReferencePrice | null })[];
};

export interface PresentedReferencePrice {
  code: string;
  value: number;
  unit: string;
  publisher: string;
  title: string;
  table: string;
  url: string;
  note: string | null;
  version: string;
  date: string;
}

function presentedReference(id: keyof typeof REFERENCE_PRICES): PresentedReferencePrice {
  const { value, unit, source, version, date } = REFERENCE_PRICES[id];
  const { publisher, title, table, url, note } = source;
  return { code: id, value, unit, publisher, title, table, url, note, version, date };
}

/** Euros as the API gives them: a reference price with where it was read. */
export function withReferences(euros: SynergyEuros): PresentedEuros {
  return {
    ...euros,
    figures: euros.figures.map((figure) => ({
      ...figure,
      reference: figure.referenceId ? presentedReference(figure.referenceId) : null,
    })),
  };
}

/**
 * What a B2B synergy of a declared resource would save or earn its firms in a year, on its
 * allocated quantity at the firms' own figures, else at reference prices; null for any other
 * synergy.
 */
export function presentedEuros(synergy: StoredSynergy): SynergyEuros | null {
  const b2b = b2bSide(synergy);
  if (!b2b) return null;
  const stored = synergy.rationale as StoredB2BRationale;
  return synergyEurosOf(pairEconomicsOfStored(stored), stored.allocatedQuantity ?? null, b2b);
}

/**
 * What `tonnes` measured on a B2B synergy avoided: its potential impact's vehicle, baseline and
 * factors applied to them. Null when the synergy has no potential impact.
 */
export function presentedRealisedImpact(
  synergy: StoredSynergy,
  tonnes: number,
): ImpactEstimate | null {
  const b2b = b2bSide(synergy);
  const potential = presentedImpact(synergy);
  if (!b2b || !potential) return null;
  return impactOfFlow(tonnes, b2b.distanceKm, b2b.resourceCategoryCode, {
    ...flowFactsOf(synergy.rationale as StoredB2BRationale),
    vehicleClass: potential.vehicleClass,
  });
}

/** The collective need a collective synergy's members share; null for any other synergy. */
export function presentedCollectiveNeed(synergy: StoredSynergy): CollectiveNeedGroup | null {
  if (synergy.kind !== 'COLLECTIVE') return null;
  const { collectiveNeedCode } = synergy.rationale;
  return COLLECTIVE_NEED_CATEGORIES.find(({ code }) => code === collectiveNeedCode) ?? null;
}

/** Where a B2B synergy's supply comes from: a declared resource, or the supplier's trade. */
export function presentedSupply(synergy: StoredSynergy): 'DECLARED_RESOURCE' | 'TRADE' | null {
  if (synergy.kind !== 'B2B') return null;
  return synergy.rationale.supply === 'TRADE' ? 'TRADE' : 'DECLARED_RESOURCE';
}
