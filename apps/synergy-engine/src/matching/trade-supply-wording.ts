import { findCategory } from '@symbiose/taxonomy';
import { findNafActivity } from '@symbiose/sirene';

export interface TradeSupplyWording {
  readonly nafCode: string;
  readonly needCategoryCode: string;
  readonly distanceKm: number;
}

/** The summary of a supply by trade, in French and in English. */
export function wordTradeSupply({ nafCode, needCategoryCode, distanceKm }: TradeSupplyWording): {
  summaryFr: string;
  summaryEn: string;
} {
  const activity = findNafActivity(nafCode)?.label ?? nafCode;
  const category = findCategory(needCategoryCode);
  const km = (locale: string) =>
    distanceKm.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    summaryFr:
      `Fournisseur possible par son activité (${activity}) pour un besoin de ` +
      `${(category?.labelFr ?? needCategoryCode).toLowerCase()}, à ${km('fr-FR')} km, ` +
      'sans ressource déclarée : capacité et conditions à confirmer.',
    summaryEn:
      `A possible supplier by its trade (NAF ${nafCode}) for a need of ` +
      `${(category?.labelEn ?? needCategoryCode).toLowerCase()}, ${km('en-GB')} km away, ` +
      'with no declared resource: capacity and terms to confirm.',
  };
}
