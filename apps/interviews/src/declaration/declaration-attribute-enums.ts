import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@symbiose/platform';
import { HEAT_MEDIA, STORAGE_CONDITIONS, WOOD_CLASSES } from '@symbiose/taxonomy';

export type HeatMedium = (typeof HEAT_MEDIA)[number];
export const HeatMedium = enumObject(HEAT_MEDIA);
export type StorageCondition = (typeof STORAGE_CONDITIONS)[number];
export const StorageCondition = enumObject(STORAGE_CONDITIONS);
export type WoodClass = (typeof WOOD_CLASSES)[number];
export const WoodClass = enumObject(WOOD_CLASSES);

interface Labels {
  readonly fr: string;
  readonly en: string;
}

function valuesMap<T extends string>(
  labels: Readonly<Record<T, Labels>>,
): Record<T, { description: string }> {
  return Object.fromEntries(
    Object.entries<Labels>(labels).map(([value, { fr, en }]) => [
      value,
      { description: `${en} / ${fr}` },
    ]),
  ) as Record<T, { description: string }>;
}

const HEAT_MEDIUM_LABELS: Readonly<Record<HeatMedium, Labels>> = {
  STEAM: { en: 'Steam', fr: 'Vapeur' },
  HOT_WATER: { en: 'Hot water', fr: 'Eau chaude' },
  WATER: { en: 'Water, unheated or cooling', fr: 'Eau, non chauffée ou de refroidissement' },
  AIR: { en: 'Air', fr: 'Air' },
  FLUE_GAS: { en: 'Flue gas', fr: 'Fumées' },
  SEAWATER: { en: 'Seawater', fr: 'Eau de mer' },
  THERMAL_OIL: { en: 'Thermal oil', fr: 'Huile thermique' },
};

const STORAGE_CONDITION_LABELS: Readonly<Record<StorageCondition, Labels>> = {
  OUTDOOR: { en: 'Outdoors', fr: 'En extérieur' },
  COVERED: { en: 'Covered, sheltered from rain', fr: 'Couvert, à l’abri de la pluie' },
  REFRIGERATED: { en: 'Chilled, above 0 °C', fr: 'Réfrigéré, au-dessus de 0 °C' },
  FROZEN: { en: 'Frozen, below 0 °C', fr: 'Surgelé, en dessous de 0 °C' },
};

const WOOD_CLASS_LABELS: Readonly<Record<WoodClass, Labels>> = {
  A: { en: 'Untreated wood: pallets, crates', fr: 'Bois brut non traité : palettes, cagettes' },
  B: {
    en: 'Lightly treated wood: panels, painted or varnished wood',
    fr: 'Bois faiblement adjuvanté : panneaux, bois peints ou vernis',
  },
  C: {
    en: 'Wood treated with hazardous substances (CCA, creosote): a hazardous waste',
    fr: 'Bois traité aux substances dangereuses (CCA, créosote) : déchet dangereux',
  },
};

registerEnumType(HeatMedium, {
  name: 'HeatMedium',
  description: 'What carries heat or cold / Le fluide qui porte la chaleur ou le froid',
  valuesMap: valuesMap(HEAT_MEDIUM_LABELS),
});
registerEnumType(StorageCondition, {
  name: 'StorageCondition',
  description:
    'A storage regime, from the least to the most demanding / Un régime de stockage, du moins au plus exigeant',
  valuesMap: valuesMap(STORAGE_CONDITION_LABELS),
});
registerEnumType(WoodClass, {
  name: 'WoodClass',
  description: 'The class of waste wood / La classe du déchet de bois',
  valuesMap: valuesMap(WOOD_CLASS_LABELS),
});
