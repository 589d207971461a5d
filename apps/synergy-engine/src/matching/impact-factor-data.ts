/*
 * Every figure the impact estimate uses, each with where it was read. A publication is cited by
 * its publisher, title, the Base Carbone / Base Empreinte identifier where one was read (null
 * otherwise) and the table or page that holds the value; a figure no publication gives is a
 * stated assumption with its reasoning. docs/impact-method.md lists them and says which a
 * reviewer must still check. `impact-factor-data.spec.ts` refuses an entry without a source.
 */

export interface PublishedSource {
  readonly kind: 'PUBLICATION';
  readonly publisher: string;
  readonly title: string;
  /** Base Carbone / Base Empreinte identifier; null when none was read. */
  readonly identifier: string | null;
  /** The table, annex or page of the publication that holds the value. */
  readonly table: string;
  readonly url: string | null;
  readonly note: string | null;
}

export interface StatedAssumption {
  readonly kind: 'ASSUMPTION';
  /** Why this value, and what would replace it. */
  readonly rationale: string;
}

export interface ImpactFactor {
  readonly value: number;
  readonly unit: string;
  readonly source: PublishedSource | StatedAssumption;
  /** The version of the publication (or of the assumption) the value was read from. */
  readonly version: string;
  /** ISO date (YYYY-MM or YYYY-MM-DD) of that version. */
  readonly date: string;
}

const TRANSPORT_CO2_ORDER = {
  publisher: 'Ministère de l’Écologie (JORF)',
  title:
    'Arrêté du 10 avril 2012 pris pour l’application des articles 5, 6 et 8 du décret n° 2011-1336 du 24 octobre 2011 relatif à l’information sur la quantité de dioxyde de carbone émise à l’occasion d’une prestation de transport (NOR TRAT1209296A)',
  url: null,
} as const;

const TRANSPORT_CO2_ORDER_VERSION =
  'JO du 21 avril 2012, text as consolidated in github.com/etalab/lois-non-codifiees-et-reglements-francais';

/** A row of annex II ("valeurs de niveau 1"), table "Transport routier" of goods. */
function levelOneRow(row: string, value: number, unit: string, what: string): ImpactFactor {
  return {
    value,
    unit,
    source: {
      kind: 'PUBLICATION',
      ...TRANSPORT_CO2_ORDER,
      identifier: null,
      table: `Annexe II, valeurs de niveau 1, transport de marchandises, transport routier: « ${row} », ${what}`,
      note: 'The number of units transported accounts for empty running (footnote 2 of the table).',
    },
    version: TRANSPORT_CO2_ORDER_VERSION,
    date: '2012-04-10',
  };
}

function assumption(value: number, unit: string, rationale: string): ImpactFactor {
  return {
    value,
    unit,
    source: { kind: 'ASSUMPTION', rationale },
    version: 'Symbiose impact method 1',
    date: '2026-12-07',
  };
}

/** A value of the Base Carbone documentation that reports the FEDEREC 2017 recycling study. */
function federec(page: string, table: string, value: number, note: string | null): ImpactFactor {
  return {
    value,
    unit: 'kgCO2e/t',
    source: {
      kind: 'PUBLICATION',
      publisher: 'ADEME, Base Carbone documentation, after FEDEREC',
      title:
        'FEDEREC (March 2017), Évaluation environnementale du recyclage en France selon la méthodologie de l’analyse de cycle de vie, rapport final, as reported by the Base Carbone documentation',
      identifier: null,
      table,
      url: `https://prod-basecarbonesolo.ademe-dri.fr/documentation/UPLOAD_DOC_FR/${page}`,
      note,
    },
    version: 'FEDEREC, March 2017 (reference [610] of the Base Carbone documentation)',
    date: '2017-03',
  };
}

