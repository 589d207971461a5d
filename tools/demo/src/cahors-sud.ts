/**
 * Demo data of the LOT'EC programme: the Grand Cahors, its seven business zones, the firms of
 * the Cahors Sud park and the programme's bodies. Every firm, person, SIRET, e-mail address and
 * phone number is invented; the same data comes out of every run.
 */
import type { Polygon, Position } from 'geojson';
import { completeSiret, luhnCheckDigit } from '@symbiose/sirene';
import { between, mulberry32, pick, Random, shuffled } from './random';

/** The GraphQL enums ZoneKind and OrganizationKind, as far as this data uses them. */
export type ZoneKind = 'INDUSTRIAL' | 'COMMERCIAL' | 'ARTISANAL' | 'MIXED';
export type OrganizationKind = 'COMPANY' | 'PUBLIC_BODY' | 'ASSOCIATION' | 'CONSULTANCY';

export const TRADES = [
  'TRANSPORT_LOGISTICS',
  'INDUSTRY',
  'AGRIFOOD',
  'ROBOTICS_DIGITAL',
  'WHOLESALE',
  'CRAFTS',
  'CONSTRUCTION',
] as const;
export type Trade = (typeof TRADES)[number];

export interface DemoZone {
  name: string;
  kind: ZoneKind;
  latitude: number;
  longitude: number;
  perimeter?: Polygon;
}

export interface DemoAddress {
  street: string;
  postalCode: string;
  city: string;
}

export interface DemoContact {
  name: string;
  role: string;
  email: string;
  phone: string;
  consentToContact: boolean;
}

export interface DemoOrganization {
  siret: string;
  name: string;
  kind: OrganizationKind;
  nafCode: string;
  /** Only for the firms of the park. */
  trade?: Trade;
  headcount?: number;
  address?: DemoAddress;
  latitude?: number;
  longitude?: number;
  /** Name of the zone; the programme's bodies have none. */
  zone?: string;
  businessAssociationMember: boolean;
  contact?: DemoContact;
}

export interface DemoData {
  territory: { name: string };
  zones: DemoZone[];
  organizations: DemoOrganization[];
}

export const TERRITORY_NAME = 'Grand Cahors';
export const CAHORS_SUD = 'Cahors Sud';

/** Any fixed seed would do; this one reads LOT'EC, more or less. */
const SEED = 0x107ec;
const TARGET_JOBS = 800;
const MEMBER_SHARE = 0.6;
const CONTACT_SHARE = 0.45;
const CONSENT_SHARE = 0.8;
const POSTAL_CODE = '46000';
const CITY = 'Cahors';
const CAHORS_SUD_CENTRE: Position = [1.452, 44.405];

/** About 1.67 km², a few km south of Cahors along the A20 (positions are [longitude, latitude]). */
const CAHORS_SUD_RING: Position[] = [
  [1.44381, 44.39897],
  [1.45434, 44.39831],
  [1.46042, 44.40149],
  [1.46065, 44.40751],
  [1.45551, 44.41119],
  [1.44709, 44.41086],
  [1.44311, 44.40684],
  [1.44335, 44.40199],
  [1.44381, 44.39897],
];

const OTHER_ZONES: DemoZone[] = [
  { name: 'Les Grands Camps', kind: 'COMMERCIAL', latitude: 44.471, longitude: 1.433 },
  { name: 'Regourd', kind: 'COMMERCIAL', latitude: 44.456, longitude: 1.4295 },
  { name: 'Cahors Nord – Labéraudie', kind: 'COMMERCIAL', latitude: 44.4665, longitude: 1.447 },
  { name: 'Terre Rouge', kind: 'COMMERCIAL', latitude: 44.437, longitude: 1.453 },
  { name: 'Pradines – Bellevue', kind: 'ARTISANAL', latitude: 44.482, longitude: 1.402 },
  { name: 'Mercuès – Le Bourdié', kind: 'INDUSTRIAL', latitude: 44.495, longitude: 1.384 },
];

