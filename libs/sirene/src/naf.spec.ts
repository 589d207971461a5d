import { findNafActivity, isNafCode, listNafActivities, NAF_SECTIONS } from './naf';
import nafRev2 from './naf-rev2.json';

describe('NAF rév. 2 list', () => {
  const activities = listNafActivities();

  it('holds the 732 sub-classes, each once, in the published form', () => {
    expect(activities).toHaveLength(732);
    expect(new Set(activities.map((a) => a.code)).size).toBe(732);
    for (const { code, label } of activities) {
      expect(code).toMatch(/^\d{2}\.\d{2}[A-Z]$/);
      expect(label.trim()).not.toBe('');
      expect(label).toBe(label.trim());
    }
  });

  it('has the structure of the nomenclature: 88 divisions, 272 groups, 615 classes', () => {
    const codes = activities.map((a) => a.code);
    expect(new Set(codes.map((c) => c.slice(0, 2))).size).toBe(88);
    expect(new Set(codes.map((c) => c.slice(0, 4))).size).toBe(272);
    expect(new Set(codes.map((c) => c.slice(0, 5))).size).toBe(615);
  });

  it('is sorted by code', () => {
    const codes = activities.map((a) => a.code);
    expect(codes).toEqual([...codes].sort());
    expect(Object.keys(nafRev2)).toEqual(codes);
  });

  it('puts every section to use', () => {
    const used = new Set(activities.map((a) => a.section));
    expect([...used].sort()).toEqual(Object.keys(NAF_SECTIONS).sort());
  });
});

describe('findNafActivity', () => {
  it.each([
    ['49.41A', 'Transports routiers de fret interurbains', 'H'],
    ['10.71C', 'Boulangerie et boulangerie-pâtisserie', 'C'],
    ['62.01Z', 'Programmation informatique', 'J'],
    ['84.11Z', 'Administration publique générale', 'O'],
    ['38.11Z', 'Collecte des déchets non dangereux', 'E'],
    [
      '01.11Z',
      "Culture de céréales (à l'exception du riz), de légumineuses et de graines oléagineuses",
      'A',
    ],
    ['99.00Z', 'Activités des organisations et organismes extraterritoriaux', 'U'],
  ])('finds %s', (code, label, section) => {
    expect(findNafActivity(code)).toEqual({ code, label, section });
  });

  it('derives the section at the boundaries of the division ranges', () => {
    const sectionOf = (code: string) => findNafActivity(code)?.section;
    expect(sectionOf('03.22Z')).toBe('A');
    expect(sectionOf('05.10Z')).toBe('B');
    expect(sectionOf('09.90Z')).toBe('B');
    expect(sectionOf('33.20D')).toBe('C');
    expect(sectionOf('35.30Z')).toBe('D');
    expect(sectionOf('36.00Z')).toBe('E');
    expect(sectionOf('41.10A')).toBe('F');
    expect(sectionOf('47.99B')).toBe('G');
    expect(sectionOf('53.20Z')).toBe('H');
    expect(sectionOf('56.30Z')).toBe('I');
    expect(sectionOf('58.11Z')).toBe('J');
    expect(sectionOf('66.30Z')).toBe('K');
    expect(sectionOf('68.10Z')).toBe('L');
    expect(sectionOf('75.00Z')).toBe('M');
    expect(sectionOf('77.11A')).toBe('N');
    expect(sectionOf('85.60Z')).toBe('P');
    expect(sectionOf('88.99B')).toBe('Q');
    expect(sectionOf('93.29Z')).toBe('R');
    expect(sectionOf('96.09Z')).toBe('S');
    expect(sectionOf('97.00Z')).toBe('T');
    expect(sectionOf('98.20Z')).toBe('T');
  });

  it('accepts the spellings found in INSEE files and returns the canonical code', () => {
    expect(findNafActivity('4941A')?.code).toBe('49.41A');
    expect(findNafActivity(' 62.01z ')?.code).toBe('62.01Z');
  });

  it('returns undefined for unknown or malformed codes', () => {
    expect(findNafActivity('62.01A')).toBeUndefined();
    expect(findNafActivity('00.00Z')).toBeUndefined();
    expect(findNafActivity('04.11Z')).toBeUndefined();
    expect(findNafActivity('62.01')).toBeUndefined();
    expect(findNafActivity('62')).toBeUndefined();
    expect(findNafActivity('J')).toBeUndefined();
    expect(findNafActivity('')).toBeUndefined();
    expect(findNafActivity('toString')).toBeUndefined();
    expect(findNafActivity(undefined as unknown as string)).toBeUndefined();
  });
});

describe('isNafCode', () => {
  it('accepts known sub-classes in the published form', () => {
    expect(isNafCode('01.11Z')).toBe(true);
    expect(isNafCode('43.99E')).toBe(true);
  });

  it('rejects unknown codes and other spellings', () => {
    expect(isNafCode('43.99F')).toBe(false);
    expect(isNafCode('4399E')).toBe(false);
    expect(isNafCode('43.99e')).toBe(false);
    expect(isNafCode(' 43.99E')).toBe(false);
    expect(isNafCode('43.99')).toBe(false);
  });
});

describe('NAF_SECTIONS', () => {
  it('names the 21 sections A to U', () => {
    expect(Object.keys(NAF_SECTIONS)).toEqual('ABCDEFGHIJKLMNOPQRSTU'.split(''));
    expect(NAF_SECTIONS.C).toBe('Industrie manufacturière');
    expect(NAF_SECTIONS.J).toBe('Information et communication');
    expect(Object.isFrozen(NAF_SECTIONS)).toBe(true);
  });
});