export const IMPACT_FACTORS = Object.freeze({
  DIESEL_ROAD_KG_CO2_PER_LITRE: {
    value: 3.07,
    unit: 'kgCO2/l',
    source: {
      kind: 'PUBLICATION',
      ...TRANSPORT_CO2_ORDER,
      identifier: null,
      table:
        'Annexe I, facteurs d’émission des sources d’énergie: « Gazole routier à la pompe », total (phase amont 0,58 + phase de fonctionnement 2,49)',
      note: 'CO2 only, well to wheel; the Base Carbone "Gazole routier" factor in kgCO2e/l is the one to use once read.',
    },
    version: TRANSPORT_CO2_ORDER_VERSION,
    date: '2012-04-10',
  },
  VAN_LITRES_PER_KM: levelOneRow(
    'Véhicule utilitaire léger 3,5 tonnes PTAC, Express (colis), Gazole routier',
    0.16,
    'l/km',
    'taux de consommation',
  ),
  VAN_AVERAGE_LOAD_TONNES: levelOneRow(
    'Véhicule utilitaire léger 3,5 tonnes PTAC, Express (colis), Gazole routier',
    0.46,
    't',
    'nombre d’unités transportées',
  ),
  RIGID_7_5T_LITRES_PER_KM: levelOneRow(
    'Porteur 7,5 tonnes PTAC, Marchandises diverses, Gazole routier',
    0.22,
    'l/km',
    'taux de consommation',
  ),
  RIGID_7_5T_AVERAGE_LOAD_TONNES: levelOneRow(
    'Porteur 7,5 tonnes PTAC, Marchandises diverses, Gazole routier',
    0.9,
    't',
    'nombre d’unités transportées',
  ),
  RIGID_12T_LITRES_PER_KM: levelOneRow(
    'Porteur 12 tonnes PTAC, Marchandises diverses, Gazole routier',
    0.24,
    'l/km',
    'taux de consommation',
  ),
  RIGID_12T_AVERAGE_LOAD_TONNES: levelOneRow(
    'Porteur 12 tonnes PTAC, Marchandises diverses, Gazole routier',
    1.8,
    't',
    'nombre d’unités transportées',
  ),
  RIGID_19T_LITRES_PER_KM: levelOneRow(
    'Porteur 19 tonnes PTAC, Messagerie, Gazole routier',
    0.27,
    'l/km',
    'taux de consommation',
  ),
  RIGID_19T_AVERAGE_LOAD_TONNES: levelOneRow(
    'Porteur 19 tonnes PTAC, Messagerie, Gazole routier',
    2.5,
    't',
    'nombre d’unités transportées',
  ),
  ARTICULATED_40T_LITRES_PER_KM: levelOneRow(
    'Ensemble articulé 40 tonnes PTRA, Marchandises diverses/régional, Gazole routier',
    0.338,
    'l/km',
    'taux de consommation',
  ),
  ARTICULATED_40T_AVERAGE_LOAD_TONNES: levelOneRow(
    'Ensemble articulé 40 tonnes PTRA, Marchandises diverses/régional, Gazole routier',
    12.5,
    't',
    'nombre d’unités transportées',
  ),
  VAN_MAX_LOAD_TONNES: assumption(
    1,
    't',
    'Payload of a 3.5 t GVW van: gross weight less an empty weight of about 2.5 t. Above it, the load goes by truck.',
  ),
  RIGID_7_5T_MAX_LOAD_TONNES: assumption(
    3,
    't',
    'Payload of a 7.5 t GVW rigid truck, less than half its gross weight once body and tail lift are counted.',
  ),
  RIGID_12T_MAX_LOAD_TONNES: assumption(
    6,
    't',
    'Payload of a 12 t GVW rigid truck, about half its gross weight.',
  ),
  RIGID_19T_MAX_LOAD_TONNES: assumption(
    10,
    't',
    'Payload of a 19 t GVW two-axle rigid truck, about half its gross weight; a heavier load per trip goes by articulated truck.',
  ),
  ROAD_DETOUR_FACTOR: assumption(
    1.3,
    'road km per great-circle km',
    'Road networks’ circuity is commonly put between 1.2 and 1.4 (Ballou, Rahardja & Sakai, Transportation Research Part A 36(9), 2002, not re-read here); 1.3 is the middle, for business parks reached by departmental roads. A routed distance replaces it.',
  ),
  DEFAULT_COLLECTOR_ROAD_KM: assumption(
    20,
    'km',
    'Road distance from a firm to the collector or sorting centre that takes its sorted waste today, when the declaration gives none: a rural agglomeration’s sorting centre or transfer station, about 20 km away. Replaced by the declared distance when the interview records it.',
  ),
  FERROUS_VIRGIN_KG_CO2E_PER_TONNE: federec(
    'acier.htm',
    'Page « Acier », section Analyse de Cycle de Vie: « valeur retenue … pour les métaux ferreux issus de matière primaire vierge »',
    2211,
    null,
  ),
  FERROUS_RECYCLED_KG_CO2E_PER_TONNE: federec(
    'acier.htm',
    'Page « Acier », section Analyse de Cycle de Vie: « … métaux ferreux issus » de la filière recyclage',
    938,
    'The excerpt read was cut after the figure; the words "issus de la filière recyclage" are to be checked on the page.',
  ),
  COPPER_VIRGIN_KG_CO2E_PER_TONNE: federec(
    'cuivre.htm',
    'Page « Cuivre », table « Résultats par tonne collectée », Matière primaire (kg eq. CO2)',
    1445,
    'Uncertainty 10 % (same page).',
  ),
  COPPER_RECYCLED_KG_CO2E_PER_TONNE: federec(
    'cuivre.htm',
    'Page « Cuivre », table « Résultats par tonne collectée », Matière de recyclage (kg eq. CO2)',
    1304,
    'Uncertainty 10 % (same page).',
  ),
  ALUMINIUM_VIRGIN_KG_CO2E_PER_TONNE: {
    value: 6600,
    unit: 'kgCO2e/t',
    source: {
      kind: 'PUBLICATION',
      publisher: 'ADEME, Base Carbone documentation, after MIES',
      title:
        'Mission interministérielle de l’effet de serre, Mémento des décideurs, as reported by the Base Carbone documentation',
      identifier: null,
      table: 'Page « Autres métaux »: « 6600 kgCO2e / tonne d’aluminium »',
      url: 'https://prod-basecarbonesolo.ademe-dri.fr/documentation/UPLOAD_DOC_FR/autres_metaux.htm',
      note: 'Primary aluminium only: no recycled-aluminium figure was read, so aluminium gets no substitution credit.',
    },
    version: 'Base Carbone documentation, page read on 2026-12-07 (its own date was not read)',
    date: '2026-12-07',
  },
} as const satisfies Record<string, ImpactFactor>);

