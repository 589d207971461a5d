/**
 * What the firms of the campaign said a flow costs or earns them: the grid asks each firm what
 * its wastes cost it a year and what its energy bill is, and the facilitator noted the figures
 * behind those answers flow by flow. Invented like the rest of the campaign, at orders of
 * magnitude of France in 2022–2023, excluding VAT; each figure says where its order of magnitude
 * comes from. A firm's figures never add up to more than it answered for the year
 * (`waste.annual_cost_eur`, `fluids.energy_bill_eur`): the unit spec checks it.
 *
 * As in a real campaign, many flows have no figure: the firm did not know it, or had none to
 * give (a methaniser still in project, a need it does not pay for today).
 */
import type { CategoryCode, DeclarationKind } from '@symbiose/taxonomy';
import type { FirmKey } from './interview-campaign';

/** Euros per unit of the category's canonical unit (t, MWh, m3, h, unit), but the investment. */
export interface StatedFigures {
  /** A resource's: what getting rid of it costs the firm today. */
  disposalCostEur?: number;
  /** A resource's: the price it asks. */
  salePriceEur?: number;
  /** A need's: what the firm pays for it today. */
  purchasePriceEur?: number;
  /** Once, in euros: what the firm would invest to put the exchange to work. */
  investmentEur?: number;
}

/** The same, as `recordDeclaration`'s `economics` takes them: euro cents. */
export interface CampaignEconomics {
  disposalCostCentsPerUnit?: number;
  salePriceCentsPerUnit?: number;
  purchasePriceCentsPerUnit?: number;
  investmentCents?: number;
}

/** The figures of one declaration: the firm's key in the campaign, the kind and category. */
export interface FirmFigures extends StatedFigures {
  firm: FirmKey;
  kind: DeclarationKind;
  categoryCode: CategoryCode;
}

