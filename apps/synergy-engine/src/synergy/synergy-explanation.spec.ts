import { syntheticRegion } from '../../bench/synthetic-region';
import { matchB2B, wordRuleFinding, type RuleFinding } from '../matching';
import { contentOfSynergy } from './synergy-content';
import { explanationOf } from './synergy-explanation';
import { presentedRationale } from './synergy-presentation';

const fact = (name: string, value: string | number | boolean) => ({
  name,
  textValue: typeof value === 'string' ? value : null,
  numberValue: typeof value === 'number' ? value : null,
  booleanValue: typeof value === 'boolean' ? value : null,
});

describe('a synergy’s rationale told as a typed explanation', () => {
  it('gives each B2B term, rule and step of the rationale, with its words', () => {
    const matched = matchB2B(
      syntheticRegion({ declarationCount: 400, seed: 7, territoryCount: 1 }),
    );
    expect(matched.length).toBeGreaterThan(50);
    for (const synergy of matched) {
      const rationale = presentedRationale(contentOfSynergy(synergy));
      const explanation = explanationOf(rationale);
      const { terms, rules } = synergy.rationale;
      expect(explanation.summaryFr).toBe(rationale.summaryFr);
      expect(explanation.categoryFitEn).toBe(rationale.categoryEn);
      const { compatibility, quantityCoverage, distanceDecay, frequencyFit } = terms;
      expect(explanation.terms.map(({ name, value, weight }) => [name, value, weight])).toEqual([
        ['COMPATIBILITY', compatibility.value, compatibility.weight],
        ['QUANTITY_COVERAGE', quantityCoverage.value, quantityCoverage.weight],
        ['DISTANCE_DECAY', distanceDecay.value, distanceDecay.weight],
        ['FREQUENCY_FIT', frequencyFit.value, frequencyFit.weight],
      ]);
      expect(explanation.terms.find(({ name }) => name === 'DISTANCE_DECAY')?.facts).toEqual([
        fact('distanceKm', terms.distanceDecay.distanceKm),
      ]);
      expect(explanation.rules.map(({ rule, verdict }) => ({ rule, verdict }))).toEqual(
        rules.map(({ rule, verdict }) => ({ rule, verdict })),
      );
      expect(explanation.steps.map(({ rule }) => rule)).toEqual(
        rules.filter(({ verdict }) => verdict === 'STEP_REQUIRED').map(({ rule }) => rule),
      );
      expect(explanation.facts).toEqual([]);
    }
  });

  it('words the rules of a supply by trade, and gives its own facts', () => {
    const finding: RuleFinding = {
      rule: 'COMBUSTION',
      verdict: 'STEP_REQUIRED',
      values: { wasteWood: true },
    };
    const explanation = explanationOf({
      supply: 'TRADE',
      nafCode: '38.11Z',
      terms: { distanceDecay: { value: 0.9, weight: 0.5, distanceKm: 3 } },
      rules: [finding],
      summaryFr: 'Collecte des déchets par un collecteur à 3 km.',
      summaryEn: 'Waste collection by a collector 3 km away.',
    });
    expect(explanation.facts).toEqual([fact('supply', 'TRADE'), fact('nafCode', '38.11Z')]);
    expect(explanation.terms).toEqual([
      {
        name: 'DISTANCE_DECAY',
        value: 0.9,
        weight: 0.5,
        labelFr: 'Proximité',
        labelEn: 'Proximity',
        facts: [fact('distanceKm', 3)],
      },
    ]);
    const step = {
      rule: 'COMBUSTION',
      verdict: 'STEP_REQUIRED',
      textFr: wordRuleFinding(finding).fr,
      textEn: wordRuleFinding(finding).en,
      facts: [fact('wasteWood', true)],
    };
    expect(explanation.rules).toEqual([step]);
    expect(explanation.steps).toEqual([step]);
    expect(explanation.categoryFitFr).toBeNull();
  });

  it('gives a collective synergy’s terms, an unknown one as null, and each category a fact', () => {
    const explanation = explanationOf({
      collectiveNeedCode: null,
      suppliersByTrade: 0,
      categoryCodes: ['MATERIAL_PACKAGING', 'WASTE_CARDBOARD'],
      terms: {
        members: { value: 0.6, weight: 0.7, organizationCount: 3 },
        supplyCoverage: { value: null, weight: 0.3, basis: 'NO_SUPPLIER' },
      },
      summaryFr: '3 membres',
      summaryEn: '3 members',
    });
    expect(explanation.facts).toEqual([
      fact('suppliersByTrade', 0),
      fact('categoryCodes', 'MATERIAL_PACKAGING'),
      fact('categoryCodes', 'WASTE_CARDBOARD'),
    ]);
    expect(
      explanation.terms.map(({ name, value, labelFr, facts }) => [name, value, labelFr, facts]),
    ).toEqual([
      ['MEMBERS', 0.6, 'Nombre de membres', [fact('organizationCount', 3)]],
      ['SUPPLY_COVERAGE', null, 'Couverture par les fournisseurs', [fact('basis', 'NO_SUPPLIER')]],
    ]);
    expect(explanation.rules).toEqual([]);
    expect(explanation.steps).toEqual([]);
  });
});
