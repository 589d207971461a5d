import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createOrganizationReplicaTable,
  createZoneReplicaTable,
  dropOrganizationReplicaTable,
  dropZoneReplicaTable,
} from '@symbiose/directory-replica';

/**
 * The directory's zones and organizations, kept from its events, so that a workshop, an
 * action, an attendance or a vote names a zone or an organization that exists. Those created
 * before the workshops subscribed to these events reach the tables only when the directory
 * sends them again.
 */
export class DirectoryReplica1764800000000 implements MigrationInterface {
  name = 'DirectoryReplica1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createZoneReplicaTable(queryRunner);
    await createOrganizationReplicaTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOrganizationReplicaTable(queryRunner);
    await dropZoneReplicaTable(queryRunner);
  }
}
