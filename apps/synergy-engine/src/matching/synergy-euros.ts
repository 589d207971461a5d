import type { MatchableDeclaration } from './matchable-declaration';

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
  'INVESTMENT',
  'TRANSPORT_COST',
] as const;

export type EuroFigureToConfirm = (typeof EURO_FIGURES_TO_CONFIRM)[number];

/** What a B2B synergy would save or earn its firms in a year, in euro cents. */
export interface SynergyEuros {
  /** The supplier's disposal cost no longer paid on the quantity exchanged. */
  readonly avoidedDisposalCents: number | null;
  /** The consumer's purchase no longer made from its usual supplier. */
  readonly avoidedPurchaseCents: number | null;
  /** What the consumer pays the supplier: a transfer between the two firms. */
  readonly supplierRevenueCents: number | null;
  /** Both firms together: avoided disposal + avoided purchase (the revenue cancels out). */
  readonly annualSavingsCents: number | null;
  readonly investmentCents: number | null;
  /** Investment ÷ annual savings, to the tenth of a year; null unless both are known. */
  readonly paybackYears: number | null;
  readonly toConfirm: readonly EuroFigureToConfirm[];
}

/**
 * The euros of `quantity` a year (the allocated quantity, in the resource's canonical unit) at
 * the firms' own figures. No reference price is used: a figure no firm gave stays null, and is
 * listed to confirm. The synergy's transport is never priced.
 */
export function synergyEurosOf(
  economics: PairEconomics | null,
  quantity: number | null,
  resourceIsWaste: boolean,
): SynergyEuros {
  const times = (centsPerUnit: number | null | undefined) =>
    quantity === null || centsPerUnit === null || centsPerUnit === undefined
      ? null
      : Math.round(quantity * centsPerUnit);
  const avoidedDisposal = resourceIsWaste ? times(economics?.disposalCostCentsPerUnit) : null;
  const avoidedPurchase = times(economics?.purchasePriceCentsPerUnit);
  const known = [avoidedDisposal, avoidedPurchase].filter((cents) => cents !== null);
  const savings = known.length ? known.reduce((sum, cents) => sum + cents, 0) : null;
  const investment = economics?.investmentCents ?? null;
  const missing = new Set<EuroFigureToConfirm>(['TRANSPORT_COST']);
  if (quantity === null) missing.add('QUANTITY');
  if (resourceIsWaste && economics?.disposalCostCentsPerUnit == null) missing.add('DISPOSAL_COST');
  if (economics?.salePriceCentsPerUnit == null) missing.add('SALE_PRICE');
  if (economics?.purchasePriceCentsPerUnit == null) missing.add('PURCHASE_PRICE');
  if (investment === null) missing.add('INVESTMENT');
  return {
    avoidedDisposalCents: avoidedDisposal,
    avoidedPurchaseCents: avoidedPurchase,
    supplierRevenueCents: times(economics?.salePriceCentsPerUnit),
    annualSavingsCents: savings,
    investmentCents: investment,
    paybackYears:
      investment !== null && savings !== null && savings > 0
        ? Math.round((investment / savings) * 10) / 10
        : null,
    toConfirm: EURO_FIGURES_TO_CONFIRM.filter((figure) => missing.has(figure)),
  };
}
