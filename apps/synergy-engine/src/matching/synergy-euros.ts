import { findCategory, type Theme } from '@symbiose/taxonomy';
import type { MatchableDeclaration } from './matchable-declaration';
import { referencePriceOf, type ReferencePriceId } from './reference-price-data';

/**
 * The euro figures both firms of a B2B pair gave for their flow, in euro cents: per unit of the
 * resource's canonical unit, except the investment. Null where a firm gave none.
 */
export interface PairEconomics {
  /** The resource's: what getting rid of it costs its firm today. */
  readonly disposalCostCentsPerUnit: number | null;
  /** The resource's: the price its firm asks. */
  readonly salePriceCentsPerUnit: number | null;
  /** The need's: what its firm pays for it today. */
  readonly purchasePriceCentsPerUnit: number | null;
  /** Both firms' one-off investments, added; null when neither gave one. */
  readonly investmentCents: number | null;
  /** Each firm's own, counted once in a total however many synergies its declaration has. */
  readonly supplierInvestmentCents: number | null;
  readonly consumerInvestmentCents: number | null;
}

/** The pair's figures, as its two declarations state them; null when neither states any. */
export function pairEconomicsOf(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
): PairEconomics | null {
  // Most declarations state no euros: a region's records then make no objects for them.
  if (!resource.economics && !need.economics) return null;
  const supplier = resource.economics ?? {};
  const consumer = need.economics ?? {};
  const investments = [supplier.investmentCents, consumer.investmentCents].filter(
    (cents): cents is number => cents !== undefined,
  );
  const economics: PairEconomics = {
    disposalCostCentsPerUnit: supplier.disposalCostCentsPerUnit ?? null,
    salePriceCentsPerUnit: supplier.salePriceCentsPerUnit ?? null,
    purchasePriceCentsPerUnit: consumer.purchasePriceCentsPerUnit ?? null,
    investmentCents: investments.length ? investments.reduce((sum, c) => sum + c, 0) : null,
    supplierInvestmentCents: supplier.investmentCents ?? null,
    consumerInvestmentCents: consumer.investmentCents ?? null,
  };
  return Object.values(economics).some((value) => value !== null) ? economics : null;
}

/** A euro figure a synergy cannot give until someone states it. */
export const EURO_FIGURES_TO_CONFIRM = [
  'QUANTITY',
  'DISPOSAL_COST',
  'SALE_PRICE',
  'PURCHASE_PRICE',
  'PRODUCTION_COST',
  'INVESTMENT',
  'TRANSPORT_COST',
] as const;

export type EuroFigureToConfirm = (typeof EURO_FIGURES_TO_CONFIRM)[number];

/**
 * The themes whose categories are services someone produces for each unit supplied (a meal, an
 * hour of guarding or of an engineer): its supplier bears a cost the synergy does not remove. A
 * waste, a by-product, a surplus of material, energy or water, or spare room on equipment already
 * owned (the other themes) costs its supplier nothing more to hand over: that cost is sunk.
 */
const PRODUCED_SERVICE_THEMES: ReadonlySet<Theme> = new Set<Theme>(['SERVICES', 'HR_ANIMATION']);

/** How the supplier's own cost of what it hands over is read. */
export type SupplyCost = 'SUNK' | 'PRODUCED_SERVICE';

export function supplyCostOf(resourceCategoryCode: string): SupplyCost {
  const theme = findCategory(resourceCategoryCode)?.theme;
  return theme && PRODUCED_SERVICE_THEMES.has(theme) ? 'PRODUCED_SERVICE' : 'SUNK';
}

/** A unit price a synergy's euros use, and whether a firm stated it or a reference stands in. */
export interface PricedFigure {
  readonly figure: 'DISPOSAL_COST' | 'SALE_PRICE' | 'PURCHASE_PRICE';
  readonly centsPerUnit: number;
  readonly origin: 'FIRM' | 'REFERENCE';
  /** The reference price's identifier (`REFERENCE_PRICES`); null for a firm's figure. */
  readonly referenceId: ReferencePriceId | null;
}

/** What a B2B synergy would save or earn its firms in a year, in euro cents. */
export interface SynergyEuros {
  readonly supplyCost: SupplyCost;
  /** The supplier's disposal cost no longer paid on the quantity exchanged. */
  readonly avoidedDisposalCents: number | null;
  /**
   * The consumer's purchase no longer made from its usual supplier; for a produced service, what
   * the consumer saves: that purchase less what it pays the supplier instead.
   */
  readonly avoidedPurchaseCents: number | null;
  /** What the consumer pays the supplier: a transfer between the two firms. */
  readonly supplierRevenueCents: number | null;
  /**
   * Both firms together: avoided disposal + avoided purchase (the revenue cancels out). For a
   * produced service, the consumer's saving alone: the supplier's margin is not known.
   */
  readonly annualSavingsCents: number | null;
  readonly investmentCents: number | null;
  /** Investment ÷ annual savings, to the tenth of a year; null unless both are known. */
  readonly paybackYears: number | null;
  /** The unit prices used, each a firm's or a reference price. */
  readonly figures: readonly PricedFigure[];
  readonly toConfirm: readonly EuroFigureToConfirm[];
}

