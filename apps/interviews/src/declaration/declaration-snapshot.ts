import { EventPayload } from '@symbiose/contracts';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { Declaration } from './declaration.entity';

/**
 * The declaration as its events carry it, located where its organization is now: the payload of
 * every `declaration.*` event, attributes included.
 */
export function declarationSnapshot(
  declaration: Declaration,
  organization: ReplicatedOrganization | null,
): EventPayload<'declaration.recorded'> {
  return {
    declarationId: declaration.id,
    organizationId: declaration.organizationId,
    interviewId: declaration.interviewId,
    zoneId: organization?.zoneId ?? null,
    territoryId: organization?.territoryId ?? null,
    latitude: organization?.latitude ?? null,
    longitude: organization?.longitude ?? null,
    kind: declaration.kind,
    theme: declaration.theme,
    categoryCode: declaration.categoryCode,
    label: declaration.label,
    annualQuantity: declaration.annualQuantity,
    canonicalUnit: declaration.canonicalUnit,
    frequency: declaration.frequency,
    wasteCode: declaration.wasteCode,
    hazardous: declaration.hazardous,
    authorisedForHazardous: declaration.authorisedForHazardous,
    availableFrom: declaration.availableFrom,
    availableUntil: declaration.availableUntil,
    attributes: declaration.attributes,
    economics: declaration.economics,
    status: declaration.status,
  };
}
