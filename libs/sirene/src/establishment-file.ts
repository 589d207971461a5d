/**
 * What the columns of INSEE's establishment file (`StockEtablissement`, and the extracts and API
 * answers that use its column names) mean: headcount bands, street types, and the Lambert-93
 * coordinates INSEE geocodes establishments with.
 */
import proj4 from 'proj4';

/** A band of employees, as `trancheEffectifsEtablissement` codes them. */
export interface HeadcountBand {
  code: string;
  /** Fewest employees of the band. */
  min: number;
  /** Most employees of the band; null for the last, open band. */
  max: number | null;
  /** The one number that stands for the band when only the band is known. */
  representative: number;
  label: string;
}

/**
 * INSEE's bands (employees at 31 December). `NN` (a unit that employs no one, or whose
 * headcount is unknown) is no band: it says nothing of a headcount.
 */
export const HEADCOUNT_BANDS: readonly HeadcountBand[] = [
  band('00', 0, 0, '0 salarié'),
  band('01', 1, 2, '1 ou 2 salariés'),
  band('02', 3, 5, '3 à 5 salariés'),
  band('03', 6, 9, '6 à 9 salariés'),
  band('11', 10, 19, '10 à 19 salariés'),
  band('12', 20, 49, '20 à 49 salariés'),
  band('21', 50, 99, '50 à 99 salariés'),
  band('22', 100, 199, '100 à 199 salariés'),
  band('31', 200, 249, '200 à 249 salariés'),
  band('32', 250, 499, '250 à 499 salariés'),
  band('41', 500, 999, '500 à 999 salariés'),
  band('42', 1000, 1999, '1 000 à 1 999 salariés'),
  band('51', 2000, 4999, '2 000 à 4 999 salariés'),
  band('52', 5000, 9999, '5 000 à 9 999 salariés'),
  band('53', 10000, null, '10 000 salariés et plus'),
];

/** The code of a unit without employees, or of unknown headcount. */
export const NO_HEADCOUNT_BAND = 'NN';

function band(code: string, min: number, max: number | null, label: string): HeadcountBand {
  // The middle of the band, rounded up: the best single guess when zone figures add headcounts up.
  const representative = max === null ? min : Math.round((min + max) / 2);
  return { code, min, max, representative, label };
}

const BANDS_BY_CODE = new Map(HEADCOUNT_BANDS.map((entry) => [entry.code, entry]));

/** The band of a code (`12`, or `2` as a spreadsheet that dropped the zero writes `02`); undefined when unknown. */
export function findHeadcountBand(code: string): HeadcountBand | undefined {
  const trimmed = code.trim();
  return BANDS_BY_CODE.get(/^\d$/.test(trimmed) ? `0${trimmed}` : trimmed);
}

/** Whether a headcount lies in a band. */
export function isInHeadcountBand(headcount: number, band: HeadcountBand): boolean {
  return headcount >= band.min && (band.max === null || headcount <= band.max);
}

/**
 * INSEE's street type codes (`typeVoieEtablissement`) and what they stand for, in capitals like
 * the rest of the register's addresses.
 */
export const STREET_TYPES: Readonly<Record<string, string>> = Object.freeze({
  ALL: 'ALLÉE',
  AV: 'AVENUE',
  BD: 'BOULEVARD',
  CAR: 'CARREFOUR',
  CHE: 'CHEMIN',
  CHS: 'CHAUSSÉE',
  CITE: 'CITÉ',
  COR: 'CORNICHE',
  CRS: 'COURS',
  DOM: 'DOMAINE',
  DSC: 'DESCENTE',
  ECA: 'ÉCART',
  ESP: 'ESPLANADE',
  FG: 'FAUBOURG',
  GR: 'GRANDE RUE',
  HAM: 'HAMEAU',
  HLE: 'HALLE',
  IMP: 'IMPASSE',
  LD: 'LIEU-DIT',
  LOT: 'LOTISSEMENT',
  MAR: 'MARCHÉ',
  MTE: 'MONTÉE',
  PARC: 'PARC',
  PAS: 'PASSAGE',
  PL: 'PLACE',
  PLN: 'PLAINE',
  PLT: 'PLATEAU',
  PRO: 'PROMENADE',
  PRV: 'PARVIS',
  QUA: 'QUARTIER',
  QUAI: 'QUAI',
  RES: 'RÉSIDENCE',
  RLE: 'RUELLE',
  ROC: 'ROCADE',
  RPT: 'ROND-POINT',
  RTE: 'ROUTE',
  RUE: 'RUE',
  SEN: 'SENTIER',
  SQ: 'SQUARE',
  TPL: 'TERRE-PLEIN',
  TRA: 'TRAVERSE',
  VLA: 'VILLA',
  VLGE: 'VILLAGE',
  ZA: "ZONE D'ACTIVITÉ",
  ZAC: "ZONE D'AMÉNAGEMENT CONCERTÉ",
  ZI: 'ZONE INDUSTRIELLE',
});

/** The street line of an address from its parts: `12 B ROUTE DE TOULOUSE`. Unknown type codes are kept as written. */
export function streetLine(parts: {
  number?: string;
  repetition?: string;
  type?: string;
  name?: string;
}): string {
  const type = parts.type?.trim() ?? '';
  const words = [
    `${parts.number?.trim() ?? ''}${parts.repetition?.trim() ? ` ${parts.repetition.trim()}` : ''}`,
    STREET_TYPES[type.toUpperCase()] ?? type,
    parts.name?.trim() ?? '',
  ];
  return words.filter((word) => word.length > 0).join(' ');
}

/**
 * RGF93 / Lambert-93 (EPSG:2154), the projection of INSEE's coordinates in metropolitan France,
 * as IGN defines it. RGF93 and WGS 84 differ by less than a metre, below what an address needs.
 */
const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 ' +
  '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = proj4(LAMBERT_93, 'WGS84');

/** Where Lambert-93 covers metropolitan France and Corsica, with a margin. */
const LAMBERT_93_EXTENT = { minX: 0, maxX: 1_300_000, minY: 6_000_000, maxY: 7_200_000 };

/**
 * Latitude and longitude (WGS 84, 6 decimals: about 10 cm) of a Lambert-93 point; undefined for
 * a point outside metropolitan France, such as the overseas departments' coordinates, which
 * INSEE gives in other projections.
 */
export function lambert93ToWgs84(
  x: number,
  y: number,
): { latitude: number; longitude: number } | undefined {
  const { minX, maxX, minY, maxY } = LAMBERT_93_EXTENT;
  if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) return undefined;
  const [longitude, latitude] = toWgs84.forward([x, y]);
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude) };
}

/** The legal category (`categorieJuridiqueUniteLegale`) of a public body: 7xxx, public-law persons. */
export function isPublicLegalCategory(code: string): boolean {
  return /^7\d{3}$/.test(code.trim());
}

/** The legal category (`categorieJuridiqueUniteLegale`) of an association: 92xx. */
export function isAssociationLegalCategory(code: string): boolean {
  return /^92\d{2}$/.test(code.trim());
}
