import { ALL_CATEGORIES, findCategory, type Category, type CategoryCode } from './categories';
import { findWasteCode } from './waste-codes';

/**
 * How well a resource meets a need:
 * - SAME_CATEGORY: the resource is what the need asks for;
 * - SAME_FAMILY: a neighbouring resource that fits with little preparation (pallets for wood,
 *   waste heat for heat);
 * - SUBSTITUTE: a different resource that can do the need's job under conditions or with some
 *   investment (rainwater for process water needs treatment).
 */
export type CompatibilityStrength = 'SAME_CATEGORY' | 'SAME_FAMILY' | 'SUBSTITUTE';

/**
 * Base scores of the synergy engine, 0..1. SAME_CATEGORY stays below 1 so that agreeing waste
 * codes can lift it to 1, and disagreeing ones only bring it down to 0.8, still above any
 * SAME_FAMILY pair.
 */
export const STRENGTH_SCORES = Object.freeze({
  SAME_CATEGORY: 0.9,
  SAME_FAMILY: 0.7,
  SUBSTITUTE: 0.5,
} as const satisfies Record<CompatibilityStrength, number>);

/** Added when both declarations carry the same waste code, taken off when they carry two. */
export const WASTE_CODE_AGREEMENT = 0.1;

export interface Compatibility {
  readonly resourceCode: CategoryCode;
  readonly needCode: CategoryCode;
  readonly strength: CompatibilityStrength;
  readonly score: number;
  readonly rationaleFr: string;
  readonly rationaleEn: string;
  /** Same dimension on both sides, so the engine can compare the quantities. */
  readonly quantitiesComparable: boolean;
  /**
   * The waste codes of the only resources that do the need's job (broken pallets for pallets,
   * not any wood), or null when any waste of the category does.
   */
  readonly wasteCodes: readonly string[] | null;
}

interface CrossCategoryRule {
  readonly resource: CategoryCode;
  readonly need: CategoryCode;
  readonly strength: Exclude<CompatibilityStrength, 'SAME_CATEGORY'>;
  readonly rationaleFr: string;
  readonly rationaleEn: string;
  readonly wasteCodes?: readonly string[];
}

