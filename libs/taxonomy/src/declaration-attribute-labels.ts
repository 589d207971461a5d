import type { HeatMedium, StorageCondition, WasteRoute, WoodClass } from './declaration-attributes';
import type { EnumLabels } from './labels';

export const HEAT_MEDIUM_LABELS: EnumLabels<HeatMedium> = Object.freeze({
  STEAM: { labelFr: 'Vapeur', labelEn: 'Steam' },
  HOT_WATER: { labelFr: 'Eau chaude', labelEn: 'Hot water' },
  WATER: {
    labelFr: 'Eau, non chauffée ou de refroidissement',
    labelEn: 'Water, unheated or cooling',
  },
  AIR: { labelFr: 'Air', labelEn: 'Air' },
  FLUE_GAS: { labelFr: 'Fumées', labelEn: 'Flue gas' },
  SEAWATER: { labelFr: 'Eau de mer', labelEn: 'Seawater' },
  THERMAL_OIL: { labelFr: 'Huile thermique', labelEn: 'Thermal oil' },
});

export const STORAGE_CONDITION_LABELS: EnumLabels<StorageCondition> = Object.freeze({
  OUTDOOR: { labelFr: 'En extérieur', labelEn: 'Outdoors' },
  COVERED: { labelFr: 'Couvert, à l’abri de la pluie', labelEn: 'Covered, sheltered from rain' },
  REFRIGERATED: { labelFr: 'Réfrigéré, au-dessus de 0 °C', labelEn: 'Chilled, above 0 °C' },
  FROZEN: { labelFr: 'Surgelé, en dessous de 0 °C', labelEn: 'Frozen, below 0 °C' },
});

export const WOOD_CLASS_LABELS: EnumLabels<WoodClass> = Object.freeze({
  A: {
    labelFr: 'Bois brut non traité : palettes, cagettes',
    labelEn: 'Untreated wood: pallets, crates',
  },
  B: {
    labelFr: 'Bois faiblement adjuvanté : panneaux, bois peints ou vernis',
    labelEn: 'Lightly treated wood: panels, painted or varnished wood',
  },
  C: {
    labelFr: 'Bois traité aux substances dangereuses (CCA, créosote) : déchet dangereux',
    labelEn: 'Wood treated with hazardous substances (CCA, creosote): a hazardous waste',
  },
});

export const WASTE_ROUTE_LABELS: EnumLabels<WasteRoute> = Object.freeze({
  SORTED_RECYCLING: {
    labelFr: 'Trié à la source et recyclé',
    labelEn: 'Sorted at source and recycled',
  },
  SORTED_BIOWASTE: {
    labelFr: 'Biodéchet trié à la source, composté ou méthanisé',
    labelEn: 'Biowaste sorted at source, composted or digested',
  },
  RESIDUAL_DISPOSAL: {
    labelFr: 'Avec les ordures résiduelles : incinération ou enfouissement',
    labelEn: 'With the residual waste: incineration or landfill',
  },
  OTHER_COLLECTION: {
    labelFr: 'Une autre filière de collecte : reprise, collecteur spécialisé',
    labelEn: 'Another collection channel: take-back, specialist collector',
  },
});
