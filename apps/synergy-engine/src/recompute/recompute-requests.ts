import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ALL_SLICES, markDirty, type SliceName } from './dirty-slices';
import { RecomputeQueue } from './recompute-queue';

/** The zones of a territory: those directory announced and those its organizations name. */
export async function zonesOfTerritory(
  manager: EntityManager,
  territoryId: string,
): Promise<string[]> {
  const rows: { zone_id: string }[] = await manager.query(
    `SELECT zone_id FROM zone WHERE territory_id = $1
     UNION SELECT zone_id FROM organization WHERE territory_id = $1 AND zone_id IS NOT NULL
     ORDER BY zone_id`,
    [territoryId],
  );
  return rows.map((row) => row.zone_id);
}

/** The territories of some zones: those directory announced and those organizations name. */
async function territoriesOfZones(
  manager: EntityManager,
  zoneIds: readonly string[],
): Promise<string[]> {
  const rows: { territory_id: string }[] = await manager.query(
    `SELECT territory_id FROM zone WHERE zone_id = ANY($1::uuid[])
     UNION SELECT territory_id FROM organization
     WHERE zone_id = ANY($1::uuid[]) AND territory_id IS NOT NULL`,
    [zoneIds],
  );
  return rows.map((row) => row.territory_id);
}

/**
 * Records recompute requests in the caller's transaction, then queues them.
 * The recorded request is what counts: if the queue loses the job, or the
 * job runs before the transaction commits and reads the old data, the zone
 * stays pending and the worker's sweep queues it again. A request names the
 * slices of its territories' synergies to recompute (`markDirty`), or asks
 * for all of them.
 */
@Injectable()
export class RecomputeRequests {
  private readonly logger = new Logger('SynergyRecompute');

  constructor(private readonly queue: RecomputeQueue) {}

  /** A full recompute of the zones' territories: a settings change, a repair. */
  async request(manager: EntityManager, zoneIds: readonly string[]): Promise<void> {
    if (zoneIds.length === 0) return;
    const territories = await territoriesOfZones(manager, zoneIds);
    await this.requestSlices(manager, zoneIds, new Map(territories.map((t) => [t, [ALL_SLICES]])));
  }

  /**
   * A recompute of the zones that re-matches only the given slices of their territories (see
   * `ChangeSlices`).
   */
  async requestSlices(
    manager: EntityManager,
    zoneIds: readonly string[],
    slicesByTerritory: ReadonlyMap<string, readonly SliceName[]>,
  ): Promise<void> {
    if (zoneIds.length === 0) return;
    await manager.query(
      `INSERT INTO zone_recompute (zone_id, request_seq, last_requested_at)
       SELECT zone_id, 1, now() FROM unnest($1::uuid[]) AS zone_id
       ON CONFLICT (zone_id) DO UPDATE
       SET request_seq = zone_recompute.request_seq + 1, last_requested_at = now()`,
      [[...new Set(zoneIds)].sort()],
    );
    // After the zones' rows, as a recompute writes them: the same order of locks.
    for (const [territoryId, slices] of [...slicesByTerritory].sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      await markDirty(manager, territoryId, slices);
    }
    // With Redis away the change still commits, its request recorded: the sweep queues it later.
    await this.queue.enqueue(zoneIds).catch((error: unknown) => {
      this.logger.warn(
        `recompute of ${zoneIds.join(', ')} not queued (${String(error)}); the sweep will`,
      );
    });
  }

  /**
   * The zones whose synergies an organization's change can move: its zone,
   * or, for an organization outside every zone, every zone of its territory
   * (its B2B synergies are recomputed with them).
   */
  async zonesOfOrganization(manager: EntityManager, organizationId: string): Promise<string[]> {
    const [organization]: { zone_id: string | null; territory_id: string | null }[] =
      await manager.query(
        `SELECT zone_id, territory_id FROM organization WHERE organization_id = $1`,
        [organizationId],
      );
    if (!organization) return [];
    if (organization.zone_id) return [organization.zone_id];
    return organization.territory_id ? zonesOfTerritory(manager, organization.territory_id) : [];
  }
}