/** Pairs of two different categories; every category meeting itself is added below. */
const CROSS_CATEGORY_RULES: readonly CrossCategoryRule[] = [
  {
    resource: 'WASTE_WOOD',
    need: 'MATERIAL_PALLETS',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Des palettes usagées se réparent et se réemploient.',
    rationaleEn: 'Used pallets can be repaired and reused.',
    // Only wooden packaging (15 01 03) is pallets to repair; offcuts and demolition wood are not.
    wasteCodes: ['150103'],
  },
  {
    resource: 'MATERIAL_PALLETS',
    need: 'WASTE_WOOD',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Des palettes en surplus sont du bois pour qui en cherche.',
    rationaleEn: 'Surplus pallets are wood for whoever needs it.',
  },
  {
    resource: 'WASTE_WOOD',
    need: 'ENERGY_HEAT',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Le bois non traité alimente une chaufferie biomasse.',
    rationaleEn: 'Untreated wood can fuel a biomass boiler.',
  },
  {
    resource: 'WASTE_WOOD',
    need: 'MATERIAL_COMPOSTING_INPUTS',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Sciures et copeaux de bois non traité structurent un compost.',
    rationaleEn: 'Untreated sawdust and chips are a bulking agent for compost.',
  },
  {
    resource: 'ENERGY_WASTE_HEAT',
    need: 'ENERGY_STEAM',
    strength: 'SUBSTITUTE',
    rationaleFr:
      'Des fumées à haute température produisent de la vapeur dans une chaudière de récupération.',
    rationaleEn: 'High-temperature flue gas raises steam in a heat-recovery boiler.',
  },
  {
    resource: 'WASTE_CARDBOARD',
    need: 'MATERIAL_PACKAGING',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Les cartons se réemploient ou, broyés, servent de calage.',
    rationaleEn: 'Boxes can be reused or shredded into void fill.',
  },
  {
    resource: 'WASTE_PAPER',
    need: 'MATERIAL_PACKAGING',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Le papier broyé sert de calage.',
    rationaleEn: 'Shredded paper makes void fill.',
  },
  {
    resource: 'WASTE_CARDBOARD',
    need: 'WASTE_PAPER',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Papiers et cartons suivent la même filière de recyclage.',
    rationaleEn: 'Paper and cardboard go to the same recycling stream.',
  },
  {
    resource: 'WASTE_PAPER',
    need: 'WASTE_CARDBOARD',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Papiers et cartons suivent la même filière de recyclage.',
    rationaleEn: 'Paper and cardboard go to the same recycling stream.',
  },
  {
    resource: 'WASTE_PLASTIC_FILMS',
    need: 'WASTE_PLASTICS_OTHER',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Un recycleur de plastiques accepte souvent les films triés.',
    rationaleEn: 'A plastics recycler often takes sorted films.',
  },
  {
    resource: 'WASTE_PLASTICS_OTHER',
    need: 'WASTE_PLASTIC_FILMS',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Un recycleur de films accepte parfois les plastiques rigides de même résine.',
    rationaleEn: 'A film recycler sometimes takes rigid plastics of the same resin.',
  },
  {
    resource: 'WASTE_ORGANIC_FOOD',
    need: 'MATERIAL_COMPOSTING_INPUTS',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Les biodéchets se compostent.',
    rationaleEn: 'Food and organic waste can be composted.',
  },
  {
    resource: 'WASTE_GREEN',
    need: 'MATERIAL_COMPOSTING_INPUTS',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Les déchets verts apportent la structure du compost.',
    rationaleEn: 'Green waste gives compost its structure.',
  },
  {
    resource: 'WASTE_ORGANIC_FOOD',
    need: 'MATERIAL_METHANISATION_INPUTS',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Les biodéchets alimentaires sont un bon intrant de méthanisation.',
    rationaleEn: 'Food waste is a good anaerobic digestion feedstock.',
  },
  {
    resource: 'WASTE_GREEN',
    need: 'MATERIAL_METHANISATION_INPUTS',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Les tontes se méthanisent, les déchets ligneux mal.',
    rationaleEn: 'Grass cuttings digest well, woody waste poorly.',
  },
  {
    resource: 'ENERGY_WASTE_HEAT',
    need: 'ENERGY_HEAT',
    strength: 'SAME_FAMILY',
    rationaleFr: 'La chaleur fatale couvre un besoin de chaleur si la température convient.',
    rationaleEn: 'Waste heat meets a heat need when the temperature fits.',
  },
  {
    resource: 'ENERGY_STEAM',
    need: 'ENERGY_HEAT',
    strength: 'SAME_FAMILY',
    rationaleFr: 'La vapeur transporte de la chaleur, cédée par un échangeur.',
    rationaleEn: 'Steam carries heat, handed over through an exchanger.',
  },
  {
    resource: 'ENERGY_RENEWABLE',
    need: 'ENERGY_ELECTRICITY',
    strength: 'SAME_FAMILY',
    rationaleFr:
      "L'électricité produite localement alimente les voisins (autoconsommation collective).",
    rationaleEn: 'Locally produced power supplies neighbours (collective self-consumption).',
  },
  {
    resource: 'WATER_RAINWATER',
    need: 'WATER_IRRIGATION',
    strength: 'SAME_FAMILY',
    rationaleFr: "L'eau de pluie récupérée sert à l'arrosage sans traitement.",
    rationaleEn: 'Harvested rainwater can water plants untreated.',
  },
  {
    resource: 'WATER_RAINWATER',
    need: 'WATER_PROCESS',
    strength: 'SUBSTITUTE',
    rationaleFr: "L'eau de pluie remplace l'eau de process après filtration ou traitement.",
    rationaleEn: 'Rainwater can replace process water once filtered or treated.',
  },
  {
    resource: 'WATER_PROCESS',
    need: 'WATER_IRRIGATION',
    strength: 'SUBSTITUTE',
    rationaleFr: "Une eau de process propre peut servir à l'arrosage si sa qualité le permet.",
    rationaleEn: 'Clean process water can be used for watering if its quality allows.',
  },
  {
    resource: 'EQUIPMENT_COLD_STORAGE',
    need: 'EQUIPMENT_STORAGE_SPACE',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Une chambre froide peut stocker des produits ordinaires, à un coût plus élevé.',
    rationaleEn: 'A cold room can hold ordinary goods, at a higher cost.',
  },
  {
    resource: 'SERVICE_SECURITY_GUARDING',
    need: 'SERVICE_VIDEO_SURVEILLANCE',
    strength: 'SAME_FAMILY',
    rationaleFr: 'Une société de gardiennage peut assurer la télésurveillance des caméras.',
    rationaleEn: 'A guarding firm can monitor the cameras remotely.',
  },
  {
    resource: 'SERVICE_VIDEO_SURVEILLANCE',
    need: 'SERVICE_SECURITY_GUARDING',
    strength: 'SUBSTITUTE',
    rationaleFr: 'La vidéosurveillance remplace une partie des rondes.',
    rationaleEn: 'Video surveillance replaces some of the patrols.',
  },
  {
    resource: 'SERVICE_FOOD_TRUCKS',
    need: 'SERVICE_INTER_COMPANY_CATERING',
    strength: 'SUBSTITUTE',
    rationaleFr: "Des food trucks réguliers tiennent lieu de restaurant là où il n'y en a pas.",
    rationaleEn: 'Regular food trucks stand in for a restaurant where there is none.',
  },
  {
    resource: 'SERVICE_INTER_COMPANY_CATERING',
    need: 'SERVICE_FOOD_TRUCKS',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Un restaurant inter-entreprises répond au besoin de repas sur place.',
    rationaleEn: 'An inter-company restaurant meets the need for meals on site.',
  },
  {
    resource: 'HR_SHARED_JOBS',
    need: 'HR_RECRUITMENT',
    strength: 'SUBSTITUTE',
    rationaleFr: 'Un emploi partagé couvre un besoin à temps partiel sans recruter seul.',
    rationaleEn: 'A shared job covers a part-time need without hiring alone.',
  },
  {
    resource: 'HR_SHARED_JOB_ADS',
    need: 'HR_RECRUITMENT',
    strength: 'SAME_FAMILY',
    rationaleFr: "Une bourse d'emploi commune élargit le vivier de candidats.",
    rationaleEn: 'A shared job board widens the pool of candidates.',
  },
  {
    resource: 'HR_SKILLS_SHARING',
    need: 'HR_RECRUITMENT',
    strength: 'SUBSTITUTE',
    rationaleFr: "Un prêt de main-d'œuvre couvre un besoin temporaire.",
    rationaleEn: 'Lent staff cover a temporary need.',
  },
  {
    resource: 'HR_SKILLS_SHARING',
    need: 'HR_TRAINING',
    strength: 'SUBSTITUTE',
    rationaleFr: "L'expert d'une entreprise peut former les salariés d'une autre.",
    rationaleEn: "One firm's expert can train another firm's staff.",
  },
];

