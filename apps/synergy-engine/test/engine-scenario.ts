import type {
  DeclarationSnapshotV1,
  OrganizationSnapshotV1,
  ZoneSnapshotV1,
} from '@symbiose/contracts';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { SYNERGY_DATABASE } from '../src/synergy-engine.database';
import { EngineEventFeed, envelope } from './engine-test-events';

/** What a scenario starts from, told to the engine in this order: zones, firms, declarations. */
export interface EngineScenarioEvents {
  readonly zones: readonly ZoneSnapshotV1[];
  readonly organizations: readonly OrganizationSnapshotV1[];
  readonly declarations: readonly DeclarationSnapshotV1[];
}

export interface EngineScenario {
  readonly service: TestService;
  readonly feed: EngineEventFeed;
  stop(): Promise<void>;
}

/**
 * The engine in-process, on a database and queue prefix of its own (named after the suite),
 * recomputing 300 ms after a change rather than after the default's wait, once its inbox has
 * handled the scenario's events, a minute apart.
 */
export async function startEngineScenario(
  name: string,
  { zones, organizations, declarations }: EngineScenarioEvents,
): Promise<EngineScenario> {
  process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS = '300';
  const service = await startTestService(AppModule, SYNERGY_DATABASE.schema, name);
  const feed = new EngineEventFeed(service.dataSource, service.queuePrefix);
  let minute = 0;
  await feed.deliver(
    ...zones.map((zone) => envelope('zone.created', zone, (minute += 1))),
    ...organizations.map((o) => envelope('organization.registered', o, (minute += 1))),
    ...declarations.map((d) => envelope('declaration.recorded', d, (minute += 1))),
  );
  return {
    service,
    feed,
    stop: async () => {
      delete process.env.SYNERGY_RECOMPUTE_DEBOUNCE_MS;
      await feed.close();
      await service.stop();
    },
  };
}
