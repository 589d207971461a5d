import {
  authorisationProblem,
  describeAuthorisation,
  isAuthorisationCode,
  NAMED_AUTHORISATIONS,
} from './authorisations';

describe('authorisationProblem', () => {
  it('takes ICPE rubrics, with or without a sub-rubric', () => {
    for (const rubric of ['2910', '2910-A', '2910-B', '2780-1', '2781-2', '2771', '1510-2B']) {
      expect(authorisationProblem(rubric)).toBeNull();
    }
  });

  it('takes every named authorisation', () => {
    for (const code of Object.keys(NAMED_AUTHORISATIONS)) {
      expect(authorisationProblem(code)).toBeNull();
    }
  });

  it('refuses anything else, naming the code and what was expected', () => {
    for (const code of ['291', '29100', '2910-', '2910-a', '2910 A', 'ICPE-2910', 'CNAPS', '']) {
      expect(isAuthorisationCode(code)).toBe(false);
      expect(authorisationProblem(code)).toContain(`"${code}" is neither an ICPE rubric`);
    }
    expect(authorisationProblem('CNAPS')).toContain('CNAPS_AUTHORISATION');
  });

  it('does not take what objects inherit for a named authorisation', () => {
    expect(authorisationProblem('toString')).not.toBeNull();
    expect(authorisationProblem('constructor')).not.toBeNull();
  });
});

describe('describeAuthorisation', () => {
  it('gives a named authorisation its labels and source', () => {
    expect(describeAuthorisation('ABP_APPROVAL')).toEqual({
      code: 'ABP_APPROVAL',
      labelFr: 'Agrément sanitaire sous-produits animaux',
      labelEn: 'Animal by-products sanitary approval',
      source: 'Regulation (EC) 1069/2009, art. 24; Regulation (EU) 142/2011',
    });
  });

  it('names an ICPE rubric after the nomenclature', () => {
    expect(describeAuthorisation('2910-A')).toEqual({
      code: '2910-A',
      labelFr: 'Rubrique ICPE 2910-A',
      labelEn: 'ICPE rubric 2910-A',
      source:
        "Nomenclature des installations classées (Code de l'environnement, annexe à l'article R511-9)",
    });
  });

  it('leaves an unknown code without labels', () => {
    expect(describeAuthorisation('CNAPS')).toEqual({
      code: 'CNAPS',
      labelFr: null,
      labelEn: null,
      source: null,
    });
  });
});
