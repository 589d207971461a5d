import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Asks for a recompute of every collective synergy's slice, so that the rows stored before
 * their pool was kept (a pooled collection's wastes, whether every member gave a quantity) get
 * it, and with it their impact: the slices are marked dirty and their zones' recomputes
 * requested, as a declaration's change does; the worker's sweep serves them.
 */
export class RecomputeCollectivePools1766300000100 implements MigrationInterface {
  name = 'RecomputeCollectivePools1766300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO zone_recompute (zone_id, request_seq, last_requested_at)
       SELECT DISTINCT zone_ids[1], 1, now() FROM synergy WHERE kind = 'COLLECTIVE'
       ON CONFLICT (zone_id) DO UPDATE
       SET request_seq = zone_recompute.request_seq + 1, last_requested_at = now()`,
    );
    // A collective synergy's key is COLLECTIVE:<zone>:<pool>, its slice collective:<zone>:<pool>.
    await queryRunner.query(
      `INSERT INTO dirty_synergy_slice (territory_id, slice)
       SELECT DISTINCT territory_id, 'collective:' || substr(key, length('COLLECTIVE:') + 1)
         FROM synergy WHERE kind = 'COLLECTIVE'
       ON CONFLICT (territory_id, slice) DO UPDATE SET seq = nextval('dirty_synergy_slice_seq')`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: a recompute only brings the rows up to date.
  }
}
