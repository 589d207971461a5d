import { Injectable } from '@nestjs/common';
import { SourceSynergies, SourceSynergyDigests, SYNERGY_SOURCE_ROUTES } from '@symbiose/contracts';
import { InternalServiceClient } from '@symbiose/platform';
import { WorkshopsConfig } from '../workshops.config';

/** The synergy engine's internal routes for a copy of its synergies (`SYNERGY_SOURCE_ROUTES`). */
@Injectable()
export class SynergySource {
  private readonly client: InternalServiceClient;

  constructor(config: WorkshopsConfig) {
    this.client = new InternalServiceClient({
      service: 'synergy-engine',
      baseUrl: config.SYNERGY_ENGINE_URL,
      timeoutMs: config.SYNERGY_ENGINE_TIMEOUT_MS,
      subject: 'service:workshops',
      tokens: config,
    });
  }

  digests(): Promise<SourceSynergyDigests> {
    return this.client.get(SYNERGY_SOURCE_ROUTES.digests);
  }

  /** The territory's synergies after `after`, in id order, a page at a time. */
  territoryPage(territoryId: string, after: string | null): Promise<SourceSynergies> {
    return this.client.get(SYNERGY_SOURCE_ROUTES.synergies, {
      territoryId,
      ...(after === null ? {} : { after }),
    });
  }

  byIds(ids: readonly string[]): Promise<SourceSynergies> {
    return this.client.get(SYNERGY_SOURCE_ROUTES.synergies, { ids: ids.join(',') });
  }
}
