import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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

/**
 * Records recompute requests in the caller's transaction, then queues them.
 * The recorded request is what counts: if the queue loses the job, or the
 * job runs before the transaction commits and reads the old data, the zone
 * stays pending and the worker's sweep queues it again.
 */
@Injectable()
export class RecomputeRequests {
  private readonly logger = new Logger('SynergyRecompute');

  constructor(private readonly queue: RecomputeQueue) {}

  async request(manager: EntityManager, zoneIds: readonly string[]): Promise<void> {
    if (zoneIds.length === 0) return;
    await manager.query(
      `INSERT INTO zone_recompute (zone_id, request_seq, last_requested_at)
       SELECT zone_id, 1, now() FROM unnest($1::uuid[]) AS zone_id
       ON CONFLICT (zone_id) DO UPDATE
       SET request_seq = zone_recompute.request_seq + 1, last_requested_at = now()`,
      [[...new Set(zoneIds)].sort()],
    );
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
