import { distanceDecay, roundScore } from './b2b-score';
import type { ActivitySupplier } from './activity-supplier';
import { matchCollective } from './collective-matcher';
import { declaration, northOf } from './matchable-declaration.fixture';
import { matchB2B } from './b2b-matcher';
import type { MatchableDeclaration } from './matchable-declaration';
import { matchTradeSupply, TRADE_SUPPLY_CONFIDENCE } from './trade-supply-matcher';

const supplier = (organizationId: string, nafCode: string, km = 4): ActivitySupplier => ({
  organizationId,
  nafCode,
  zoneId: null,
  territoryId: 'territory-grand-cahors',
  authorisations: [],
  ...northOf(km),
});

const need = (id: string, categoryCode: string, organizationId = `org-${id}`) =>
  declaration({ id, organizationId, theme: 'HR_ANIMATION', categoryCode });

function tradeSupply(declarations: MatchableDeclaration[], suppliers: ActivitySupplier[]) {
  const found = {
    collective: matchCollective(declarations, {}, suppliers),
    b2b: matchB2B(declarations),
  };
  return matchTradeSupply(declarations, suppliers, found);
}

describe('supply by trade', () => {
  it('meets a need with a firm whose activity supplies it, scored apart on distance', () => {
    const [synergy, ...others] = tradeSupply(
      [need('training', 'HR_TRAINING')],
      [supplier('org-school', '85.59A'), supplier('org-baker', '10.71C')],
    );
    expect(others).toEqual([]);
    expect(synergy).toMatchObject({
      kind: 'B2B',
      supply: 'TRADE',
      key: 'trade:org-school:training',
      zoneIds: ['zone-cahors-sud'],
      participants: [
        { organizationId: 'org-school', role: 'SUPPLIER', declarationIds: [] },
        { organizationId: 'org-training', role: 'CONSUMER', declarationIds: ['training'] },
      ],
      rationale: { supply: 'TRADE', nafCode: '85.59A' },
    });
    expect(synergy.distanceKm).toBeCloseTo(4, 3);
    expect(synergy.score).toBe(roundScore(TRADE_SUPPLY_CONFIDENCE * distanceDecay(4)));
    expect(synergy.rationale.summaryFr).toContain("Formation continue d'adultes");
    expect(synergy.rationale.summaryFr).toContain('à 4,0 km');
  });

  it('serves a category firms only declare as a need: an agency’s trade is recruitment', () => {
    const found = tradeSupply([need('hire', 'HR_RECRUITMENT')], [supplier('org-agency', '78.20Z')]);
    expect(found.map((synergy) => synergy.key)).toEqual(['trade:org-agency:hire']);
  });

  it('keeps the nearest within reach, never the need’s own organization', () => {
    const found = tradeSupply(
      [need('training', 'HR_TRAINING')],
      [
        supplier('org-far', '85.59A', 45),
        supplier('org-near', '85.59A', 1),
        supplier('org-training', '85.59A', 0),
      ],
    );
    expect(found.map((synergy) => synergy.supplierOrganizationId)).toEqual(['org-near']);
  });

  it('leaves a pooled need to its collective synergy, where the trade joins as supplier', () => {
    const declarations = [need('a', 'HR_TRAINING', 'org-a'), need('b', 'HR_TRAINING', 'org-b')];
    const suppliers = [supplier('org-school', '85.59A')];
    expect(tradeSupply(declarations, suppliers)).toEqual([]);
    const [pooled] = matchCollective(declarations, {}, suppliers);
    expect(pooled.participants.at(-1)).toEqual({
      organizationId: 'org-school',
      role: 'SUPPLIER',
      declarationIds: [],
    });
  });

  it('leaves out a firm already proposed to the need for a resource it declared', () => {
    const offered = declaration({
      id: 'course',
      organizationId: 'org-school',
      kind: 'RESOURCE',
      theme: 'HR_ANIMATION',
      categoryCode: 'HR_TRAINING',
      ...northOf(4),
    });
    const found = tradeSupply(
      [need('training', 'HR_TRAINING'), offered],
      [supplier('org-school', '85.59A')],
    );
    expect(found).toEqual([]);
  });

  it('presumes the licence a private security company trades under', () => {
    const guarding = declaration({
      id: 'night',
      theme: 'SERVICES',
      categoryCode: 'SERVICE_SECURITY_GUARDING',
    });
    const [synergy] = tradeSupply([guarding], [supplier('org-guards', '80.10Z')]);
    expect(synergy.rationale.rules).toContainEqual({
      rule: 'LICENSED_SERVICE',
      verdict: 'MET',
      values: { licence: 'CNAPS_AUTHORISATION' },
    });
  });
});
