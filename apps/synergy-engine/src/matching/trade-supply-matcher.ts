import { tradeCompatibility, type CategoryCode, type Compatibility } from '@symbiose/taxonomy';
import { tradeOffersOf, type ActivitySupplier } from './activity-supplier';
import { distanceDecay, roundScore } from './b2b-score';
import { greatCircleKm } from './great-circle';
import type { MatchableDeclaration } from './matchable-declaration';
import { resolveMatchingOptions, settingsFor, type MatchingOptions } from './matching-options';
import { assessPair, ruledPair, type RuleFinding } from './pair-rules';
import type { B2BSynergy, CollectiveSynergy, TradeSupplySynergy } from './synergy';
import { wordTradeSupply } from './trade-supply-wording';

/**
 * A supplier by trade is a lead, not an offer: nothing says it has the capacity or the terms the
 * need asks. Its score is the distance term alone, scaled by this, so that it never outranks a
 * firm that declared what it offers next door.
 */
export const TRADE_SUPPLY_CONFIDENCE = 0.5;

interface TradeOffer {
  readonly offer: MatchableDeclaration;
  readonly nafCode: string;
  readonly compatibility: Compatibility;
}

/** A trade offer that may meet a need, with the pair's distance and rule findings. */
interface TradeCandidate {
  readonly tradeOffer: TradeOffer;
  readonly distanceKm: number;
  readonly rules: readonly RuleFinding[];
}

/** The trade offers of each territory, by the category they supply. */
function tradeOffersByCategory(suppliers: readonly ActivitySupplier[]) {
  const byTerritory = new Map<string, Map<string, TradeOffer[]>>();
  for (const supplier of suppliers) {
    for (const offer of tradeOffersOf(supplier)) {
      const byCategory = byTerritory.get(offer.territoryId) ?? new Map<string, TradeOffer[]>();
      const list = byCategory.get(offer.categoryCode) ?? [];
      list.push({
        offer,
        nafCode: supplier.nafCode,
        compatibility: tradeCompatibility(offer.categoryCode as CategoryCode),
      });
      byCategory.set(offer.categoryCode, list);
      byTerritory.set(offer.territoryId, byCategory);
    }
  }
  return byTerritory;
}

function tradeSupplySynergyOf(
  need: MatchableDeclaration,
  { tradeOffer: { offer, nafCode }, distanceKm, rules }: TradeCandidate,
): TradeSupplySynergy {
  const decay = distanceDecay(distanceKm);
  return {
    kind: 'B2B',
    supply: 'TRADE',
    key: `trade:${offer.organizationId}:${need.id}`,
    needDeclarationId: need.id,
    supplierOrganizationId: offer.organizationId,
    territoryId: need.territoryId,
    zoneIds: [...new Set([offer.zoneId, need.zoneId])]
      .filter((zoneId): zoneId is string => zoneId !== null)
      .sort(),
    needCategoryCode: need.categoryCode,
    participants: [
      { organizationId: offer.organizationId, role: 'SUPPLIER', declarationIds: [] },
      { organizationId: need.organizationId, role: 'CONSUMER', declarationIds: [need.id] },
    ],
    distanceKm,
    score: roundScore(TRADE_SUPPLY_CONFIDENCE * decay),
    rationale: {
      supply: 'TRADE',
      nafCode,
      terms: {
        distanceDecay: { value: roundScore(decay), weight: TRADE_SUPPLY_CONFIDENCE, distanceKm },
      },
      rules,
      ...wordTradeSupply({ nafCode, needCategoryCode: need.categoryCode, distanceKm }),
    },
  };
}

/**
 * The nearest `topK` trade offers within reach that no rule refuses to the need, leaving out the
 * need's own organization and a firm already proposed to it for a resource it declared.
 */
