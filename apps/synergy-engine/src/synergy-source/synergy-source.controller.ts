import { Controller, Get, Query } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  SourceSynergies,
  SourceSynergyDigests,
  SYNERGY_SOURCE_PAGE,
  SYNERGY_SOURCE_ROUTES,
} from '@symbiose/contracts';
import { BadUserInputError } from '@symbiose/platform';
import { SynergySourceService } from './synergy-source.service';

function uuidParam(name: string, value: unknown): string {
  if (typeof value !== 'string' || !isUUID(value)) {
    throw new BadUserInputError(name, 'must be a UUID');
  }
  return value;
}

function idsParam(value: string): string[] {
  const ids = [...new Set(value.split(',').filter((id) => id.length > 0))];
  if (ids.length === 0 || ids.length > SYNERGY_SOURCE_PAGE) {
    throw new BadUserInputError('ids', `must name 1 to ${SYNERGY_SOURCE_PAGE} ids`);
  }
  ids.forEach((id) => uuidParam('ids', id));
  return ids;
}

/**
 * Where a service that keeps a copy of the synergies checks it (a digest per territory) and
 * repairs it (the synergies as they stand). Internal: open to Symbiose's own services only (see
 * `otherServices`), and never relayed by the gateway.
 */
@Controller()
export class SynergySourceController {
  constructor(private readonly source: SynergySourceService) {}

  @Get(SYNERGY_SOURCE_ROUTES.digests)
  digests(): Promise<SourceSynergyDigests> {
    return this.source.digests();
  }

  @Get(SYNERGY_SOURCE_ROUTES.synergies)
  synergies(
    @Query('territoryId') territoryId: unknown,
    @Query('after') after: unknown,
    @Query('ids') ids: unknown,
  ): Promise<SourceSynergies> {
    if (typeof ids === 'string') return this.source.byIds(idsParam(ids));
    return this.source.territoryPage(
      uuidParam('territoryId', territoryId),
      after === undefined ? null : uuidParam('after', after),
    );
  }
}