export type ImpactFactorId = keyof typeof IMPACT_FACTORS;

/** The value of a factor, by its identifier in `IMPACT_FACTORS`. */
export function factorValue(id: ImpactFactorId): number {
  return IMPACT_FACTORS[id].value;
}

/**
 * What keeps a factor from being cited: an empty field of its source, a value that is not a
 * number, a date that is not ISO. Empty when the factor can be cited.
 */
export function sourceProblems(factor: ImpactFactor): string[] {
  const problems: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim() === '';
  if (!Number.isFinite(factor.value)) problems.push('value');
  if (blank(factor.unit)) problems.push('unit');
  if (blank(factor.version)) problems.push('version');
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(factor.date ?? '')) problems.push('date');
  // Read loosely: the check is meant for data that may have lost a field.
  const source = factor.source as unknown as
    | (Partial<Omit<PublishedSource, 'kind'> & Omit<StatedAssumption, 'kind'>> & { kind?: string })
    | undefined;
  if (!source) return [...problems, 'source'];
  if (source.kind === 'ASSUMPTION') {
    if (blank(source.rationale)) problems.push('source.rationale');
  } else if (source.kind === 'PUBLICATION') {
    if (blank(source.publisher)) problems.push('source.publisher');
    if (blank(source.title)) problems.push('source.title');
    if (blank(source.identifier) && blank(source.table)) problems.push('source.table');
  } else {
    problems.push('source.kind');
  }
  return problems;
}
