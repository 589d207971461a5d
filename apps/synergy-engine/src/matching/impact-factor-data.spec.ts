import {
  IMPACT_FACTORS,
  sourceProblems,
  type ImpactFactor,
  type PublishedSource,
} from './impact-factor-data';

describe('impact factors', () => {
  it.each(Object.entries(IMPACT_FACTORS))('%s can be cited', (_id, factor) => {
    expect(sourceProblems(factor)).toEqual([]);
  });

  const cited: ImpactFactor = IMPACT_FACTORS.COPPER_VIRGIN_KG_CO2E_PER_TONNE;
  const publication = cited.source as PublishedSource;

  it('refuses a factor without a source', () => {
    const unsourced = { ...cited, source: undefined } as unknown as ImpactFactor;
    expect(sourceProblems(unsourced)).toEqual(['source']);
  });

  it('refuses a publication without its table or identifier, or an assumption without reasons', () => {
    expect(
      sourceProblems({ ...cited, source: { ...publication, identifier: null, table: ' ' } }),
    ).toEqual(['source.table']);
    expect(
      sourceProblems({
        ...cited,
        source: { ...publication, identifier: 'EXAMPLE-ID', table: '' },
      }),
    ).toEqual([]);
    expect(sourceProblems({ ...cited, source: { kind: 'ASSUMPTION', rationale: '' } })).toEqual([
      'source.rationale',
    ]);
  });

  it('refuses a factor without a version, an ISO date or a number', () => {
    expect(sourceProblems({ ...cited, version: '', date: 'mars 2017', value: NaN })).toEqual([
      'value',
      'version',
      'date',
    ]);
  });
});
