import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@symbiose/service-testing';
import { syntheticRegion } from '../bench/synthetic-region';
import { AppModule } from '../src/app.module';
import { CompactB2BRationale1765500000000 } from '../src/migrations/1765500000000-compact-b2b-rationale';
import { b2bSynergies, buildB2BMatchingIndex } from '../src/matching';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { contentOfSynergy } from '../src/synergy/synergy-content';
import { copySynergies } from '../src/synergy/synergy-rows';

jest.setTimeout(60_000);

/** A synthetic region with UUIDs for ids, as the tables want them. */
function regionWithUuids() {
  const uuids = new Map<string, string>();
  const uuidOf = (id: string) => {
    if (!uuids.has(id)) uuids.set(id, randomUUID());
    return uuids.get(id) as string;
  };
  return syntheticRegion({ declarationCount: 300, seed: 5, territoryCount: 1 }).map(
    (declaration) => ({
      ...declaration,
      id: uuidOf(declaration.id),
      organizationId: uuidOf(declaration.organizationId),
      territoryId: uuidOf(declaration.territoryId),
      zoneId: declaration.zoneId === null ? null : uuidOf(declaration.zoneId),
    }),
  );
}

describe('migration CompactB2BRationale', () => {
  let service: TestService;
  const matched = b2bSynergies(buildB2BMatchingIndex(regionWithUuids()));
  const rows = matched.map((synergy) => ({ id: randomUUID(), content: contentOfSynergy(synergy) }));

  beforeAll(async () => {
    process.env.SYNERGY_RECOMPUTE_WORKER = 'off';
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'compact-rationale');
    await service.dataSource.transaction((manager) => copySynergies(manager, rows));
  });

  afterAll(async () => {
    delete process.env.SYNERGY_RECOMPUTE_WORKER;
    await service?.stop();
  });

  async function storedRationales(): Promise<Map<string, unknown>> {
    const stored: { id: string; rationale: unknown }[] = await service.dataSource.query(
      `SELECT id, rationale FROM synergy WHERE kind = 'B2B'`,
    );
    return new Map(stored.map((row) => [row.id, row.rationale]));
  }

  it('gives back the terms in full going down, and the stored values going up', async () => {
    const migration = new CompactB2BRationale1765500000000();
    const queryRunner = service.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      const full = await storedRationales();
      expect(matched.length).toBeGreaterThan(20);
      expect(full.size).toBe(matched.length);
      matched.forEach((synergy, i) => {
        expect(full.get(rows[i].id)).toEqual({ terms: synergy.rationale.terms });
      });

      await migration.up(queryRunner);
      const compact = await storedRationales();
      rows.forEach((row) => expect(compact.get(row.id)).toEqual(row.content.rationale));
    } finally {
      await queryRunner.release();
    }
  });
});
