/**
 * The European List of Waste (Commission Decision 2000/532/EC as amended by Decision
 * 2014/955/EU), as transposed in France (Code de l'environnement, R541-8, annex II). The list
 * ships with the code because declarations are checked against it on every write and the
 * services must not depend on a remote source; README.md cites where it comes from.
 */
import listOfWaste from './european-list-of-waste.json';
import { TaxonomyError } from './taxonomy-error';

export type WasteEntryType =
  'absolute-hazardous' | 'absolute-non-hazardous' | 'mirror-hazardous' | 'mirror-non-hazardous';

export interface WasteCode {
  /** Six digits, no spaces: the form stored in declarations. */
  readonly code: string;
  readonly hazardous: boolean;
  /** A mirror entry is one of a pair whose hazard depends on the waste's actual content. */
  readonly entryType: WasteEntryType;
  readonly labelFr: string;
  readonly labelEn: string;
  /** Two-digit chapter code, e.g. `15`. */
  readonly chapter: string;
  /** Four-digit sub-chapter code, e.g. `1501`. */
  readonly subChapter: string;
}

export interface WasteHeading {
  readonly code: string;
  readonly labelFr: string;
  readonly labelEn: string;
}

interface ListOfWasteFile {
  chapters: Record<string, { en: string; fr: string }>;
  subChapters: Record<string, { en: string; fr: string }>;
  entries: { code: string; hazardous: boolean; entryType: string; en: string; fr: string }[];
}

const SOURCE = listOfWaste as ListOfWasteFile;

function toHeadings(headings: ListOfWasteFile['chapters']): readonly WasteHeading[] {
  // Sorted explicitly: JavaScript lists integer-like keys ("10") before the others ("01").
  return Object.freeze(
    Object.entries(headings)
      .map(([code, { fr, en }]) => Object.freeze({ code, labelFr: fr, labelEn: en }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  );
}

/** The 20 chapters, in code order. */
export const WASTE_CHAPTERS: readonly WasteHeading[] = toHeadings(SOURCE.chapters);

/** The 111 sub-chapters, in code order. */
export const WASTE_SUB_CHAPTERS: readonly WasteHeading[] = toHeadings(SOURCE.subChapters);

/** Every entry of the list, in code order. */
export const ALL_WASTE_CODES: readonly WasteCode[] = Object.freeze(
  SOURCE.entries
    .map((entry) =>
      Object.freeze({
        code: entry.code,
        hazardous: entry.hazardous,
        entryType: entry.entryType as WasteEntryType,
        labelFr: entry.fr,
        labelEn: entry.en,
        chapter: entry.code.slice(0, 2),
        subChapter: entry.code.slice(0, 4),
      }),
    )
    .sort((a, b) => a.code.localeCompare(b.code)),
);

const WASTE_CODES_BY_CODE: ReadonlyMap<string, WasteCode> = new Map(
  ALL_WASTE_CODES.map((entry) => [entry.code, entry]),
);

const CANONICAL = /^\d{6}$/;
// "150101", "15 01 01" and the official "15 01 01*". The star is accepted on any entry and
// ignored: the hazard comes from the list, never from how someone typed the code.
const LENIENT = /^(\d{2}) ?(\d{2}) ?(\d{2}) ?\*?$/;

/** Guards stored values: only the six-digit form of a code that exists. */
export function isWasteCode(code: unknown): code is string {
  return typeof code === 'string' && CANONICAL.test(code) && WASTE_CODES_BY_CODE.has(code);
}

/** Looks a code up in any of its usual spellings; undefined when it is not in the list. */
export function findWasteCode(code: string): WasteCode | undefined {
  const match = LENIENT.exec(code.trim());
  if (!match) return undefined;
  return WASTE_CODES_BY_CODE.get(match.slice(1, 4).join(''));
}

/** The official spelling, `15 01 10*` for a hazardous entry, `15 01 01` otherwise. */
export function formatWasteCode(code: string): string {
  const entry = findWasteCode(code);
  if (!entry) {
    throw new TaxonomyError(
      'UNKNOWN_WASTE_CODE',
      'wasteCode',
      `${code} is not in the list of waste`,
    );
  }
  const spaced = `${entry.code.slice(0, 2)} ${entry.code.slice(2, 4)} ${entry.code.slice(4)}`;
  return entry.hazardous ? `${spaced}*` : spaced;
}

export interface WasteCodeSearch {
  /**
   * Words that must all appear in the French or the English label, ignoring case and accents;
   * or, when it is only digits (spaces and a star allowed), the beginning of the code.
   */
  search?: string;
  /** Two-digit chapter code. */
  chapter?: string;
  hazardous?: boolean;
}

/** Lower case, without accents or ligatures, so "dechets" finds "déchets". */
function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

const FOLDED_LABELS: ReadonlyMap<string, string> = new Map(
  ALL_WASTE_CODES.map((entry) => [
    entry.code,
    `${foldForSearch(entry.labelFr)}\n${foldForSearch(entry.labelEn)}`,
  ]),
);

function searchPredicate(search: string): (entry: WasteCode) => boolean {
  const digits = search.replace(/[\s*]/g, '');
  if (/^\d+$/.test(digits)) return (entry) => entry.code.startsWith(digits);
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  return (entry) => {
    const labels = FOLDED_LABELS.get(entry.code) ?? '';
    return words.every((word) => labels.includes(word));
  };
}

/** Entries matching every criterion given, in code order; all entries when none is given. */
export function searchWasteCodes(criteria: WasteCodeSearch = {}): WasteCode[] {
  const { search, chapter, hazardous } = criteria;
  const matchesSearch = search?.trim() ? searchPredicate(search.trim()) : () => true;
  return ALL_WASTE_CODES.filter(
    (entry) =>
      (chapter === undefined || entry.chapter === chapter) &&
      (hazardous === undefined || entry.hazardous === hazardous) &&
      matchesSearch(entry),
  );
}
