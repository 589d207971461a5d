/**
 * The interview campaign of the LOT'EC programme on the Cahors Sud park: 21 firms interviewed
 * on version 1 of the grid, 137 needs and what those firms reported having. Built from the firms
 * of `generateDemoData()`; the people, figures and projects are invented, and the same campaign
 * comes out of every run.
 *
 * The declarations are written so that the synergy engine has something to find: collective
 * needs shared by many firms (guarding, catering, group purchasing, waste collection …), B2B
 * matches (pallets, waste heat, organic waste, cardboard, metal offcuts …) and pairs that look
 * close but must not match (an incompatible category, a hazardous waste offered to a firm not
 * authorised to take it). `b2bMatches`, `collectiveMatches` and `nonMatches` list them.
 */
import {
  annualise,
  checkDeclarationAttributes,
  findCategory,
  FREQUENCY_LABELS,
  THEMES,
  type CategoryCode,
  type DeclarationAttributes,
  type DeclarationKind,
  type Frequency,
  type Theme,
  type Unit,
} from '@symbiose/taxonomy';
import { CAHORS_SUD, DemoData, DemoOrganization, generateDemoData, Trade } from './cahors-sud';
import { CampaignEconomics, economicsOf, FIRM_FIGURES } from './campaign-economics';
import {
  GRID_VERSION,
  POOLING_CHOICES,
  PoolingChoice,
  RecruitmentDifficulty,
} from './interview-grid-v1';
import { between, mulberry32, Random, shuffled } from './random';

/** One line of an interview, as `recordDeclaration` takes it (without the ids). */
export interface CampaignDeclaration {
  kind: DeclarationKind;
  theme: Theme;
  categoryCode: CategoryCode;
  label: string;
  description?: string;
  /** Quantity, unit and frequency go together, and only with a category that has a dimension. */
  quantity?: number;
  unit?: Unit;
  frequency?: Frequency;
  /** Six digits, from the category's `wasteCodes`. */
  wasteCode?: string;
  /** Only on a need of a hazardous waste: whether the firm may take it. */
  authorisedForHazardous?: boolean;
  /** The technical facts the facilitator noted: a machine, a storage regime, a water quality … */
  attributes?: DeclarationAttributes;
  /** What the firm said the flow costs or earns it (see campaign-economics.ts). */
  economics?: CampaignEconomics;
}

/** A declaration's quantity in a year, in its category's canonical unit; 0 without one. */
export function annualQuantityOf(declaration: CampaignDeclaration): number {
  const { categoryCode, quantity, unit, frequency } = declaration;
  const category = findCategory(categoryCode);
  if (!category || quantity === undefined || !unit || !frequency) return 0;
  return annualise(quantity, unit, frequency, category.dimension);
}

/** A JSON scalar or list, as `recordAnswer` takes it. */
export type AnswerValue = string | number | boolean | string[];

export interface CampaignAnswer {
  questionKey: string;
  value: AnswerValue;
}

export interface CampaignInterview {
  siret: string;
  organizationName: string;
  trade: Trade;
  interviewer: string;
  /** YYYY-MM-DD */
  plannedFor: string;
  /** YYYY-MM-DD; the planned day, or a few days later when the firm postponed. */
  conductedOn: string;
  notes: string;
  answers: CampaignAnswer[];
  declarations: CampaignDeclaration[];
}

/** Points at the one declaration of a kind and category in a firm's interview. */
export interface DeclarationRef {
  siret: string;
  organizationName: string;
  kind: DeclarationKind;
  categoryCode: CategoryCode;
}

export interface DesignedB2BMatch {
  resource: DeclarationRef;
  need: DeclarationRef;
  why: string;
}

export interface DesignedCollectiveMatch {
  categoryCode: CategoryCode;
  /** SIRETs of the firms that need it, in interview order. */
  neededBy: string[];
  /** SIRETs of the firms that offer it, if any. */
  offeredBy: string[];
}

/**
 * Why a pair is designed not to match: its categories never meet, or they meet but a rule of
 * law or of physics keeps it apart (see the engine's pair rules).
 */
export type NonMatchReason =
  | 'INCOMPATIBLE_CATEGORY'
  | 'HAZARDOUS_WASTE_NOT_AUTHORISED'
  | 'UNLICENSED_SECURITY'
  | 'ANIMAL_BY_PRODUCTS'
  | 'HEAT_PIPE_TOO_LONG'
  | 'STORAGE_REGIME'
  | 'EQUIPMENT_TYPE'
  | 'WATER_QUALITY';

export interface DesignedNonMatch {
  resource: DeclarationRef;
  need: DeclarationRef;
  reason: NonMatchReason;
  why: string;
}

export interface InterviewCampaign {
  zone: string;
  gridVersion: number;
  interviewer: string;
  /** In the order they were held. */
  interviews: CampaignInterview[];
  collectiveMatches: DesignedCollectiveMatch[];
  b2bMatches: DesignedB2BMatch[];
  nonMatches: DesignedNonMatch[];
}

/** The LOT'EC figures. */
export const CAMPAIGN_INTERVIEWS = 21;
export const CAMPAIGN_NEEDS = 137;

/** What the campaign declares, theme by theme; the unit spec checks these against the data. */
export const NEEDS_PER_THEME: Readonly<Record<Theme, number>> = Object.freeze({
  SERVICES: 71,
  EQUIPMENT: 16,
  MATERIALS_WASTE: 10,
  HR_ANIMATION: 25,
  FLUIDS: 15,
});
export const RESOURCES_PER_THEME: Readonly<Record<Theme, number>> = Object.freeze({
  SERVICES: 3,
  EQUIPMENT: 8,
  MATERIALS_WASTE: 17,
  HR_ANIMATION: 3,
  FLUIDS: 6,
});

/** The programme's facilitator (animatrice EIT) of Boucles Locales Conseil, invented. */
export const CAMPAIGN_INTERVIEWER = 'Lucie Ferrand';

/** Not the directory's seed, so that changing one data set leaves the other alone. */
const SEED = 0x21137;
/** LOT'EC interviewed from October 2022, and presented the 21 interviews in late January 2023. */
const FIRST_INTERVIEW = '2022-10-03';
/** Calendar days from one interview to the next. */
const GAP_DAYS: [number, number] = [3, 6];
/** Share of the interviews the firm asked to move, by up to a week. */
const POSTPONED_SHARE = 0.25;
const POSTPONEMENT_DAYS: [number, number] = [1, 7];

type Amount = readonly [quantity: number, unit: Unit, frequency: Frequency];

interface DraftDeclaration {
  categoryCode: CategoryCode;
  label: string;
  amount?: Amount;
  description?: string;
  wasteCode?: string;
  authorisedForHazardous?: boolean;
  attributes?: DeclarationAttributes;
}

type Details = Pick<
  DraftDeclaration,
  'description' | 'wasteCode' | 'authorisedForHazardous' | 'attributes'
>;

const line = (
  categoryCode: CategoryCode,
  label: string,
  amount?: Amount,
  details: Details = {},
): DraftDeclaration => ({ categoryCode, label, amount, ...details });

export type FirmKey =
  | 'transports'
  | 'logistique'
  | 'frigo'
  | 'mecanique'
  | 'palettes'
  | 'cartonnages'
  | 'conserverie'
  | 'traiteur'
  | 'chai'
  | 'robotique'
  | 'data'
  | 'electrotechnique'
  | 'fournitures'
  | 'distribution'
  | 'energies'
  | 'garage'
  | 'ferronnerie'
  | 'blanchisserie'
  | 'maconnerie'
  | 'travaux-publics'
  | 'charpentes';

