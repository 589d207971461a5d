import { compatibility } from '@symbiose/taxonomy';
import { declaration } from './matchable-declaration.fixture';
import type { MatchableDeclaration } from './matchable-declaration';
import { assessPair, firstFailure, ruledPair, type RuleFinding } from './pair-rules';

function pair(resource: MatchableDeclaration, need: MatchableDeclaration, distanceKm = 1) {
  const entry = compatibility(resource.categoryCode, need.categoryCode);
  if (!entry) throw new Error(`${resource.categoryCode} cannot meet ${need.categoryCode}`);
  return ruledPair(resource, need, entry, distanceKm);
}

const resourceOf = (id: string, fields: Partial<MatchableDeclaration>) =>
  declaration({ id, kind: 'RESOURCE', ...fields });

const verdictOf = (findings: RuleFinding[], rule: RuleFinding['rule']) =>
  findings.find((finding) => finding.rule === rule)?.verdict;

describe('pair rules', () => {
  it('tells copper from steel by their waste codes, and lets a copper need take it', () => {
    const copper = resourceOf('copper', { categoryCode: 'WASTE_METALS', wasteCode: '170401' });
    const steelNeed = declaration({
      id: 'steel',
      categoryCode: 'WASTE_METALS',
      wasteCode: '170405',
    });
    const metalNeed = declaration({
      id: 'metal',
      categoryCode: 'WASTE_METALS',
      attributes: { material: { family: 'NON_FERROUS' } },
    });
    expect(firstFailure(pair(copper, steelNeed))).toMatchObject({
      rule: 'MATERIAL',
      values: { resource: 'COPPER', need: 'FERROUS' },
    });
    expect(verdictOf(assessPair(pair(copper, metalNeed)), 'MATERIAL')).toBe('MET');
  });

  it('needs heat hot enough, or a heat pump within its lift', () => {
    const heat = (temperatureC: number) =>
      resourceOf('heat', {
        theme: 'FLUIDS',
        categoryCode: 'ENERGY_WASTE_HEAT',
        attributes: { temperatureC },
      });
    const need = (attributes: MatchableDeclaration['attributes']) =>
      declaration({ id: 'need', theme: 'FLUIDS', categoryCode: 'ENERGY_HEAT', attributes });
    expect(firstFailure(pair(heat(28), need({ temperatureC: 121 })))?.rule).toBe('TEMPERATURE');
    expect(verdictOf(assessPair(pair(heat(90), need({ temperatureC: 60 }))), 'TEMPERATURE')).toBe(
      'MET',
    );
    expect(
      verdictOf(
        assessPair(pair(heat(28), need({ temperatureC: 28, heatPump: true }))),
        'TEMPERATURE',
      ),
    ).toBe('MET');
    expect(verdictOf(assessPair(pair(heat(28), need({ temperatureC: 60 }))), 'TEMPERATURE')).toBe(
      'FAILED',
    );
  });

  it('refuses heat a pipe cannot carry for its length, and asks a study between the bounds', () => {
    const heat = resourceOf('heat', {
      theme: 'FLUIDS',
      categoryCode: 'ENERGY_WASTE_HEAT',
      annualQuantity: 2000,
      canonicalUnit: 'MWh',
    });
    const need = declaration({
      id: 'need',
      theme: 'FLUIDS',
      categoryCode: 'ENERGY_HEAT',
      annualQuantity: 1500,
      canonicalUnit: 'MWh',
    });
    expect(verdictOf(assessPair(pair(heat, need, 0.4)), 'HEAT_TRANSPORT')).toBe('MET');
    expect(verdictOf(assessPair(pair(heat, need, 2)), 'HEAT_TRANSPORT')).toBe('TO_CONFIRM');
    expect(firstFailure(pair(heat, need, 14))?.rule).toBe('HEAT_TRANSPORT');
  });

  it('keeps chilled rooms for chilled goods', () => {
    const room = resourceOf('room', {
      theme: 'EQUIPMENT',
      categoryCode: 'EQUIPMENT_COLD_STORAGE',
      attributes: { temperatureRange: { minC: 0, maxC: 4 } },
    });
    const need = (minC: number, maxC: number) =>
      declaration({
        id: 'need',
        theme: 'EQUIPMENT',
        categoryCode: 'EQUIPMENT_COLD_STORAGE',
        attributes: { temperatureRange: { minC, maxC } },
      });
    expect(firstFailure(pair(room, need(0, 3)))).toBeUndefined();
    expect(firstFailure(pair(room, need(-30, -25)))?.rule).toBe('STORAGE');
  });

  it('burns waste wood only in an authorised plant, and names the end-of-waste step', () => {
    const pallets = (authorisations: string[]) =>
      resourceOf('pallets', {
        categoryCode: 'WASTE_WOOD',
        wasteCode: '150103',
        organizationAuthorisations: authorisations,
      });
    const boiler = (authorisations: string[]) =>
      declaration({
        id: 'boiler',
        theme: 'FLUIDS',
        categoryCode: 'ENERGY_HEAT',
        organizationAuthorisations: authorisations,
      });
    expect(firstFailure(pair(pallets([]), boiler(['2910-A'])))?.rule).toBe('COMBUSTION');
    expect(verdictOf(assessPair(pair(pallets([]), boiler(['2910-B']))), 'COMBUSTION')).toBe('MET');
    expect(
      verdictOf(
        assessPair(pair(pallets(['END_OF_WASTE_WOOD_PACKAGING_CHIPS']), boiler(['2910-A']))),
        'COMBUSTION',
      ),
    ).toBe('STEP_REQUIRED');
  });

  it('repairs pallets only from wooden packaging, not from any waste wood', () => {
    const wood = (wasteCode: string | null) =>
      resourceOf('wood', { categoryCode: 'WASTE_WOOD', wasteCode });
    const palletNeed = declaration({ id: 'pallets', categoryCode: 'MATERIAL_PALLETS' });
    expect(firstFailure(pair(wood('170201'), palletNeed))).toMatchObject({
      rule: 'WASTE_FORM',
      values: { expected: '150103', wasteCode: '170201' },
    });
    expect(verdictOf(assessPair(pair(wood('150103'), palletNeed)), 'WASTE_FORM')).toBe('MET');
    expect(verdictOf(assessPair(pair(wood(null), palletNeed)), 'WASTE_FORM')).toBe('TO_CONFIRM');
    const woodNeed = declaration({ id: 'wood-need', categoryCode: 'WASTE_WOOD' });
    expect(verdictOf(assessPair(pair(wood('170201'), woodNeed)), 'WASTE_FORM')).toBeUndefined();
  });

  it('sends catering waste only to an approved plant, never to feed', () => {
    const kitchen = resourceOf('kitchen', {
      categoryCode: 'WASTE_ORGANIC_FOOD',
      wasteCode: '200108',
    });
    const digester = (authorisations: string[]) =>
      declaration({
        id: 'digester',
        categoryCode: 'MATERIAL_METHANISATION_INPUTS',
        organizationAuthorisations: authorisations,
      });
    expect(firstFailure(pair(kitchen, digester([])))?.rule).toBe('ANIMAL_BY_PRODUCTS');
    expect(firstFailure(pair(kitchen, digester(['ABP_APPROVAL'])))).toBeUndefined();
  });

  it('lets only a licensed firm sell guarding', () => {
    const guard = (authorisations: string[]) =>
      resourceOf('guard', {
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        organizationAuthorisations: authorisations,
      });
    const need = declaration({
      id: 'need',
      theme: 'SERVICES',
      categoryCode: 'SERVICE_SECURITY_GUARDING',
    });
    expect(firstFailure(pair(guard([]), need))?.rule).toBe('LICENSED_SERVICE');
    expect(firstFailure(pair(guard(['CNAPS_AUTHORISATION']), need))).toBeUndefined();
  });

  it('shares electricity within 2 km, up to 20 km with a derogation', () => {
    const solar = resourceOf('solar', { theme: 'FLUIDS', categoryCode: 'ENERGY_RENEWABLE' });
    const need = declaration({ id: 'need', theme: 'FLUIDS', categoryCode: 'ENERGY_ELECTRICITY' });
    expect(verdictOf(assessPair(pair(solar, need, 1.5)), 'ELECTRICITY_PERIMETER')).toBe('MET');
    expect(verdictOf(assessPair(pair(solar, need, 8)), 'ELECTRICITY_PERIMETER')).toBe(
      'STEP_REQUIRED',
    );
    expect(firstFailure(pair(solar, need, 25))?.rule).toBe('ELECTRICITY_PERIMETER');
  });

  it('needs availability windows that overlap', () => {
    const summer = resourceOf('summer', {
      theme: 'FLUIDS',
      categoryCode: 'ENERGY_WASTE_HEAT',
      availableFrom: '2026-06-01',
      availableUntil: '2026-09-30',
    });
    const winter = declaration({
      id: 'winter',
      theme: 'FLUIDS',
      categoryCode: 'ENERGY_HEAT',
      availableFrom: '2026-10-01',
      availableUntil: '2027-04-30',
    });
    expect(firstFailure(pair(summer, winter))?.rule).toBe('AVAILABILITY');
    expect(firstFailure(pair(summer, { ...winter, availableFrom: '2026-09-01' }))).toBeUndefined();
  });

  it('leaves out a negligible lot, not a small share of a truckload', () => {
    const lot = (tonnes: number) =>
      resourceOf('lot', { annualQuantity: tonnes, canonicalUnit: 't', wasteCode: '030105' });
    const plant = declaration({ id: 'plant', annualQuantity: 40_000, canonicalUnit: 't' });
    expect(firstFailure(pair(lot(0.2), plant))?.rule).toBe('NEGLIGIBLE_SUPPLY');
    expect(firstFailure(pair(lot(8), plant))).toBeUndefined();
  });

  it('lends an expert for a training only when both state the same skill', () => {
    const expert = (skill?: string) =>
      resourceOf('expert', {
        theme: 'HR_ANIMATION',
        categoryCode: 'HR_SKILLS_SHARING',
        attributes: skill ? { skill } : {},
      });
    const training = (skill?: string) =>
      declaration({
        id: 'training',
        theme: 'HR_ANIMATION',
        categoryCode: 'HR_TRAINING',
        attributes: skill ? { skill } : {},
      });
    expect(firstFailure(pair(expert(), training()))?.rule).toBe('SKILL');
    expect(firstFailure(pair(expert('PLC_AUTOMATION'), training('WELDING')))?.rule).toBe('SKILL');
    expect(
      firstFailure(pair(expert('PLC_AUTOMATION'), training('PLC_AUTOMATION'))),
    ).toBeUndefined();
  });
});
