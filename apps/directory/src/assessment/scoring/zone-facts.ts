import { ZoneFacts } from './computed-rules';
import { isProductiveActivity } from './productive-activity';

export interface EstablishmentFacts {
  nafCode: string | null;
  headcount: number | null;
  businessAssociationMember: boolean;
}

/** A zone's facts from its active establishments, its area and what they declared. */
export function zoneFacts(
  establishments: EstablishmentFacts[],
  areaKm2: number | null,
  declared: { resourceTonnes: number; needCount: number },
): ZoneFacts {
  return {
    establishments: establishments.length,
    jobs: establishments.reduce((total, { headcount }) => total + (headcount ?? 0), 0),
    productiveEstablishments: establishments.filter(({ nafCode }) => isProductiveActivity(nafCode))
      .length,
    associationMembers: establishments.filter((e) => e.businessAssociationMember).length,
    areaKm2,
    declaredResourceTonnes: declared.resourceTonnes,
    needCount: declared.needCount,
  };
}
