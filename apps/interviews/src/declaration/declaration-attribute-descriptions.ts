import {
  ATTRIBUTE_THEMES,
  DeclarationAttributeName,
  MAX_COLLECTOR_DISTANCE_KM,
} from '@symbiose/taxonomy';

const DESCRIPTIONS: Readonly<Record<DeclarationAttributeName, string>> = {
  temperatureC:
    "A heat or cold resource's supply temperature, or the temperature a need requires, °C",
  heatPump: 'On a heat need: a heat pump sized for a low-grade source',
  medium: 'What carries the heat or cold',
  pressureBar: 'Pressure of the fluid, bar',
  storage: 'The storage regime offered or required',
  temperatureRange: 'A storage or transport regime, °C',
  material: 'What a material or a piece of equipment is made of',
  wood: 'On wood: its treatment, its class and whether it has left waste status',
  potable: 'On water offered: whether it is potable',
  potableRequired: 'On a water need: whether it must be potable',
  foodContact: 'On a need: the flow touches food',
  contains: 'What a flow contains that rules apply to, as codes: ANIMAL_BY_PRODUCTS, MEAT, NICKEL',
  abpCategory: 'Category of animal by-products under Regulation (EC) 1069/2009: 1, 2 or 3',
  chemistry: 'Battery chemistry, a code: LEAD_ACID, LI_ION, NI_CD',
  use: 'What a need does with the flow, a code: ANIMAL_FEED, BULKING_AGENT, FUEL',
  machineType: 'A code: FORKLIFT, AERIAL_WORK_PLATFORM',
  capacityT: 'Capacity, t',
  capacityPersons: 'Capacity, persons',
  skill: 'What a person offered or sought knows or is, a code: PLC_AUTOMATION, HGV_DRIVER',
  job: 'A job, a code: HGV_DRIVER, WAREHOUSE_OPERATOR',
  provider: 'Who provides a service, a code: INTERNAL_SECURITY_SERVICE, LICENSED_SECURITY_COMPANY',
  certified: 'Certifications held, as free text',
  licensed: 'Licences held, as free text: a CNAPS licence …',
  requires: 'What a need requires of its supplier, as free text: a licence, an authorisation …',
  currentRoute:
    'On a waste offered: where it goes today, which sets the baseline its synergies are weighed against; without it, the route French law imposes on its stream',
  collectorDistanceKm: `On a waste offered: road km from the firm to the collector that takes it today, above 0 and at most ${MAX_COLLECTOR_DISTANCE_KM}; without it, the impact method's default`,
};

/** The description of an attribute in the API, with the themes whose categories it applies to. */
export function attributeDescription(name: DeclarationAttributeName): string {
  return `${DESCRIPTIONS[name]}. Themes: ${ATTRIBUTE_THEMES[name].join(', ')}`;
}

export const MATERIAL_DESCRIPTIONS = {
  family: 'A code: COPPER, STEEL, ALUMINIUM, PLASTIC, WOOD',
  polymer: 'For a plastic, a code: PET, HDPE, PP',
  grade: 'Free text: 304L, food grade …',
} as const;

export const WOOD_DESCRIPTIONS = {
  endOfWaste:
    'Wood that has left waste status (e.g. packaging chips under the arrêté du 29 juillet 2014)',
} as const;
