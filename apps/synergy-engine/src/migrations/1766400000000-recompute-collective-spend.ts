import { MigrationInterface, QueryRunner } from 'typeorm';
import { RecomputeCollectivePools1766300000100 } from './1766300000100-recompute-collective-pools';

/**
 * Asks again for a recompute of every collective synergy's slice, so that the rows stored before
 * a pool kept its members' purchase prices get them, and with them the spend they pool.
 */
export class RecomputeCollectiveSpend1766400000000 implements MigrationInterface {
  name = 'RecomputeCollectiveSpend1766400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await new RecomputeCollectivePools1766300000100().up(queryRunner);
  }

  async down(): Promise<void> {
    // Nothing to undo: a recompute only brings the rows up to date.
  }
}