export const FIRM_FIGURES: readonly FirmFigures[] = [
  // Wastes. No published price per tonne of a firm's collection was read: every figure is an
  // order of magnitude stated by the firm in the interview.
  // Broken pallets in a collector's skip: 12 t × 55 € = 660 € of its 4,200 € a year.
  { firm: 'transports', kind: 'RESOURCE', categoryCode: 'WASTE_WOOD', disposalCostEur: 55 },
  // Untreated offcuts, a cleaner stream: 18 t × 45 € = 810 € of its 3,100 €.
  { firm: 'charpentes', kind: 'RESOURCE', categoryCode: 'WASTE_WOOD', disposalCostEur: 45 },
  // Loose cardboard of the receptions, no baler: 22 t × 35 € = 770 € of its 9,800 €.
  { firm: 'logistique', kind: 'RESOURCE', categoryCode: 'WASTE_CARDBOARD', disposalCostEur: 35 },
  // Biowaste collected apart: 8 t × 120 € = 960 € of its 1,900 €.
  {
    firm: 'conserverie',
    kind: 'RESOURCE',
    categoryCode: 'WASTE_ORGANIC_FOOD',
    disposalCostEur: 120,
  },
  // Unsold produce, to be unpacked before treatment: 10 t × 140 € = 1,400 € of its 6,300 €.
  {
    firm: 'distribution',
    kind: 'RESOURCE',
    categoryCode: 'WASTE_ORGANIC_FOOD',
    disposalCostEur: 140,
  },
  // Clean offcuts a scrap dealer buys rather than charges for: order of magnitude stated by the
  // firm in the interview, as the three below.
  { firm: 'mecanique', kind: 'RESOURCE', categoryCode: 'WASTE_METALS', salePriceEur: 200 },
  { firm: 'cartonnages', kind: 'RESOURCE', categoryCode: 'WASTE_CARDBOARD', salePriceEur: 50 },
  // New merchant bars and sheet, as the blacksmith buys them.
  { firm: 'ferronnerie', kind: 'NEED', categoryCode: 'WASTE_METALS', purchasePriceEur: 1400 },
  // Sawmill offcuts bought for pallet blocks.
  { firm: 'palettes', kind: 'NEED', categoryCode: 'WASTE_WOOD', purchasePriceEur: 110 },

  // Materials: order of magnitude stated by the firm in the interview, each.
  // Boxes and void fill, by the tonne.
  { firm: 'fournitures', kind: 'NEED', categoryCode: 'MATERIAL_PACKAGING', purchasePriceEur: 950 },
  {
    firm: 'electrotechnique',
    kind: 'NEED',
    categoryCode: 'MATERIAL_PACKAGING',
    purchasePriceEur: 1100,
  },
  // A used Europe pallet bought for shipping, a damaged one bought to be repaired, and the
  // logistician's asking price for its surplus, below both.
  { firm: 'fournitures', kind: 'NEED', categoryCode: 'MATERIAL_PALLETS', purchasePriceEur: 9 },
  { firm: 'palettes', kind: 'NEED', categoryCode: 'MATERIAL_PALLETS', purchasePriceEur: 4.5 },
  { firm: 'logistique', kind: 'RESOURCE', categoryCode: 'MATERIAL_PALLETS', salePriceEur: 4 },

  // Energy, the grid's "what is your energy bill". For scale, the French year-ahead baseload
  // electricity price averaged 367 €/MWh in 2022 and 162 €/MWh in 2023 (SDES, Bilan énergétique
  // de la France pour 2023, § 1.7.1), before network costs and taxes.
  // The host's servers: 450 MWh × 180 € = 81,000 € of its 88,000 € bill; order of magnitude
  // stated by the firm in the interview (its bill), as the two below.
  { firm: 'data', kind: 'NEED', categoryCode: 'ENERGY_ELECTRICITY', purchasePriceEur: 180 },
  // 250 MWh × 175 € = 43,750 € of its 165,000 € bill.
  { firm: 'frigo', kind: 'NEED', categoryCode: 'ENERGY_RENEWABLE', purchasePriceEur: 175 },
  // 90 MWh × 190 € = 17,100 € of its 38,000 € bill.
  { firm: 'logistique', kind: 'NEED', categoryCode: 'ENERGY_RENEWABLE', purchasePriceEur: 190 },
  // The price the solar project would ask its neighbours: order of magnitude stated by the firm
  // in the interview.
  { firm: 'energies', kind: 'RESOURCE', categoryCode: 'ENERGY_RENEWABLE', salePriceEur: 120 },
  // Hot water from a gas boiler, 150 MWh × 85 € = 12,750 € of its 31,000 € bill; and the heat
  // exchanger and pipe from the server room, once: orders of magnitude stated by the firm in
  // the interview. For scale, the French wholesale gas price (PEG) averaged 98.6 €/MWh in 2022
  // and 39.2 €/MWh in 2023 (SDES, Chiffres clés de l'énergie, édition 2024).
  {
    firm: 'blanchisserie',
    kind: 'NEED',
    categoryCode: 'ENERGY_HEAT',
    purchasePriceEur: 85,
    investmentEur: 40_000,
  },

  // Water: the drinking-water part of the price only, 2.21 €/m3 on average in France on
  // 1 January 2023 (Observatoire des services publics d'eau et d'assainissement, rapport
  // national, data 2022); the laundry still pays for its sewage.
  { firm: 'blanchisserie', kind: 'NEED', categoryCode: 'WATER_PROCESS', purchasePriceEur: 2.21 },

  // Equipment and services, by the hour or the pallet place a year: order of magnitude stated
  // by the firm in the interview, each.
  // The contractor's asking price for its telehandler and platform, and the hire company's
  // day rate the carpenter pays today (210 € for 7 h).
  {
    firm: 'travaux-publics',
    kind: 'RESOURCE',
    categoryCode: 'EQUIPMENT_HANDLING',
    salePriceEur: 20,
  },
  { firm: 'charpentes', kind: 'NEED', categoryCode: 'EQUIPMENT_HANDLING', purchasePriceEur: 30 },
  // 6 € a pallet place a month asked, 8 € paid today to a warehouse in town.
  {
    firm: 'logistique',
    kind: 'RESOURCE',
    categoryCode: 'EQUIPMENT_STORAGE_SPACE',
    salePriceEur: 72,
  },
  {
    firm: 'fournitures',
    kind: 'NEED',
    categoryCode: 'EQUIPMENT_STORAGE_SPACE',
    purchasePriceEur: 96,
  },
  // A meal from the caterer's kitchen, and an hour of the automation engineer.
  {
    firm: 'traiteur',
    kind: 'RESOURCE',
    categoryCode: 'SERVICE_INTER_COMPANY_CATERING',
    salePriceEur: 11,
  },
  { firm: 'robotique', kind: 'RESOURCE', categoryCode: 'HR_SKILLS_SHARING', salePriceEur: 65 },
];

const cents = (euros: number | undefined) =>
  euros === undefined ? undefined : Math.round(euros * 100);

/** The figures in euro cents, those the firm gave only. */
export function economicsOf(figures: StatedFigures): CampaignEconomics {
  const economics: CampaignEconomics = {
    disposalCostCentsPerUnit: cents(figures.disposalCostEur),
    salePriceCentsPerUnit: cents(figures.salePriceEur),
    purchasePriceCentsPerUnit: cents(figures.purchasePriceEur),
    investmentCents: cents(figures.investmentEur),
  };
  return Object.fromEntries(
    Object.entries(economics).filter(([, value]) => value !== undefined),
  ) as CampaignEconomics;
}
