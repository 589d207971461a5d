import type { EnumLabels, Labels } from './labels';
import type { CategoryCode } from './categories';

/**
 * The eleven collective needs found on the Cahors Sud business park (LOT'EC programme). A group
 * is what a workshop discusses; its categories are what firms declare, so one group may gather
 * several (mobility: charging points, bus, multi-service station).
 */
export const COLLECTIVE_NEED_GROUP_CODES = [
  'FACILITATION_SHARED_POSTS',
  'MOBILITY',
  'CATERING',
  'SIGNAGE',
  'RENEWABLE_ENERGY',
  'GREEN_SPACES',
  'NETWORK_FIBRE',
  'WASTE_COLLECTION_REUSE',
  'SECURITY',
  'GROUP_PURCHASING',
  'WATER_MANAGEMENT',
] as const;

export type CollectiveNeedGroupCode = (typeof COLLECTIVE_NEED_GROUP_CODES)[number];

export interface CollectiveNeedGroup {
  readonly code: CollectiveNeedGroupCode;
  readonly labelFr: string;
  readonly labelEn: string;
  readonly categoryCodes: readonly CategoryCode[];
}

export const COLLECTIVE_NEED_CATEGORIES: readonly CollectiveNeedGroup[] = Object.freeze([
  {
    code: 'FACILITATION_SHARED_POSTS',
    labelFr: 'Animation et postes partagés',
    labelEn: 'Facilitation and shared posts',
    categoryCodes: ['HR_ZONE_FACILITATION', 'HR_SHARED_JOBS'],
  },
  {
    code: 'MOBILITY',
    labelFr: 'Mobilité (bornes de recharge, bus, station multiservices)',
    labelEn: 'Mobility (charging points, bus, multi-service station)',
    categoryCodes: [
      'EQUIPMENT_EV_CHARGING_POINTS',
      'SERVICE_SHUTTLE_BUS',
      'SERVICE_MULTI_SERVICE_STATION',
    ],
  },
  {
    code: 'CATERING',
    labelFr: 'Restauration inter-entreprises, food trucks, paniers repas locaux',
    labelEn: 'Inter-company catering, food trucks, local meal baskets',
    categoryCodes: [
      'SERVICE_INTER_COMPANY_CATERING',
      'SERVICE_FOOD_TRUCKS',
      'SERVICE_LOCAL_MEAL_BASKETS',
    ],
  },
  {
    code: 'SIGNAGE',
    labelFr: 'Signalétique et plan de zone',
    labelEn: 'Signage and zone map',
    categoryCodes: ['SERVICE_ZONE_SIGNAGE'],
  },
  {
    code: 'RENEWABLE_ENERGY',
    labelFr: 'Énergies renouvelables',
    labelEn: 'Renewable energy',
    categoryCodes: ['ENERGY_RENEWABLE'],
  },
  {
    code: 'GREEN_SPACES',
    labelFr: 'Entretien des espaces verts',
    labelEn: 'Green space maintenance',
    categoryCodes: ['SERVICE_GREEN_SPACE_MAINTENANCE'],
  },
  {
    code: 'NETWORK_FIBRE',
    labelFr: 'Réseau et fibre',
    labelEn: 'Network and fibre',
    categoryCodes: ['SERVICE_NETWORK_FIBRE'],
  },
  {
    code: 'WASTE_COLLECTION_REUSE',
    labelFr: 'Collecte et réemploi des déchets',
    labelEn: 'Collection and reuse of waste',
    categoryCodes: ['SERVICE_WASTE_COLLECTION', 'SERVICE_WASTE_REUSE'],
  },
  {
    code: 'SECURITY',
    labelFr: 'Gardiennage et vidéosurveillance',
    labelEn: 'Security guarding and video surveillance',
    categoryCodes: ['SERVICE_SECURITY_GUARDING', 'SERVICE_VIDEO_SURVEILLANCE'],
  },
  {
    code: 'GROUP_PURCHASING',
    labelFr: 'Achats groupés de matériel et fournitures',
    labelEn: 'Group purchasing of equipment and supplies',
    categoryCodes: ['SERVICE_GROUP_PURCHASING'],
  },
  {
    code: 'WATER_MANAGEMENT',
    labelFr: "Gestion de l'eau (eaux pluviales, eau de process, arrosage)",
    labelEn: 'Water management (rainwater, process water, watering)',
    categoryCodes: ['WATER_RAINWATER', 'WATER_PROCESS', 'WATER_IRRIGATION'],
  },
] satisfies CollectiveNeedGroup[]);

/** The group a collective-need category belongs to; undefined for any other category. */
export function collectiveNeedGroupOf(categoryCode: string): CollectiveNeedGroup | undefined {
  return COLLECTIVE_NEED_CATEGORIES.find((group) =>
    (group.categoryCodes as readonly string[]).includes(categoryCode),
  );
}

/** The labels of each collective need, from its group. */
export const COLLECTIVE_NEED_LABELS: EnumLabels<CollectiveNeedGroupCode> = Object.freeze(
  Object.fromEntries(
    COLLECTIVE_NEED_CATEGORIES.map(({ code, labelFr, labelEn }) => [code, { labelFr, labelEn }]),
  ) as Record<CollectiveNeedGroupCode, Labels>,
);
