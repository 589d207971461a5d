import { MigrationInterface, QueryRunner } from 'typeorm';
import { createZoneReplicaTable, dropZoneReplicaTable } from '@symbiose/directory-replica';

/**
 * The directory's zones, kept from its events, so that the access rules find the territory of
 * a zone a facilitator asks about. Zones created before the interviews subscribed to these
 * events reach the table only when the directory sends them again.
 */
export class ZoneReplica1764990000000 implements MigrationInterface {
  name = 'ZoneReplica1764990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createZoneReplicaTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropZoneReplicaTable(queryRunner);
  }
}
