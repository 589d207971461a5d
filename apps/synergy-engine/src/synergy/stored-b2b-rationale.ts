import { B2B_WEIGHTS, type B2BRationale } from '../matching';

type Terms = B2BRationale['terms'];

/**
 * A B2B rationale as its row keeps it: each term's own values, in a fixed order, without what
 * follows from elsewhere: the weights are `B2B_WEIGHTS`, the distance is the row's
 * `distance_km`. A third of the JSON of the terms written out in full, on a table that holds a
 * region's hundreds of thousands of B2B synergies.
 */
export type StoredB2BRationale = {
  readonly compatibility: readonly [
    value: number,
    strength: Terms['compatibility']['strength'],
    wasteCodes: Terms['compatibility']['wasteCodes'],
  ];
  readonly quantityCoverage: readonly [value: number, compared: boolean];
  readonly distanceDecay: number;
  readonly frequencyFit: number;
};

export function storedB2BRationale({ terms }: B2BRationale): StoredB2BRationale {
  return {
    compatibility: [
      terms.compatibility.value,
      terms.compatibility.strength,
      terms.compatibility.wasteCodes,
    ],
    quantityCoverage: [terms.quantityCoverage.value, terms.quantityCoverage.compared],
    distanceDecay: terms.distanceDecay.value,
    frequencyFit: terms.frequencyFit.value,
  };
}

/** The rationale's terms in full again, from the stored ones and the row's distance. */
export function b2bRationaleOf(stored: StoredB2BRationale, distanceKm: number): B2BRationale {
  const [compatibility, strength, wasteCodes] = stored.compatibility;
  const [quantityCoverage, compared] = stored.quantityCoverage;
  return {
    terms: {
      compatibility: {
        value: compatibility,
        weight: B2B_WEIGHTS.compatibility,
        strength,
        wasteCodes,
      },
      quantityCoverage: {
        value: quantityCoverage,
        weight: B2B_WEIGHTS.quantityCoverage,
        compared,
      },
      distanceDecay: {
        value: stored.distanceDecay,
        weight: B2B_WEIGHTS.distanceDecay,
        distanceKm,
      },
      frequencyFit: { value: stored.frequencyFit, weight: B2B_WEIGHTS.frequencyFit },
    },
  };
}
