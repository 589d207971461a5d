import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createOrganizationReplicaTable,
  createZoneReplicaTable,
  dropOrganizationReplicaTable,
  dropZoneReplicaTable,
} from '@symbiose/directory-replica';
import { createEventTables, dropEventTables } from '@symbiose/platform';

/** The read model of directory's zones and organizations. */
export class CreateSynergy1764320400000 implements MigrationInterface {
  name = 'CreateSynergy1764320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createZoneReplicaTable(queryRunner);
    await createOrganizationReplicaTable(queryRunner);
    await createEventTables(queryRunner, 'synergy');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTables(queryRunner, 'synergy');
    await dropOrganizationReplicaTable(queryRunner);
    await dropZoneReplicaTable(queryRunner);
  }
}