/** What the facilitator heard at one firm. */
interface FirmInterview {
  key: FirmKey;
  /** The firm interviewed is the largest of the park with this activity (NAF code). */
  nafCode: string;
  outsourced: string;
  wasteSorted: boolean;
  wasteCostEur: number;
  energyBillEur: number;
  waterUseM3: number;
  needs: DraftDeclaration[];
  resources: DraftDeclaration[];
}

// Quantities are yearly unless a shorter period is how the firm thinks of it: guarding hours a
// month, meals a working day. Storage is in pallet places (see the taxonomy), held all year.
const FIRM_INTERVIEWS: FirmInterview[] = [
  {
    key: 'transports',
    nafCode: '49.41A',
    outsourced: 'Entretien des poids lourds en partie, nettoyage des cabines, gardiennage ponctuel',
    wasteSorted: true,
    wasteCostEur: 4200,
    energyBillEur: 21000,
    waterUseM3: 480,
    needs: [
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit sur le parking poids lourds', [
        30,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_MULTI_SERVICE_STATION', 'Station carburant et lavage poids lourds sur la zone'),
      line('SERVICE_WASTE_COLLECTION', "Collecte groupée des déchets d'atelier et des emballages"),
      line('HR_SHARED_JOBS', 'Mécanicien poids lourds à temps partagé', [2, 'day', 'WEEKLY']),
      line('HR_RECRUITMENT', 'Conducteurs poids lourds (permis C et CE)', [4, 'unit', 'YEARLY']),
      line('HR_TRAINING', 'Formation continue obligatoire des conducteurs (FCO)', [
        35,
        'h',
        'YEARLY',
      ]),
      line('EQUIPMENT_MEETING_ROOMS', 'Salle pour les formations et réunions de conducteurs', [
        1,
        'day',
        'MONTHLY',
      ]),
      line('WATER_PROCESS', 'Eau de lavage des camions', [350, 'm3', 'YEARLY']),
    ],
    resources: [
      line('WASTE_USED_OILS', "Huiles moteur usagées de l'atelier", [1.2, 't', 'YEARLY'], {
        wasteCode: '130205',
        description: 'Stockées en cuve double paroi, enlevées par un collecteur agréé.',
      }),
      line('WASTE_WOOD', 'Palettes en bois cassées ou non consignées', [12, 't', 'YEARLY'], {
        wasteCode: '150103',
        description: 'Palettes de livraison des clients, triées sur le quai.',
      }),
    ],
  },
  {
    key: 'logistique',
    nafCode: '52.10B',
    outsourced: 'Nettoyage des bureaux, maintenance des chariots, informatique',
    wasteSorted: true,
    wasteCostEur: 9800,
    energyBillEur: 38000,
    waterUseM3: 650,
    needs: [
      line('SERVICE_INTER_COMPANY_CATERING', 'Restaurant inter-entreprises pour les équipes', [
        12,
        'unit',
        'DAILY',
      ]),
      line('SERVICE_NETWORK_FIBRE', "Fibre optique pour le système de gestion d'entrepôt"),
      line('SERVICE_ZONE_SIGNAGE', 'Plan de zone et fléchage pour les transporteurs'),
      line('SERVICE_WASTE_COLLECTION', 'Collecte mutualisée des films et des cartons'),
      line('SERVICE_SHUTTLE_BUS', "Desserte en bus aux horaires d'équipe (5 h – 21 h)"),
      line('EQUIPMENT_EV_CHARGING_POINTS', 'Bornes de recharge pour le personnel', [
        4,
        'unit',
        'ONE_OFF',
      ]),
      line('HR_RECRUITMENT', 'Préparateurs de commandes et caristes', [6, 'unit', 'YEARLY']),
      line('ENERGY_RENEWABLE', "Électricité solaire pour l'éclairage de l'entrepôt", [
        90,
        'MWh',
        'YEARLY',
      ]),
    ],
    resources: [
      line(
        'SERVICE_SECURITY_GUARDING',
        "Agent de sécurité de nuit dont les rondes peuvent s'étendre aux voisins",
        [60, 'h', 'MONTHLY'],
        { description: 'Agent présent sur site de 21 h à 5 h, contrat renouvelé chaque année.' },
      ),
      line('EQUIPMENT_STORAGE_SPACE', 'Places palettes libres en racks', [200, 'unit', 'YEARLY'], {
        attributes: { storage: 'COVERED' },
      }),
      line('EQUIPMENT_HANDLING', "Chariot élévateur libre l'après-midi", [40, 'h', 'MONTHLY'], {
        attributes: { machineType: 'FORKLIFT' },
      }),
      line('MATERIAL_PALLETS', 'Palettes Europe réutilisables en surplus', [
        1500,
        'unit',
        'YEARLY',
      ]),
      line('WASTE_CARDBOARD', 'Cartons des réceptions', [22, 't', 'YEARLY'], {
        wasteCode: '150101',
      }),
      line('WASTE_PLASTIC_FILMS', 'Films étirables de palettisation', [6, 't', 'YEARLY'], {
        wasteCode: '150102',
      }),
      line('WATER_RAINWATER', 'Eaux de toiture stockées en cuve', [1200, 'm3', 'YEARLY'], {
        attributes: { potable: false },
      }),
    ],
  },
  {
    key: 'frigo',
    nafCode: '52.10A',
    outsourced: 'Maintenance frigorifique, télésurveillance, nettoyage des quais',
    wasteSorted: true,
    wasteCostEur: 3600,
    energyBillEur: 165000,
    waterUseM3: 900,
    needs: [
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit autour des quais', [20, 'h', 'MONTHLY']),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Vidéosurveillance mutualisée des accès de la zone'),
      line('SERVICE_NETWORK_FIBRE', 'Fibre pour la supervision des chambres froides'),
      line('ENERGY_RENEWABLE', 'Centrale solaire en toiture en autoconsommation', [
        250,
        'MWh',
        'YEARLY',
      ]),
      line('SERVICE_INTER_COMPANY_CATERING', 'Repas de midi pour les préparateurs', [
        8,
        'unit',
        'DAILY',
      ]),
      line('SERVICE_WASTE_COLLECTION', 'Collecte des emballages et des palettes perdues'),
    ],
    resources: [
      line(
        'ENERGY_WASTE_HEAT',
        'Chaleur des condenseurs frigorifiques (eau à 35 °C)',
        [250, 'MWh', 'YEARLY'],
        { description: "Disponible toute l'année, davantage en été ; récupérable par échangeur." },
      ),
      line(
        'EQUIPMENT_COLD_STORAGE',
        'Places palettes en chambre froide positive',
        [60, 'unit', 'YEARLY'],
        { attributes: { storage: 'REFRIGERATED', temperatureRange: { minC: 0, maxC: 4 } } },
      ),
    ],
  },
  {
    key: 'mecanique',
    nafCode: '25.62B',
    outsourced: "Gardiennage, affûtage des outils, maintenance des compresseurs d'air",
    wasteSorted: true,
    wasteCostEur: 7400,
    energyBillEur: 96000,
    waterUseM3: 420,
    needs: [
      line('SERVICE_SECURITY_GUARDING', "Rondes de nuit autour de l'atelier", [25, 'h', 'MONTHLY']),
      line('SERVICE_INTER_COMPANY_CATERING', 'Restauration pour les équipes en 2 × 8', [
        15,
        'unit',
        'DAILY',
      ]),
      line('SERVICE_WASTE_COLLECTION', 'Enlèvement groupé des copeaux et des déchets en mélange'),
      line('SERVICE_GROUP_PURCHASING', "Achats groupés d'EPI et de consommables d'usinage"),
      line('HR_SHARED_JOBS', 'Responsable QSE à temps partagé', [1, 'day', 'WEEKLY']),
      line('HR_RECRUITMENT', 'Tourneurs-fraiseurs sur commande numérique', [3, 'unit', 'YEARLY']),
      line('HR_SKILLS_SHARING', "Appui ponctuel d'un automaticien", [80, 'h', 'YEARLY']),
    ],
    resources: [
      line('WASTE_METALS', "Chutes de barres et copeaux d'acier", [8, 't', 'YEARLY'], {
        wasteCode: '120101',
      }),
      line('ENERGY_WASTE_HEAT', "Chaleur des compresseurs d'air", [60, 'MWh', 'YEARLY']),
    ],
  },
  {
    key: 'palettes',
    nafCode: '16.24Z',
    outsourced: 'Transport des palettes, affûtage des lames, entretien des cloueuses',
    wasteSorted: true,
    wasteCostEur: 5200,
    energyBillEur: 48000,
    waterUseM3: 300,
    needs: [
      line(
        'MATERIAL_PALLETS',
        'Palettes usagées à réparer et remettre en circulation',
        [4000, 'unit', 'YEARLY'],
        { description: 'Palettes Europe et palettes perdues, même abîmées.' },
      ),
      line('WASTE_WOOD', 'Bois de récupération pour les dés de palettes', [30, 't', 'YEARLY']),
      line('SERVICE_SECURITY_GUARDING', 'Surveillance du parc à bois (risque incendie)', [
        30,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_INTER_COMPANY_CATERING', 'Repas de midi pour les opérateurs', [
        15,
        'unit',
        'DAILY',
      ]),
      line('ENERGY_RENEWABLE', 'Électricité renouvelable pour les scies', [120, 'MWh', 'YEARLY']),
      line('HR_RECRUITMENT', 'Opérateurs de clouage et caristes', [5, 'unit', 'YEARLY']),
      line('WATER_RAINWATER', "Réserve d'eau de pluie pour la défense incendie", [
        600,
        'm3',
        'YEARLY',
      ]),
    ],
    resources: [
      line(
        'WASTE_METALS',
        'Feuillards et pointes récupérés au démontage des palettes',
        [2, 't', 'YEARLY'],
        { wasteCode: '150104' },
      ),
    ],
  },
  {
    key: 'cartonnages',
    nafCode: '17.21A',
    outsourced: 'Maintenance des presses, collecte des chutes de carton, nettoyage',
    wasteSorted: true,
    wasteCostEur: 2900,
    energyBillEur: 42000,
    waterUseM3: 260,
    needs: [
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit (stock de carton inflammable)', [
        15,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_GROUP_PURCHASING', "Achats groupés d'encres et de colles"),
      line('ENERGY_RENEWABLE', 'Électricité renouvelable pour les lignes de découpe', [
        80,
        'MWh',
        'YEARLY',
      ]),
      line('SERVICE_INTER_COMPANY_CATERING', 'Repas de midi pour les équipes', [
        8,
        'unit',
        'DAILY',
      ]),
      line(
        'EQUIPMENT_STORAGE_SPACE',
        'Stockage de bobines de papier en pointe de saison',
        [100, 'unit', 'YEARLY'],
        { attributes: { storage: 'COVERED' } },
      ),
      line('HR_RECRUITMENT', "Conducteurs de machines d'impression et de découpe", [
        2,
        'unit',
        'YEARLY',
      ]),
    ],
    resources: [
      line('WASTE_CARDBOARD', 'Chutes de découpe de carton ondulé', [35, 't', 'YEARLY'], {
        wasteCode: '150101',
        description: 'Chutes propres, en balles de 400 kg.',
      }),
      line('EQUIPMENT_MEETING_ROOMS', 'Salle de réunion de 20 places', [2, 'day', 'MONTHLY']),
    ],
  },
  {
    key: 'conserverie',
    nafCode: '10.39A',
    outsourced: 'Analyses de laboratoire, nettoyage, expédition par messagerie',
    wasteSorted: true,
    wasteCostEur: 1900,
    energyBillEur: 14000,
    waterUseM3: 520,
    needs: [
      line('ENERGY_HEAT', 'Eau chaude pour le blanchiment et la stérilisation', [
        45,
        'MWh',
        'YEARLY',
      ]),
      line(
        'EQUIPMENT_COLD_STORAGE',
        'Chambre froide pour les légumes en saison',
        [20, 'unit', 'YEARLY'],
        { attributes: { storage: 'REFRIGERATED' } },
      ),
      line('WATER_PROCESS', 'Eau de lavage des légumes', [400, 'm3', 'YEARLY'], {
        attributes: { foodContact: true },
      }),
      line('SERVICE_WASTE_COLLECTION', 'Collecte des biodéchets et du verre'),
      line('SERVICE_ZONE_SIGNAGE', 'Panneau pour la boutique de vente directe'),
      line('SERVICE_GROUP_PURCHASING', 'Achats groupés de bocaux et de couvercles'),
    ],
    resources: [
      line('WASTE_ORGANIC_FOOD', 'Épluchures et écarts de tri de légumes', [8, 't', 'YEARLY'], {
        wasteCode: '020304',
      }),
      line('SERVICE_LOCAL_MEAL_BASKETS', 'Paniers de conserves et de produits locaux'),
    ],
  },
  {
    key: 'traiteur',
    nafCode: '10.85Z',
    outsourced: 'Livraison des plateaux repas, nettoyage des cuisines, espaces verts',
    wasteSorted: true,
    wasteCostEur: 5600,
    energyBillEur: 36000,
    waterUseM3: 1400,
    needs: [
      line('ENERGY_HEAT', 'Eau chaude pour la plonge', [30, 'MWh', 'YEARLY']),
      line(
        'EQUIPMENT_COLD_STORAGE',
        "Froid d'appoint pour les mariages et les fêtes",
        [15, 'unit', 'YEARLY'],
        { attributes: { storage: 'REFRIGERATED' } },
      ),
      line('SERVICE_GREEN_SPACE_MAINTENANCE', 'Entretien des abords du laboratoire', [
        6,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_WASTE_COLLECTION', 'Collecte des biodéchets de cuisine'),
      line('EQUIPMENT_EV_CHARGING_POINTS', 'Bornes pour les utilitaires de livraison électriques', [
        3,
        'unit',
        'ONE_OFF',
      ]),
      line('HR_SHARED_JOBS', 'Plongeur à temps partagé', [2, 'day', 'WEEKLY']),
    ],
    resources: [
      line(
        'WASTE_ORGANIC_FOOD',
        'Restes de préparation et biodéchets de cuisine',
        [12, 't', 'YEARLY'],
        { wasteCode: '200108' },
      ),
      line(
        'SERVICE_INTER_COMPANY_CATERING',
        'Repas livrés ou servis aux salariés de la zone',
        [60, 'unit', 'DAILY'],
        { description: 'Cuisine dimensionnée pour 150 couverts, utilisée à 60 % en semaine.' },
      ),
    ],
  },
  {
    key: 'chai',
    nafCode: '11.02B',
    outsourced: 'Embouteillage à façon, expédition des colis',
    wasteSorted: true,
    wasteCostEur: 1100,
    energyBillEur: 9000,
    waterUseM3: 700,
    needs: [
      line('MATERIAL_COMPOSTING_INPUTS', 'Matière organique compostée pour amender les vignes', [
        20,
        't',
        'YEARLY',
      ]),
      line('WATER_RAINWATER', 'Eau de pluie pour le lavage des cuves', [150, 'm3', 'YEARLY']),
      line('SERVICE_ZONE_SIGNAGE', 'Fléchage du caveau de vente'),
      line('SERVICE_WASTE_COLLECTION', 'Collecte du verre et des cartons'),
      line('HR_SHARED_JOBS', 'Saisonniers partagés pour la mise en bouteille', [
        20,
        'day',
        'YEARLY',
      ]),
      line('SERVICE_GREEN_SPACE_MAINTENANCE', 'Entretien des abords du caveau', [
        4,
        'h',
        'MONTHLY',
      ]),
    ],
    resources: [
      line('WASTE_GLASS', 'Bouteilles cassées et rebuts de verre', [3, 't', 'YEARLY'], {
        wasteCode: '150107',
      }),
    ],
  },
  {
    key: 'robotique',
    nafCode: '28.99B',
    outsourced: 'Usinage de pièces, nettoyage, infogérance',
    wasteSorted: false,
    wasteCostEur: 1300,
    energyBillEur: 12000,
    waterUseM3: 140,
    needs: [
      line('SERVICE_NETWORK_FIBRE', 'Fibre optique à très haut débit'),
      line('SERVICE_INTER_COMPANY_CATERING', "Repas de midi pour le bureau d'études", [
        6,
        'unit',
        'DAILY',
      ]),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Vidéosurveillance du parking'),
      line('EQUIPMENT_EV_CHARGING_POINTS', 'Bornes de recharge pour les visiteurs', [
        2,
        'unit',
        'ONE_OFF',
      ]),
      line('SERVICE_LOCAL_MEAL_BASKETS', 'Paniers de produits locaux livrés au bureau'),
      line('HR_RECRUITMENT', 'Techniciens roboticiens', [2, 'unit', 'YEARLY']),
      line('MATERIAL_PACKAGING', "Calage pour l'expédition des bras robotisés", [2, 't', 'YEARLY']),
    ],
    resources: [
      line('HR_SKILLS_SHARING', "Interventions d'un automaticien chez les voisins", [
        120,
        'h',
        'YEARLY',
      ]),
      line('EQUIPMENT_MEETING_ROOMS', 'Showroom et salle de démonstration', [1, 'day', 'WEEKLY']),
    ],
  },
  {
    key: 'data',
    nafCode: '63.11Z',
    outsourced: 'Maintenance de la climatisation, télésurveillance, ménage',
    wasteSorted: false,
    wasteCostEur: 800,
    energyBillEur: 88000,
    waterUseM3: 90,
    needs: [
      line('SERVICE_NETWORK_FIBRE', 'Seconde adduction fibre, pour la redondance'),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Vidéosurveillance des accès au bâtiment'),
      line('ENERGY_ELECTRICITY', 'Électricité des serveurs et de la climatisation', [
        450,
        'MWh',
        'YEARLY',
      ]),
      line('SERVICE_LOCAL_MEAL_BASKETS', "Paniers repas locaux pour l'équipe"),
      line('EQUIPMENT_EV_CHARGING_POINTS', 'Bornes de recharge pour le personnel', [
        2,
        'unit',
        'ONE_OFF',
      ]),
      line('HR_ZONE_FACILITATION', 'Animation et club des entreprises de la zone'),
    ],
    resources: [
      line(
        'ENERGY_WASTE_HEAT',
        'Chaleur de la salle serveurs (air à 40 °C)',
        [180, 'MWh', 'YEARLY'],
        {
          description: "Extraite en continu par la climatisation ; perdue en toiture aujourd'hui.",
        },
      ),
    ],
  },
  {
    key: 'electrotechnique',
    nafCode: '27.12Z',
    outsourced: 'Transport des armoires électriques, gardiennage, nettoyage',
    wasteSorted: true,
    wasteCostEur: 2100,
    energyBillEur: 19000,
    waterUseM3: 160,
    needs: [
      line('SERVICE_INTER_COMPANY_CATERING', "Repas de midi pour l'atelier", [6, 'unit', 'DAILY']),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Vidéosurveillance du stock de cuivre'),
      line('SERVICE_SHUTTLE_BUS', 'Navette depuis la gare de Cahors'),
      line('HR_SHARED_JOBS', 'Assistant administratif à temps partagé', [1, 'day', 'WEEKLY']),
      line('HR_RECRUITMENT', 'Câbleurs et électrotechniciens', [3, 'unit', 'YEARLY']),
      line('SERVICE_GROUP_PURCHASING', 'Achats groupés de cuivre et de composants'),
      line('MATERIAL_PACKAGING', 'Emballages pour les armoires expédiées', [3, 't', 'YEARLY']),
    ],
    resources: [
      line('WASTE_METALS', 'Chutes de câbles en cuivre', [1.5, 't', 'YEARLY'], {
        wasteCode: '170401',
      }),
      line('HR_SKILLS_SHARING', 'Formateur interne aux habilitations électriques', [
        35,
        'h',
        'YEARLY',
      ]),
    ],
  },
  {
    key: 'fournitures',
    nafCode: '46.69B',
    outsourced: 'Transport, gardiennage, nettoyage des locaux',
    wasteSorted: true,
    wasteCostEur: 2600,
    energyBillEur: 11000,
    waterUseM3: 120,
    needs: [
      line('MATERIAL_PACKAGING', 'Cartons et calage pour les expéditions', [5, 't', 'YEARLY'], {
        description: 'Cartons de réemploi bienvenus, même de formats variés.',
      }),
      line('MATERIAL_PALLETS', 'Palettes pour les expéditions', [800, 'unit', 'YEARLY']),
      line(
        'EQUIPMENT_STORAGE_SPACE',
        'Stockage tampon pour les commandes groupées',
        [80, 'unit', 'YEARLY'],
        { attributes: { storage: 'COVERED' } },
      ),
      line('EQUIPMENT_MEETING_ROOMS', 'Salle pour les démonstrations aux clients', [
        1,
        'day',
        'MONTHLY',
      ]),
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit autour du magasin', [15, 'h', 'MONTHLY']),
      line('SERVICE_INTER_COMPANY_CATERING', 'Repas de midi pour les équipes', [
        7,
        'unit',
        'DAILY',
      ]),
      line('SERVICE_NETWORK_FIBRE', 'Fibre pour la boutique en ligne'),
    ],
    resources: [
      line('EQUIPMENT_VEHICLES', 'Fourgon de livraison libre le vendredi', [7, 'h', 'WEEKLY']),
    ],
  },
  {
    key: 'distribution',
    nafCode: '46.39B',
    outsourced: 'Transport frigorifique, nettoyage, maintenance des chambres froides',
    wasteSorted: true,
    wasteCostEur: 6300,
    energyBillEur: 54000,
    waterUseM3: 380,
    needs: [
      line(
        'EQUIPMENT_COLD_STORAGE',
        'Places en chambre froide négative en été',
        [40, 'unit', 'YEARLY'],
        { attributes: { storage: 'FROZEN' } },
      ),
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit autour des quais', [20, 'h', 'MONTHLY']),
      line('SERVICE_WASTE_COLLECTION', 'Collecte des cartons et des films'),
      line('SERVICE_WASTE_REUSE', 'Don ou valorisation des invendus'),
      line('ENERGY_RENEWABLE', 'Électricité renouvelable pour les chambres froides', [
        100,
        'MWh',
        'YEARLY',
      ]),
      line('SERVICE_INTER_COMPANY_CATERING', 'Repas de midi pour les préparateurs', [
        6,
        'unit',
        'DAILY',
      ]),
    ],
    resources: [
      line('WASTE_CARDBOARD', 'Cartons de livraison', [14, 't', 'YEARLY'], {
        wasteCode: '150101',
      }),
      line(
        'WASTE_ORGANIC_FOOD',
        'Fruits et légumes invendus impropres à la vente',
        [10, 't', 'YEARLY'],
        { wasteCode: '020304' },
      ),
    ],
  },
  {
    key: 'energies',
    nafCode: '46.71Z',
    outsourced: 'Comptabilité, maintenance du dépôt',
    wasteSorted: false,
    wasteCostEur: 600,
    energyBillEur: 7000,
    waterUseM3: 40,
    needs: [
      line(
        'MATERIAL_METHANISATION_INPUTS',
        'Intrants pour un projet de méthaniseur sur la zone',
        [500, 't', 'YEARLY'],
        { description: 'Micro-méthanisation en projet avec des agriculteurs du Quercy Blanc.' },
      ),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Surveillance du dépôt de carburant'),
      line('HR_ZONE_FACILITATION', "Animation d'un club énergie de la zone"),
      line('SERVICE_ZONE_SIGNAGE', 'Fléchage du dépôt pour les livraisons'),
      line('HR_SHARED_JOBS', 'Commercial à temps partagé', [1, 'day', 'WEEKLY']),
    ],
    resources: [
      line(
        'ENERGY_RENEWABLE',
        "Électricité d'une centrale solaire en projet (autoconsommation collective)",
        [600, 'MWh', 'YEARLY'],
      ),
    ],
  },
  {
    key: 'garage',
    nafCode: '45.20A',
    outsourced: 'Collecte des huiles et des batteries, dépannage',
    wasteSorted: true,
    wasteCostEur: 1700,
    energyBillEur: 6500,
    waterUseM3: 110,
    needs: [
      line('WASTE_USED_OILS', "Huiles usagées pour le poêle de l'atelier", [1, 't', 'YEARLY'], {
        wasteCode: '130205',
        authorisedForHazardous: false,
        description: "Le garage n'a pas d'autorisation pour brûler des huiles usagées.",
      }),
      line('SERVICE_SECURITY_GUARDING', 'Surveillance des véhicules des clients la nuit', [
        10,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_FOOD_TRUCKS', 'Food trucks à midi'),
      line('SERVICE_WASTE_COLLECTION', 'Collecte groupée des filtres et des batteries'),
      line('SERVICE_GROUP_PURCHASING', 'Achats groupés de pièces et de lubrifiants'),
      line('HR_TRAINING', 'Formation aux véhicules électriques et hybrides', [21, 'h', 'YEARLY']),
    ],
    resources: [
      line('WASTE_METALS', 'Disques et étriers de frein usagés', [2, 't', 'YEARLY'], {
        wasteCode: '160117',
      }),
    ],
  },
  {
    key: 'ferronnerie',
    nafCode: '33.11Z',
    outsourced: 'Thermolaquage, transport des pièces lourdes',
    wasteSorted: true,
    wasteCostEur: 700,
    energyBillEur: 5500,
    waterUseM3: 35,
    needs: [
      line(
        'WASTE_METALS',
        "Chutes d'acier (barres, tôles) pour des pièces de ferronnerie",
        [2, 't', 'YEARLY'],
        { wasteCode: '120101' },
      ),
      line('EQUIPMENT_HANDLING', 'Nacelle pour la pose de garde-corps', [2, 'day', 'MONTHLY'], {
        attributes: { machineType: 'AERIAL_PLATFORM' },
      }),
      line('EQUIPMENT_VEHICLES', 'Fourgon pour livrer les portails', [7, 'h', 'MONTHLY']),
      line('SERVICE_FOOD_TRUCKS', 'Food trucks à midi'),
      line('SERVICE_VIDEO_SURVEILLANCE', "Vidéosurveillance de l'atelier"),
      line('HR_SHARED_JOBS', 'Secrétariat à temps partagé', [1, 'day', 'WEEKLY']),
    ],
    resources: [
      line('HR_SKILLS_SHARING', "Soudure et ferronnerie d'art à la demande", [60, 'h', 'YEARLY']),
    ],
  },
  {
    key: 'blanchisserie',
    nafCode: '96.01A',
    outsourced: 'Transport du linge, maintenance des machines',
    wasteSorted: false,
    wasteCostEur: 900,
    energyBillEur: 31000,
    waterUseM3: 2400,
    needs: [
      line('ENERGY_HEAT', 'Eau chaude de lavage (60 à 80 °C)', [150, 'MWh', 'YEARLY']),
      line('WATER_PROCESS', 'Eau de lavage du linge', [2000, 'm3', 'YEARLY']),
      line('ENERGY_RENEWABLE', 'Électricité renouvelable pour les séchoirs', [60, 'MWh', 'YEARLY']),
      line('SERVICE_FOOD_TRUCKS', 'Food trucks à midi'),
      line('SERVICE_VIDEO_SURVEILLANCE', 'Vidéosurveillance des accès'),
      line('SERVICE_ZONE_SIGNAGE', 'Fléchage pour les clients qui déposent leur linge'),
    ],
    resources: [],
  },
  {
    key: 'maconnerie',
    nafCode: '43.99C',
    outsourced: "Location d'engins, évacuation des gravats",
    wasteSorted: false,
    wasteCostEur: 6800,
    energyBillEur: 9500,
    waterUseM3: 210,
    needs: [
      line('SERVICE_SECURITY_GUARDING', 'Surveillance du dépôt de matériel', [15, 'h', 'MONTHLY']),
      line('SERVICE_MULTI_SERVICE_STATION', 'Station de lavage pour les camions-bennes'),
      line('SERVICE_WASTE_COLLECTION', 'Benne commune pour les déchets de chantier'),
      line(
        'EQUIPMENT_STORAGE_SPACE',
        'Stockage de matériaux entre deux chantiers',
        [40, 'unit', 'YEARLY'],
        { attributes: { storage: 'OUTDOOR' } },
      ),
      line(
        'EQUIPMENT_HANDLING',
        'Chariot télescopique pour les déchargements',
        [3, 'day', 'MONTHLY'],
        { attributes: { machineType: 'TELEHANDLER' } },
      ),
      line('HR_RECRUITMENT', 'Maçons qualifiés', [2, 'unit', 'YEARLY']),
      line('HR_SHARED_JOBS', 'Conducteur de travaux à temps partagé', [1, 'day', 'WEEKLY']),
    ],
    resources: [
      line('WASTE_INERT', 'Gravats et bétons de démolition', [60, 't', 'YEARLY'], {
        wasteCode: '170107',
      }),
    ],
  },
  {
    key: 'travaux-publics',
    nafCode: '42.11Z',
    outsourced: 'Entretien des engins, nettoyage, gardiennage occasionnel',
    wasteSorted: true,
    wasteCostEur: 8200,
    energyBillEur: 26000,
    waterUseM3: 540,
    needs: [
      line('SERVICE_SECURITY_GUARDING', "Rondes sur le parc d'engins", [30, 'h', 'MONTHLY']),
      line('SERVICE_MULTI_SERVICE_STATION', 'Station de lavage des engins'),
      line('SERVICE_FOOD_TRUCKS', 'Food trucks à midi'),
      line('HR_RECRUITMENT', "Conducteurs d'engins", [2, 'unit', 'YEARLY']),
      line('HR_TRAINING', "CACES pour les conducteurs d'engins", [35, 'h', 'YEARLY']),
      line('SERVICE_GROUP_PURCHASING', 'Achats groupés de gazole non routier'),
      line('SERVICE_WASTE_REUSE', 'Plateforme de recyclage des déblais'),
    ],
    resources: [
      line('EQUIPMENT_HANDLING', 'Chariot télescopique et nacelle entre deux chantiers', [
        10,
        'day',
        'MONTHLY',
      ]),
      line('WATER_RAINWATER', "Bassin de rétention d'eaux pluviales", [900, 'm3', 'YEARLY'], {
        attributes: { potable: false },
      }),
      line(
        'EQUIPMENT_STORAGE_SPACE',
        'Terrain de stockage extérieur clôturé',
        [100, 'unit', 'YEARLY'],
        { attributes: { storage: 'OUTDOOR' } },
      ),
    ],
  },
  {
    key: 'charpentes',
    nafCode: '43.91A',
    outsourced: 'Traitement du bois, grutage, transport',
    wasteSorted: true,
    wasteCostEur: 3100,
    energyBillEur: 15000,
    waterUseM3: 150,
    needs: [
      line('SERVICE_SECURITY_GUARDING', 'Rondes de nuit autour du stock de bois', [
        15,
        'h',
        'MONTHLY',
      ]),
      line('SERVICE_MULTI_SERVICE_STATION', 'Station carburant sur la zone'),
      line('SERVICE_WASTE_COLLECTION', 'Collecte des déchets de chantier'),
      line('EQUIPMENT_HANDLING', "Nacelle pour le montage à l'atelier", [2, 'day', 'MONTHLY'], {
        attributes: { machineType: 'AERIAL_PLATFORM' },
      }),
      line('HR_RECRUITMENT', 'Charpentiers', [2, 'unit', 'YEARLY']),
      line('HR_SHARED_JOBS', 'Dessinateur-projeteur à temps partagé', [1, 'day', 'WEEKLY']),
      line('SERVICE_GROUP_PURCHASING', 'Achats groupés de bois et de quincaillerie'),
    ],
    resources: [
      line('WASTE_WOOD', 'Chutes de bois de charpente non traité', [18, 't', 'YEARLY'], {
        wasteCode: '170201',
        attributes: { wood: { treated: false } },
      }),
    ],
  },
];

type Pair = { resource: [FirmKey, CategoryCode]; need: [FirmKey, CategoryCode]; why: string };

const B2B_MATCHES: Pair[] = [
  {
    resource: ['transports', 'WASTE_WOOD'],
    need: ['palettes', 'MATERIAL_PALLETS'],
    why: 'Les palettes cassées du transporteur se réparent chez le fabricant de palettes.',
  },
  {
    resource: ['logistique', 'MATERIAL_PALLETS'],
    need: ['fournitures', 'MATERIAL_PALLETS'],
    why: 'Les palettes Europe en surplus servent aux expéditions du grossiste.',
  },
  {
    resource: ['charpentes', 'WASTE_WOOD'],
    need: ['palettes', 'WASTE_WOOD'],
    why: 'Les chutes de bois non traité deviennent des dés de palettes.',
  },
  {
    resource: ['data', 'ENERGY_WASTE_HEAT'],
    need: ['blanchisserie', 'ENERGY_HEAT'],
    why: "La chaleur de la salle serveurs préchauffe l'eau de lavage de la blanchisserie.",
  },
  {
    resource: ['conserverie', 'WASTE_ORGANIC_FOOD'],
    need: ['energies', 'MATERIAL_METHANISATION_INPUTS'],
    why: 'Les épluchures de légumes alimentent le méthaniseur en projet.',
  },
  {
    resource: ['cartonnages', 'WASTE_CARDBOARD'],
    need: ['fournitures', 'MATERIAL_PACKAGING'],
    why: 'Les chutes de carton, broyées, font du calage pour les expéditions.',
  },
  {
    resource: ['logistique', 'EQUIPMENT_STORAGE_SPACE'],
    need: ['fournitures', 'EQUIPMENT_STORAGE_SPACE'],
    why: 'Les places palettes libres accueillent le stock tampon du grossiste.',
  },
  {
    resource: ['mecanique', 'WASTE_METALS'],
    need: ['ferronnerie', 'WASTE_METALS'],
    why: "Les chutes de barres d'acier, même code déchet, servent au ferronnier.",
  },
  {
    resource: ['travaux-publics', 'WATER_RAINWATER'],
    need: ['blanchisserie', 'WATER_PROCESS'],
    why: "L'eau du bassin de rétention, filtrée, remplace une part de l'eau de lavage.",
  },
  {
    resource: ['traiteur', 'SERVICE_INTER_COMPANY_CATERING'],
    need: ['mecanique', 'SERVICE_INTER_COMPANY_CATERING'],
    why: 'La cuisine du traiteur a de quoi servir les équipes voisines.',
  },
  {
    resource: ['energies', 'ENERGY_RENEWABLE'],
    need: ['data', 'ENERGY_ELECTRICITY'],
    why: "La centrale solaire en projet alimente l'hébergeur en autoconsommation collective.",
  },
  {
    resource: ['robotique', 'HR_SKILLS_SHARING'],
    need: ['mecanique', 'HR_SKILLS_SHARING'],
    why: "L'automaticien de la société de robotique dépanne l'atelier de mécanique.",
  },
  {
    resource: ['cartonnages', 'EQUIPMENT_MEETING_ROOMS'],
    need: ['transports', 'EQUIPMENT_MEETING_ROOMS'],
    why: 'La salle de réunion du cartonnier accueille les formations des conducteurs.',
  },
  {
    resource: ['travaux-publics', 'EQUIPMENT_HANDLING'],
    need: ['charpentes', 'EQUIPMENT_HANDLING'],
    why: 'La nacelle du terrassier, libre entre deux chantiers, sert au charpentier.',
  },
  {
    resource: ['frigo', 'EQUIPMENT_COLD_STORAGE'],
    need: ['traiteur', 'EQUIPMENT_COLD_STORAGE'],
    why: "Les places en chambre froide couvrent les pointes d'activité du traiteur.",
  },
];

const NON_MATCHES: (Pair & { reason: NonMatchReason })[] = [
  {
    resource: ['maconnerie', 'WASTE_INERT'],
    need: ['chai', 'MATERIAL_COMPOSTING_INPUTS'],
    reason: 'INCOMPATIBLE_CATEGORY',
    why: 'Des gravats ne se compostent pas, si proches soient-ils.',
  },
  {
    resource: ['chai', 'WASTE_GLASS'],
    need: ['fournitures', 'MATERIAL_PACKAGING'],
    reason: 'INCOMPATIBLE_CATEGORY',
    why: 'Du verre cassé ne fait pas du calage.',
  },
  {
    resource: ['mecanique', 'ENERGY_WASTE_HEAT'],
    need: ['data', 'ENERGY_ELECTRICITY'],
    reason: 'INCOMPATIBLE_CATEGORY',
    why: "De la chaleur fatale ne fournit pas d'électricité.",
  },
  {
    resource: ['transports', 'WASTE_USED_OILS'],
    need: ['garage', 'WASTE_USED_OILS'],
    reason: 'HAZARDOUS_WASTE_NOT_AUTHORISED',
    why: "Les huiles usagées sont un déchet dangereux que le garage n'est pas autorisé à prendre.",
  },
  {
    resource: ['logistique', 'SERVICE_SECURITY_GUARDING'],
    need: ['transports', 'SERVICE_SECURITY_GUARDING'],
    reason: 'UNLICENSED_SECURITY',
    why:
      "L'agent de nuit de la plateforme logistique ne garde que son employeur : surveiller un " +
      'voisin est une activité de sécurité privée soumise à autorisation du CNAPS.',
  },
  {
    resource: ['traiteur', 'WASTE_ORGANIC_FOOD'],
    need: ['chai', 'MATERIAL_COMPOSTING_INPUTS'],
    reason: 'ANIMAL_BY_PRODUCTS',
    why:
      'Des restes de repas sont des sous-produits animaux : seule une installation agréée peut ' +
      'les composter, pas le chai.',
  },
  {
    resource: ['frigo', 'ENERGY_WASTE_HEAT'],
    need: ['conserverie', 'ENERGY_HEAT'],
    reason: 'HEAT_PIPE_TOO_LONG',
    why:
      '45 MWh par an sur 500 m de canalisation : bien trop peu de chaleur pour payer le réseau ' +
      '(seuil du Fonds Chaleur : 1,5 MWh par mètre et par an).',
  },
  {
    resource: ['frigo', 'EQUIPMENT_COLD_STORAGE'],
    need: ['distribution', 'EQUIPMENT_COLD_STORAGE'],
    reason: 'STORAGE_REGIME',
    why: 'Une chambre froide positive (0 à 4 °C) ne conserve pas des surgelés.',
  },
  {
    resource: ['logistique', 'EQUIPMENT_HANDLING'],
    need: ['ferronnerie', 'EQUIPMENT_HANDLING'],
    reason: 'EQUIPMENT_TYPE',
    why: 'Un chariot élévateur ne remplace pas une nacelle pour poser des garde-corps.',
  },
  {
    resource: ['travaux-publics', 'WATER_RAINWATER'],
    need: ['conserverie', 'WATER_PROCESS'],
    reason: 'WATER_QUALITY',
    why: "L'eau du bassin de rétention n'est pas potable : elle ne lave pas des légumes.",
  },
];

/** The collective needs the programme discussed first; each is shared by several firms. */
const COLLECTIVE_MATCH_CATEGORIES: CategoryCode[] = [
  'SERVICE_SECURITY_GUARDING',
  'SERVICE_INTER_COMPANY_CATERING',
  'SERVICE_GROUP_PURCHASING',
  'SERVICE_WASTE_COLLECTION',
  'SERVICE_VIDEO_SURVEILLANCE',
  'SERVICE_MULTI_SERVICE_STATION',
  'SERVICE_FOOD_TRUCKS',
  'SERVICE_ZONE_SIGNAGE',
  'SERVICE_NETWORK_FIBRE',
  'ENERGY_RENEWABLE',
  'HR_SHARED_JOBS',
];

/** Which answer to "which services would you share?" a declaration of the category stands for. */
const POOLING_CHOICE_OF: Partial<Record<CategoryCode, PoolingChoice>> = {
  SERVICE_SECURITY_GUARDING: 'SECURITY',
  SERVICE_VIDEO_SURVEILLANCE: 'SECURITY',
  SERVICE_INTER_COMPANY_CATERING: 'CATERING',
  SERVICE_FOOD_TRUCKS: 'CATERING',
  SERVICE_LOCAL_MEAL_BASKETS: 'CATERING',
  SERVICE_GREEN_SPACE_MAINTENANCE: 'GREEN_SPACES',
  SERVICE_NETWORK_FIBRE: 'NETWORK',
  SERVICE_WASTE_COLLECTION: 'WASTE_COLLECTION',
  SERVICE_WASTE_REUSE: 'WASTE_COLLECTION',
  SERVICE_GROUP_PURCHASING: 'GROUP_PURCHASING',
  SERVICE_SHUTTLE_BUS: 'MOBILITY',
  SERVICE_MULTI_SERVICE_STATION: 'MOBILITY',
  EQUIPMENT_EV_CHARGING_POINTS: 'MOBILITY',
};

/** Positions to fill a year from which the firm calls recruiting severely hard. */
const SEVERE_RECRUITMENT_POSITIONS = 4;

/** The figures the firm gave for its declaration of that kind and category, if any. */
function economicsFor(
  firm: FirmKey,
  kind: DeclarationKind,
  categoryCode: CategoryCode,
): CampaignEconomics | undefined {
  const figures = FIRM_FIGURES.find(
    (entry) => entry.firm === firm && entry.kind === kind && entry.categoryCode === categoryCode,
  );
  return figures && economicsOf(figures);
}

function toDeclaration(
  firm: FirmKey,
  kind: DeclarationKind,
  draft: DraftDeclaration,
): CampaignDeclaration {
  const category = findCategory(draft.categoryCode);
  if (!category) throw new Error(`${draft.categoryCode} is not a category of the taxonomy`);
  const declaration: CampaignDeclaration = {
    kind,
    theme: category.theme,
    categoryCode: draft.categoryCode,
    label: draft.label,
  };
  if (draft.description !== undefined) declaration.description = draft.description;
  if (draft.amount) {
    const [quantity, unit, frequency] = draft.amount;
    Object.assign(declaration, { quantity, unit, frequency });
  }
  if (draft.wasteCode !== undefined) declaration.wasteCode = draft.wasteCode;
  if (draft.authorisedForHazardous !== undefined) {
    declaration.authorisedForHazardous = draft.authorisedForHazardous;
  }
  if (draft.attributes !== undefined) {
    const checked = checkDeclarationAttributes(draft.categoryCode, draft.attributes);
    if ('problem' in checked) {
      throw new Error(`"${draft.label}": ${checked.problem.field} ${checked.problem.message}`);
    }
    declaration.attributes = checked.attributes;
  }
  const economics = economicsFor(firm, kind, draft.categoryCode);
  if (economics) declaration.economics = economics;
  return declaration;
}

function decimalFr(value: number): string {
  return String(value).replace('.', ',');
}

function amountText({ quantity, unit, frequency }: CampaignDeclaration): string {
  if (quantity === undefined || !unit || !frequency) return '';
  return ` (${decimalFr(quantity)} ${unit} ${FREQUENCY_LABELS[frequency].labelFr.toLowerCase()})`;
}

function answersFor(firm: FirmInterview, declarations: CampaignDeclaration[]): CampaignAnswer[] {
  const resources = declarations.filter((declaration) => declaration.kind === 'RESOURCE');
  const needs = declarations.filter((declaration) => declaration.kind === 'NEED');
  const pooled = new Set(
    declarations.map((declaration) => POOLING_CHOICE_OF[declaration.categoryCode]),
  );
  const spareEquipment = resources.filter((declaration) => declaration.theme === 'EQUIPMENT');
  const wastes = resources.filter((declaration) => declaration.theme === 'MATERIALS_WASTE');
  const positions = needs
    .filter((declaration) => declaration.categoryCode === 'HR_RECRUITMENT')
    .reduce((total, declaration) => total + (declaration.quantity ?? 0), 0);
  const recruitment: RecruitmentDifficulty =
    positions >= SEVERE_RECRUITMENT_POSITIONS ? 'SEVERE' : positions > 0 ? 'SOME' : 'NONE';
  const has = (kind: DeclarationKind, categoryCode: CategoryCode) =>
    declarations.some((d) => d.kind === kind && d.categoryCode === categoryCode);
  return [
    { questionKey: 'services.outsourced', value: firm.outsourced },
    {
      questionKey: 'services.pooling_interest',
      value: POOLING_CHOICES.filter((choice) => pooled.has(choice)),
    },
    {
      questionKey: 'equipment.underused',
      value:
        spareEquipment.map((d) => d.label + amountText(d)).join(' ; ') ||
        'Aucun équipement sous-utilisé',
    },
    { questionKey: 'equipment.would_lend', value: spareEquipment.length > 0 },
    { questionKey: 'waste.sorted_on_site', value: firm.wasteSorted },
    { questionKey: 'waste.annual_cost_eur', value: firm.wasteCostEur },
    {
      questionKey: 'waste.main_flows',
      value:
        wastes.map((d) => d.label + amountText(d)).join(' ; ') ||
        'Déchets en mélange et emballages, collectés avec les ordures ménagères',
    },
    { questionKey: 'hr.recruitment_difficulty', value: recruitment },
    { questionKey: 'hr.shared_jobs_interest', value: has('NEED', 'HR_SHARED_JOBS') },
    { questionKey: 'fluids.energy_bill_eur', value: firm.energyBillEur },
    { questionKey: 'fluids.waste_heat', value: has('RESOURCE', 'ENERGY_WASTE_HEAT') },
    { questionKey: 'fluids.water_use_m3', value: firm.waterUseM3 },
  ];
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The date itself on a weekday, else the Monday after. */
function workingDayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

interface Schedule {
  plannedFor: string;
  conductedOn: string;
}

function schedule(random: Random, count: number): Schedule[] {
  const result: Schedule[] = [];
  let plannedFor = workingDayFrom(FIRST_INTERVIEW);
  for (let i = 0; i < count; i += 1) {
    if (i > 0) plannedFor = workingDayFrom(addDays(plannedFor, between(random, ...GAP_DAYS)));
    const postponed = random() < POSTPONED_SHARE;
    const conductedOn = postponed
      ? workingDayFrom(addDays(plannedFor, between(random, ...POSTPONEMENT_DAYS)))
      : plannedFor;
    result.push({ plannedFor, conductedOn });
  }
  return result;
}

/** The largest firm of Cahors Sud with that activity: the campaign started with the biggest. */
function firmOfActivity(firms: DemoOrganization[], nafCode: string): DemoOrganization {
  const candidates = firms.filter((firm) => firm.nafCode === nafCode);
  if (candidates.length === 0) throw new Error(`no firm of Cahors Sud has NAF code ${nafCode}`);
  return candidates.reduce((largest, firm) =>
    (firm.headcount ?? 0) > (largest.headcount ?? 0) ? firm : largest,
  );
}

function notesFor(firm: DemoOrganization, declarations: CampaignDeclaration[]): string {
  const needs = declarations.filter((declaration) => declaration.kind === 'NEED').length;
  const resources = declarations.length - needs;
  const met = firm.contact ? ` avec ${firm.contact.name} (${firm.contact.role})` : '';
  const count = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `Entretien sur site${met} : ${count(needs, 'besoin')} et ${count(resources, 'ressource')} relevés.`;
}

export function generateInterviewCampaign(data: DemoData = generateDemoData()): InterviewCampaign {
  const random = mulberry32(SEED);
  const firmsOfPark = data.organizations.filter((organization) => organization.zone === CAHORS_SUD);
  // Interviews were held in no particular order of trade.
  const order = shuffled(random, FIRM_INTERVIEWS);
  const dates = schedule(random, order.length);
  const organizationOf = new Map<FirmKey, DemoOrganization>();
  const interviews = order.map((firm, index): CampaignInterview => {
    const organization = firmOfActivity(firmsOfPark, firm.nafCode);
    organizationOf.set(firm.key, organization);
    const declarations = [
      ...firm.needs.map((draft) => toDeclaration(firm.key, 'NEED', draft)),
      ...firm.resources.map((draft) => toDeclaration(firm.key, 'RESOURCE', draft)),
    ];
    return {
      siret: organization.siret,
      organizationName: organization.name,
      trade: organization.trade as Trade,
      interviewer: CAMPAIGN_INTERVIEWER,
      ...dates[index],
      notes: notesFor(organization, declarations),
      answers: answersFor(firm, declarations),
      declarations,
    };
  });

  const ref = (
    [key, categoryCode]: [FirmKey, CategoryCode],
    kind: DeclarationKind,
  ): DeclarationRef => {
    const organization = organizationOf.get(key) as DemoOrganization;
    return { siret: organization.siret, organizationName: organization.name, kind, categoryCode };
  };
  const firmsDeclaring = (kind: DeclarationKind, categoryCode: CategoryCode) =>
    interviews
      .filter((interview) =>
        interview.declarations.some((d) => d.kind === kind && d.categoryCode === categoryCode),
      )
      .map((interview) => interview.siret);

  return {
    zone: CAHORS_SUD,
    gridVersion: GRID_VERSION,
    interviewer: CAMPAIGN_INTERVIEWER,
    interviews,
    collectiveMatches: COLLECTIVE_MATCH_CATEGORIES.map((categoryCode) => ({
      categoryCode,
      neededBy: firmsDeclaring('NEED', categoryCode),
      offeredBy: firmsDeclaring('RESOURCE', categoryCode),
    })),
    b2bMatches: B2B_MATCHES.map(({ resource, need, why }) => ({
      resource: ref(resource, 'RESOURCE'),
      need: ref(need, 'NEED'),
      why,
    })),
    nonMatches: NON_MATCHES.map(({ resource, need, reason, why }) => ({
      resource: ref(resource, 'RESOURCE'),
      need: ref(need, 'NEED'),
      reason,
      why,
    })),
  };
}

/** Needs and resources of the campaign, theme by theme. */
export function countsPerTheme(
  campaign: InterviewCampaign,
): Record<'needs' | 'resources', Record<Theme, number>> {
  const zero = () => Object.fromEntries(THEMES.map((theme) => [theme, 0])) as Record<Theme, number>;
  const counts = { needs: zero(), resources: zero() };
  for (const declaration of campaign.interviews.flatMap((interview) => interview.declarations)) {
    counts[declaration.kind === 'NEED' ? 'needs' : 'resources'][declaration.theme] += 1;
  }
  return counts;
}