function nearestTradeCandidates(
  need: MatchableDeclaration,
  offers: readonly TradeOffer[],
  declared: ReadonlySet<string>,
  { maxDistanceKm, topK }: { maxDistanceKm: number; topK: number },
): TradeCandidate[] {
  const candidates: TradeCandidate[] = [];
  for (const tradeOffer of offers) {
    const { offer, compatibility } = tradeOffer;
    if (offer.organizationId === need.organizationId) continue;
    if (declared.has(`${offer.organizationId}:${need.id}`)) continue;
    const distanceKm = greatCircleKm(
      offer.latitude,
      offer.longitude,
      need.latitude,
      need.longitude,
    );
    if (distanceKm > maxDistanceKm) continue;
    const rules = assessPair(ruledPair(offer, need, compatibility, distanceKm));
    if (rules.some((finding) => finding.verdict === 'FAILED')) continue;
    candidates.push({ tradeOffer, distanceKm, rules });
  }
  return candidates
    .sort(
      (a, b) =>
        a.distanceKm - b.distanceKm || (a.tradeOffer.offer.id < b.tradeOffer.offer.id ? -1 : 1),
    )
    .slice(0, topK);
}

/**
 * What trade supply leaves out: needs pooled in a collective synergy (their suppliers by trade
 * are there), and, as `organizationId:needId`, a firm already proposed to a need for a resource
 * it declared.
 */
export interface TradeSupplyExclusions {
  readonly pooled: ReadonlySet<string>;
  readonly declared: ReadonlySet<string>;
}

/** The exclusions a set of collective and B2B synergies make. */
export function tradeSupplyExclusionsOf(found: {
  collective: readonly CollectiveSynergy[];
  b2b: readonly B2BSynergy[];
}): TradeSupplyExclusions {
  return {
    pooled: new Set(
      found.collective.flatMap((synergy) =>
        synergy.participants.filter((p) => p.role === 'MEMBER').flatMap((p) => p.declarationIds),
      ),
    ),
    declared: new Set(
      found.b2b.flatMap((synergy) =>
        synergy.participants
          .filter((p) => p.role === 'SUPPLIER')
          .map((p) => `${p.organizationId}:${synergy.needDeclarationId}`),
      ),
    ),
  };
}

/**
 * Supply by trade: each need meets the territory's firms whose activity supplies its category
 * (`ACTIVITY_SUPPLIES`), the nearest first (`nearestTradeCandidates`), but the needs and firms
 * `exclusions` leave out. Best score first, then by key.
 */
export function matchTradeSupplyOf(
  declarations: readonly MatchableDeclaration[],
  activitySuppliers: readonly ActivitySupplier[],
  { pooled, declared }: TradeSupplyExclusions,
  options: MatchingOptions = {},
): TradeSupplySynergy[] {
  const resolved = resolveMatchingOptions(options);
  const offers = tradeOffersByCategory(activitySuppliers);
  const synergies: TradeSupplySynergy[] = [];
  for (const need of declarations) {
    if (need.kind !== 'NEED' || pooled.has(need.id)) continue;
    const needOffers = offers.get(need.territoryId)?.get(need.categoryCode);
    if (!needOffers) continue;
    const reach = {
      maxDistanceKm: settingsFor(resolved, need.territoryId).maxDistanceKm,
      topK: resolved.topK,
    };
    for (const candidate of nearestTradeCandidates(need, needOffers, declared, reach)) {
      synergies.push(tradeSupplySynergyOf(need, candidate));
    }
  }
  return synergies.sort(
    (a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * Supply by trade to the needs of a set of declarations, given its collective and B2B synergies
 * (see `matchTradeSupplyOf`).
 */
export function matchTradeSupply(
  declarations: readonly MatchableDeclaration[],
  activitySuppliers: readonly ActivitySupplier[],
  found: { collective: readonly CollectiveSynergy[]; b2b: readonly B2BSynergy[] },
  options: MatchingOptions = {},
): TradeSupplySynergy[] {
  return matchTradeSupplyOf(
    declarations,
    activitySuppliers,
    tradeSupplyExclusionsOf(found),
    options,
  );
}
