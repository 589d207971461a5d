import { EntityManager } from 'typeorm';
import { DeclarationSnapshotV1, EventType } from '@symbiose/contracts';
import { EventHandler } from '@symbiose/platform';

// The snapshot's zoneId, territoryId, latitude and longitude are left out on
// purpose: they are the organization's, read from its replica by join.
const UPSERT_DECLARATION = `
  INSERT INTO declaration (
    declaration_id, organization_id, interview_id, kind, theme, category_code, label,
    annual_quantity, canonical_unit, frequency, waste_code, hazardous, authorised_for_hazardous,
    available_from, available_until, status, source_occurred_at, updated_at
  )
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, now())
  ON CONFLICT (declaration_id) DO UPDATE SET
    organization_id = EXCLUDED.organization_id,
    interview_id = EXCLUDED.interview_id,
    kind = EXCLUDED.kind,
    theme = EXCLUDED.theme,
    category_code = EXCLUDED.category_code,
    label = EXCLUDED.label,
    annual_quantity = EXCLUDED.annual_quantity,
    canonical_unit = EXCLUDED.canonical_unit,
    frequency = EXCLUDED.frequency,
    waste_code = EXCLUDED.waste_code,
    hazardous = EXCLUDED.hazardous,
    authorised_for_hazardous = EXCLUDED.authorised_for_hazardous,
    available_from = EXCLUDED.available_from,
    available_until = EXCLUDED.available_until,
    status = EXCLUDED.status,
    source_occurred_at = EXCLUDED.source_occurred_at,
    updated_at = now()
  WHERE declaration.source_occurred_at <= EXCLUDED.source_occurred_at`;

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
  await manager.query(UPSERT_DECLARATION, [
    snapshot.declarationId,
    snapshot.organizationId,
    snapshot.interviewId,
    snapshot.kind,
    snapshot.theme,
    snapshot.categoryCode,
    snapshot.label,
    snapshot.annualQuantity,
    snapshot.canonicalUnit,
    snapshot.frequency,
    snapshot.wasteCode,
    snapshot.hazardous,
    snapshot.authorisedForHazardous,
    snapshot.availableFrom,
    snapshot.availableUntil,
    snapshot.status,
    occurredAt,
  ]);
}

export type DeclarationEventType = Extract<EventType, `declaration.${string}`>;

/** The handlers that keep the declaration read model current, for the engine's event consumer. */
export function declarationEventHandlers(): Record<DeclarationEventType, EventHandler> {
  const project: EventHandler = (event, manager) =>
    projectDeclaration(manager, event.payload as DeclarationSnapshotV1, event.occurredAt);
  return {
    'declaration.recorded': project,
    'declaration.updated': project,
    // The event says what happened: withdrawn, whatever status its snapshot carries.
    'declaration.withdrawn': (event, manager) =>
      projectDeclaration(
        manager,
        { ...(event.payload as DeclarationSnapshotV1), status: 'WITHDRAWN' },
        event.occurredAt,
      ),
  };
}
