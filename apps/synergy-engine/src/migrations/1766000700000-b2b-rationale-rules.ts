import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A B2B synergy's stored rationale keeps each term's weight beside its value (weights are a
 * territory's setting now), an unknown term as null with its basis, the pair rules' findings
 * and the allocated quantity. Rows written before keep the weights of their time, no rule and
 * no allocation, until the next recompute rewrites them.
 */
export class B2BRationaleRules1766000700000 implements MigrationInterface {
  name = 'B2BRationaleRules1766000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE synergy SET rationale = json_build_object(
        'compatibility', json_build_array(r->'compatibility'->0, 0.4,
          r->'compatibility'->1, r->'compatibility'->2),
        'quantityCoverage', json_build_array(
          CASE WHEN (r->'quantityCoverage'->>1)::boolean THEN r->'quantityCoverage'->0 END, 0.2,
          CASE WHEN (r->'quantityCoverage'->>1)::boolean THEN 'COMPARED' ELSE 'TO_CONFIRM' END),
        'distanceDecay', json_build_array(r->'distanceDecay', 0.25),
        'frequencyFit', json_build_array(r->'frequencyFit', 0.15),
        'rules', json_build_array(),
        'allocatedQuantity', NULL)
      FROM (SELECT id, rationale AS r FROM synergy
            WHERE kind = 'B2B' AND json_typeof(rationale->'distanceDecay') = 'number') AS b2b
      WHERE synergy.id = b2b.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE synergy SET rationale = json_build_object(
        'compatibility', json_build_array(r->'compatibility'->0,
          r->'compatibility'->2, r->'compatibility'->3),
        'quantityCoverage', json_build_array(COALESCE((r->'quantityCoverage'->>0)::numeric, 0.5),
          to_json(r->'quantityCoverage'->>2 = 'COMPARED')),
        'distanceDecay', r->'distanceDecay'->0,
        'frequencyFit', COALESCE((r->'frequencyFit'->>0)::numeric, 0.5))
      FROM (SELECT id, rationale AS r FROM synergy
            WHERE kind = 'B2B' AND json_typeof(rationale->'distanceDecay') = 'array') AS b2b
      WHERE synergy.id = b2b.id`);
  }
}
