import { Controller, Get, Query } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  DIRECTORY_SOURCE_MAX_IDS,
  DIRECTORY_SOURCE_ROUTES,
  SourceEvents,
  SourceTerritories,
} from '@symbiose/directory-replica';
import { BadUserInputError } from '@symbiose/platform';
import { ReplicaSourceService } from './replica-source.service';

/** The ids of `?ids=a,b`: one to DIRECTORY_SOURCE_MAX_IDS UUIDs, or a 400 naming `ids`. */
function idsParam(value: unknown): string[] {
  const ids = typeof value === 'string' ? value.split(',').filter((id) => id.length > 0) : [];
  if (ids.length === 0 || ids.length > DIRECTORY_SOURCE_MAX_IDS) {
    throw new BadUserInputError('ids', `must name 1 to ${DIRECTORY_SOURCE_MAX_IDS} ids`);
  }
  const bad = ids.find((id) => !isUUID(id));
  if (bad !== undefined) throw new BadUserInputError('ids', `must be UUIDs (got ${bad})`);
  return [...new Set(ids)];
}

/**
 * Where the other services fill what their replicas of the directory lack, for a call naming a
 * zone, organization or territory whose event has not reached them yet. Internal: open to
 * Symbiose's own services only (see `otherServices`), and never relayed by the gateway.
 */
@Controller()
export class ReplicaSourceController {
  constructor(private readonly source: ReplicaSourceService) {}

  @Get(DIRECTORY_SOURCE_ROUTES.organizations)
  organizations(@Query('ids') ids: unknown): Promise<SourceEvents> {
    return this.source.organizations(idsParam(ids));
  }

  @Get(DIRECTORY_SOURCE_ROUTES.zones)
  zones(@Query('ids') ids: unknown): Promise<SourceEvents> {
    return this.source.zones(idsParam(ids));
  }

  @Get(DIRECTORY_SOURCE_ROUTES.territories)
  territories(@Query('ids') ids: unknown): Promise<SourceTerritories> {
    return this.source.territories(idsParam(ids));
  }
}
