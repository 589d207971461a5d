import type { NamedAuthorisation } from './authorisations';
import type { CategoryCode } from './categories';
import { STRENGTH_SCORES, type Compatibility } from './compatibility';

/**
 * What a firm supplies by its trade, read from its NAF rev. 2 activity: a waste collector
 * collects, a training body trains, a fuel wholesaler delivers fuel, whether or not it declared
 * a resource. Only activities whose trade is the service itself are listed: a firm that merely
 * could offer it (an in-house guard) has to declare it.
 */
export interface ActivitySupply {
  /** NAF rev. 2 subclass, `NN.NNL`. */
  readonly nafCode: string;
  readonly categoryCodes: readonly CategoryCode[];
  /**
   * Authorisations the trade cannot be carried on without (a private security company holds the
   * CNAPS authorisation, Code de la sécurité intérieure art. L612-9): presumed from the activity.
   */
  readonly presumedAuthorisations?: readonly NamedAuthorisation[];
}

export const ACTIVITY_SUPPLIES: readonly ActivitySupply[] = Object.freeze([
  { nafCode: '38.11Z', categoryCodes: ['SERVICE_WASTE_COLLECTION'] },
  { nafCode: '38.12Z', categoryCodes: ['SERVICE_WASTE_COLLECTION'] },
  { nafCode: '38.32Z', categoryCodes: ['SERVICE_WASTE_REUSE'] },
  {
    nafCode: '80.10Z',
    categoryCodes: ['SERVICE_SECURITY_GUARDING'],
    presumedAuthorisations: ['CNAPS_AUTHORISATION'],
  },
  {
    nafCode: '80.20Z',
    categoryCodes: ['SERVICE_VIDEO_SURVEILLANCE'],
    presumedAuthorisations: ['CNAPS_AUTHORISATION'],
  },
  { nafCode: '81.21Z', categoryCodes: ['SERVICE_CLEANING'] },
  { nafCode: '81.30Z', categoryCodes: ['SERVICE_GREEN_SPACE_MAINTENANCE'] },
  { nafCode: '56.29A', categoryCodes: ['SERVICE_INTER_COMPANY_CATERING'] },
  { nafCode: '49.39A', categoryCodes: ['SERVICE_SHUTTLE_BUS'] },
  { nafCode: '49.39B', categoryCodes: ['SERVICE_SHUTTLE_BUS'] },
  { nafCode: '61.10Z', categoryCodes: ['SERVICE_NETWORK_FIBRE'] },
  { nafCode: '46.71Z', categoryCodes: ['SERVICE_MULTI_SERVICE_STATION'] },
  { nafCode: '47.30Z', categoryCodes: ['SERVICE_MULTI_SERVICE_STATION'] },
  { nafCode: '85.59A', categoryCodes: ['HR_TRAINING'] },
  { nafCode: '78.10Z', categoryCodes: ['HR_RECRUITMENT'] },
  { nafCode: '78.20Z', categoryCodes: ['HR_RECRUITMENT'] },
  { nafCode: '78.30Z', categoryCodes: ['HR_SHARED_JOBS'] },
] satisfies ActivitySupply[]);

const BY_NAF_CODE: ReadonlyMap<string, ActivitySupply> = new Map(
  ACTIVITY_SUPPLIES.map((supply) => [supply.nafCode, supply]),
);

/** What an activity supplies by trade; undefined for any other activity. */
export function activitySupplyOf(nafCode: string | null): ActivitySupply | undefined {
  return nafCode === null ? undefined : BY_NAF_CODE.get(nafCode);
}

/**
 * How a supplier's trade meets a need of a category it supplies: as what the need asks for,
 * though no quantity compares (nothing was declared). Also for categories a firm only declares
 * as a need (recruitment): an agency's trade is recruitment.
 */
export function tradeCompatibility(categoryCode: CategoryCode): Compatibility {
  return Object.freeze({
    resourceCode: categoryCode,
    needCode: categoryCode,
    strength: 'SAME_CATEGORY',
    score: STRENGTH_SCORES.SAME_CATEGORY,
    rationaleFr: 'Son activité est de fournir ce que le besoin demande.',
    rationaleEn: 'Its trade is to supply what the need asks for.',
    quantitiesComparable: false,
    wasteCodes: null,
  });
}
