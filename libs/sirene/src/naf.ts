/**
 * NAF rév. 2 (INSEE, 2008): the French classification of activities, the `activitePrincipale`
 * of every company and establishment in the SIRENE register.
 *
 * The 732 sub-classes ship with the code (naf-rev2.json) because the list is frozen since 2008
 * and the services must answer without reaching INSEE.
 */
import nafRev2 from './naf-rev2.json';

export type NafSection =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U';

export interface NafActivity {
  /** Sub-class code in INSEE's published form, e.g. `62.01Z`. */
  code: string;
  /** Official French label. */
  label: string;
  section: NafSection;
}

/** Official French labels of the 21 sections, for grouping activities in lists and filters. */
export const NAF_SECTIONS: Readonly<Record<NafSection, string>> = Object.freeze({
  A: 'Agriculture, sylviculture et pêche',
  B: 'Industries extractives',
  C: 'Industrie manufacturière',
  D: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
  E: "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
  F: 'Construction',
  G: "Commerce ; réparation d'automobiles et de motocycles",
  H: 'Transports et entreposage',
  I: 'Hébergement et restauration',
  J: 'Information et communication',
  K: "Activités financières et d'assurance",
  L: 'Activités immobilières',
  M: 'Activités spécialisées, scientifiques et techniques',
  N: 'Activités de services administratifs et de soutien',
  O: 'Administration publique',
  P: 'Enseignement',
  Q: 'Santé humaine et action sociale',
  R: 'Arts, spectacles et activités récréatives',
  S: 'Autres activités de services',
  T: "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
  U: 'Activités extra-territoriales',
});

/**
 * English titles of the 21 sections: NAF rev. 2 keeps the sections of the European NACE rev. 2
 * (Regulation (EC) No 1893/2006, annex I), whose English titles these are. The 732 sub-class
 * labels exist in French only.
 */
export const NAF_SECTIONS_EN: Readonly<Record<NafSection, string>> = Object.freeze({
  A: 'Agriculture, forestry and fishing',
  B: 'Mining and quarrying',
  C: 'Manufacturing',
  D: 'Electricity, gas, steam and air conditioning supply',
  E: 'Water supply; sewerage, waste management and remediation activities',
  F: 'Construction',
  G: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
  H: 'Transportation and storage',
  I: 'Accommodation and food service activities',
  J: 'Information and communication',
  K: 'Financial and insurance activities',
  L: 'Real estate activities',
  M: 'Professional, scientific and technical activities',
  N: 'Administrative and support service activities',
  O: 'Public administration and defence; compulsory social security',
  P: 'Education',
  Q: 'Human health and social work activities',
  R: 'Arts, entertainment and recreation',
  S: 'Other service activities',
  T: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  U: 'Activities of extraterritorial organisations and bodies',
});

/**
 * Last division of each section, in order. Sections are contiguous ranges of divisions, so the
 * section follows from the code and is not stored in the JSON, where it could drift.
 */
const SECTION_LAST_DIVISION: ReadonlyArray<readonly [NafSection, number]> = [
  ['A', 3],
  ['B', 9],
  ['C', 33],
  ['D', 35],
  ['E', 39],
  ['F', 43],
  ['G', 47],
  ['H', 53],
  ['I', 56],
  ['J', 63],
  ['K', 66],
  ['L', 68],
  ['M', 75],
  ['N', 82],
  ['O', 84],
  ['P', 85],
  ['Q', 88],
  ['R', 93],
  ['S', 96],
  ['T', 98],
  ['U', 99],
];

const LABELS: ReadonlyMap<string, string> = new Map(
  Object.entries(nafRev2 as Record<string, string>),
);

const CANONICAL = /^\d{2}\.\d{2}[A-Z]$/;
const WITHOUT_DOT = /^(\d{2})(\d{2}[A-Z])$/;

function sectionOf(code: string): NafSection {
  const division = Number(code.slice(0, 2));
  const found = SECTION_LAST_DIVISION.find(([, last]) => division <= last);
  // Unreachable for codes of the list, whose divisions all lie in 01-99.
  if (!found) throw new RangeError(`No NAF section for division ${division}`);
  return found[0];
}

/**
 * Guards stored values: only the published form `01.11Z` of a sub-class that exists, so two
 * spellings of one activity never end up side by side in the database.
 */
export function isNafCode(code: string): boolean {
  return typeof code === 'string' && CANONICAL.test(code) && LABELS.has(code);
}

/**
 * Looks up a sub-class. Lenient on input (`0111Z`, lower case, surrounding spaces) because
 * INSEE's own files and APIs do not all write the dot; the result carries the canonical code
 * to store.
 */
export function findNafActivity(code: string): NafActivity | undefined {
  if (typeof code !== 'string') return undefined;
  const upper = code.trim().toUpperCase();
  const canonical = upper.replace(WITHOUT_DOT, '$1.$2');
  const label = LABELS.get(canonical);
  if (label === undefined) return undefined;
  return { code: canonical, label, section: sectionOf(canonical) };
}

/** Every sub-class, in code order; for pickers and for generators that draw one at random. */
export function listNafActivities(): NafActivity[] {
  return [...LABELS].map(([code, label]) => ({ code, label, section: sectionOf(code) }));
}
