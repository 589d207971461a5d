import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { KnownZones } from '@symbiose/directory-replica';
import { UuidArgPipe } from '@symbiose/platform';
import { RECOMPUTE_RUNNING } from './recompute-lease';
import { RecomputeStatusModel } from './recompute-status.model';
import { RecomputeRequests } from './recompute-requests';
import { ZoneRecompute } from './zone-recompute.entity';

/** `running`: see RECOMPUTE_RUNNING; a recompute whose process died is not. */
function statusOf(
  zoneId: string,
  row: ZoneRecompute | null,
  running: boolean,
): RecomputeStatusModel {
  const pendingRequests = row ? Number(row.requestSeq) - Number(row.computedSeq) : 0;
  const failedLast =
    row?.lastFailedAt != null &&
    (row.lastComputedAt === null || row.lastFailedAt > row.lastComputedAt);
  return {
    zoneId,
    state: running ? 'RUNNING' : failedLast ? 'FAILED' : pendingRequests > 0 ? 'PENDING' : 'IDLE',
    lastComputedAt: row?.lastComputedAt ?? null,
    lastDurationMs: row?.lastDurationMs ?? null,
    pendingRequests: Math.max(pendingRequests, 0),
    lastError: failedLast ? (row?.lastError ?? null) : null,
  };
}

@Resolver(() => RecomputeStatusModel)
export class RecomputeResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RecomputeRequests,
    @InjectRepository(ZoneRecompute) private readonly recomputes: Repository<ZoneRecompute>,
    private readonly zones: KnownZones,
  ) {}

  @Query(() => RecomputeStatusModel, { description: 'Where the recompute of a zone stands' })
  async recomputeStatus(@Args('zoneId', { type: () => ID }, UuidArgPipe) zoneId: string) {
    return this.statusOf(zoneId);
  }

  @Mutation(() => RecomputeStatusModel, {
    description:
      'Asks for a full recompute of the zone (with its territory), after the debounce time',
  })
  async requestRecompute(@Args('zoneId', { type: () => ID }, UuidArgPipe) zoneId: string) {
    await this.zones.require(zoneId, 'zoneId');
    await this.dataSource.transaction((manager) => this.requests.request(manager, [zoneId]));
    return this.statusOf(zoneId);
  }

  private async statusOf(zoneId: string): Promise<RecomputeStatusModel> {
    // Judged by PostgreSQL's clock, which set the lease, and its sessions.
    const { entities, raw } = await this.recomputes
      .createQueryBuilder('zr')
      .addSelect(RECOMPUTE_RUNNING, 'running')
      .where('zr.zone_id = :zoneId', { zoneId })
      .getRawAndEntities<{ running: boolean | null }>();
    return statusOf(zoneId, entities[0] ?? null, raw[0]?.running === true);
  }
}
