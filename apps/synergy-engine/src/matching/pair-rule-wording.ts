import type { FindingValue, PairRuleCode, RuleFinding, RuleVerdict } from './pair-rules';

type Values = Readonly<Record<string, FindingValue>>;
type Words = (values: Values) => { fr: string; en: string };

const v = (values: Values, key: string) => String(values[key] ?? '?');

/** What each rule says of a pair, by verdict, in French and English. */
const WORDS: Record<PairRuleCode, Partial<Record<RuleVerdict, Words>>> = {
  HAZARDOUS_WASTE: {
    MET: () => ({
      fr: 'Déchet dangereux : le receveur est autorisé à le prendre.',
      en: 'Hazardous waste: the receiver is authorised to take it.',
    }),
  },
  COMBUSTION: {
    MET: (x) =>
      x.authorisation
        ? {
            fr: `Combustion d’un déchet : installation autorisée (ICPE ${v(x, 'authorisation')}).`,
            en: `Burning a waste: authorised installation (ICPE ${v(x, 'authorisation')}).`,
          }
        : {
            fr: 'Biomasse au sens de la rubrique ICPE 2910-A (bois non traité ou sorti du statut de déchet).',
            en: 'Biomass under ICPE rubric 2910-A (untreated wood, or wood that has left waste status).',
          },
    STEP_REQUIRED: () => ({
      fr: 'Étape : sortie du statut de déchet des broyats (arrêté du 29 juillet 2014) avant combustion en 2910-A.',
      en: 'Step: end-of-waste status of the chips (arrêté du 29 juillet 2014) before burning under 2910-A.',
    }),
  },
  ANIMAL_BY_PRODUCTS: {
    MET: () => ({
      fr: 'Sous-produits animaux : le receveur a l’agrément sanitaire (règlement (CE) 1069/2009).',
      en: 'Animal by-products: the receiver holds the sanitary approval (Regulation (EC) 1069/2009).',
    }),
  },
  LICENSED_SERVICE: {
    MET: () => ({
      fr: 'Sécurité privée : le prestataire a l’autorisation du CNAPS (CSI L612-9).',
      en: 'Private security: the provider holds the CNAPS licence (CSI L612-9).',
    }),
  },
  ELECTRICITY_PERIMETER: {
    MET: (x) => ({
      fr: `Autoconsommation collective : ${v(x, 'distanceKm')} km, dans le périmètre de 2 km.`,
      en: `Collective self-consumption: ${v(x, 'distanceKm')} km, within the 2 km perimeter.`,
    }),
    STEP_REQUIRED: (x) => ({
      fr: `Étape : dérogation de périmètre pour l’autoconsommation collective (${v(x, 'distanceKm')} km > 2 km).`,
      en: `Step: perimeter derogation for collective self-consumption (${v(x, 'distanceKm')} km > 2 km).`,
    }),
  },
  MATERIAL: {
    MET: (x) => ({
      fr: `Même matière : ${v(x, 'resource')} pour ${v(x, 'need')}.`,
      en: `Same material: ${v(x, 'resource')} for ${v(x, 'need')}.`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Matière à confirmer : le besoin demande ${v(x, 'need')}.`,
      en: `Material to confirm: the need asks for ${v(x, 'need')}.`,
    }),
  },
  TEMPERATURE: {
    MET: (x) => ({
      fr: `Température : ${v(x, 'resource')} °C fournis pour ${v(x, 'need')} °C requis${x.heatPump ? ', avec pompe à chaleur' : ''}.`,
      en: `Temperature: ${v(x, 'resource')} °C supplied for ${v(x, 'need')} °C required${x.heatPump ? ', with a heat pump' : ''}.`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Température de la source à confirmer (${v(x, 'need')} °C requis).`,
      en: `Source temperature to confirm (${v(x, 'need')} °C required).`,
    }),
  },
  STORAGE: {
    MET: (x) => ({
      fr: `Conditions de stockage compatibles (${v(x, 'resource')} pour ${v(x, 'need')}).`,
      en: `Storage conditions fit (${v(x, 'resource')} for ${v(x, 'need')}).`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Conditions de stockage à confirmer (${v(x, 'need')} demandé).`,
      en: `Storage conditions to confirm (${v(x, 'need')} required).`,
    }),
  },
  WATER_QUALITY: {
    MET: () => ({
      fr: 'Eau potable, comme le besoin l’exige.',
      en: 'Potable water, as the need requires.',
    }),
    TO_CONFIRM: () => ({
      fr: 'Potabilité de l’eau à confirmer : le besoin exige une eau potable.',
      en: 'Water potability to confirm: the need requires potable water.',
    }),
  },
  EQUIPMENT_TYPE: {
    MET: (x) => ({
      fr: `Même type d’équipement (${v(x, 'resource')}).`,
      en: `Same type of equipment (${v(x, 'resource')}).`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Type d’équipement à confirmer (${v(x, 'need')} demandé).`,
      en: `Equipment type to confirm (${v(x, 'need')} required).`,
    }),
  },
  SKILL: {
    MET: (x) => ({
      fr: `Compétence recherchée disponible (${v(x, 'need')}).`,
      en: `The skill sought is offered (${v(x, 'need')}).`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Compétence à confirmer (${v(x, 'need')} recherché).`,
      en: `Skill to confirm (${v(x, 'need')} sought).`,
    }),
  },
  AVAILABILITY: {
    MET: (x) => ({
      fr: `Périodes de disponibilité communes (${v(x, 'resource')} et ${v(x, 'need')}).`,
      en: `Availability periods overlap (${v(x, 'resource')} and ${v(x, 'need')}).`,
    }),
  },
  HEAT_TRANSPORT: {
    MET: (x) => ({
      fr: `Densité thermique ${v(x, 'densityMWhPerM')} MWh/m/an, au-dessus du seuil de 1,5 (Fonds Chaleur).`,
      en: `Heat density ${v(x, 'densityMWhPerM')} MWh/m/yr, above the 1.5 threshold (Fonds Chaleur).`,
    }),
    TO_CONFIRM: (x) =>
      x.densityMWhPerM === undefined
        ? {
            fr: 'Quantités de chaleur à préciser pour juger la canalisation.',
            en: 'Heat quantities to give before judging the pipe.',
          }
        : {
            fr: `Densité thermique ${v(x, 'densityMWhPerM')} MWh/m/an, sous le seuil de 1,5 : étude à mener.`,
            en: `Heat density ${v(x, 'densityMWhPerM')} MWh/m/yr, below the 1.5 threshold: to study.`,
          },
  },
  NEGLIGIBLE_SUPPLY: {},
  WASTE_FORM: {
    MET: (x) => ({
      fr: `Code déchet ${v(x, 'wasteCode')} : la forme que le besoin peut reprendre.`,
      en: `Waste code ${v(x, 'wasteCode')}: the form the need can take.`,
    }),
    TO_CONFIRM: (x) => ({
      fr: `Seul un déchet de code ${v(x, 'expected')} convient : code à confirmer.`,
      en: `Only a waste of code ${v(x, 'expected')} will do: code to confirm.`,
    }),
  },
  WASTE_CODE: {
    STEP_REQUIRED: () => ({
      fr: 'Étape : préciser le code déchet de la ressource (nomenclature européenne).',
      en: 'Step: give the resource’s European waste code.',
    }),
  },
};

/**
 * A rule's finding, as a synergy's rationale keeps it, in words. A FAILED finding never reaches
 * a rationale (the pair is not proposed), so it has no words of its own.
 */
export function wordRuleFinding(finding: RuleFinding): { fr: string; en: string } {
  const words = WORDS[finding.rule][finding.verdict];
  return words ? words(finding.values) : { fr: finding.rule, en: finding.rule };
}