/** The park's streets, each served from a point: a firm takes the street nearest to it. */
const STREETS: { name: string; at: Position }[] = [
  { name: 'Avenue du Causse', at: [1.452, 44.405] },
  { name: 'Rue des Transporteurs', at: [1.456, 44.4005] },
  { name: 'Rue de la Truffière', at: [1.4475, 44.409] },
  { name: 'Rue Clément Ader', at: [1.4585, 44.406] },
  { name: 'Allée des Vignes', at: [1.453, 44.4095] },
  { name: 'Rue des Artisans', at: [1.446, 44.404] },
  { name: 'Impasse du Quercy Blanc', at: [1.448, 44.4] },
];

interface Activity {
  nafCode: string;
  /** `{}` stands for a family name. */
  name: string;
}

interface TradeProfile {
  trade: Trade;
  firms: number;
  /** Headcount range before scaling to the park's total; most firms sit near the bottom. */
  headcount: [number, number];
  activities: Activity[];
}

const PROFILES: TradeProfile[] = [
  {
    trade: 'TRANSPORT_LOGISTICS',
    firms: 17,
    headcount: [2, 90],
    activities: [
      { nafCode: '49.41A', name: 'Transports {}' },
      { nafCode: '52.10B', name: '{} Logistique' },
      { nafCode: '49.41B', name: 'Messageries {}' },
      { nafCode: '52.29A', name: '{} Express' },
      { nafCode: '52.29B', name: 'Affrètement {}' },
      { nafCode: '52.10A', name: 'Entrepôts frigorifiques {}' },
      { nafCode: '49.42Z', name: 'Déménagements {}' },
      { nafCode: '77.12Z', name: '{} Location Poids Lourds' },
    ],
  },
  {
    trade: 'INDUSTRY',
    firms: 14,
    headcount: [3, 120],
    activities: [
      { nafCode: '25.62B', name: 'Mécanique {}' },
      { nafCode: '25.11Z', name: 'Structures métalliques {}' },
      { nafCode: '22.22Z', name: '{} Plasturgie' },
      { nafCode: '16.24Z', name: 'Palettes {}' },
      { nafCode: '17.21A', name: 'Cartonnages {}' },
      { nafCode: '25.61Z', name: '{} Traitement de surface' },
      { nafCode: '23.61Z', name: 'Préfa Béton {}' },
      { nafCode: '33.12Z', name: '{} Maintenance industrielle' },
      { nafCode: '31.09B', name: 'Agencement {}' },
      { nafCode: '28.30Z', name: '{} Machinisme agricole' },
    ],
  },
  {
    trade: 'AGRIFOOD',
    firms: 12,
    headcount: [2, 80],
    activities: [
      { nafCode: '10.13B', name: 'Salaisons {}' },
      { nafCode: '10.12Z', name: 'Foies gras {}' },
      { nafCode: '11.02B', name: 'Chai {}' },
      { nafCode: '10.51C', name: 'Fromagerie {}' },
      { nafCode: '10.71A', name: 'Panification {}' },
      { nafCode: '10.39A', name: 'Conserverie {}' },
      { nafCode: '10.85Z', name: '{} Traiteur' },
      { nafCode: '10.82Z', name: 'Chocolaterie {}' },
      { nafCode: '10.89Z', name: '{} Saveurs du Quercy' },
    ],
  },
  {
    trade: 'ROBOTICS_DIGITAL',
    firms: 10,
    headcount: [1, 40],
    activities: [
      { nafCode: '28.99B', name: '{} Robotique' },
      { nafCode: '62.01Z', name: '{} Logiciels' },
      { nafCode: '33.20C', name: '{} Automatismes' },
      { nafCode: '62.02A', name: '{} Conseil numérique' },
      { nafCode: '63.11Z', name: '{} Data' },
      { nafCode: '26.51B', name: '{} Instruments' },
      { nafCode: '71.12B', name: '{} Ingénierie' },
      { nafCode: '27.12Z', name: '{} Électrotechnique' },
    ],
  },
  {
    trade: 'WHOLESALE',
    firms: 16,
    headcount: [1, 45],
    activities: [
      { nafCode: '46.73A', name: '{} Matériaux' },
      { nafCode: '46.69B', name: '{} Fournitures industrielles' },
      { nafCode: '46.61Z', name: '{} Agri-Équipement' },
      { nafCode: '46.34Z', name: '{} Boissons' },
      { nafCode: '46.39B', name: '{} Distribution alimentaire' },
      { nafCode: '46.74B', name: '{} Sanitaire Chauffage' },
      { nafCode: '46.52Z', name: '{} Composants' },
      { nafCode: '46.71Z', name: '{} Énergies' },
      { nafCode: '46.31Z', name: 'Primeurs {}' },
      { nafCode: '45.31Z', name: '{} Pièces Auto' },
    ],
  },
  {
    trade: 'CRAFTS',
    firms: 17,
    headcount: [1, 12],
    activities: [
      { nafCode: '16.23Z', name: 'Menuiserie {}' },
      { nafCode: '45.20A', name: 'Garage {}' },
      { nafCode: '45.20B', name: '{} Poids Lourds Service' },
      { nafCode: '18.12Z', name: 'Imprimerie {}' },
      { nafCode: '23.70Z', name: 'Taille de pierre {}' },
      { nafCode: '10.71C', name: 'Boulangerie {}' },
      { nafCode: '13.92Z', name: 'Sellerie {}' },
      { nafCode: '33.11Z', name: 'Ferronnerie {}' },
      { nafCode: '95.24Z', name: 'Ébénisterie {}' },
      { nafCode: '96.01A', name: 'Blanchisserie {}' },
    ],
  },
  {
    trade: 'CONSTRUCTION',
    firms: 14,
    headcount: [1, 50],
    activities: [
      { nafCode: '43.99C', name: 'Maçonnerie {}' },
      { nafCode: '43.21A', name: '{} Électricité' },
      { nafCode: '43.22A', name: 'Plomberie {}' },
      { nafCode: '43.22B', name: '{} Climatisation' },
      { nafCode: '43.91A', name: 'Charpentes {}' },
      { nafCode: '43.12A', name: 'Terrassements {}' },
      { nafCode: '42.11Z', name: '{} Travaux Publics' },
      { nafCode: '43.34Z', name: 'Peinture {}' },
      { nafCode: '43.32A', name: 'Menuiseries {} PVC' },
      { nafCode: '43.29A', name: '{} Isolation' },
      { nafCode: '41.20A', name: 'Maisons {}' },
    ],
  },
];

