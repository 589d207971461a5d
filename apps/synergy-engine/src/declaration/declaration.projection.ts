import { EntityManager } from 'typeorm';
import { DeclarationSnapshotV1, EventType } from '@symbiose/contracts';
import { EventHandler, HandlersOf, upsertLatest } from '@symbiose/platform';

/**
 * Stores a declaration as of an event, unless the row already reflects a
 * later one: retries deliver events out of order, and the latest snapshot
 * wins. That is also what keeps a withdrawn declaration withdrawn when an
 * older update arrives late.
 */
export async function projectDeclaration(
  manager: EntityManager,
  snapshot: DeclarationSnapshotV1,
  occurredAt: string,
): Promise<void> {
  // The snapshot's zoneId, territoryId, latitude and longitude are left out on
  // purpose: they are the organization's, read from its replica by join.
  await upsertLatest(
    manager,
    'declaration',
    'declaration_id',
    {
      declaration_id: snapshot.declarationId,
      organization_id: snapshot.organizationId,
      interview_id: snapshot.interviewId,
      kind: snapshot.kind,
      theme: snapshot.theme,
      category_code: snapshot.categoryCode,
      label: snapshot.label,
      annual_quantity: snapshot.annualQuantity,
      canonical_unit: snapshot.canonicalUnit,
      frequency: snapshot.frequency,
      waste_code: snapshot.wasteCode,
      hazardous: snapshot.hazardous,
      authorised_for_hazardous: snapshot.authorisedForHazardous,
      available_from: snapshot.availableFrom,
      available_until: snapshot.availableUntil,
      status: snapshot.status,
      // node-postgres sends an object as JSON; an event written before attributes existed has none.
      attributes: snapshot.attributes ?? {},
      economics: snapshot.economics ?? null,
    },
    occurredAt,
  );
}

export type DeclarationEventType = Extract<EventType, `declaration.${string}`>;

/** The handlers that keep the declaration read model current, for the engine's event consumer. */
export function declarationEventHandlers(): HandlersOf<DeclarationEventType> {
  const project: EventHandler<DeclarationEventType> = (event, manager) =>
    projectDeclaration(manager, event.payload, event.occurredAt);
  return {
    'declaration.recorded': project,
    'declaration.updated': project,
    // The event says what happened: withdrawn, whatever status its snapshot carries.
    'declaration.withdrawn': (event, manager) =>
      projectDeclaration(manager, { ...event.payload, status: 'WITHDRAWN' }, event.occurredAt),
  };
}
