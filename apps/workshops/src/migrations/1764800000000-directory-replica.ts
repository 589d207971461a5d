import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createOrganizationReplicaTable,
  dropOrganizationReplicaTable,
} from '@symbiose/directory-replica';

/**
 * The directory's organizations, kept from its events, so that an attendance, a vote or an
 * action names an organization that exists. Organizations registered before the workshops
 * subscribed to these events reach the table only when the directory sends them again.
 */
export class OrganizationReplica1764800000000 implements MigrationInterface {
  name = 'OrganizationReplica1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOrganizationReplicaTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOrganizationReplicaTable(queryRunner);
  }
}
