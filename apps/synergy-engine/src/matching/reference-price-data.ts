import { CANONICAL_UNITS, findCategory } from '@symbiose/taxonomy';
import { sourceProblems, type ImpactFactor, type PublishedSource } from './impact-factor-data';

/*
 * The prices the euros of a synergy fall back on where a firm gave no figure, each read in a
 * publication whose address is given. A price is in euro cents per unit of the canonical unit of
 * the categories it prices, and says which figure of a firm it stands for. docs/impact-method.md
 * lists them with what a reviewer must still check; `reference-price-data.spec.ts` refuses an
 * entry without its source.
 *
 * No disposal cost is kept: the one figure read, the TGAP on waste landfilled (Code des douanes
 * art. 266 nonies), is due only on residual disposal, which no waste the API prices has as its
 * baseline, and is a tax, not the price of a collection.
 */

/** The firm's figure a reference price stands for. */
export type ReferencedFigure = 'PURCHASE_PRICE';

export interface ReferencePrice extends ImpactFactor {
  readonly figure: ReferencedFigure;
  /** The need categories it prices: what their firms would otherwise pay for. */
  readonly categoryCodes: readonly string[];
  /** A reference price is always read in a publication, never assumed. */
  readonly source: PublishedSource;
}

export const REFERENCE_PRICES = Object.freeze({
  ELECTRICITY_FIRMS_CENTS_PER_MWH: {
    value: 17_200,
    unit: 'c€/MWh',
    figure: 'PURCHASE_PRICE',
    categoryCodes: ['ENERGY_ELECTRICITY'],
    source: {
      kind: 'PUBLICATION',
      publisher:
        'SDES (Ministère de la Transition écologique, service des données et études statistiques)',
      title: 'Prix du gaz et de l’électricité au premier semestre 2024',
      identifier: null,
      table:
        'Section « Baisse de 11,8 % des prix de l’électricité pour les entreprises »: « les entreprises paient en moyenne 172 €/MWh »',
      url: 'https://www.statistiques.developpement-durable.gouv.fr/prix-du-gaz-et-de-lelectricite-au-premier-semestre-2024?rubrique=22&dossier=188',
      note: 'All firms’ average, excluding VAT (the same series gives 215 €/MWh excluding VAT for the first half of 2023). A small consumer (0.02 to 0.5 GWh a year) pays more, 245 €/MWh: the average is the lower figure.',
    },
    version: 'First half of 2024',
    date: '2024-06',
  },
  DRINKING_WATER_CENTS_PER_M3: {
    value: 221,
    unit: 'c€/m3',
    figure: 'PURCHASE_PRICE',
    categoryCodes: ['WATER_DRINKING', 'WATER_PROCESS'],
    source: {
      kind: 'PUBLICATION',
      publisher:
        'Office français de la biodiversité, Observatoire des services publics d’eau et d’assainissement (SISPEA)',
      title: '14e rapport national de l’Observatoire (données 2022)',
      identifier: null,
      table:
        'Prix global moyen TTC au 1er janvier 2023 pour 120 m³ (4,52 €/m³): « dont 2,21 €/m³ pour l’eau potable »',
      url: 'https://cdurable.info/?p=43923',
      note: 'Read as the report’s summary gives it (cdurable.info; also banquedesterritoires.fr, « Un prix total de l’eau en hausse en 2022 »), not in the report itself. Drinking water only, without the sanitation part (2,31 €/m³) a firm may pay on the same cubic metre; VAT included, which a firm recovers. Process water is taken as drawn from the public network today.',
    },
    version: 'Rapport national, données 2022',
    date: '2023-01-01',
  },
} as const satisfies Record<string, ReferencePrice>);

export type ReferencePriceId = keyof typeof REFERENCE_PRICES;

/** The reference price of a need's category for `figure`, with its identifier; null if none. */
export function referencePriceOf(
  categoryCode: string,
  figure: ReferencedFigure,
): { readonly id: ReferencePriceId; readonly price: ReferencePrice } | null {
  for (const [id, price] of Object.entries(REFERENCE_PRICES) as [
    ReferencePriceId,
    ReferencePrice,
  ][]) {
    if (price.figure === figure && price.categoryCodes.includes(categoryCode)) return { id, price };
  }
  return null;
}

/**
 * What keeps a reference price from being used: what keeps it from being cited
 * (`sourceProblems`), no address, no category, or a unit that is not cents per the canonical unit
 * of each category it prices. Empty when it can be used.
 */
export function referencePriceProblems(price: ReferencePrice): string[] {
  const problems = sourceProblems(price);
  if (price.source?.kind !== 'PUBLICATION') {
    if (!problems.includes('source')) problems.push('source.kind');
    return problems;
  }
  if (!price.source.url || price.source.url.trim() === '') problems.push('source.url');
  if (price.categoryCodes.length === 0) problems.push('categoryCodes');
  for (const code of price.categoryCodes) {
    const unit = CANONICAL_UNITS[findCategory(code)?.dimension ?? 'NONE'];
    if (!unit || price.unit !== `c€/${unit}`) problems.push(`unit of ${code}`);
  }
  return problems;
}
