import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A B2B synergy's rationale keeps only its terms' own values (`StoredB2BRationale`): the
 * weights are constants of the code and the distance is the row's `distance_km`, and writing
 * them out on each of a region's hundreds of thousands of rows made a third of its JSON. The
 * terms come back in full when read. The content hash then no longer matches the rows: the
 * first recompute after this migration rewrites each B2B synergy once, without announcing it
 * again.
 */
export class CompactB2BRationale1765500000000 implements MigrationInterface {
  name = 'CompactB2BRationale1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE synergy SET rationale = json_build_object(
        'compatibility', json_build_array(t->'compatibility'->'value',
          t->'compatibility'->'strength', t->'compatibility'->'wasteCodes'),
        'quantityCoverage', json_build_array(t->'quantityCoverage'->'value',
          t->'quantityCoverage'->'compared'),
        'distanceDecay', t->'distanceDecay'->'value',
        'frequencyFit', t->'frequencyFit'->'value')
      FROM (SELECT id, rationale->'terms' AS t FROM synergy WHERE kind = 'B2B') AS b2b
      WHERE synergy.id = b2b.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The weights of the score when this migration was written.
    await queryRunner.query(`
      UPDATE synergy SET rationale = json_build_object('terms', json_build_object(
        'compatibility', json_build_object('value', r->'compatibility'->0, 'weight', 0.4,
          'strength', r->'compatibility'->1, 'wasteCodes', r->'compatibility'->2),
        'quantityCoverage', json_build_object('value', r->'quantityCoverage'->0,
          'weight', 0.2, 'compared', r->'quantityCoverage'->1),
        'distanceDecay', json_build_object('value', r->'distanceDecay', 'weight', 0.25,
          'distanceKm', synergy.distance_km),
        'frequencyFit', json_build_object('value', r->'frequencyFit', 'weight', 0.15)))
      FROM (SELECT id, rationale AS r FROM synergy WHERE kind = 'B2B') AS b2b
      WHERE synergy.id = b2b.id`);
  }
}
