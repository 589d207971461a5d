import {
  DECLARED_BASELINES,
  isBaselineRoute,
  isMaterialFamily,
  type B2BRationale,
  type BaselineRoute,
  type FlowFacts,
  type ImpactEstimate,
  type MaterialFamily,
  type PairEconomics,
  type QuantityBasis,
  type RuleFinding,
} from '../matching';

type Terms = B2BRationale['terms'];

/**
 * A B2B rationale as its row keeps it: each term's value and weight, in a fixed order, and the
 * rules' findings, without what follows from elsewhere (the distance is the row's
 * `distance_km`). Compact, on a table that holds a region's hundreds of thousands of B2B
 * synergies.
 */
export type StoredB2BRationale = {
  readonly compatibility: readonly [
    value: number,
    weight: number,
    strength: Terms['compatibility']['strength'],
    wasteCodes: Terms['compatibility']['wasteCodes'],
  ];
  readonly quantityCoverage: readonly [value: number | null, weight: number, basis: QuantityBasis];
  readonly distanceDecay: readonly [value: number, weight: number];
  readonly frequencyFit: readonly [value: number | null, weight: number];
  readonly rules: readonly RuleFinding[];
  /** The synergy's allocated quantity, kept with its rationale. */
  readonly allocatedQuantity: number | null;
  /**
   * What a weighed flow's impact reads beyond the row's columns; absent for any other flow.
   * Today's route and collector km only when its firm declared either: a row without them takes
   * the law's route and the default distance.
   */
  readonly flow?:
    | readonly [tripsPerYear: number | null, materialFamily: MaterialFamily | null]
    | readonly [
        tripsPerYear: number | null,
        materialFamily: MaterialFamily | null,
        declaredRoute: BaselineRoute | null,
        declaredCollectorRoadKm: number | null,
      ];
  /** The firms' own euro figures (`PairEconomics`, in its order); absent when they gave none. */
  readonly economics?: readonly [
    disposalCostCentsPerUnit: number | null,
    salePriceCentsPerUnit: number | null,
    purchasePriceCentsPerUnit: number | null,
    investmentCents: number | null,
    // Absent on rows stored before each firm's investment was kept apart.
    supplierInvestmentCents?: number | null,
    consumerInvestmentCents?: number | null,
  ];
};

export function storedB2BRationale(
  { terms, rules }: B2BRationale,
  allocatedQuantity: number | null,
  impact: ImpactEstimate | null,
  economics: PairEconomics | null = null,
): StoredB2BRationale {
  return {
    compatibility: [
      terms.compatibility.value,
      terms.compatibility.weight,
      terms.compatibility.strength,
      terms.compatibility.wasteCodes,
    ],
    quantityCoverage: [
      terms.quantityCoverage.value,
      terms.quantityCoverage.weight,
      terms.quantityCoverage.basis,
    ],
    distanceDecay: [terms.distanceDecay.value, terms.distanceDecay.weight],
    frequencyFit: [terms.frequencyFit.value, terms.frequencyFit.weight],
    rules,
    allocatedQuantity,
    ...(impact ? { flow: storedFlow(impact) } : {}),
    ...(economics
      ? {
          economics: [
            economics.disposalCostCentsPerUnit,
            economics.salePriceCentsPerUnit,
            economics.purchasePriceCentsPerUnit,
            economics.investmentCents,
            economics.supplierInvestmentCents,
            economics.consumerInvestmentCents,
          ] as const,
        }
      : {}),
  };
}

function storedFlow(impact: ImpactEstimate): NonNullable<StoredB2BRationale['flow']> {
  const flow = [impact.tripsPerYear, impact.materialFamily] as const;
  if (!impact.baselineDeclared && !impact.collectorRoadKmDeclared) return flow;
  return [
    ...flow,
    impact.baselineDeclared ? impact.baselineRoute : null,
    impact.collectorRoadKmDeclared ? impact.collectorRoadKm : null,
  ];
}

/** The firms' own euro figures a stored B2B rationale keeps; null when they gave none. */
export function pairEconomicsOfStored(stored: StoredB2BRationale): PairEconomics | null {
  if (!stored.economics) return null;
  const [disposal, sale, purchase, investment, supplierInvestment, consumerInvestment] =
    stored.economics;
  return {
    disposalCostCentsPerUnit: disposal,
    salePriceCentsPerUnit: sale,
    purchasePriceCentsPerUnit: purchase,
    investmentCents: investment,
    supplierInvestmentCents: supplierInvestment ?? null,
    consumerInvestmentCents: consumerInvestment ?? null,
  };
}

/** The facts a stored weighed flow's impact was estimated with; unknown on older rows. */
export function flowFactsOf(stored: StoredB2BRationale): FlowFacts {
  const [tripsPerYear = null, materialFamily = null, route = null, collectorRoadKm = null] =
    stored.flow ?? [];
  return {
    tripsPerYear,
    materialFamily: isMaterialFamily(materialFamily) ? materialFamily : null,
    declaredBaseline: isBaselineRoute(route) ? DECLARED_BASELINES[route] : null,
    collectorRoadKm,
  };
}

/** The rationale's terms in full again, from the stored ones and the row's distance. */
export function b2bRationaleOf(stored: StoredB2BRationale, distanceKm: number): B2BRationale {
  const [compatibility, compatibilityWeight, strength, wasteCodes] = stored.compatibility;
  const [quantityCoverage, quantityWeight, basis] = stored.quantityCoverage;
  return {
    terms: {
      compatibility: { value: compatibility, weight: compatibilityWeight, strength, wasteCodes },
      quantityCoverage: { value: quantityCoverage, weight: quantityWeight, basis },
      distanceDecay: {
        value: stored.distanceDecay[0],
        weight: stored.distanceDecay[1],
        distanceKm,
      },
      frequencyFit: { value: stored.frequencyFit[0], weight: stored.frequencyFit[1] },
    },
    rules: stored.rules,
  };
}
