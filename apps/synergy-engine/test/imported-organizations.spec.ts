import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import {
  EngineEventFeed,
  envelope,
  organizationSnapshot,
  zoneSnapshot,
} from './engine-test-events';

jest.setTimeout(120_000);

/**
 * An import's batch in the engine: its organizations in the read model, and one recompute
 * request for the batch where its organizations' own events would have made one each.
 */
describe('organizations told by an import (engine)', () => {
  let service: TestService;
  let dataSource: DataSource;
  let feed: EngineEventFeed;

  beforeAll(async () => {
    service = await startTestService(AppModule, SYNERGY_DATABASE.schema, 'synergy-imported');
    dataSource = service.dataSource;
    feed = new EngineEventFeed(dataSource, service.queuePrefix);
  });

  afterAll(async () => {
    await feed?.close();
    await service?.stop();
  });

  const requestsOf = async (zoneId: string): Promise<number> =>
    (
      await dataSource.query(
        `SELECT request_seq::int AS request_seq FROM zone_recompute WHERE zone_id = $1`,
        [zoneId],
      )
    )[0]?.request_seq ?? 0;

  it('records one recompute request for a batch, as many as events for single ones', async () => {
    const territoryId = randomUUID();
    const [batchZone, singlesZone] = [zoneSnapshot(territoryId), zoneSnapshot(territoryId)];
    await feed.deliver(
      envelope('zone.created', batchZone, 0),
      envelope('zone.created', singlesZone, 0),
    );
    // Waste collectors: each supplies by trade, so each one's event asks for a recompute.
    const waste = { nafCode: '38.11Z' };
    const imported = [0, 1, 2].map(() =>
      organizationSnapshot(batchZone.zoneId, territoryId, waste),
    );
    const single = [0, 1, 2].map(() =>
      organizationSnapshot(singlesZone.zoneId, territoryId, waste),
    );

    await feed.deliver(
      envelope(
        'organization.imported',
        {
          changes: imported.map((organization) => ({
            type: 'organization.registered',
            organization,
          })),
        },
        1,
      ),
      ...single.map((organization) => envelope('organization.registered', organization, 1)),
    );

    expect(await requestsOf(batchZone.zoneId)).toBe(1);
    expect(await requestsOf(singlesZone.zoneId)).toBe(3);
    const stored: { organization_id: string }[] = await dataSource.query(
      `SELECT organization_id FROM organization WHERE zone_id = $1`,
      [batchZone.zoneId],
    );
    expect(stored.map((row) => row.organization_id).sort()).toEqual(
      imported.map((organization) => organization.organizationId).sort(),
    );
  });
});
