import { completeSiret, listNafActivities } from '@symbiose/sirene';

/**
 * The columns of an extract of INSEE's establishment file as partner bodies hand them over (the
 * StockEtablissement columns, with the legal unit's name and category joined in), in INSEE's order.
 */
export const SIRENE_EXTRACT_COLUMNS = [
  'siren',
  'nic',
  'siret',
  'statutDiffusionEtablissement',
  'dateCreationEtablissement',
  'trancheEffectifsEtablissement',
  'anneeEffectifsEtablissement',
  'etablissementSiege',
  'complementAdresseEtablissement',
  'numeroVoieEtablissement',
  'indiceRepetitionEtablissement',
  'typeVoieEtablissement',
  'libelleVoieEtablissement',
  'codePostalEtablissement',
  'libelleCommuneEtablissement',
  'codeCommuneEtablissement',
  'coordonneeLambertAbscisseEtablissement',
  'coordonneeLambertOrdonneeEtablissement',
  'etatAdministratifEtablissement',
  'enseigne1Etablissement',
  'denominationUsuelleEtablissement',
  'activitePrincipaleEtablissement',
  'nomenclatureActivitePrincipaleEtablissement',
  'caractereEmployeurEtablissement',
  'denominationUniteLegale',
  'categorieJuridiqueUniteLegale',
] as const;

export type SireneExtractColumn = (typeof SIRENE_EXTRACT_COLUMNS)[number];
export type SireneExtractRow = Partial<Record<SireneExtractColumn, string>>;

function quoted(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** One line of an extract, with its line break. */
export function sireneExtractLine(row: SireneExtractRow, separator = ';'): string {
  const siret = row.siret ?? '';
  const filled: SireneExtractRow = {
    siren: siret.slice(0, 9),
    nic: siret.slice(9),
    statutDiffusionEtablissement: 'O',
    etablissementSiege: 'true',
    etatAdministratifEtablissement: 'A',
    nomenclatureActivitePrincipaleEtablissement: 'NAFRev2',
    ...row,
  };
  return `${SIRENE_EXTRACT_COLUMNS.map((column) => quoted(filled[column] ?? '', separator)).join(separator)}\r\n`;
}

/** An extract as a spreadsheet saves it: header, then rows, CRLF line ends. */
export function sireneExtract(rows: SireneExtractRow[], separator = ';'): string {
  return `${SIRENE_EXTRACT_COLUMNS.join(separator)}\r\n${rows.map((row) => sireneExtractLine(row, separator)).join('')}`;
}

/** Text as Latin-1 (ISO-8859-1) bytes, as older French Excel saves CSV files. */
export function latin1(text: string): Buffer {
  if ([...text].some((character) => character.charCodeAt(0) > 0xff)) {
    throw new Error('the text has characters Latin-1 lacks');
  }
  return Buffer.from(text, 'latin1');
}

const TRADES = [
  'Menuiserie',
  'Boulangerie',
  'Garage',
  'Transports',
  'Imprimerie',
  'Société',
  'Atelier',
  'Plâtrerie',
];
const FAMILY_NAMES = [
  'Lacoste',
  'Garrigue',
  'Delmas',
  'Vialard',
  'Bessières',
  'Lafon',
  'Périé',
  'Cabrol',
];
const STREETS = [
  ['RTE', 'DE TOULOUSE'],
  ['AV', 'ANATOLE DE MONZIE'],
  ['RUE', 'DU PORT BULLIER'],
  ['ZI', 'DE CAHORS SUD'],
  ['CHE', 'DE LA BARTASSEC'],
];
const BANDS = ['NN', '00', '01', '02', '03', '11', '12', '21', '22', '31'];

/**
 * The `index`-th establishment of a seeded, SIRENE-like region around Cahors: valid SIRETs,
 * NAF codes of the official list, INSEE's headcount bands, addresses and Lambert-93 positions.
 */
export function generatedEstablishment(index: number, random: () => number): SireneExtractRow {
  const naf = NAF_CODES[Math.floor(random() * NAF_CODES.length)];
  const [type, street] = STREETS[Math.floor(random() * STREETS.length)];
  const name = `${TRADES[index % TRADES.length]} ${FAMILY_NAMES[Math.floor(random() * FAMILY_NAMES.length)]} ${index}`;
  return {
    siret: completeSiret(String(800_000_000_000 + index * 7).padStart(13, '0')),
    dateCreationEtablissement: '2015-03-01',
    trancheEffectifsEtablissement: BANDS[Math.floor(random() * BANDS.length)],
    anneeEffectifsEtablissement: '2023',
    numeroVoieEtablissement: String(1 + Math.floor(random() * 200)),
    typeVoieEtablissement: type,
    libelleVoieEtablissement: street,
    codePostalEtablissement: '46000',
    libelleCommuneEtablissement: 'CAHORS',
    codeCommuneEtablissement: '46042',
    coordonneeLambertAbscisseEtablissement: (570000 + random() * 10000)
      .toFixed(1)
      .replace('.', ','),
    coordonneeLambertOrdonneeEtablissement: (6365000 + random() * 10000)
      .toFixed(1)
      .replace('.', ','),
    enseigne1Etablissement: random() < 0.3 ? name.toUpperCase() : '',
    activitePrincipaleEtablissement: naf,
    caractereEmployeurEtablissement: 'O',
    denominationUniteLegale: name.toUpperCase(),
    categorieJuridiqueUniteLegale: '5499',
  };
}

const NAF_CODES = listNafActivities().map((activity) => activity.code);
