import {
  DeclarationSnapshotV1,
  OrganizationSnapshotV1,
  SynergiesDetectedV2,
  SynergySnapshotV1,
  SynergyStatusChangedV1,
} from '@symbiose/contracts';
import { WEBHOOK_TEST_EVENT, WebhookEventType } from './webhook-event-types';

/**
 * What a partner body's webhook may carry. A partner sees aggregates, and a firm's identity only
 * once that firm agreed to be known by it (partner shares): for any other firm, the fields that
 * name or locate it are null. Free text written by people (a status change's note and author)
 * is null for every partner: it may name anyone.
 */
export type DeliveredEventType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

type Participant = SynergySnapshotV1['participants'][number];

/** The organizations an event's data names, whose shares with the partner decide what it sees. */
export function organizationIdsIn(type: DeliveredEventType, data: unknown): string[] {
  switch (type) {
    case 'organization.registered':
    case 'organization.updated':
    case 'organization.archived':
      return [(data as OrganizationSnapshotV1).organizationId];
    case 'declaration.recorded':
    case 'declaration.updated':
    case 'declaration.withdrawn':
      return [(data as DeclarationSnapshotV1).organizationId];
    case 'synergy.detected':
    case 'synergy.updated':
      return (data as SynergiesDetectedV2).synergies.flatMap(participantIds);
    case 'synergy.status_changed':
      return participantIds(data as SynergyStatusChangedV1);
    case 'synergy.obsoleted':
    case WEBHOOK_TEST_EVENT:
      return [];
  }
}

/** An event's data as a partner may see it, given the organizations that agreed to be known by it. */
export function redactForPartner(
  type: DeliveredEventType,
  data: unknown,
  shared: ReadonlySet<string>,
): unknown {
  switch (type) {
    case 'organization.registered':
    case 'organization.updated':
    case 'organization.archived': {
      const organization = data as OrganizationSnapshotV1;
      if (shared.has(organization.organizationId)) return organization;
      return {
        ...organization,
        organizationId: null,
        siret: null,
        name: null,
        latitude: null,
        longitude: null,
      };
    }
    case 'declaration.recorded':
    case 'declaration.updated':
    case 'declaration.withdrawn': {
      // A firm's prices are its own and the programme's: no partner receives them.
      const { economics: _prices, ...declaration } = data as DeclarationSnapshotV1;
      if (shared.has(declaration.organizationId)) return declaration;
      return {
        ...declaration,
        organizationId: null,
        interviewId: null,
        label: null,
        latitude: null,
        longitude: null,
      };
    }
    case 'synergy.detected':
    case 'synergy.updated':
      return {
        synergies: (data as SynergiesDetectedV2).synergies.map((synergy) =>
          redactParticipants(synergy, shared),
        ),
      };
    case 'synergy.status_changed':
      return {
        ...redactParticipants(data as SynergyStatusChangedV1, shared),
        changedBy: null,
        note: null,
      };
    case 'synergy.obsoleted':
    case WEBHOOK_TEST_EVENT:
      return data;
  }
}

function participantIds(synergy: Pick<SynergySnapshotV1, 'participants'>): string[] {
  return synergy.participants.map((participant) => participant.organizationId);
}

function redactParticipants<T extends Pick<SynergySnapshotV1, 'participants'>>(
  synergy: T,
  shared: ReadonlySet<string>,
): Omit<T, 'participants'> & {
  participants: (Omit<Participant, 'organizationId'> & { organizationId: string | null })[];
} {
  return {
    ...synergy,
    participants: synergy.participants.map((participant) =>
      shared.has(participant.organizationId)
        ? participant
        : { ...participant, organizationId: null },
    ),
  };
}
