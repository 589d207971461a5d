import { findCategory } from '@symbiose/taxonomy';
import { CampaignEconomics, economicsOf, FIRM_FIGURES } from './campaign-economics';
import {
  annualQuantityOf,
  CampaignDeclaration,
  CampaignInterview,
  DeclarationRef,
  generateInterviewCampaign,
} from './interview-campaign';

/** The figures each kind may carry, as the interviews' API checks them. */
const FIGURES_OF_KIND: Record<string, readonly (keyof CampaignEconomics)[]> = {
  RESOURCE: ['disposalCostCentsPerUnit', 'salePriceCentsPerUnit', 'investmentCents'],
  NEED: ['purchasePriceCentsPerUnit', 'investmentCents'],
};

/** Euros a year of one figure over the interview's declarations that give it. */
function eurosAYear(
  interview: CampaignInterview,
  figure: keyof CampaignEconomics,
  which: (declaration: CampaignDeclaration) => boolean,
): number {
  return interview.declarations
    .filter(which)
    .reduce(
      (sum, declaration) =>
        sum + ((declaration.economics?.[figure] ?? 0) * annualQuantityOf(declaration)) / 100,
      0,
    );
}

function answer(interview: CampaignInterview, questionKey: string): number {
  const value = interview.answers.find((candidate) => candidate.questionKey === questionKey)?.value;
  if (typeof value !== 'number') throw new Error(`${questionKey} is not answered with a number`);
  return value;
}

describe("the firms' own figures in the campaign", () => {
  const campaign = generateInterviewCampaign();
  const declarations = campaign.interviews.flatMap((interview) => interview.declarations);
  const priced = declarations.filter((declaration) => declaration.economics);
  const economicsOfRef = (ref: DeclarationRef) =>
    campaign.interviews
      .find((interview) => interview.siret === ref.siret)
      ?.declarations.find((d) => d.kind === ref.kind && d.categoryCode === ref.categoryCode)
      ?.economics;

  it('gives each figure to exactly one declaration, in euro cents', () => {
    const keys = FIRM_FIGURES.map(
      ({ firm, kind, categoryCode }) => `${firm} ${kind} ${categoryCode}`,
    );
    expect(new Set(keys).size).toBe(FIRM_FIGURES.length);
    expect(priced).toHaveLength(FIRM_FIGURES.length);
    for (const { economics } of priced) {
      for (const cents of Object.values(economics ?? {})) {
        expect(Number.isInteger(cents) && cents >= 0).toBe(true);
      }
    }
    expect(economicsOf({ purchasePriceEur: 2.21, investmentEur: 40_000 })).toEqual({
      purchasePriceCentsPerUnit: 221,
      investmentCents: 4_000_000,
    });
  });

  it('gives a declaration only the figures of its kind, a disposal cost only to a waste', () => {
    for (const { kind, categoryCode, economics } of priced) {
      const figures = Object.keys(economics ?? {});
      expect([
        categoryCode,
        figures.every((f) => FIGURES_OF_KIND[kind].includes(f as never)),
      ]).toEqual([categoryCode, true]);
      if (economics?.disposalCostCentsPerUnit !== undefined) {
        expect([categoryCode, findCategory(categoryCode)?.isWaste]).toEqual([categoryCode, true]);
      }
    }
  });

  it("never adds up to more than the firm's yearly waste cost and energy bill", () => {
    const isWaste = (d: CampaignDeclaration) =>
      d.kind === 'RESOURCE' && !!findCategory(d.categoryCode)?.isWaste;
    const isEnergy = (d: CampaignDeclaration) =>
      d.kind === 'NEED' && findCategory(d.categoryCode)?.dimension === 'ENERGY';
    for (const interview of campaign.interviews) {
      const name = interview.organizationName;
      const disposal = eurosAYear(interview, 'disposalCostCentsPerUnit', isWaste);
      const energy = eurosAYear(interview, 'purchasePriceCentsPerUnit', isEnergy);
      expect([name, disposal <= answer(interview, 'waste.annual_cost_eur')]).toEqual([name, true]);
      expect([name, energy <= answer(interview, 'fluids.energy_bill_eur')]).toEqual([name, true]);
    }
  });

  it('prices some designed matches on both sides, some on one, and leaves some to confirm', () => {
    const sides = campaign.b2bMatches.map(
      ({ resource, need }) => Number(!!economicsOfRef(resource)) + Number(!!economicsOfRef(need)),
    );
    expect(sides).toContain(2);
    expect(sides).toContain(1);
    expect(sides).toContain(0);
    expect(priced.length / declarations.length).toBeLessThan(0.25);
  });

  it('never asks more for a resource than the firm of a designed match pays today', () => {
    for (const { resource, need } of campaign.b2bMatches) {
      const asked = economicsOfRef(resource)?.salePriceCentsPerUnit;
      const paid = economicsOfRef(need)?.purchasePriceCentsPerUnit;
      if (asked === undefined || paid === undefined) continue;
      expect([resource.categoryCode, asked <= paid]).toEqual([resource.categoryCode, true]);
    }
  });
});