// prettier-ignore
export const FAMILY_NAMES = [
  'Delpech', 'Lacombe', 'Bouscarel', 'Vayssières', 'Lafon', 'Cayla', 'Marty', 'Roques',
  'Delmas', 'Laval', 'Fournié', 'Calmettes', 'Bessières', 'Couderc', 'Andrieu', 'Lagarrigue',
  'Pélissié', 'Lestrade', 'Soulié', 'Teulières', 'Verdier', 'Aymard', 'Gineste', 'Cassagnes',
  'Lapergue', 'Puech', 'Cabrol', 'Salgues', 'Garrigou', 'Rouquié', 'Faurie', 'Mouly',
  'Ournac', 'Bergougnoux', 'Lafage', 'Cubaynes', 'Delbos', 'Bouzou', 'Rességuier', 'Larroque',
  'Pradié', 'Trémoulet', 'Lacarrière', 'Vialard', 'Astruc', 'Bonnafous', 'Combes', 'Costes',
  'Delrieu', 'Escudié', 'Granié', 'Issaly', 'Juéry', 'Lalbertie', 'Nadal', 'Pouget',
  'Rigal', 'Séguy', 'Taillade', 'Valette',
];

// prettier-ignore
export const FIRST_NAMES = [
  'Julien', 'Camille', 'Sophie', 'Thomas', 'Élodie', 'Nicolas', 'Laure', 'Mathieu', 'Claire',
  'Guillaume', 'Sandrine', 'Pierre', 'Aurélie', 'Jérôme', 'Céline', 'Romain', 'Marion',
  'Sébastien', 'Émilie', 'Vincent', 'Nathalie', 'Fabien', 'Hélène', 'Bastien',
];

const ROLES = [
  'Gérance',
  'Direction de site',
  'Responsable QSE',
  'Responsable logistique',
  'Responsable maintenance',
  'Responsable achats',
  'Responsable administratif',
];

const LEGAL_FORMS = ['SARL', 'SAS', 'SAS', 'SARL', 'EURL', 'SA'];

/** Phone numbers in the range the French regulator (ARCEP) keeps for fiction: none is real. */
const FICTION_PHONE_PREFIX = '05 36 49';

interface Body {
  name: string;
  kind: OrganizationKind;
  nafCode: string;
  contact?: { name: string; role: string; domain: string; consentToContact: boolean };
}

