import type { CategoryDefinition } from '../category-definition';

/*
 * Waste categories are measured in MASS: waste is weighed, invoiced and reported by the tonne.
 * A waste code may sit in two categories when the European list does not tell them apart
 * (20 01 01 is "paper and cardboard"; 15 01 02 covers films and rigid plastic packaging alike).
 */

const ORGANIC_FOOD_WASTE_CODES = [
  '200108', // biodegradable kitchen and canteen waste
  '200125', // edible oil and fat
  '200302', // waste from markets
  '020203', // meat and fish processing: materials unsuitable for consumption
  '020304', // fruit and vegetable processing: idem
  '020501', // dairy industry: idem
  '020601', // baking and confectionery: idem
  '020704', // beverage production: idem
] as const;

const GREEN_WASTE_CODES = [
  '200201', // garden and park waste (biodegradable)
  '020103', // plant-tissue waste from horticulture and agriculture
] as const;

export const MATERIALS_WASTE_CATEGORIES = [
  {
    code: 'WASTE_CARDBOARD',
    labelFr: 'Cartons et emballages en papier-carton',
    labelEn: 'Cardboard and paper packaging',
    dimension: 'MASS',
    wasteCodes: ['150101', '200101', '191201', '030308'],
  },
  {
    code: 'WASTE_PAPER',
    labelFr: 'Papiers de bureau et imprimés',
    labelEn: 'Office paper and printed matter',
    dimension: 'MASS',
    wasteCodes: ['200101', '191201', '030308'],
  },
  {
    code: 'WASTE_PLASTIC_FILMS',
    labelFr: 'Films plastiques',
    labelEn: 'Plastic films',
    dimension: 'MASS',
    wasteCodes: ['150102', '020104', '170203', '200139'],
  },
  {
    code: 'WASTE_PLASTICS_OTHER',
    labelFr: 'Autres plastiques (rigides, chutes de production)',
    labelEn: 'Other plastics (rigid, production offcuts)',
    dimension: 'MASS',
    wasteCodes: ['150102', '020104', '120105', '160119', '170203', '191204', '200139'],
  },
  {
    code: 'WASTE_WOOD',
    labelFr: 'Bois et palettes usagées',
    labelEn: 'Wood and used pallets',
    dimension: 'MASS',
    wasteCodes: ['150103', '170201', '200138', '030105', '191207'],
  },
  {
    code: 'WASTE_METALS',
    labelFr: 'Métaux ferreux et non ferreux',
    labelEn: 'Ferrous and non-ferrous metals',
    dimension: 'MASS',
    wasteCodes: [
      '150104',
      '170401',
      '170402',
      '170403',
      '170404',
      '170405',
      '170406',
      '170407',
      '200140',
      '120101',
      '120102',
      '120103',
      '120104',
      '160117',
      '160118',
      '191202',
      '191203',
    ],
  },
  {
    code: 'WASTE_ORGANIC_FOOD',
    labelFr: 'Biodéchets et déchets alimentaires',
    labelEn: 'Organic and food waste',
    dimension: 'MASS',
    wasteCodes: ORGANIC_FOOD_WASTE_CODES,
  },
  {
    code: 'WASTE_GREEN',
    labelFr: 'Déchets verts',
    labelEn: 'Green waste',
    dimension: 'MASS',
    wasteCodes: GREEN_WASTE_CODES,
  },
  {
    code: 'WASTE_INERT',
    labelFr: 'Déchets inertes et gravats de chantier',
    labelEn: 'Inert construction waste and rubble',
    dimension: 'MASS',
    wasteCodes: ['170101', '170102', '170103', '170107', '170302', '170504', '170904', '200202'],
  },
  {
    code: 'WASTE_GLASS',
    labelFr: 'Verre',
    labelEn: 'Glass',
    dimension: 'MASS',
    wasteCodes: ['150107', '170202', '200102', '191205'],
  },
  {
    code: 'WASTE_MIXED_NON_HAZARDOUS',
    labelFr: 'Déchets non dangereux en mélange',
    labelEn: 'Mixed non-hazardous waste',
    dimension: 'MASS',
    wasteCodes: ['150106', '200301', '200307', '191212'],
  },
  {
    code: 'WASTE_USED_OILS',
    labelFr: 'Huiles usagées (moteur, hydrauliques, lubrifiantes)',
    labelEn: 'Used oils (engine, hydraulic, lubricating)',
    dimension: 'MASS',
    wasteCodes: [
      '130109',
      '130110',
      '130111',
      '130112',
      '130113',
      '130204',
      '130205',
      '130206',
      '130207',
      '130208',
    ],
  },
  {
    code: 'WASTE_SOLVENTS',
    labelFr: 'Solvants usagés',
    labelEn: 'Spent solvents',
    dimension: 'MASS',
    wasteCodes: [
      '140602',
      '140603',
      '070103',
      '070104',
      '070203',
      '070204',
      '070303',
      '070304',
      '070403',
      '070404',
      '070503',
      '070504',
      '070603',
      '070604',
      '070703',
      '070704',
      '200113',
    ],
  },
  {
    code: 'WASTE_BATTERIES',
    labelFr: 'Piles et accumulateurs',
    labelEn: 'Batteries and accumulators',
    dimension: 'MASS',
    wasteCodes: ['160601', '160602', '160603', '160604', '160605', '200133', '200134'],
  },
  {
    code: 'WASTE_WEEE',
    labelFr: "Déchets d'équipements électriques et électroniques (DEEE)",
    labelEn: 'Waste electrical and electronic equipment (WEEE)',
    dimension: 'MASS',
    wasteCodes: [
      '160211',
      '160213',
      '160214',
      '160215',
      '160216',
      '200121',
      '200123',
      '200135',
      '200136',
    ],
  },
  {
    code: 'WASTE_SOILED_PACKAGING',
    labelFr: 'Emballages et absorbants souillés',
    labelEn: 'Contaminated packaging and absorbents',
    dimension: 'MASS',
    wasteCodes: ['150110', '150111', '150202'],
  },
  {
    // The need of a composting platform or a farmer for organic matter. It lives here, not in
    // SERVICES, because what it asks for is material, weighed and coded like the waste it takes.
    code: 'MATERIAL_COMPOSTING_INPUTS',
    labelFr: 'Matières organiques pour compostage',
    labelEn: 'Organic matter for composting',
    dimension: 'MASS',
    wasteCodes: [...ORGANIC_FOOD_WASTE_CODES, ...GREEN_WASTE_CODES],
    declarationKinds: ['NEED'],
  },
  {
    // The feedstock need of an anaerobic digester. Here rather than in FLUIDS for the same reason
    // as composting: the digester asks for tonnes of coded waste; its biogas would be a fluid.
    code: 'MATERIAL_METHANISATION_INPUTS',
    labelFr: 'Intrants de méthanisation',
    labelEn: 'Anaerobic digestion feedstock',
    dimension: 'MASS',
    wasteCodes: [
      ...ORGANIC_FOOD_WASTE_CODES,
      ...GREEN_WASTE_CODES,
      '020106', // animal faeces, urine and manure, collected separately
    ],
    declarationKinds: ['NEED'],
  },
  {
    // A reusable pallet is a product, not a waste: counted, not weighed. A broken one is WASTE_WOOD.
    code: 'MATERIAL_PALLETS',
    labelFr: 'Palettes réutilisables',
    labelEn: 'Reusable pallets',
    dimension: 'COUNT',
  },
  {
    // MASS so that it compares with the cardboard and paper offered to meet it.
    code: 'MATERIAL_PACKAGING',
    labelFr: 'Emballages et matériaux de calage',
    labelEn: 'Packaging and void fill',
    dimension: 'MASS',
  },
] as const satisfies readonly CategoryDefinition[];