function sameCategory(category: Category): Compatibility {
  return Object.freeze({
    resourceCode: category.code,
    needCode: category.code,
    strength: 'SAME_CATEGORY',
    score: STRENGTH_SCORES.SAME_CATEGORY,
    rationaleFr: 'La ressource est ce que le besoin demande.',
    rationaleEn: 'The resource is what the need asks for.',
    quantitiesComparable: true,
    wasteCodes: null,
  });
}

function crossCategory(rule: CrossCategoryRule): Compatibility {
  const resource = findCategory(rule.resource);
  const need = findCategory(rule.need);
  return Object.freeze({
    resourceCode: rule.resource,
    needCode: rule.need,
    strength: rule.strength,
    score: STRENGTH_SCORES[rule.strength],
    rationaleFr: rule.rationaleFr,
    rationaleEn: rule.rationaleEn,
    quantitiesComparable: !!resource && resource.dimension === need?.dimension,
    wasteCodes: rule.wasteCodes ? Object.freeze([...rule.wasteCodes]) : null,
  });
}

function declarableBothWays(category: Category): boolean {
  return (
    category.declarationKinds.includes('NEED') && category.declarationKinds.includes('RESOURCE')
  );
}

/** The whole table: each category that can be both offered and needed meets itself. */
export const COMPATIBILITIES: readonly Compatibility[] = Object.freeze([
  ...ALL_CATEGORIES.filter(declarableBothWays).map(sameCategory),
  ...CROSS_CATEGORY_RULES.map(crossCategory),
]);

