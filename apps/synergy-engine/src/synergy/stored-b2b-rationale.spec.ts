import type { DeclarationAttributes } from '@symbiose/taxonomy';
import { BASELINE_BY_LAW, DECLARED_BASELINES, matchB2B } from '../matching';
import { declaration, northOf } from '../matching/matchable-declaration.fixture';
import { flowFactsOf, type StoredB2BRationale } from './stored-b2b-rationale';
import { contentOfSynergy } from './synergy-content';
import { presentedImpact } from './synergy-presentation';

/** 8 t of copper cable scrap a year, quarterly, 5 km from a recycler that needs 10 t. */
function copperSynergy(attributes: DeclarationAttributes) {
  const scrap = declaration({
    id: 'scrap',
    kind: 'RESOURCE',
    categoryCode: 'WASTE_METALS',
    annualQuantity: 8,
    canonicalUnit: 't',
    frequency: 'QUARTERLY',
    wasteCode: '170401',
    attributes,
  });
  const recycler = declaration({
    id: 'recycler',
    categoryCode: 'WASTE_METALS',
    annualQuantity: 10,
    canonicalUnit: 't',
    ...northOf(5),
  });
  const [synergy] = matchB2B([scrap, recycler]);
  if (!synergy?.impact) throw new Error('the copper scrap met no weighed need');
  return synergy;
}

describe('a stored B2B rationale keeps what its impact is worked out from', () => {
  it('keeps a declared route and collector distance, and gives the same impact again', () => {
    const synergy = copperSynergy({ currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: 45 });
    const stored = contentOfSynergy(synergy);

    expect((stored.rationale as StoredB2BRationale).flow).toEqual([
      4,
      'COPPER',
      'RESIDUAL_DISPOSAL',
      45,
    ]);
    expect(synergy.impact).toMatchObject({
      baselineRoute: 'RESIDUAL_DISPOSAL',
      collectorRoadKm: 45,
      avoidedVirginMaterialKgCo2ePerYear: 8 * 141,
    });
    expect(presentedImpact(stored)).toEqual(synergy.impact);
  });

  it('keeps a declared distance alone, with the law’s route', () => {
    const synergy = copperSynergy({ collectorDistanceKm: 12.5 });

    expect((contentOfSynergy(synergy).rationale as StoredB2BRationale).flow).toEqual([
      4,
      'COPPER',
      null,
      12.5,
    ]);
    expect(presentedImpact(contentOfSynergy(synergy))).toEqual(synergy.impact);
  });

  it('keeps a flow of nothing declared as before: its trips and family only', () => {
    const synergy = copperSynergy({});

    expect((contentOfSynergy(synergy).rationale as StoredB2BRationale).flow).toEqual([4, 'COPPER']);
    expect(synergy.impact).toMatchObject({ baselineDeclared: false, collectorRoadKm: 20 });
  });

  const row = (flow: readonly unknown[]) => ({ flow }) as unknown as StoredB2BRationale;

  it('reads an older row, or one of an unknown route, as the law’s route and the default', () => {
    const older = row([4, 'COPPER']);
    const unknownRoute = row([4, 'COPPER', 'LANDFILL', null]);

    for (const stored of [older, unknownRoute]) {
      expect(flowFactsOf(stored)).toEqual({
        tripsPerYear: 4,
        materialFamily: 'COPPER',
        declaredBaseline: null,
        collectorRoadKm: null,
      });
    }
    expect(flowFactsOf(row([4, 'COPPER', 'SORTED_RECYCLING', 30]))).toMatchObject({
      declaredBaseline: DECLARED_BASELINES.SORTED_RECYCLING,
      collectorRoadKm: 30,
    });
    expect(DECLARED_BASELINES.SORTED_RECYCLING.rule).not.toBe(BASELINE_BY_LAW.COPPER.rule);
  });
});
