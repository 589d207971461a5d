import { matchB2B } from './b2b-matcher';
import { declaration, northOf } from './matchable-declaration.fixture';
import type { MatchableDeclaration } from './matchable-declaration';
import type { MatchingOptions } from './matching-options';

function match(declarations: MatchableDeclaration[], options: MatchingOptions = {}) {
  return matchB2B(declarations, options);
}

const woodOffer = declaration({ id: 'wood', kind: 'RESOURCE', categoryCode: 'WASTE_WOOD' });

describe('B2B matching', () => {
  it('offers used wood to a firm that needs pallets, as supplier and consumer', () => {
    const palletNeed = declaration({
      id: 'pallets',
      categoryCode: 'MATERIAL_PALLETS',
      ...northOf(2),
    });
    const [synergy, ...others] = match([woodOffer, palletNeed]);
    expect(others).toEqual([]);
    expect(synergy.key).toBe('wood:pallets');
    expect(synergy.rationale.terms.compatibility.strength).toBe('SAME_FAMILY');
    expect(synergy.participants.map((p) => [p.organizationId, p.role])).toEqual([
      ['org-wood', 'SUPPLIER'],
      ['org-pallets', 'CONSUMER'],
    ]);
    expect(synergy.distanceKm).toBeCloseTo(2, 2);
  });

  it('offers waste heat to a heat need, and nothing to an unrelated need', () => {
    const heat = declaration({
      id: 'heat',
      kind: 'RESOURCE',
      theme: 'FLUIDS',
      categoryCode: 'ENERGY_WASTE_HEAT',
    });
    const heatNeed = declaration({ id: 'heat-need', theme: 'FLUIDS', categoryCode: 'ENERGY_HEAT' });
    const waterNeed = declaration({ id: 'water', theme: 'FLUIDS', categoryCode: 'WATER_PROCESS' });
    expect(match([heat, heatNeed, waterNeed]).map((s) => s.key)).toEqual(['heat:heat-need']);
  });

  it('offers hazardous waste only to an organization authorised for it', () => {
    const oil = declaration({
      id: 'oil',
      kind: 'RESOURCE',
      categoryCode: 'WASTE_USED_OILS',
      wasteCode: '130205',
      hazardous: true,
    });
    const authorised = declaration({
      id: 'authorised',
      categoryCode: 'WASTE_USED_OILS',
      authorisedForHazardous: true,
    });
    const unauthorised = declaration({
      id: 'unauthorised',
      categoryCode: 'WASTE_USED_OILS',
      authorisedForHazardous: false,
    });
    const unknown = declaration({ id: 'unknown', categoryCode: 'WASTE_USED_OILS' });
    expect(match([oil, authorised, unauthorised, unknown]).map((s) => s.key)).toEqual([
      'oil:authorised',
    ]);
  });

  it('drops pairs beyond the reach, with a per-territory override', () => {
    const near = declaration({ id: 'near', ...northOf(29) });
    const far = declaration({ id: 'far', ...northOf(31) });
    expect(match([woodOffer, near, far]).map((s) => s.key)).toEqual(['wood:near']);
    const options = { territories: { 'territory-grand-cahors': { maxDistanceKm: 10 } } };
    expect(match([woodOffer, near, far], options)).toEqual([]);
  });

  it('matches across zones of a territory but never across territories or within one firm', () => {
    const otherZone = declaration({ id: 'other-zone', zoneId: 'zone-regourd', ...northOf(5) });
    const otherTerritory = declaration({ id: 'other-territory', territoryId: 'territory-figeac' });
    const sameFirm = declaration({ id: 'same-firm', organizationId: 'org-wood' });
    expect(match([woodOffer, otherZone, otherTerritory, sameFirm]).map((s) => s.key)).toEqual([
      'wood:other-zone',
    ]);
  });

  it('scores the same waste code above a different one, and above the same family', () => {
    const coded = { ...woodOffer, wasteCode: '150103' };
    const sameCode = declaration({ id: 'same', wasteCode: '150103' });
    const otherCode = declaration({ id: 'other', wasteCode: '170201' });
    const pallets = declaration({ id: 'pallets', categoryCode: 'MATERIAL_PALLETS' });
    const scores = Object.fromEntries(
      match([coded, sameCode, otherCode, pallets]).map((s) => [
        s.needDeclarationId,
        s.rationale.terms.compatibility.value,
      ]),
    );
    expect(scores).toEqual({ same: 1, other: 0.8, pallets: 0.7 });
  });

  it('keeps a pair in the top K of either side', () => {
    // Five needs at 1..5 km for one resource, K = 2: the resource keeps the two nearest; every
    // need has this single resource, so each keeps it too: all five pairs stay.
    const needs = [1, 2, 3, 4, 5].map((km) => declaration({ id: `n${km}`, ...northOf(km) }));
    expect(match([woodOffer, ...needs], { topK: 2 })).toHaveLength(5);
    // A second, nearer resource for every need: each need's top 1 is the near resource, and the
    // far one keeps only its own top 1.
    const nearOffer = declaration({ id: 'near-wood', kind: 'RESOURCE', ...northOf(3) });
    const keys = match([woodOffer, nearOffer, ...needs], { topK: 1 }).map((s) => s.key);
    expect(keys.filter((key) => key.startsWith('wood:'))).toEqual(['wood:n1']);
    expect(keys.filter((key) => key.startsWith('near-wood:')).sort()).toEqual(
      ['near-wood:n2', 'near-wood:n3', 'near-wood:n4', 'near-wood:n5'].sort(),
    );
  });

  it('lists the same input in the same order, whatever the input order', () => {
    const needs = [1, 2, 3].map((km) => declaration({ id: `n${km}`, ...northOf(km) }));
    const tie = declaration({ id: 'tie', kind: 'RESOURCE', organizationId: 'org-tie' });
    const forward = match([woodOffer, tie, ...needs]);
    const backward = match([...needs, tie, woodOffer].reverse());
    expect(backward).toEqual(forward);
    const ranks = forward.map((s) => [s.score, s.key]);
    expect(ranks).toEqual(
      [...ranks].sort(
        (a, b) => (b[0] as number) - (a[0] as number) || String(a[1]).localeCompare(String(b[1])),
      ),
    );
  });
});
