import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  parseSynergyCaseFile,
  PUBLIC_SYNERGY_CASES_PATH,
  readSynergyCaseFile,
  SynergyCaseFileError,
} from './read-synergy-case-file';

function publicSet(): Record<string, unknown> & { cases: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(readSynergyCaseFile(PUBLIC_SYNERGY_CASES_PATH)));
}

describe('readSynergyCaseFile', () => {
  it('reads the bundled public set: 31 cases, 49 MATCH and 23 NO_MATCH pairs', () => {
    const file = readSynergyCaseFile(PUBLIC_SYNERGY_CASES_PATH);
    const labels = file.cases.flatMap((c) => c.expect.b2b);
    expect(file.cases).toHaveLength(31);
    expect(labels.filter((label) => label.verdict === 'MATCH')).toHaveLength(49);
    expect(labels.filter((label) => label.verdict === 'NO_MATCH')).toHaveLength(23);
    expect(file.cases.flatMap((c) => c.expect.ranking)).toHaveLength(12);
  });

  it('names the case and the field of a unit the category does not measure', () => {
    const raw = publicSet();
    const declarations = raw.cases[1]['declarations'] as Record<string, unknown>[];
    declarations[0]['unit'] = 'kg';
    expect(() => parseSynergyCaseFile(raw)).toThrow(
      /case P02-kalundborg-steam, declarations\[0\]\.unit: kg measures MASS/,
    );
  });

  it('refuses a label on a declaration the case does not have', () => {
    const raw = publicSet();
    const expectations = raw.cases[0]['expect'] as { b2b: Record<string, unknown>[] };
    expectations.b2b[0]['need'] = 'n-nowhere';
    expect(() => parseSynergyCaseFile(raw)).toThrow(
      /case P01-kalundborg-gypsum-fly-ash, expect\.b2b\[0\]\.need: no NEED declaration n-nowhere/,
    );
  });

  it('refuses another format, and a file that is not JSON, as SynergyCaseFileError', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'synergy-cases-'));
    const notJson = path.join(dir, 'broken.json');
    writeFileSync(notJson, '{ "format": ');
    expect(() => readSynergyCaseFile(notJson)).toThrow(SynergyCaseFileError);
    expect(() => parseSynergyCaseFile({ ...publicSet(), format: 'other/2' })).toThrow(/format: /);
  });
});
