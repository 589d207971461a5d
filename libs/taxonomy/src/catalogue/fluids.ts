import type { CategoryDefinition } from '../category-definition';

/**
 * Energy and water. Heat, steam and electricity are all ENERGY so that one heat need can be met
 * by steam or waste heat and the quantities still compare. Compressed air is VOLUME (m3 of free
 * air), the way compressors are rated and metered.
 */
export const FLUID_CATEGORIES = [
  {
    code: 'ENERGY_ELECTRICITY',
    labelFr: 'Électricité',
    labelEn: 'Electricity',
    dimension: 'ENERGY',
  },
  {
    code: 'ENERGY_RENEWABLE',
    labelFr: "Production d'énergie renouvelable (solaire, éolien, biomasse)",
    labelEn: 'Renewable energy production (solar, wind, biomass)',
    dimension: 'ENERGY',
    collectiveNeed: true,
  },
  {
    code: 'ENERGY_HEAT',
    labelFr: 'Chaleur',
    labelEn: 'Heat',
    dimension: 'ENERGY',
  },
  {
    // Only ever offered: nobody needs heat because it is waste, they need heat.
    code: 'ENERGY_WASTE_HEAT',
    labelFr: 'Chaleur fatale',
    labelEn: 'Waste heat',
    dimension: 'ENERGY',
    declarationKinds: ['RESOURCE'],
  },
  {
    code: 'ENERGY_STEAM',
    labelFr: 'Vapeur',
    labelEn: 'Steam',
    dimension: 'ENERGY',
  },
  {
    code: 'FLUID_COMPRESSED_AIR',
    labelFr: 'Air comprimé',
    labelEn: 'Compressed air',
    dimension: 'VOLUME',
  },
  {
    code: 'WATER_DRINKING',
    labelFr: 'Eau potable',
    labelEn: 'Drinking water',
    dimension: 'VOLUME',
  },
  {
    code: 'WATER_RAINWATER',
    labelFr: 'Eaux pluviales',
    labelEn: 'Rainwater',
    dimension: 'VOLUME',
    collectiveNeed: true,
  },
  {
    code: 'WATER_PROCESS',
    labelFr: 'Eau de process',
    labelEn: 'Process water',
    dimension: 'VOLUME',
    collectiveNeed: true,
  },
  {
    code: 'WATER_IRRIGATION',
    labelFr: "Eau d'arrosage",
    labelEn: 'Watering water',
    dimension: 'VOLUME',
    collectiveNeed: true,
  },
] as const satisfies readonly CategoryDefinition[];
