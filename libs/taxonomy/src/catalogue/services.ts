import type { CategoryDefinition } from '../category-definition';

/**
 * Services firms buy or could share. Most are matched on presence, not size (NONE); those bought
 * by the hour (guarding, maintenance, cleaning) are TIME so a shared contract can be sized.
 */
export const SERVICE_CATEGORIES = [
  {
    code: 'SERVICE_SECURITY_GUARDING',
    labelFr: 'Gardiennage et rondes de sécurité',
    labelEn: 'Security guarding and patrols',
    dimension: 'TIME',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_VIDEO_SURVEILLANCE',
    labelFr: 'Vidéosurveillance',
    labelEn: 'Video surveillance',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_SHUTTLE_BUS',
    labelFr: 'Desserte en bus et navettes',
    labelEn: 'Bus and shuttle service',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_MULTI_SERVICE_STATION',
    labelFr: 'Station multiservices (carburants, lavage, entretien)',
    labelEn: 'Multi-service station (fuel, washing, servicing)',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_INTER_COMPANY_CATERING',
    labelFr: 'Restauration inter-entreprises',
    labelEn: 'Inter-company catering',
    // Meals served: the figure that decides whether a shared restaurant is viable.
    dimension: 'COUNT',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_FOOD_TRUCKS',
    labelFr: 'Camions de restauration (food trucks)',
    labelEn: 'Food trucks',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_LOCAL_MEAL_BASKETS',
    labelFr: 'Paniers repas et produits locaux',
    labelEn: 'Local meal and produce baskets',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_ZONE_SIGNAGE',
    labelFr: 'Signalétique et plan de zone',
    labelEn: 'Signage and zone map',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_GREEN_SPACE_MAINTENANCE',
    labelFr: 'Entretien des espaces verts',
    labelEn: 'Green space maintenance',
    dimension: 'TIME',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_NETWORK_FIBRE',
    labelFr: 'Réseau et fibre optique',
    labelEn: 'Network and optical fibre',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_WASTE_COLLECTION',
    labelFr: 'Collecte mutualisée et tri des déchets',
    labelEn: 'Shared waste collection and sorting',
    // The tonnages are declared on the waste categories themselves; this is the service.
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_WASTE_REUSE',
    labelFr: 'Réemploi et valorisation des déchets',
    labelEn: 'Reuse and recovery of waste',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_GROUP_PURCHASING',
    labelFr: 'Achats groupés de matériel et fournitures',
    labelEn: 'Group purchasing of equipment and supplies',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'SERVICE_CLEANING',
    labelFr: 'Nettoyage des locaux',
    labelEn: 'Premises cleaning',
    dimension: 'TIME',
  },
] as const satisfies readonly CategoryDefinition[];
