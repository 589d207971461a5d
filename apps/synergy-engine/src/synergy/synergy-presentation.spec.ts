import { syntheticRegion } from '../../bench/synthetic-region';
import { matchB2B, wordB2BRationale, wordRuleFinding } from '../matching';
import { contentOfSynergy } from './synergy-content';
import { presentedImpact, presentedRationale } from './synergy-presentation';

describe('a synergy as the API presents it from its stored columns', () => {
  const declarations = syntheticRegion({ declarationCount: 600, seed: 11, territoryCount: 1 });
  const matched = matchB2B(declarations);

  it('works out each B2B impact exactly as the matcher estimated it', () => {
    const weighed = matched.filter((synergy) => synergy.impact !== null);
    expect(weighed.length).toBeGreaterThan(50);
    expect(matched.length).toBeGreaterThan(weighed.length);
    for (const synergy of matched) {
      const stored = contentOfSynergy(synergy);
      expect(stored).not.toHaveProperty('impact');
      expect(presentedImpact(stored)).toEqual(synergy.impact);
    }
  });

  it("gives each B2B rationale's terms as matched, with its words", () => {
    for (const synergy of matched) {
      expect(presentedRationale(contentOfSynergy(synergy))).toEqual({
        terms: synergy.rationale.terms,
        rules: synergy.rationale.rules.map((finding) => ({
          ...finding,
          textFr: wordRuleFinding(finding).fr,
          textEn: wordRuleFinding(finding).en,
        })),
        ...wordB2BRationale({
          resourceCategoryCode: synergy.resourceCategoryCode,
          needCategoryCode: synergy.needCategoryCode,
          strength: synergy.rationale.terms.compatibility.strength,
          distanceKm: synergy.distanceKm,
          score: synergy.score,
        }),
      });
    }
  });

  it('stores a B2B rationale as its terms, rules and allocation, without the distance', () => {
    const synergy = matched.find((candidate) => candidate.allocatedQuantity !== null);
    if (!synergy) throw new Error('the region holds no synergy with compared quantities');
    const { terms, rules } = synergy.rationale;
    expect(contentOfSynergy(synergy).rationale).toEqual({
      compatibility: [
        terms.compatibility.value,
        terms.compatibility.weight,
        terms.compatibility.strength,
        terms.compatibility.wasteCodes,
      ],
      quantityCoverage: [
        terms.quantityCoverage.value,
        terms.quantityCoverage.weight,
        terms.quantityCoverage.basis,
      ],
      distanceDecay: [terms.distanceDecay.value, terms.distanceDecay.weight],
      frequencyFit: [terms.frequencyFit.value, terms.frequencyFit.weight],
      rules,
      allocatedQuantity: synergy.allocatedQuantity,
      ...(synergy.impact
        ? { flow: [synergy.impact.tripsPerYear, synergy.impact.materialFamily] }
        : {}),
    });
  });

  it('words a B2B rationale in French and English, with the distance and the score', () => {
    expect(
      wordB2BRationale({
        resourceCategoryCode: 'WASTE_WOOD',
        needCategoryCode: 'MATERIAL_PALLETS',
        strength: 'SAME_FAMILY',
        distanceKm: 2.04,
        score: 0.8125,
      }),
    ).toEqual({
      categoryFr: expect.stringMatching(/\S/),
      categoryEn: expect.stringMatching(/\S/),
      summaryFr: expect.stringMatching(/ à 2,0 km \(même famille, score 0,81\)\.$/),
      summaryEn: expect.stringMatching(/ 2\.0 km away \(same family, score 0\.81\)\.$/),
    });
  });

  it('leaves a collective rationale as stored but for its pool, and gives it no B2B impact', () => {
    const rationale = { terms: {}, summaryFr: 'f', summaryEn: 'e' };
    const stored = {
      kind: 'COLLECTIVE' as const,
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      resourceCategoryCode: null,
      distanceKm: null,
      score: 0.7,
      rationale: { ...rationale, pooled: { quantityComplete: true, waste: [] } },
      combinedAnnualQuantity: 12,
    };
    expect(presentedRationale(stored)).toEqual(rationale);
    expect(presentedImpact(stored)).toBeNull();
  });
});
