/**
 * What an organization is authorised or licensed to do, as far as the matching needs it: the
 * ICPE rubrics of its installations (Code de l'environnement, nomenclature of classified
 * installations: `2910-A`, `2910-B`, `2771`, `2780-1`…) and named authorisations.
 */
export const NAMED_AUTHORISATIONS = Object.freeze({
  HAZARDOUS_WASTE_RECEPTION: {
    labelFr: 'Réception de déchets dangereux',
    labelEn: 'Hazardous waste reception',
    source: 'Code de l’environnement, art. L541-22 and R541-49 ff.',
  },
  ABP_APPROVAL: {
    labelFr: 'Agrément sanitaire sous-produits animaux',
    labelEn: 'Animal by-products sanitary approval',
    source: 'Regulation (EC) 1069/2009, art. 24; Regulation (EU) 142/2011',
  },
  CNAPS_AUTHORISATION: {
    labelFr: 'Autorisation d’exercer (CNAPS), sécurité privée',
    labelEn: 'Private security licence (CNAPS)',
    source: 'Code de la sécurité intérieure, L611-1, L612-9',
  },
  ROAD_HAULAGE_LICENCE: {
    labelFr: 'Licence de transport routier de marchandises',
    labelEn: 'Road haulage licence',
    source: 'Code des transports, L3211-1 ff.',
  },
  END_OF_WASTE_WOOD_PACKAGING_CHIPS: {
    labelFr: 'Sortie du statut de déchet des broyats d’emballages en bois',
    labelEn: 'End-of-waste status of wood-packaging chips',
    source: 'Arrêté du 29 juillet 2014; Code de l’environnement L541-4-3',
  },
  CACES_TEST_CENTRE: {
    labelFr: 'Organisme testeur CACES certifié',
    labelEn: 'Certified CACES test centre',
    source: 'Recommandations CNAM R482 à R490',
  },
} as const);

export type NamedAuthorisation = keyof typeof NAMED_AUTHORISATIONS;

/** An ICPE rubric: four digits, then an optional sub-rubric (`2910-A`, `2780-1`, `2781-2`). */
const ICPE_RUBRIC = /^\d{4}(-[A-Z0-9]{1,3})?$/;

function isNamedAuthorisation(value: string): value is NamedAuthorisation {
  return Object.hasOwn(NAMED_AUTHORISATIONS, value);
}

export function isAuthorisationCode(value: string): boolean {
  return ICPE_RUBRIC.test(value) || isNamedAuthorisation(value);
}

/** Why an authorisation code is refused, or null when it is valid. */
export function authorisationProblem(value: string): string | null {
  if (isAuthorisationCode(value)) return null;
  return (
    `"${value}" is neither an ICPE rubric (four digits, optionally a sub-rubric: 2910-A, ` +
    `2780-1) nor one of ${Object.keys(NAMED_AUTHORISATIONS).join(', ')}`
  );
}

/** An authorisation code with what it means and where that is defined; null where unknown. */
export interface AuthorisationDescription {
  code: string;
  labelFr: string | null;
  labelEn: string | null;
  source: string | null;
}

const ICPE_NOMENCLATURE =
  "Nomenclature des installations classées (Code de l'environnement, annexe à l'article R511-9)";

/** What a code stands for: a named authorisation's labels, or the ICPE rubric it names. */
export function describeAuthorisation(code: string): AuthorisationDescription {
  if (isNamedAuthorisation(code)) return { code, ...NAMED_AUTHORISATIONS[code] };
  if (ICPE_RUBRIC.test(code)) {
    return {
      code,
      labelFr: `Rubrique ICPE ${code}`,
      labelEn: `ICPE rubric ${code}`,
      source: ICPE_NOMENCLATURE,
    };
  }
  return { code, labelFr: null, labelEn: null, source: null };
}
