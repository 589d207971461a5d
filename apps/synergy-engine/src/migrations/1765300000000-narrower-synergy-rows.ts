import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Narrower synergy rows, for a region's first recompute writes hundreds of thousands:
 * - participants and rationale are written whole by each recompute and read whole by the API,
 *   and no query looks inside them: as `json` they are stored as written, where `jsonb` parsed
 *   each into its binary form (a third of the time of the COPY of a recompute);
 * - a B2B impact, and the words of a B2B rationale, follow from the other columns, and are
 *   worked out when read;
 * - the key, an ASCII identity the engine only compares for equality, is collated "C": its unique
 *   index then compares bytes rather than going through the locale.
 * The content hash now digests the row's columns as written: the first recompute after this
 * migration rewrites each synergy once (its rationale loses its words), without announcing it
 * again.
 */
export class NarrowerSynergyRows1765300000000 implements MigrationInterface {
  name = 'NarrowerSynergyRows1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE synergy DROP COLUMN impact, ALTER COLUMN participants TYPE json,
         ALTER COLUMN rationale TYPE json, ALTER COLUMN key TYPE text COLLATE "C"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The impact comes back empty until the zones are recomputed: their hashes differ from
    // what the earlier version computes, so every synergy is rewritten.
    await queryRunner.query(
      `ALTER TABLE synergy ADD COLUMN impact jsonb, ALTER COLUMN participants TYPE jsonb,
         ALTER COLUMN rationale TYPE jsonb, ALTER COLUMN key TYPE text COLLATE "default"`,
    );
  }
}
