import { seededRandom } from '@symbiose/testing';
import { syntheticRegion } from '../../bench/synthetic-region';
import { matchCollective, membersTerm } from './collective-matcher';
import type { MatchableDeclaration } from './matchable-declaration';
import { declaration, northOf } from './matchable-declaration.fixture';

const guardingNeed = (id: string, organizationId: string, hours: number | null = null) =>
  declaration({
    id,
    organizationId,
    theme: 'SERVICES',
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    annualQuantity: hours,
    canonicalUnit: hours === null ? null : 'h',
  });

/** Meals a year for catering; food trucks are declared without a quantity. */
const mealsPerYear = (categoryCode: string) =>
  categoryCode === 'SERVICE_INTER_COMPANY_CATERING'
    ? { annualQuantity: 1000, canonicalUnit: 'unit' }
    : { annualQuantity: null, canonicalUnit: null };

/** A security company outside every zone, holding its CNAPS authorisation. */
const licensedGuard = (overrides: Partial<MatchableDeclaration> = {}) =>
  declaration({
    id: 'guard',
    organizationId: 'org-guard',
    kind: 'RESOURCE',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    organizationAuthorisations: ['CNAPS_AUTHORISATION'],
    zoneId: null,
    ...overrides,
  });

describe('collective synergies', () => {
  it('needs two organizations: one alone, even with two needs, is no synergy', () => {
    expect(matchCollective([guardingNeed('a1', 'org-a'), guardingNeed('a2', 'org-a')])).toEqual([]);
  });

  it('groups the needs of a zone and category, with their combined quantity', () => {
    const [synergy, ...others] = matchCollective([
      guardingNeed('a1', 'org-a', 500),
      guardingNeed('a2', 'org-a', 100),
      guardingNeed('b1', 'org-b', 400),
      { ...guardingNeed('c1', 'org-c', 300), zoneId: 'zone-other' },
    ]);
    expect(others).toEqual([]);
    expect(synergy.key).toBe('zone-cahors-sud:SERVICE_SECURITY_GUARDING');
    expect(synergy.participants).toEqual([
      { organizationId: 'org-a', role: 'MEMBER', declarationIds: ['a1', 'a2'] },
      { organizationId: 'org-b', role: 'MEMBER', declarationIds: ['b1'] },
    ]);
    expect(synergy.combinedAnnualQuantity).toBe(1000);
    expect(synergy.canonicalUnit).toBe('h');
    expect(synergy.quantityComplete).toBe(true);
    // 0.7 × (1 − ½^(1/3)) + 0.3 × 0
    expect(synergy.score).toBe(0.1444);
    expect(synergy.rationale.summaryFr).toContain('2 organisations');
  });

  it('lets a licensed security firm join as supplier, with its coverage in the score', () => {
    const guard = licensedGuard({ annualQuantity: 300, canonicalUnit: 'h' });
    const [synergy] = matchCollective([
      guardingNeed('a', 'org-a', 400),
      guardingNeed('b', 'org-b', 200),
      guardingNeed('c', 'org-c', 400),
      guard,
    ]);
    expect(synergy.participants.map((p) => [p.organizationId, p.role])).toEqual([
      ['org-a', 'MEMBER'],
      ['org-b', 'MEMBER'],
      ['org-c', 'MEMBER'],
      ['org-guard', 'SUPPLIER'],
    ]);
    expect(synergy.rationale.terms.supplyCoverage).toMatchObject({
      value: 0.3,
      basis: 'QUANTITIES',
    });
    // 0.7 × (1 − ½^(2/3)) + 0.3 × (300 / 1000) = 0.349
    expect(synergy.score).toBe(0.349);
  });

  it('leaves out a supplier the law does not let serve third parties', () => {
    const inHouseGuard = declaration({
      id: 'in-house',
      organizationId: 'org-haulier',
      kind: 'RESOURCE',
      theme: 'SERVICES',
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      annualQuantity: 300,
      canonicalUnit: 'h',
    });
    const [synergy] = matchCollective([
      guardingNeed('a', 'org-a', 400),
      guardingNeed('b', 'org-b', 200),
      inHouseGuard,
    ]);
    expect(synergy.participants.map((p) => p.role)).toEqual(['MEMBER', 'MEMBER']);
  });

  describe('on one of the programme’s collective needs', () => {
    const wasteService = (
      id: string,
      organizationId: string,
      categoryCode = 'SERVICE_WASTE_COLLECTION',
    ) => declaration({ id, organizationId, theme: 'SERVICES', categoryCode });
    const waste = (id: string, organizationId: string, tonnes: number) =>
      declaration({
        id,
        organizationId,
        kind: 'RESOURCE',
        categoryCode: 'WASTE_CARDBOARD',
        wasteCode: '150101',
        annualQuantity: tonnes,
        canonicalUnit: 't',
      });

    it('sizes a pooled waste collection by the tonnes its members throw away', () => {
      const [synergy] = matchCollective([
        wasteService('a', 'org-a'),
        wasteService('a-again', 'org-a'),
        wasteService('b', 'org-b'),
        waste('a-cardboard', 'org-a', 12.5),
        waste('b-cardboard', 'org-b', 30),
        waste('c-cardboard', 'org-c', 99),
      ]);
      expect(synergy.categoryCode).toBe('SERVICE_WASTE_COLLECTION');
      // org-a's two needs count its waste once.
      expect([synergy.combinedAnnualQuantity, synergy.canonicalUnit]).toEqual([42.5, 't']);
    });

    it('gathers the members of every category of the need in one synergy', () => {
      const synergies = matchCollective([
        wasteService('a', 'org-a', 'SERVICE_WASTE_REUSE'),
        wasteService('b', 'org-b', 'SERVICE_WASTE_REUSE'),
        wasteService('c', 'org-c'),
      ]);
      expect(synergies).toHaveLength(1);
      const [synergy] = synergies;
      expect(synergy.key).toBe('zone-cahors-sud:SERVICE_WASTE_COLLECTION');
      expect(synergy.categoryCode).toBe('SERVICE_WASTE_REUSE');
      expect(synergy.participants.map((p) => p.organizationId)).toEqual([
        'org-a',
        'org-b',
        'org-c',
      ]);
      expect(synergy.rationale).toMatchObject({
        collectiveNeedCode: 'WASTE_COLLECTION_REUSE',
        categoryCodes: ['SERVICE_WASTE_COLLECTION', 'SERVICE_WASTE_REUSE'],
        summaryFr: '3 organisations partagent un besoin : collecte et réemploi des déchets.',
      });
    });

    it('keeps its key whichever of the need’s categories the members declare', () => {
      const [reuseOnly] = matchCollective([
        wasteService('a', 'org-a', 'SERVICE_WASTE_REUSE'),
        wasteService('b', 'org-b', 'SERVICE_WASTE_REUSE'),
      ]);
      expect(reuseOnly.key).toBe('zone-cahors-sud:SERVICE_WASTE_COLLECTION');
    });
  });

  describe('with suppliers by trade', () => {
    const collector = (organizationId: string, zoneId: string | null, km = 5) => ({
      organizationId,
      nafCode: '38.11Z',
      zoneId,
      territoryId: 'territory-grand-cahors',
      authorisations: [],
      ...northOf(km),
    });
    const collectionNeed = (id: string) =>
      declaration({ id, theme: 'SERVICES', categoryCode: 'SERVICE_WASTE_COLLECTION' });

    it('joins a waste collector of the territory by its activity, bringing no declaration', () => {
      const [synergy] = matchCollective([collectionNeed('a'), collectionNeed('b')], {}, [
        collector('org-syded', null),
        collector('org-far', null, 45),
      ]);
      expect(synergy.participants.filter((p) => p.role === 'SUPPLIER')).toEqual([
        { organizationId: 'org-syded', role: 'SUPPLIER', declarationIds: [] },
      ]);
      expect(synergy.rationale.suppliersByTrade).toBe(1);
      expect(synergy.rationale.terms.supplyCoverage.basis).toBe(
        'SUPPLIER_WITHOUT_COMPARABLE_QUANTITY',
      );
    });

    it('leaves out a member’s own trade and a trade already supplying by a declaration', () => {
      const declared = declaration({
        id: 'declared',
        organizationId: 'org-declaring',
        kind: 'RESOURCE',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_WASTE_COLLECTION',
      });
      const [synergy] = matchCollective([collectionNeed('a'), collectionNeed('b'), declared], {}, [
        collector('org-a', 'zone-cahors-sud'),
        collector('org-declaring', 'zone-cahors-sud'),
      ]);
      expect(synergy.participants.filter((p) => p.role === 'SUPPLIER')).toEqual([
        { organizationId: 'org-declaring', role: 'SUPPLIER', declarationIds: ['declared'] },
      ]);
      expect(synergy.rationale.suppliersByTrade).toBe(0);
    });

    it('takes a security company by trade, its licence presumed', () => {
      const [synergy] = matchCollective(
        [guardingNeed('a', 'org-a'), guardingNeed('b', 'org-b')],
        {},
        [{ ...collector('org-guards', null), nafCode: '80.10Z' }],
      );
      expect(synergy.participants.map((p) => p.role)).toEqual(['MEMBER', 'MEMBER', 'SUPPLIER']);
    });
  });

  it('counts a supplier meeting several of the members’ categories by its best match', () => {
    const meals = (id: string, categoryCode: string, kind: 'NEED' | 'RESOURCE' = 'NEED') =>
      declaration({ id, kind, theme: 'SERVICES', categoryCode, ...mealsPerYear(categoryCode) });
    // Whichever category's need sorts first by id, the restaurant serves catering as catering.
    for (const [truckId, cateringId] of [
      ['a-trucks', 'b-catering'],
      ['b-trucks', 'a-catering'],
    ]) {
      const [synergy] = matchCollective([
        meals(truckId, 'SERVICE_FOOD_TRUCKS'),
        meals(cateringId, 'SERVICE_INTER_COMPANY_CATERING'),
        meals('restaurant', 'SERVICE_INTER_COMPANY_CATERING', 'RESOURCE'),
      ]);
      expect(synergy.rationale.terms.supplyCoverage).toMatchObject({ basis: 'QUANTITIES' });
    }
  });

  it('takes suppliers outside the zone within the territory’s reach', () => {
    const guard = licensedGuard(northOf(20));
    const declarations = [guardingNeed('a', 'org-a'), guardingNeed('b', 'org-b'), guard];
    const suppliers = (maxDistanceKm?: number) =>
      matchCollective(declarations, {
        territories: { 'territory-grand-cahors': { maxDistanceKm } },
      })[0].participants.filter((p) => p.role === 'SUPPLIER').length;
    expect(suppliers(undefined)).toBe(1);
    expect(suppliers(10)).toBe(0);
  });

  it('forms no collective synergy of firms competing for one raw material', () => {
    const woodNeed = (id: string) =>
      declaration({ id, organizationId: `org-${id}`, annualQuantity: 1000, canonicalUnit: 't' });
    expect(matchCollective([woodNeed('chp'), woodNeed('pellets')])).toEqual([]);
  });

  it('grows with members, each adding less than the one before', () => {
    expect([2, 4, 7, 13].map((n) => Math.round(membersTerm(n) * 1e4) / 1e4)).toEqual([
      0.2063, 0.5, 0.75, 0.9375,
    ]);
  });

  it('finds the same synergies whatever the order of the declarations', () => {
    const region = syntheticRegion({ declarationCount: 2_000, seed: 7 });
    const random = seededRandom(8);
    const shuffled = region
      .map((declaration) => ({ declaration, rank: random() }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ declaration }) => declaration);
    const synergies = matchCollective(region);
    expect(synergies.length).toBeGreaterThan(10);
    expect(matchCollective(shuffled)).toEqual(synergies);
    expect(matchCollective([...region].reverse())).toEqual(synergies);
  });
});
