import { TaxonomyError } from './taxonomy-error';
import {
  ALL_WASTE_CODES,
  WASTE_CHAPTERS,
  WASTE_SUB_CHAPTERS,
  findWasteCode,
  formatWasteCode,
  isWasteCode,
  searchWasteCodes,
} from './waste-codes';

describe('European List of Waste', () => {
  it('holds 842 entries, 408 of them hazardous, in 20 chapters and 111 sub-chapters', () => {
    expect(ALL_WASTE_CODES).toHaveLength(842);
    expect(ALL_WASTE_CODES.filter((entry) => entry.hazardous)).toHaveLength(408);
    expect(WASTE_CHAPTERS).toHaveLength(20);
    expect(WASTE_SUB_CHAPTERS).toHaveLength(111);
  });

  it('lists chapters in code order, 01 to 20, and places every entry under them', () => {
    expect(WASTE_CHAPTERS.map((chapter) => chapter.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const chapters = new Set(WASTE_CHAPTERS.map((chapter) => chapter.code));
    const subChapters = new Set(WASTE_SUB_CHAPTERS.map((subChapter) => subChapter.code));
    for (const entry of ALL_WASTE_CODES) {
      expect(entry.code).toMatch(/^\d{6}$/);
      expect(chapters.has(entry.chapter)).toBe(true);
      expect(subChapters.has(entry.subChapter)).toBe(true);
    }
  });

  it('keeps the hazard flag consistent with the entry type', () => {
    for (const entry of ALL_WASTE_CODES) {
      expect(entry.entryType.endsWith('non-hazardous')).toBe(!entry.hazardous);
    }
  });

  it('finds an entry in its three usual spellings', () => {
    const expected = {
      code: '150101',
      hazardous: false,
      entryType: 'absolute-non-hazardous',
      labelFr: 'emballages en papier/carton',
      labelEn: 'Paper and cardboard packaging',
      chapter: '15',
      subChapter: '1501',
    };
    expect(findWasteCode('150101')).toEqual(expected);
    expect(findWasteCode('15 01 01')).toEqual(expected);
    expect(findWasteCode('15 01 01*')).toEqual(expected);
    expect(findWasteCode(' 15 01 10* ')?.hazardous).toBe(true);
  });

  it('finds nothing for an unknown code or a malformed one', () => {
    expect(findWasteCode('150199')).toBeUndefined();
    expect(findWasteCode('15-01-01')).toBeUndefined();
    expect(findWasteCode('1501')).toBeUndefined();
    expect(findWasteCode('')).toBeUndefined();
  });

  it('accepts only the stored six-digit form as a waste code', () => {
    expect(isWasteCode('150101')).toBe(true);
    expect(isWasteCode('15 01 01')).toBe(false);
    expect(isWasteCode('999999')).toBe(false);
  });

  it('formats a code the official way, with a star when hazardous', () => {
    expect(formatWasteCode('150110')).toBe('15 01 10*');
    expect(formatWasteCode('150101')).toBe('15 01 01');
    expect(formatWasteCode('20 01 33*')).toBe('20 01 33*');
  });

  it('refuses to format an unknown code, naming the field', () => {
    expect(() => formatWasteCode('999999')).toThrow(TaxonomyError);
    try {
      formatWasteCode('999999');
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_WASTE_CODE', field: 'wasteCode' });
    }
  });
});

describe('searchWasteCodes', () => {
  it('ignores accents and case, so "dechets" finds "déchets"', () => {
    const found = searchWasteCodes({ search: 'dechets' });
    const withDechets = ALL_WASTE_CODES.filter((entry) => entry.labelFr.includes('déchets'));
    expect(withDechets.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(withDechets));
    expect(searchWasteCodes({ search: 'DÉCHETS' })).toEqual(found);
  });

  it('searches the English labels too, every word required', () => {
    expect(searchWasteCodes({ search: 'glass packaging' }).map((entry) => entry.code)).toEqual([
      '150107',
    ]);
    expect(searchWasteCodes({ search: 'emballages verre' }).map((entry) => entry.code)).toEqual([
      '150107',
    ]);
  });

  it('searches codes by their beginning, spaced or not', () => {
    const packaging = searchWasteCodes({ search: '15 01' });
    expect(packaging.length).toBeGreaterThan(0);
    expect(packaging.every((entry) => entry.subChapter === '1501')).toBe(true);
    expect(searchWasteCodes({ search: '150110' }).map((entry) => entry.code)).toEqual(['150110']);
    expect(searchWasteCodes({ search: '15 01 10*' }).map((entry) => entry.code)).toEqual([
      '150110',
    ]);
  });

  it('filters by chapter and hazard, alone or with a search', () => {
    const chapter13 = searchWasteCodes({ chapter: '13' });
    expect(chapter13.length).toBeGreaterThan(0);
    expect(chapter13.every((entry) => entry.chapter === '13')).toBe(true);
    expect(searchWasteCodes({ hazardous: true })).toHaveLength(408);
    expect(searchWasteCodes({ hazardous: false })).toHaveLength(434);
    const hazardousPackaging = searchWasteCodes({ search: 'emballages', hazardous: true });
    expect(hazardousPackaging.map((entry) => entry.code)).toContain('150110');
    expect(hazardousPackaging.every((entry) => entry.hazardous)).toBe(true);
  });

  it('returns every entry, in code order, without criteria', () => {
    const all = searchWasteCodes();
    expect(all).toHaveLength(842);
    expect(all.map((entry) => entry.code)).toEqual([...all.map((entry) => entry.code)].sort());
    expect(searchWasteCodes({ search: '   ' })).toHaveLength(842);
  });

  it('finds nothing for a word in no label', () => {
    expect(searchWasteCodes({ search: 'licorne' })).toEqual([]);
  });
});