const BODIES: Body[] = [
  {
    name: "Communauté d'agglomération du Grand Cahors",
    kind: 'PUBLIC_BODY',
    nafCode: '84.11Z',
    contact: {
      name: 'Anne Vernhes',
      role: 'Chargée de mission développement économique',
      domain: 'grand-cahors.example',
      consentToContact: true,
    },
  },
  {
    name: 'SYDED du Lot',
    kind: 'PUBLIC_BODY',
    nafCode: '38.11Z',
    contact: {
      name: 'Marc Lavergne',
      role: 'Responsable prévention des déchets',
      domain: 'syded-lot.example',
      consentToContact: true,
    },
  },
  {
    name: 'CCI du Lot',
    kind: 'PUBLIC_BODY',
    nafCode: '94.11Z',
    contact: {
      name: 'Isabelle Conte',
      role: 'Conseillère environnement',
      domain: 'cci-lot.example',
      consentToContact: false,
    },
  },
  { name: 'ADEME', kind: 'PUBLIC_BODY', nafCode: '84.13Z' },
  { name: 'Région Occitanie', kind: 'PUBLIC_BODY', nafCode: '84.11Z' },
  { name: "AD'OCC", kind: 'PUBLIC_BODY', nafCode: '70.22Z' },
  {
    name: 'Boucles Locales Conseil',
    kind: 'CONSULTANCY',
    nafCode: '70.22Z',
    contact: {
      name: 'Lucie Ferrand',
      role: 'Animatrice EIT',
      domain: 'boucles-locales.example',
      consentToContact: true,
    },
  },
];

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Ray casting: whether a [longitude, latitude] point lies inside a closed ring. */
function isInsideRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Firms are placed inside the perimeter shrunk by 10 % towards its centre, so that no plot
 * sits on the boundary road and rounding the coordinates cannot push one outside.
 */
const PLOT_RING: Position[] = CAHORS_SUD_RING.map(([x, y]) => [
  CAHORS_SUD_CENTRE[0] + 0.9 * (x - CAHORS_SUD_CENTRE[0]),
  CAHORS_SUD_CENTRE[1] + 0.9 * (y - CAHORS_SUD_CENTRE[1]),
]);

const [PLOT_WEST, PLOT_EAST] = extent(PLOT_RING.map(([x]) => x));
const [PLOT_SOUTH, PLOT_NORTH] = extent(PLOT_RING.map(([, y]) => y));

