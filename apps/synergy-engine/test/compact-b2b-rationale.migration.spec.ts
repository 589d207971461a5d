import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@symbiose/service-testing';
import { syntheticRegion } from '../bench/synthetic-region';
import { AppModule } from '../src/app.module';
import { CompactB2BRationale1765500000000 } from '../src/migrations/1765500000000-compact-b2b-rationale';
import { B2BRationaleRules1766000700000 } from '../src/migrations/1766000700000-b2b-rationale-rules';
import { matchB2B } from '../src/matching';
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

describe('migrations CompactB2BRationale and B2BRationaleRules', () => {
  let service: TestService;
  const matched = matchB2B(regionWithUuids());
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

  it('go down to the full terms of their time and up again to the stored rationale', async () => {
    const compact = new CompactB2BRationale1765500000000();
    const rules = new B2BRationaleRules1766000700000();
    const queryRunner = service.dataSource.createQueryRunner();
    try {
      await rules.down(queryRunner);
      await compact.down(queryRunner);
      const full = await storedRationales();
      expect(matched.length).toBeGreaterThan(20);
      expect(full.size).toBe(matched.length);
      matched.forEach((synergy, i) => {
        const { terms } = synergy.rationale;
        // The terms as the score of 1765500000000 weighed them; an unknown term was 0.5.
        expect(full.get(rows[i].id)).toEqual({
          terms: {
            compatibility: { ...terms.compatibility, weight: 0.4 },
            quantityCoverage: {
              value: terms.quantityCoverage.value ?? 0.5,
              weight: 0.2,
              compared: terms.quantityCoverage.basis === 'COMPARED',
            },
            distanceDecay: { ...terms.distanceDecay, weight: 0.25 },
            frequencyFit: { value: terms.frequencyFit.value ?? 0.5, weight: 0.15 },
          },
        });
      });

      await compact.up(queryRunner);
      await rules.up(queryRunner);
      const stored = await storedRationales();
      rows.forEach((row, i) => {
        const { terms } = matched[i].rationale;
        // Going up, the old weights come back, no rule and no allocation: a recompute writes them.
        expect(stored.get(row.id)).toEqual({
          compatibility: [
            terms.compatibility.value,
            0.4,
            terms.compatibility.strength,
            terms.compatibility.wasteCodes,
          ],
          quantityCoverage: [
            terms.quantityCoverage.basis === 'COMPARED' ? terms.quantityCoverage.value : null,
            0.2,
            terms.quantityCoverage.basis === 'COMPARED' ? 'COMPARED' : 'TO_CONFIRM',
          ],
          distanceDecay: [terms.distanceDecay.value, 0.25],
          frequencyFit: [terms.frequencyFit.value ?? 0.5, 0.15],
          rules: [],
          allocatedQuantity: null,
        });
      });
    } finally {
      await queryRunner.release();
    }
  });
});
