import { z } from 'zod';
import { organizationSnapshotV1, organizationsImportedV1 } from './directory/organization-events';
import { zoneSnapshotV1 } from './directory/zone-events';
import { declarationSnapshotV1, interviewCompletedV1 } from './interviews/declaration-events';
import {
  synergiesDetectedV2,
  synergiesObsoletedV1,
  synergiesUpdatedV1,
  synergySnapshotV1,
  synergyStatusChangedV1,
} from './synergy/synergy-events';
import { scenarioSelectedV1 } from './workshops/scenario-events';
import { auditRecordedV1 } from './audit/audit-events';
import { EventEnvelope, eventEnvelopeSchema } from './envelope';

/** The services that consume events; each has one inbound queue. */
export const CONSUMING_SERVICES = [
  'directory',
  'interviews',
  'synergy-engine',
  'workshops',
] as const;
export type ConsumingService = (typeof CONSUMING_SERVICES)[number];

/**
 * Every event type, the schema of each version of its payload, and the
 * services that subscribe to it. An event without subscribers is still
 * recorded in its producer's outbox, from which a new subscriber can be fed. A payload that does not match its schema is
 * refused by the producer and by the consumer alike.
 */
export const EVENT_CATALOGUE = {
  'organization.registered': {
    versions: { 1: organizationSnapshotV1 },
    subscribers: ['directory', 'interviews', 'synergy-engine', 'workshops'],
  },
  'organization.updated': {
    versions: { 1: organizationSnapshotV1 },
    subscribers: ['directory', 'interviews', 'synergy-engine', 'workshops'],
  },
  'organization.archived': {
    versions: { 1: organizationSnapshotV1 },
    subscribers: ['directory', 'interviews', 'synergy-engine', 'workshops'],
  },
  // A batch of an import: its changes, each read as its own `organization.registered` or
  // `organization.updated` (see `singleOrganizationEvents`).
  'organization.imported': {
    versions: { 1: organizationsImportedV1 },
    subscribers: ['directory', 'interviews', 'synergy-engine', 'workshops'],
  },
  'zone.created': {
    versions: { 1: zoneSnapshotV1 },
    subscribers: ['interviews', 'synergy-engine', 'workshops'],
  },
  'zone.updated': {
    versions: { 1: zoneSnapshotV1 },
    subscribers: ['interviews', 'synergy-engine', 'workshops'],
  },
  'declaration.recorded': {
    versions: { 1: declarationSnapshotV1 },
    subscribers: ['directory', 'synergy-engine'],
  },
  'declaration.updated': {
    versions: { 1: declarationSnapshotV1 },
    subscribers: ['directory', 'synergy-engine'],
  },
  'declaration.withdrawn': {
    versions: { 1: declarationSnapshotV1 },
    subscribers: ['directory', 'synergy-engine'],
  },
  'interview.completed': {
    versions: { 1: interviewCompletedV1 },
    subscribers: ['workshops'],
  },
  'synergy.detected': {
    // v1 announced one synergy; consumers still read it for events recorded before v2.
    versions: { 1: synergySnapshotV1, 2: synergiesDetectedV2 },
    subscribers: ['directory', 'workshops'],
  },
  'synergy.updated': {
    versions: { 1: synergiesUpdatedV1 },
    subscribers: ['directory', 'workshops'],
  },
  'synergy.obsoleted': {
    versions: { 1: synergiesObsoletedV1 },
    subscribers: ['directory', 'workshops'],
  },
  'synergy.status_changed': {
    versions: { 1: synergyStatusChangedV1 },
    subscribers: ['directory', 'workshops'],
  },
  'audit.recorded': {
    versions: { 1: auditRecordedV1 },
    subscribers: ['directory'],
  },
  'scenario.selected': {
    versions: { 1: scenarioSelectedV1 },
    subscribers: ['synergy-engine'],
  },
} as const satisfies Record<
  string,
  { versions: Record<number, z.ZodType>; subscribers: readonly ConsumingService[] }
>;

export type EventType = keyof typeof EVENT_CATALOGUE;
type Catalogue = typeof EVENT_CATALOGUE;
type Versions<T extends EventType> = Catalogue[T]['versions'];
type LatestVersion<T extends EventType> =
  Versions<T> extends Record<2, infer S> ? S : Versions<T> extends Record<1, infer S> ? S : never;
export type EventPayload<T extends EventType> =
  LatestVersion<T> extends z.ZodType ? z.infer<LatestVersion<T>> : never;

/**
 * An event of type T (or of any type of a union) as its contract admits it: one member per
 * version, with that version's payload, so that `event.version` tells which payload it holds.
 */
export type EventOf<T extends EventType> = T extends EventType
  ? {
      [V in keyof Versions<T> & number]: EventEnvelope<T, z.infer<Versions<T>[V]>> & {
        version: V;
      };
    }[keyof Versions<T> & number]
  : never;

export const CURRENT_VERSION: Record<EventType, number> = Object.fromEntries(
  Object.entries(EVENT_CATALOGUE).map(([type, entry]) => [
    type,
    Math.max(...Object.keys(entry.versions).map(Number)),
  ]),
) as Record<EventType, number>;

export class EventContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventContractError';
  }
}

function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, type);
}

/** Checks a payload against the schema of its type and version; throws naming what is wrong. */
export function validatePayload(type: string, version: number, payload: unknown): unknown {
  if (!isEventType(type)) {
    throw new EventContractError(`unknown event type ${type}`);
  }
  const versions: Record<number, z.ZodType> = EVENT_CATALOGUE[type].versions;
  const schema = versions[version];
  if (!schema) {
    throw new EventContractError(`${type} has no version ${version}`);
  }
  const result = schema.safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EventContractError(`${type} v${version}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** Parses what a queue delivered: the envelope first, then its payload. */
export function parseEnvelope(raw: unknown): EventEnvelope {
  const result = eventEnvelopeSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EventContractError(`envelope: ${issue.path.join('.')}: ${issue.message}`);
  }
  const envelope = result.data;
  return {
    ...envelope,
    payload: validatePayload(envelope.type, envelope.version, envelope.payload),
  };
}

export function subscribersOf(type: string): readonly ConsumingService[] {
  return isEventType(type) ? EVENT_CATALOGUE[type].subscribers : [];
}

/** The inbound queue of a consuming service. */
export function eventQueueName(service: ConsumingService): string {
  return `${service}-events`;
}