function pairKey(resourceCode: string, needCode: string): string {
  return `${resourceCode}>${needCode}`;
}

const COMPATIBILITIES_BY_PAIR: ReadonlyMap<string, Compatibility> = new Map(
  COMPATIBILITIES.map((entry) => [pairKey(entry.resourceCode, entry.needCode), entry]),
);

function byScoreThenCode(a: Compatibility, b: Compatibility): number {
  return (
    b.score - a.score ||
    pairKey(a.resourceCode, a.needCode).localeCompare(pairKey(b.resourceCode, b.needCode))
  );
}

/** How a resource of one category meets a need of another; undefined when it does not. */
export function compatibility(resourceCode: string, needCode: string): Compatibility | undefined {
  return COMPATIBILITIES_BY_PAIR.get(pairKey(resourceCode, needCode));
}

/** The table's entries by one of their two codes, each list best first and frozen. */
function entriesBy(
  code: (entry: Compatibility) => string,
): ReadonlyMap<string, readonly Compatibility[]> {
  const lists = new Map<string, Compatibility[]>();
  for (const entry of [...COMPATIBILITIES].sort(byScoreThenCode)) {
    const list = lists.get(code(entry));
    if (list) list.push(entry);
    else lists.set(code(entry), [entry]);
  }
  return new Map([...lists].map(([key, list]) => [key, Object.freeze(list)]));
}

const NEEDS_BY_RESOURCE = entriesBy((entry) => entry.resourceCode);
const RESOURCES_BY_NEED = entriesBy((entry) => entry.needCode);
const NONE: readonly Compatibility[] = Object.freeze([]);

/** The needs a resource of this category can meet, best first. */
export function compatibleNeedCategories(resourceCode: string): readonly Compatibility[] {
  return NEEDS_BY_RESOURCE.get(resourceCode) ?? NONE;
}

/** The resources that can meet a need of this category, best first. */
export function compatibleResourceCategories(needCode: string): readonly Compatibility[] {
  return RESOURCES_BY_NEED.get(needCode) ?? NONE;
}

export interface DeclaredCategory {
  readonly categoryCode: string;
  /** Any spelling of a European waste code, when the declaration carries one. */
  readonly wasteCode?: string | null;
}

/**
 * The category score of a resource declaration against a need declaration, 0..1: the strength of
 * the pair, adjusted by `WASTE_CODE_AGREEMENT` when both carry a waste code. 0 when the
 * categories are not compatible.
 */
export function matchScore(resource: DeclaredCategory, need: DeclaredCategory): number {
  const entry = compatibility(resource.categoryCode, need.categoryCode);
  if (!entry) return 0;
  const resourceWaste = resource.wasteCode ? findWasteCode(resource.wasteCode) : undefined;
  const needWaste = need.wasteCode ? findWasteCode(need.wasteCode) : undefined;
  if (!resourceWaste || !needWaste) return entry.score;
  const adjustment =
    resourceWaste.code === needWaste.code ? WASTE_CODE_AGREEMENT : -WASTE_CODE_AGREEMENT;
  // Two decimals: the scores are sums of tenths, and 0.7 + 0.1 is 0.7999999999999999 in floats.
  return Math.min(1, Math.max(0, Math.round((entry.score + adjustment) * 100) / 100));
}
