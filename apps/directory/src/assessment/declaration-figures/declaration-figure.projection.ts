import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeclarationSnapshotV1, EventType } from '@symbiose/contracts';
import { EventHandler, EventHandlers, HandlersOf, upsertLatest } from '@symbiose/platform';

/**
 * Stores a declaration's figures as of an event, unless the row already reflects a later one:
 * retries deliver events out of order, and the latest snapshot wins.
 */
export async function projectDeclarationFigure(
  manager: EntityManager,
  snapshot: DeclarationSnapshotV1,
  occurredAt: string,
): Promise<void> {
  await upsertLatest(
    manager,
    'declaration_figure',
    'declaration_id',
    {
      declaration_id: snapshot.declarationId,
      organization_id: snapshot.organizationId,
      kind: snapshot.kind,
      theme: snapshot.theme,
      annual_quantity: snapshot.annualQuantity,
      canonical_unit: snapshot.canonicalUnit,
      status: snapshot.status,
    },
    occurredAt,
  );
}

export type DeclarationEventType = Extract<EventType, `declaration.${string}`>;

/** The interviews service's declarations, as the figures of the zone assessment. */
@EventHandlers()
@Injectable()
export class DeclarationFigureProjection implements EventHandlers {
  handlers(): HandlersOf<DeclarationEventType> {
    const project: EventHandler<DeclarationEventType> = (event, manager) =>
      projectDeclarationFigure(manager, event.payload, event.occurredAt);
    return {
      'declaration.recorded': project,
      'declaration.updated': project,
      'declaration.withdrawn': project,
    };
  }
}
