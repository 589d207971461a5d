import { compatibility, findCategory, type CompatibilityStrength } from '@symbiose/taxonomy';

const STRENGTH_WORDS = Object.freeze({
  SAME_CATEGORY: { fr: 'même catégorie', en: 'same category' },
  SAME_FAMILY: { fr: 'même famille', en: 'same family' },
  SUBSTITUTE: { fr: 'substitut', en: 'substitute' },
});

/** What a B2B synergy's rationale says in words, beside its terms. */
export interface B2BWording {
  /** Why the categories fit, from the taxonomy. */
  readonly categoryFr: string;
  readonly categoryEn: string;
  readonly summaryFr: string;
  readonly summaryEn: string;
}

/** What the wording of a B2B synergy is drawn from: all of it stored with the synergy. */
export interface B2BWordingInput {
  readonly resourceCategoryCode: string;
  readonly needCategoryCode: string;
  readonly strength: CompatibilityStrength;
  /** Great-circle km, as the synergy keeps it (to the hundredth). */
  readonly distanceKm: number;
  readonly score: number;
}

function french(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/**
 * The words of a B2B synergy's rationale. They are a function of what the synergy stores, so
 * they are worded when read rather than stored with each of a region's hundreds of thousands.
 */
export function wordB2BRationale(input: B2BWordingInput): B2BWording {
  const { resourceCategoryCode, needCategoryCode, distanceKm, score } = input;
  const resource = findCategory(resourceCategoryCode);
  const need = findCategory(needCategoryCode);
  const fit = compatibility(resourceCategoryCode, needCategoryCode);
  const words = STRENGTH_WORDS[input.strength];
  return {
    categoryFr: fit?.rationaleFr ?? '',
    categoryEn: fit?.rationaleEn ?? '',
    summaryFr:
      `${resource?.labelFr ?? resourceCategoryCode} pour un besoin de ` +
      `${(need?.labelFr ?? needCategoryCode).toLowerCase()} à ${french(distanceKm, 1)} km ` +
      `(${words.fr}, score ${french(score, 2)}).`,
    summaryEn:
      `${resource?.labelEn ?? resourceCategoryCode} for a need of ` +
      `${(need?.labelEn ?? needCategoryCode).toLowerCase()} ${distanceKm.toFixed(1)} km ` +
      `away (${words.en}, score ${score.toFixed(2)}).`,
  };
}
