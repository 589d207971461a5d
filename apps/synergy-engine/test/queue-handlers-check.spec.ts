import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { EventHandlerMap, EventHandlers, runMigrations } from '@symbiose/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  TEST_REDIS_URL,
  TestDatabase,
  uniqueQueuePrefix,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { EngineEventHandlers } from '../src/events/engine-event-handlers';
import { RecomputeWorker } from '../src/recompute/recompute.worker';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';

jest.setTimeout(60_000);

/** Stands for a provider that does nothing at start or at shutdown: no worker is built. */
const idle = {
  onApplicationBootstrap: () => undefined,
  beforeApplicationShutdown: () => undefined,
};

/**
 * The engine's own application, with one of its handlers taken out: it must refuse to start,
 * naming what has no handler, before any worker runs.
 */
describe('a service whose queue has no handler', () => {
  let database: TestDatabase;
  let queuePrefix: string;

  beforeAll(async () => {
    database = await createTestDatabase('queue_handlers_check');
    queuePrefix = uniqueQueuePrefix('queue-handlers-check');
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'silent',
      DIRECTORY_URL: 'http://127.0.0.1:9',
    });
  });

  afterAll(async () => {
    await database.drop();
    await deleteQueueKeys(queuePrefix);
  });

  it('refuses to start, naming the queue and the event type left without a handler', async () => {
    @EventHandlers()
    class WithoutScenarios implements EventHandlers {
      handlers(): EventHandlerMap {
        return {
          'organization.registered': async () => undefined,
          'organization.updated': async () => undefined,
          'organization.archived': async () => undefined,
          'organization.imported': async () => undefined,
          'zone.created': async () => undefined,
          'zone.updated': async () => undefined,
          'declaration.recorded': async () => undefined,
          'declaration.updated': async () => undefined,
          'declaration.withdrawn': async () => undefined,
        };
      }
    }
    // One application per suite: the metrics' registry is the process's.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
      .overrideProvider(RecomputeWorker)
      .useValue(idle)
      .overrideProvider(EngineEventHandlers)
      .useClass(WithoutScenarios)
      .compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await runMigrations(app.get(DataSource), SYNERGY_DATABASE.schema);
    const started = app.init();
    await expect(started).rejects.toMatchObject({
      name: 'QueueHandlersError',
      message:
        'synergy-engine cannot start: ' +
        'queue synergy-engine-events has no handler for scenario.selected; ' +
        'queue synergy-recompute has no handler',
    });
    await app.close();
  });
});
