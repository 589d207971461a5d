import {
  annualise,
  categoryCoversWasteCode,
  COLLECTIVE_NEED_CATEGORIES,
  compatibility,
  findCategory,
  findWasteCode,
  FREQUENCIES,
  isWasteCode,
  matchScore,
  THEMES,
  unitsOf,
} from '@symbiose/taxonomy';
import { CAHORS_SUD, generateDemoData, TRADES } from './cahors-sud';
import {
  CAMPAIGN_INTERVIEWS,
  CAMPAIGN_NEEDS,
  CampaignDeclaration,
  countsPerTheme,
  DeclarationRef,
  generateInterviewCampaign,
  NEEDS_PER_THEME,
  RESOURCES_PER_THEME,
} from './interview-campaign';
import { GRID_V1_QUESTIONS, GridQuestion } from './interview-grid-v1';

/** Why an answer does not fit its question: the grid's rules, written again here. */
function answerProblem(question: GridQuestion, value: unknown): string | null {
  switch (question.answerType) {
    case 'TEXT':
      return typeof value === 'string' && value.trim().length > 0 ? null : 'empty text';
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'not a finite number';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'not a boolean';
    case 'CHOICE':
      return typeof value === 'string' && question.choices?.includes(value)
        ? null
        : 'not one of the choices';
    case 'MULTI_CHOICE':
      return Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((item) => typeof item === 'string' && question.choices?.includes(item))
        ? null
        : 'not a list of distinct choices';
  }
}

/** What is wrong with a declaration, by the taxonomy's own rules; empty when nothing is. */
function declarationProblems(declaration: CampaignDeclaration): string[] {
  const problems: string[] = [];
  const category = findCategory(declaration.categoryCode);
  if (!category) return [`unknown category ${declaration.categoryCode}`];
  if (category.theme !== declaration.theme) problems.push(`theme is not ${category.theme}`);
  if (!category.declarationKinds.includes(declaration.kind)) problems.push('kind not allowed');
  if (declaration.label.trim() === '') problems.push('empty label');
  const { quantity, unit, frequency, wasteCode, authorisedForHazardous } = declaration;
  if (category.dimension === 'NONE') {
    if (quantity !== undefined || unit !== undefined || frequency !== undefined) {
      problems.push('a quantity on a category without dimension');
    }
  } else if (quantity === undefined || unit === undefined || frequency === undefined) {
    problems.push(`no quantity, unit and frequency for ${category.dimension}`);
  } else {
    if (!unitsOf(category.dimension).includes(unit)) problems.push(`${unit} is not a unit of it`);
    if (!FREQUENCIES.includes(frequency)) problems.push(`${frequency} is not a frequency`);
    try {
      annualise(quantity, unit, frequency, category.dimension);
    } catch (error) {
      problems.push(`annualise: ${(error as Error).message}`);
    }
  }
  if (wasteCode !== undefined) {
    if (!isWasteCode(wasteCode)) problems.push(`${wasteCode} is not a six-digit waste code`);
    if (!categoryCoversWasteCode(declaration.categoryCode, wasteCode)) {
      problems.push(`${wasteCode} is not covered by the category`);
    }
  }
  const hazardousNeed =
    declaration.kind === 'NEED' && !!wasteCode && !!findWasteCode(wasteCode)?.hazardous;
  if (hazardousNeed !== (authorisedForHazardous !== undefined)) {
    problems.push('authorisedForHazardous belongs to, and only to, a need of a hazardous waste');
  }
  return problems;
}

