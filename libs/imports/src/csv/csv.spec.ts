import { openCsv, CsvItem } from './csv-file';
import { parseDecimal } from './decimal';
import { CsvEncoding, EncodingDetector } from './encoding';
import { detectSeparator } from './separator';

/** Real Windows-1252 bytes, as French Excel saves "CSV (séparateur : point-virgule)". */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
}
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const detector = new EncodingDetector();
  detector.push(bytes);
  return detector.finish();
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size)
    yield bytes.subarray(start, start + size);
}

async function readAll(bytes: Uint8Array, chunkSize = 7) {
  const file = await openCsv(chunksOf(bytes, chunkSize), detectEncoding(bytes));
  const rows: CsvItem[] = [];
  for await (const row of file.rows) rows.push(row);
  return { ...file, rows };
}

describe('encodings', () => {
  it('tells Latin-1 from UTF-8 by its bytes', () => {
    const text = 'siret;nom\n12345678901234;Boulangerie Pâtissière\n';
    expect(latin1(text)).toContain(0xe2); // â is one byte in Latin-1
    expect(detectEncoding(latin1(text))).toBe('windows-1252');
    expect(detectEncoding(utf8(text))).toBe('utf-8');
    expect(detectEncoding(withBom(utf8(text)))).toBe('utf-8');
    expect(detectEncoding(latin1('only ascii\n'))).toBe('utf-8');
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toBe('utf-16le');
  });

  it('finds Latin-1 late in a file pushed in chunks, and a UTF-8 character split between chunks', () => {
    const detector = new EncodingDetector();
    const bytes = latin1(`${'a;b\n'.repeat(10_000)}Société;1\n`);
    for (let start = 0; start < bytes.length; start += 1000) {
      detector.push(bytes.subarray(start, start + 1000));
    }
    expect(detector.finish()).toBe('windows-1252');

    const split = new EncodingDetector();
    const text = utf8('Société');
    split.push(text.subarray(0, 5)); // cuts é in two
    split.push(text.subarray(5));
    expect(split.finish()).toBe('utf-8');
  });

  it('reads the same rows from Latin-1, UTF-8 and UTF-8 with a byte order mark', async () => {
    const text =
      'siret;nom\r\n12345678901234;Boulangerie Pâtissière\r\n55555555555555;Société Générale\r\n';
    const expected = [
      { kind: 'row', line: 2, values: { siret: '12345678901234', nom: 'Boulangerie Pâtissière' } },
      { kind: 'row', line: 3, values: { siret: '55555555555555', nom: 'Société Générale' } },
    ];
    for (const bytes of [latin1(text), utf8(text), withBom(utf8(text))]) {
      const file = await readAll(bytes, 5);
      expect(file.columns).toEqual(['siret', 'nom']);
      expect(file.separator).toBe(';');
      expect(file.rows).toEqual(expected);
    }
  });
});

describe('separators', () => {
  it('takes the separator of the header line, outside quotes', () => {
    expect(detectSeparator('siret;nom;ville')).toBe(';');
    expect(detectSeparator('siret,nom,ville')).toBe(',');
    expect(detectSeparator('siret\tnom')).toBe('\t');
    expect(detectSeparator('"a,b";c;d')).toBe(';');
    expect(detectSeparator('siret')).toBe(',');
  });

  it('reads comma files with quoted fields holding commas, quotes and line breaks', async () => {
    const file = await readAll(
      utf8('siret,nom,quantite\n1,"Dupont, fils",2.5\n2,"Le ""Lot""",3\n3,"sur\ndeux lignes",4\n'),
    );
    expect(file.separator).toBe(',');
    expect(file.rows.map((row) => row.kind === 'row' && row.values['nom'])).toEqual([
      'Dupont, fils',
      'Le "Lot"',
      'sur\ndeux lignes',
    ]);
    expect(file.rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('reports rows it cannot read, and rows with too many fields, by line, and reads on', async () => {
    const file = await readAll(utf8('a;b\n1;2\n\n3;4;5\n6;7;\n8;Le "Lot"\n9;"open\n10;11\n'));
    expect(file.rows).toEqual([
      { kind: 'row', line: 2, values: { a: '1', b: '2' } },
      {
        kind: 'malformed',
        line: 4,
        reason: 'has 3 fields where the header has 2 columns (a separator too many?)',
      },
      { kind: 'row', line: 5, values: { a: '6', b: '7' } },
      { kind: 'row', line: 6, values: { a: '8', b: 'Le "Lot"' } },
      { kind: 'malformed', line: 8, reason: 'a quoted field is never closed' },
    ]);
  });

  it('gives short rows empty values, and an empty file no columns', async () => {
    const file = await readAll(utf8('a;b;c\n1;2\n'));
    expect(file.rows).toEqual([{ kind: 'row', line: 2, values: { a: '1', b: '2', c: '' } }]);
    expect((await readAll(new Uint8Array(0))).columns).toEqual([]);
  });
});

describe('decimal numbers', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-0,75', -0.75],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567,25', 1234567.25],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    [',5', 0.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', '  ', '12 kg', '1,2,3', 'abc', '1.2.3,4.5', '12.34,5', 'NaN', 'Infinity', '1e3x'])(
    'finds no number in %j',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});
