import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeclarationSnapshotV1, EventType } from '@symbiose/contracts';
import { EventHandler, EventHandlers } from '@symbiose/platform';

const UPSERT_FIGURE = `
  INSERT INTO declaration_figure (
    declaration_id, organization_id, kind, theme, annual_quantity, canonical_unit, status,
    source_occurred_at, updated_at
  )
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
  ON CONFLICT (declaration_id) DO UPDATE SET
    organization_id = EXCLUDED.organization_id,
    kind = EXCLUDED.kind,
    theme = EXCLUDED.theme,
    annual_quantity = EXCLUDED.annual_quantity,
    canonical_unit = EXCLUDED.canonical_unit,
    status = EXCLUDED.status,
    source_occurred_at = EXCLUDED.source_occurred_at,
    updated_at = now()
  WHERE declaration_figure.source_occurred_at <= EXCLUDED.source_occurred_at`;

/**
 * Stores a declaration's figures as of an event, unless the row already reflects a later one:
 * retries deliver events out of order, and the latest snapshot wins.
 */
export async function projectDeclarationFigure(
  manager: EntityManager,
  snapshot: DeclarationSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await manager.query(UPSERT_FIGURE, [
    snapshot.declarationId,
    snapshot.organizationId,
    snapshot.kind,
    snapshot.theme,
    snapshot.annualQuantity,
    snapshot.canonicalUnit,
    snapshot.status,
    occurredAt,
  ]);
}

export type DeclarationEventType = Extract<EventType, `declaration.${string}`>;

/** The directory's event handlers: the interviews service's declarations, as figures. */
@Injectable()
export class DeclarationEventsProjection implements EventHandlers {
  handlers(): Record<DeclarationEventType, EventHandler> {
    const project: EventHandler = (event, manager) =>
      projectDeclarationFigure(manager, event.payload as DeclarationSnapshotV1, event.occurredAt);
    return {
      'declaration.recorded': project,
      'declaration.updated': project,
      'declaration.withdrawn': project,
    };
  }
}
