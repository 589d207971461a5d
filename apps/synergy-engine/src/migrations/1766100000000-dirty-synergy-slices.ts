import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The slices of a territory's synergies that changes have touched since its last recompute
 * (see `SynergySlicing`), so that the next recompute re-matches only those; and an index to
 * read a slice's stored synergies by territory and category.
 */
export class DirtySynergySlices1766100000000 implements MigrationInterface {
  name = 'DirtySynergySlices1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE dirty_synergy_slice_seq`);
    await queryRunner.query(
      `CREATE TABLE dirty_synergy_slice (
         territory_id uuid NOT NULL,
         slice text NOT NULL,
         seq bigint NOT NULL DEFAULT nextval('dirty_synergy_slice_seq'),
         PRIMARY KEY (territory_id, slice)
       )`,
    );
    // Requests made before slices were recorded are served by a full recompute.
    await queryRunner.query(
      `INSERT INTO dirty_synergy_slice (territory_id, slice)
       SELECT territory_id, 'all' FROM zone
       WHERE zone_id IN (SELECT zone_id FROM zone_recompute WHERE request_seq > computed_seq)
       UNION
       SELECT territory_id, 'all' FROM organization
       WHERE territory_id IS NOT NULL
         AND zone_id IN (SELECT zone_id FROM zone_recompute WHERE request_seq > computed_seq)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_synergy_territory_category ON synergy (territory_id, category_code)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_synergy_territory_category`);
    await queryRunner.query(`DROP TABLE dirty_synergy_slice`);
    await queryRunner.query(`DROP SEQUENCE dirty_synergy_slice_seq`);
  }
}