function extent(values: number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

function randomPlot(random: Random): Position {
  for (;;) {
    const x = PLOT_WEST + random() * (PLOT_EAST - PLOT_WEST);
    const y = PLOT_SOUTH + random() * (PLOT_NORTH - PLOT_SOUTH);
    if (isInsideRing([x, y], PLOT_RING)) return [round(x, 6), round(y, 6)];
  }
}

function nearestStreet([x, y]: Position): string {
  const distance = ([sx, sy]: Position) =>
    Math.hypot((sx - x) * Math.cos((y * Math.PI) / 180), sy - y);
  return STREETS.reduce((best, street) => (distance(street.at) < distance(best.at) ? street : best))
    .name;
}

type SiretSource = (firstDigit: string) => string;

/** Hands out SIRETs of head offices (NIC 0001x) on invented SIRENs, each once. */
function siretFactory(random: Random): SiretSource {
  const used = new Set<string>();
  return (firstDigit) => {
    for (;;) {
      const base = firstDigit + String(Math.floor(random() * 1e7)).padStart(7, '0');
      const siren = base + luhnCheckDigit(base);
      if (used.has(siren)) continue;
      used.add(siren);
      return completeSiret(`${siren}0001`);
    }
  };
}

/** Gives each street increasing house numbers, so that no two firms share an address. */
function addressFactory(random: Random): (plot: Position) => DemoAddress {
  const lastNumbers = new Map<string, number>();
  return (plot) => {
    const street = nearestStreet(plot);
    const number = (lastNumbers.get(street) ?? 0) + between(random, 1, 6);
    lastNumbers.set(street, number);
    return { street: `${number} ${street}`, postalCode: POSTAL_CODE, city: CITY };
  };
}

function fictionPhone(random: Random): string {
  const pair = () => String(between(random, 0, 99)).padStart(2, '0');
  return `${FICTION_PHONE_PREFIX} ${pair()} ${pair()}`;
}

const emailOf = (name: string, domain: string) =>
  `${name.split(' ').map(slug).join('.')}@${domain}`;

function contactFor(random: Random, domain: string): DemoContact {
  const name = `${pick(random, FIRST_NAMES)} ${pick(random, FAMILY_NAMES)}`;
  return {
    name,
    role: pick(random, ROLES),
    email: emailOf(name, domain),
    phone: fictionPhone(random),
    consentToContact: random() < CONSENT_SHARE,
  };
}

interface HeadcountDraw {
  minimum: number;
  extra: number;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Scales what each firm employs above its trade's minimum, so that the park adds up to its
 * known number of jobs while the smallest firms keep a plausible size.
 */
function assignHeadcounts(firms: DemoOrganization[], draws: HeadcountDraw[]): void {
  const factor = (TARGET_JOBS - sum(draws.map((d) => d.minimum))) / sum(draws.map((d) => d.extra));
  firms.forEach((firm, index) => {
    firm.headcount = draws[index].minimum + Math.round(draws[index].extra * factor);
  });
}

interface FirmSources {
  random: Random;
  nextSiret: SiretSource;
  nextAddress: (plot: Position) => DemoAddress;
}

function generateFirm(
  { random, nextSiret, nextAddress }: FirmSources,
  trade: Trade,
  activity: Activity,
  familyName: string,
): DemoOrganization {
  const tradeName = activity.name.replace('{}', familyName);
  const [longitude, latitude] = randomPlot(random);
  return {
    siret: nextSiret(pick(random, ['8', '9'])),
    name: `${tradeName} ${pick(random, LEGAL_FORMS)}`,
    kind: 'COMPANY',
    nafCode: activity.nafCode,
    trade,
    address: nextAddress([longitude, latitude]),
    latitude,
    longitude,
    zone: CAHORS_SUD,
    businessAssociationMember: random() < MEMBER_SHARE,
    contact:
      random() < CONTACT_SHARE ? contactFor(random, `${slug(tradeName)}.example`) : undefined,
  };
}

function generateFirms(random: Random, nextSiret: SiretSource): DemoOrganization[] {
  const sources: FirmSources = { random, nextSiret, nextAddress: addressFactory(random) };
  const families = shuffled(random, FAMILY_NAMES);
  const firms: DemoOrganization[] = [];
  const draws: HeadcountDraw[] = [];
  for (const { trade, firms: count, headcount, activities } of PROFILES) {
    for (let i = 0; i < count; i += 1) {
      const familyName = families[firms.length % families.length];
      firms.push(generateFirm(sources, trade, activities[i % activities.length], familyName));
      const [minimum, maximum] = headcount;
      draws.push({ minimum, extra: (maximum - minimum) * random() ** 2 });
    }
  }
  assignHeadcounts(firms, draws);
  return firms;
}

function generateBodies(random: Random, nextSiret: SiretSource): DemoOrganization[] {
  return BODIES.map(({ contact, ...body }) => ({
    ...body,
    // SIRENs of public bodies start with 1 or 2; 2 is the local authorities' range.
    siret: nextSiret(body.kind === 'PUBLIC_BODY' ? '2' : '8'),
    businessAssociationMember: false,
    contact: contact && {
      name: contact.name,
      role: contact.role,
      email: emailOf(contact.name, contact.domain),
      phone: fictionPhone(random),
      consentToContact: contact.consentToContact,
    },
  }));
}

export function generateDemoData(): DemoData {
  const random = mulberry32(SEED);
  const nextSiret = siretFactory(random);
  const cahorsSud: DemoZone = {
    name: CAHORS_SUD,
    kind: 'MIXED',
    latitude: CAHORS_SUD_CENTRE[1],
    longitude: CAHORS_SUD_CENTRE[0],
    perimeter: { type: 'Polygon', coordinates: [CAHORS_SUD_RING.map(([x, y]) => [x, y])] },
  };
  return {
    territory: { name: TERRITORY_NAME },
    zones: [cahorsSud, ...OTHER_ZONES.map((zone) => ({ ...zone }))],
    organizations: [...generateFirms(random, nextSiret), ...generateBodies(random, nextSiret)],
  };
}