/** The categories of a pair's two sides. */
export interface PairCategories {
  readonly resourceCategoryCode: string;
  readonly needCategoryCode: string;
}

/** Each unit price of the pair: the firm's, else (a purchase) its need category's reference. */
function pricedFiguresOf(
  economics: PairEconomics | null,
  resourceIsWaste: boolean,
  needCategoryCode: string,
): PricedFigure[] {
  const firm = (figure: PricedFigure['figure'], cents: number | null | undefined) =>
    cents === null || cents === undefined
      ? []
      : [{ figure, centsPerUnit: cents, origin: 'FIRM' as const, referenceId: null }];
  const reference = referencePriceOf(needCategoryCode, 'PURCHASE_PRICE');
  const purchase = firm('PURCHASE_PRICE', economics?.purchasePriceCentsPerUnit);
  return [
    ...(resourceIsWaste ? firm('DISPOSAL_COST', economics?.disposalCostCentsPerUnit) : []),
    ...firm('SALE_PRICE', economics?.salePriceCentsPerUnit),
    ...(purchase.length || !reference
      ? purchase
      : [
          {
            figure: 'PURCHASE_PRICE' as const,
            centsPerUnit: reference.price.value,
            origin: 'REFERENCE' as const,
            referenceId: reference.id,
          },
        ]),
  ];
}

/**
 * The euros of `quantity` a year (the allocated quantity, in the resource's canonical unit) at
 * the firms' own figures, a purchase price no firm gave at its reference price where one is kept
 * (`REFERENCE_PRICES`). A figure neither gives stays null, and is listed to confirm, as is a
 * firm's figure a reference stands in for. No figure overstates: a produced service's purchase
 * is credited net of the supplier's asking price, or not at all. The synergy's transport is never
 * priced.
 */
export function synergyEurosOf(
  economics: PairEconomics | null,
  quantity: number | null,
  categories: PairCategories,
): SynergyEuros {
  const resourceIsWaste = findCategory(categories.resourceCategoryCode)?.isWaste ?? false;
  const supplyCost = supplyCostOf(categories.resourceCategoryCode);
  const figures = pricedFiguresOf(economics, resourceIsWaste, categories.needCategoryCode);
  const price = (figure: PricedFigure['figure']) =>
    figures.find((priced) => priced.figure === figure)?.centsPerUnit ?? null;
  const times = (centsPerUnit: number | null) =>
    quantity === null || centsPerUnit === null ? null : Math.round(quantity * centsPerUnit);
  const [disposal, sale, purchase] = [
    price('DISPOSAL_COST'),
    price('SALE_PRICE'),
    price('PURCHASE_PRICE'),
  ];
  const avoidedDisposal = times(disposal);
  const avoidedPurchase =
    supplyCost === 'SUNK'
      ? times(purchase)
      : purchase === null || sale === null
        ? null
        : times(purchase - sale);
  const known = [avoidedDisposal, avoidedPurchase].filter((cents) => cents !== null);
  const savings = known.length ? known.reduce((sum, cents) => sum + cents, 0) : null;
  const investment = economics?.investmentCents ?? null;
  const missing = new Set<EuroFigureToConfirm>(['TRANSPORT_COST']);
  if (quantity === null) missing.add('QUANTITY');
  if (resourceIsWaste && economics?.disposalCostCentsPerUnit == null) missing.add('DISPOSAL_COST');
  if (economics?.salePriceCentsPerUnit == null) missing.add('SALE_PRICE');
  if (economics?.purchasePriceCentsPerUnit == null) missing.add('PURCHASE_PRICE');
  if (supplyCost === 'PRODUCED_SERVICE') missing.add('PRODUCTION_COST');
  if (investment === null) missing.add('INVESTMENT');
  return {
    supplyCost,
    avoidedDisposalCents: avoidedDisposal,
    avoidedPurchaseCents: avoidedPurchase,
    supplierRevenueCents: times(sale),
    annualSavingsCents: savings,
    investmentCents: investment,
    paybackYears:
      investment !== null && savings !== null && savings > 0
        ? Math.round((investment / savings) * 10) / 10
        : null,
    figures,
    toConfirm: EURO_FIGURES_TO_CONFIRM.filter((figure) => missing.has(figure)),
  };
}