describe('the Cahors Sud interview campaign', () => {
  const data = generateDemoData();
  const campaign = generateInterviewCampaign(data);
  const firms = data.organizations.filter((organization) => organization.zone === CAHORS_SUD);
  const declarations = campaign.interviews.flatMap((interview) => interview.declarations);
  const needs = declarations.filter((declaration) => declaration.kind === 'NEED');
  const resources = declarations.filter((declaration) => declaration.kind === 'RESOURCE');
  const today = new Date().toISOString().slice(0, 10);

  /** The declarations a reference points at. */
  function resolve(ref: DeclarationRef): CampaignDeclaration[] {
    const interview = campaign.interviews.find((candidate) => candidate.siret === ref.siret);
    return (interview?.declarations ?? []).filter(
      (declaration) =>
        declaration.kind === ref.kind && declaration.categoryCode === ref.categoryCode,
    );
  }

  it('is the same on every run', () => {
    expect(generateInterviewCampaign()).toStrictEqual(campaign);
  });

  it('interviews 21 distinct firms of Cahors Sud, of every trade', () => {
    expect(campaign.interviews).toHaveLength(CAMPAIGN_INTERVIEWS);
    expect(CAMPAIGN_INTERVIEWS).toBe(21);
    const sirets = campaign.interviews.map((interview) => interview.siret);
    expect(new Set(sirets).size).toBe(21);
    for (const interview of campaign.interviews) {
      const firm = firms.find((candidate) => candidate.siret === interview.siret);
      expect(firm).toMatchObject({ name: interview.organizationName, trade: interview.trade });
    }
    expect(new Set(campaign.interviews.map((interview) => interview.trade))).toEqual(
      new Set(TRADES),
    );
    expect(campaign.zone).toBe(CAHORS_SUD);
  });

  it('is held by one facilitator on grid version 1', () => {
    expect(campaign.gridVersion).toBe(1);
    expect(campaign.interviewer.trim()).not.toBe('');
    expect(new Set(campaign.interviews.map((interview) => interview.interviewer))).toEqual(
      new Set([campaign.interviewer]),
    );
  });

  it('plans and conducts every interview on a weekday from October 2022, before the steering committee', () => {
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    for (const { plannedFor, conductedOn } of campaign.interviews) {
      expect(plannedFor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(conductedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(plannedFor >= '2022-10-01').toBe(true);
      expect(conductedOn >= plannedFor).toBe(true);
      // The steering committee of 26 January 2023 reviews them all.
      expect(conductedOn < '2023-01-26').toBe(true);
      expect(conductedOn <= today).toBe(true);
      expect([weekday(plannedFor), weekday(conductedOn)]).not.toContain(0);
      expect([weekday(plannedFor), weekday(conductedOn)]).not.toContain(6);
    }
  });

  it('answers every question of the grid once, each answer fitting its question', () => {
    for (const interview of campaign.interviews) {
      expect(interview.answers.map((answer) => answer.questionKey)).toEqual(
        GRID_V1_QUESTIONS.map((question) => question.key),
      );
      const problems = interview.answers.flatMap(({ questionKey, value }) => {
        const question = GRID_V1_QUESTIONS.find((candidate) => candidate.key === questionKey);
        const problem = question ? answerProblem(question, value) : 'no such question';
        return problem ? [`${interview.organizationName} ${questionKey}: ${problem}`] : [];
      });
      expect(problems).toEqual([]);
      expect(interview.notes.trim()).not.toBe('');
    }
  });

  it('records exactly 137 needs, in all five themes, as many per theme as exported', () => {
    expect(needs).toHaveLength(CAMPAIGN_NEEDS);
    expect(CAMPAIGN_NEEDS).toBe(137);
    expect(new Set(needs.map((need) => need.theme))).toEqual(new Set(THEMES));
    expect(countsPerTheme(campaign)).toEqual({
      needs: NEEDS_PER_THEME,
      resources: RESOURCES_PER_THEME,
    });
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(total(NEEDS_PER_THEME)).toBe(137);
    expect(total(RESOURCES_PER_THEME)).toBe(resources.length);
  });

  it('gives every interview needs, and spreads them rather than piling them on a few firms', () => {
    const perInterview = campaign.interviews.map(
      (interview) => interview.declarations.filter((d) => d.kind === 'NEED').length,
    );
    expect(Math.min(...perInterview)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perInterview)).toBeLessThanOrEqual(12);
  });

  it('weights the needs toward the eleven collective needs, all of which are declared', () => {
    const collectiveCodes = new Set<string>(
      COLLECTIVE_NEED_CATEGORIES.flatMap((group) => group.categoryCodes),
    );
    const collective = needs.filter((need) => collectiveCodes.has(need.categoryCode));
    expect(collective.length / needs.length).toBeGreaterThan(0.6);
    expect(collective.every((need) => findCategory(need.categoryCode)?.collectiveNeed)).toBe(true);
    const groupsDeclared = COLLECTIVE_NEED_CATEGORIES.filter((group) =>
      needs.some((need) => (group.categoryCodes as readonly string[]).includes(need.categoryCode)),
    );
    expect(groupsDeclared).toHaveLength(11);
  });

  it('declares every line the way the taxonomy allows', () => {
    const problems = campaign.interviews.flatMap((interview) =>
      interview.declarations.flatMap((declaration) =>
        declarationProblems(declaration).map(
          (problem) => `${interview.organizationName}, ${declaration.label}: ${problem}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('gives the wastes real codes and plausible tonnages, used oils as the hazardous one', () => {
    const wastes = resources.filter((resource) => findCategory(resource.categoryCode)?.isWaste);
    expect(wastes.length).toBeGreaterThanOrEqual(10);
    for (const waste of wastes) {
      expect(waste.wasteCode).toBeDefined();
      const tonnes = annualise(
        waste.quantity ?? 0,
        waste.unit ?? '',
        waste.frequency ?? 'YEARLY',
        'MASS',
      );
      expect(tonnes).toBeGreaterThanOrEqual(0.5);
      expect(tonnes).toBeLessThanOrEqual(100);
    }
    const hazardous = declarations.filter(
      (declaration) => declaration.wasteCode && findWasteCode(declaration.wasteCode)?.hazardous,
    );
    const described = hazardous.map(({ kind, categoryCode, wasteCode }) =>
      [kind, categoryCode, wasteCode].join(' '),
    );
    expect(described.sort()).toEqual([
      'NEED WASTE_USED_OILS 130205',
      'RESOURCE WASTE_USED_OILS 130205',
    ]);
    const cardboard = wastes.filter((waste) => waste.categoryCode === 'WASTE_CARDBOARD');
    expect(cardboard.map((waste) => waste.wasteCode)).toContain('150101');
  });

  it('reports spare equipment, skills, waste heat and rainwater as well as wastes', () => {
    const offered = new Set(resources.map((resource) => resource.categoryCode));
    for (const code of [
      'EQUIPMENT_MEETING_ROOMS',
      'EQUIPMENT_HANDLING',
      'EQUIPMENT_STORAGE_SPACE',
      'HR_SKILLS_SHARING',
      'ENERGY_WASTE_HEAT',
      'WATER_RAINWATER',
      'WASTE_CARDBOARD',
      'WASTE_WOOD',
      'WASTE_METALS',
      'WASTE_ORGANIC_FOOD',
      'WASTE_USED_OILS',
    ]) {
      expect([code, offered.has(code as never)]).toEqual([code, true]);
    }
  });

  it('points every designed match and non-match at exactly one declaration', () => {
    const pairs = [...campaign.b2bMatches, ...campaign.nonMatches];
    for (const { resource, need } of pairs) {
      expect([resource, resolve(resource).length]).toEqual([resource, 1]);
      expect([need, resolve(need).length]).toEqual([need, 1]);
      expect(resource.siret).not.toBe(need.siret);
    }
  });

  it('designs B2B matches the taxonomy finds compatible', () => {
    expect(campaign.b2bMatches.length).toBeGreaterThanOrEqual(10);
    for (const { resource, need } of campaign.b2bMatches) {
      const [offer] = resolve(resource);
      const [demand] = resolve(need);
      expect([
        resource.categoryCode,
        need.categoryCode,
        !!compatibility(offer.categoryCode, demand.categoryCode),
      ]).toEqual([resource.categoryCode, need.categoryCode, true]);
      expect(matchScore(offer, demand)).toBeGreaterThan(0);
      expect(offer.wasteCode && findWasteCode(offer.wasteCode)?.hazardous).toBeFalsy();
    }
    const kinds = campaign.b2bMatches.map(({ resource, need }) => [
      resource.categoryCode,
      need.categoryCode,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['WASTE_WOOD', 'MATERIAL_PALLETS'],
        ['ENERGY_WASTE_HEAT', 'ENERGY_HEAT'],
        ['WASTE_ORGANIC_FOOD', 'MATERIAL_METHANISATION_INPUTS'],
        ['WASTE_CARDBOARD', 'MATERIAL_PACKAGING'],
        ['ENERGY_RENEWABLE', 'ENERGY_ELECTRICITY'],
      ]),
    );
  });

  it('designs collective matches: needs shared by several firms, the guard service offered', () => {
    for (const match of campaign.collectiveMatches) {
      expect(findCategory(match.categoryCode)?.collectiveNeed).toBe(true);
      expect([match.categoryCode, match.neededBy.length >= 3]).toEqual([match.categoryCode, true]);
    }
    const byCode = new Map(campaign.collectiveMatches.map((match) => [match.categoryCode, match]));
    for (const code of [
      'SERVICE_SECURITY_GUARDING',
      'SERVICE_INTER_COMPANY_CATERING',
      'SERVICE_GROUP_PURCHASING',
      'SERVICE_WASTE_COLLECTION',
    ] as const) {
      expect(byCode.get(code)?.neededBy.length).toBeGreaterThanOrEqual(5);
    }
    const guarding = byCode.get('SERVICE_SECURITY_GUARDING');
    expect(guarding?.offeredBy).toHaveLength(1);
    expect(guarding?.neededBy).not.toContain(guarding?.offeredBy[0]);
  });

  it('designs non-matches: incompatible categories, and pairs a rule of law or physics refuses', () => {
    const reasons = campaign.nonMatches.map((nonMatch) => nonMatch.reason);
    expect(new Set(reasons)).toEqual(
      new Set([
        'INCOMPATIBLE_CATEGORY',
        'HAZARDOUS_WASTE_NOT_AUTHORISED',
        'UNLICENSED_SECURITY',
        'ANIMAL_BY_PRODUCTS',
        'HEAT_PIPE_TOO_LONG',
        'STORAGE_REGIME',
        'EQUIPMENT_TYPE',
        'WATER_QUALITY',
      ]),
    );
    for (const { resource, need, reason } of campaign.nonMatches) {
      const [offer] = resolve(resource);
      const [demand] = resolve(need);
      if (reason === 'INCOMPATIBLE_CATEGORY') {
        expect(compatibility(offer.categoryCode, demand.categoryCode)).toBeUndefined();
        expect(matchScore(offer, demand)).toBe(0);
        continue;
      }
      // Only the rule keeps these apart: the categories meet.
      expect(compatibility(offer.categoryCode, demand.categoryCode)).toBeDefined();
      if (reason === 'HAZARDOUS_WASTE_NOT_AUTHORISED') {
        expect(findWasteCode(offer.wasteCode ?? '')?.hazardous).toBe(true);
        expect(demand.authorisedForHazardous).toBe(false);
      }
      if (reason === 'ANIMAL_BY_PRODUCTS') expect(offer.wasteCode).toBe('200108');
      // The facts the facilitator noted on both sides are what the rule compares.
      if (reason === 'STORAGE_REGIME') {
        expect(offer.attributes?.storage).toBeDefined();
        expect(demand.attributes?.storage).not.toBe(offer.attributes?.storage);
      }
      if (reason === 'EQUIPMENT_TYPE') {
        expect(offer.attributes?.machineType).toBeDefined();
        expect(demand.attributes?.machineType).not.toBe(offer.attributes?.machineType);
      }
      if (reason === 'WATER_QUALITY') {
        expect(offer.attributes?.potable).toBe(false);
        expect(demand.attributes?.foodContact).toBe(true);
      }
    }
  });
});
