/**
 * What a European List of Waste code says of the material itself, where the code is specific
 * enough to say it (Commission Decision 2000/532/EC as amended by 2014/955/EU). A code that is
 * not listed says nothing: the declaration's own attributes, if any, decide.
 */
export interface WasteCodeFacts {
  /** Material family: COPPER, FERROUS, PLASTIC… (open codes, as on a declaration). */
  readonly family?: string;
  /** Battery chemistry (16 06 xx). */
  readonly chemistry?: string;
}

const FAMILY_BY_CODE: Readonly<Record<string, string>> = Object.freeze({
  // 17 04 construction and demolition metals; 12 01 shaping; 19 12 mechanical treatment;
  // 16 01 end-of-life vehicles; 15 01 04 metallic packaging; 20 01 40 municipal metals.
  '170401': 'COPPER',
  '170402': 'ALUMINIUM',
  '170403': 'LEAD',
  '170404': 'ZINC',
  '170405': 'FERROUS',
  '170406': 'TIN',
  '170407': 'METAL',
  '120101': 'FERROUS',
  '120102': 'FERROUS',
  '120103': 'NON_FERROUS',
  '120104': 'NON_FERROUS',
  '191202': 'FERROUS',
  '191203': 'NON_FERROUS',
  '160117': 'FERROUS',
  '160118': 'NON_FERROUS',
  '150104': 'METAL',
  '200140': 'METAL',
  // Plastics
  '150102': 'PLASTIC',
  '120105': 'PLASTIC',
  '170203': 'PLASTIC',
  '200139': 'PLASTIC',
  '020104': 'PLASTIC',
  '070213': 'PLASTIC',
  '191204': 'PLASTIC',
  // Paper and cardboard
  '150101': 'PAPER_CARDBOARD',
  '200101': 'PAPER_CARDBOARD',
  '191201': 'PAPER_CARDBOARD',
  // Glass
  '150107': 'GLASS',
  '170202': 'GLASS',
  '200102': 'GLASS',
  '191205': 'GLASS',
  // Wood
  '150103': 'WOOD',
  '030101': 'WOOD',
  '030105': 'WOOD',
  '170201': 'WOOD',
  '200138': 'WOOD',
  '191207': 'WOOD',
  // Mineral residues of combustion and construction
  '100101': 'BOTTOM_ASH',
  '100102': 'COAL_FLY_ASH',
  '100105': 'GYPSUM',
  '170802': 'GYPSUM',
  '100202': 'SLAG',
});

const CHEMISTRY_BY_CODE: Readonly<Record<string, string>> = Object.freeze({
  '160601': 'LEAD_ACID',
  '160602': 'NI_CD',
  '160603': 'MERCURY',
  '160604': 'ALKALINE',
  '160605': 'OTHER_BATTERIES',
  '200133': 'MIXED_BATTERIES',
  '200134': 'OTHER_BATTERIES',
});

/**
 * Wastes that are animal by-products (Regulation (EC) 1069/2009, art. 3 and 10): catering
 * waste, animal tissue, unfit foodstuffs of animal origin.
 */
const ANIMAL_BY_PRODUCT_CODES: ReadonlySet<string> = new Set([
  '200108',
  '020102',
  '020202',
  '020203',
  '020501',
]);

/**
 * Wood residues that are "biomass" in the sense of ICPE rubric 2910-A (Code de
 * l'environnement, nomenclature: untreated wood from forestry and from the first processing
 * of timber), unlike packaging or demolition wood, which remains waste.
 */
const COMBUSTION_BIOMASS_CODES: ReadonlySet<string> = new Set(['030101', '030105', '020107']);

/** Six digits, no spaces. */
export function wasteCodeFacts(code: string | null): WasteCodeFacts {
  if (!code) return {};
  return { family: FAMILY_BY_CODE[code], chemistry: CHEMISTRY_BY_CODE[code] };
}

export function isAnimalByProductWaste(code: string | null): boolean {
  return code !== null && ANIMAL_BY_PRODUCT_CODES.has(code);
}

export function isCombustionBiomassWaste(code: string | null): boolean {
  return code !== null && COMBUSTION_BIOMASS_CODES.has(code);
}

/**
 * Families that name a group of others: a need for METAL accepts copper, a need for
 * NON_FERROUS accepts aluminium; polymers likewise (PE gathers LDPE and HDPE).
 */
const PARENT_CODES: Readonly<Record<string, string>> = Object.freeze({
  FERROUS: 'METAL',
  STAINLESS: 'FERROUS',
  NON_FERROUS: 'METAL',
  COPPER: 'NON_FERROUS',
  ALUMINIUM: 'NON_FERROUS',
  LEAD: 'NON_FERROUS',
  ZINC: 'NON_FERROUS',
  TIN: 'NON_FERROUS',
  LDPE: 'PE',
  LLDPE: 'PE',
  HDPE: 'PE',
});

function ancestry(code: string): string[] {
  const line = [code];
  let parent = PARENT_CODES[code];
  while (parent) {
    line.push(parent);
    parent = PARENT_CODES[parent];
  }
  return line;
}

/** Whether two material codes can name the same thing: equal, or one a group of the other. */
export function materialCodesAgree(a: string, b: string): boolean {
  return ancestry(a).includes(b) || ancestry(b).includes(a);
}
