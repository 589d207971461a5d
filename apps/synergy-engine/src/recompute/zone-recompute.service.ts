import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeclarationService } from '../declaration/declaration.service';
import {
  matchDeclarations,
  resolveMatchingOptions,
  type MatchingOptions,
  type SynergySlice,
} from '../matching';
import { OrganizationService } from '../organization/organization.service';
import { latestMatchingSettings } from '../matching-settings/latest-matching-settings';
import { matchingOptionsWith } from '../matching-settings/territory-matching-settings';
import { contentOfSynergy } from '../synergy/synergy-content';
import { StoreOutcome, SynergyStore } from '../synergy/synergy-store';
import { matchingOptionsOf, SynergyEngineConfig } from '../synergy-engine.config';
import { replaceTopLists } from './b2b-top-list-store';
import { clearDirty, dirtySlicesOf, sliceOfName, type DirtySlice } from './dirty-slices';
import { RECOMPUTE_RUNNING, RecomputeLease } from './recompute-lease';
import { zonesOfTerritory } from './recompute-requests';
import { NOTHING, SliceRecomputeService } from './slice-recompute.service';

const NOTHING_MATCHED: Omit<RecomputeOutcome, 'territoryId' | 'durationMs'> = Object.freeze({
  mode: 'SLICES',
  ...NOTHING,
});

/** Whether a recompute that stores the territory ends the lease of a zone row `zr`. */
const LEASE_ENDED = `(zr.run_id IS NULL OR zr.run_id = $4 OR NOT ${RECOMPUTE_RUNNING})`;

export interface RecomputeOutcome extends StoreOutcome {
  territoryId: string;
  /** FULL: the whole territory matched afresh; SLICES: only what its changes touched. */
  mode: 'FULL' | 'SLICES';
  /** Declarations read to match. */
  declarationCount: number;
  durationMs: number;
}

export interface RecomputeZoneOptions {
  /**
   * Recompute only if the zone has a request no recompute has served yet. A change can ask
   * for every zone of a territory, one job each, and the first job's recompute serves them
   * all: the others then cost a lookup, not a recompute of the territory each.
   */
  ifPending?: boolean;
}

/**
 * Recomputes the synergies of a zone. B2B pairs reach across the zones of a
 * territory, and a declaration's best candidates may lie in any of them, so a
 * zone is recomputed with its territory, in one transaction, and every zone of
 * the territory counts as computed. When the territory's pending changes named
 * the slices of its synergies they touched, only those are matched again and
 * written (`SliceRecomputeService`); a settings change, a repair, or a request
 * that named none matches the whole territory afresh. Recomputes of one
 * territory take turns (an advisory lock), so none writes over a newer one.
 */
@Injectable()
export class ZoneRecomputeService {
  /** The deployment's options; a territory's stored settings override them in its recomputes. */
  private readonly options: MatchingOptions;
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly declarations: DeclarationService,
    private readonly organizations: OrganizationService,
    private readonly store: SynergyStore,
    private readonly slices: SliceRecomputeService,
    config: SynergyEngineConfig,
  ) {
    this.options = matchingOptionsOf(config);
    this.leaseMs = config.SYNERGY_RECOMPUTE_LEASE_MS;
    // Refuses to start on options the matching would refuse at the first recompute.
    resolveMatchingOptions(this.options);
  }

  /**
   * Null when there is nothing to compute: the zone is known neither as a zone nor by any
   * organization, or, `ifPending`, a recompute of its territory has served its requests.
   */
  async recomputeZone(
    zoneId: string,
    options: RecomputeZoneOptions = {},
  ): Promise<RecomputeOutcome | null> {
    const territoryId = await this.territoryOf(zoneId);
    if (!territoryId) {
      await this.dataSource.query(
        `UPDATE zone_recompute SET computed_seq = request_seq, last_computed_at = now(), attempts = 0
         WHERE zone_id = $1`,
        [zoneId],
      );
      return null;
    }
    const started = Date.now();
    const session = this.dataSource.createQueryRunner();
    try {
      const lease = await RecomputeLease.take(session, zoneId, this.leaseMs);
      try {
        const outcome = await session.manager.transaction((manager) =>
          this.recomputeTerritory(manager, territoryId, { lease, started, ...options }),
        );
        lease.stop();
        return outcome;
      } catch (error) {
        await lease.endFailed(error);
        throw error;
      }
    } finally {
      await session.release();
    }
  }

  private async recomputeTerritory(
    manager: EntityManager,
    territoryId: string,
    {
      lease,
      started,
      ifPending,
    }: RecomputeZoneOptions & { lease: RecomputeLease; started: number },
  ): Promise<RecomputeOutcome | null> {
    const { zoneId } = lease;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('synergy-recompute:' || $1))`, [
      territoryId,
    ]);
    // Requests first, input second: a request committed in between is then
    // counted as pending, not as done, and the zone is recomputed once more.
    const zoneIds = await zonesOfTerritory(manager, territoryId);
    const requests: { zone_id: string; request_seq: string; computed_seq: string }[] =
      await manager.query(
        `SELECT zone_id, request_seq, computed_seq FROM zone_recompute
         WHERE zone_id = ANY($1::uuid[])`,
        [zoneIds],
      );
    const request = requests.find((row) => row.zone_id === zoneId);
    if (ifPending && request && BigInt(request.request_seq) <= BigInt(request.computed_seq)) {
      await lease.endIdle(manager);
      return null;
    }
    const dirty = await dirtySlicesOf(manager, territoryId);
    // A job finding its request served but for nothing dirty: the change that made it was read
    // by the previous recompute, which took its slices after reading the requests.
    const outcome =
      ifPending && dirty.length === 0
        ? { ...NOTHING_MATCHED }
        : await this.match(manager, territoryId, dirty);
    const durationMs = Date.now() - started;
    const seqByZone = new Map(requests.map((row) => [row.zone_id, row.request_seq]));
    // Ends this recompute's lease, and the lapsed ones of the territory's other zones; a live
    // one, another zone's recompute waiting for its turn, is left to end itself.
    await manager.query(
      `INSERT INTO zone_recompute AS zr (zone_id, computed_seq, last_computed_at, last_duration_ms)
       SELECT zone_id, seq, now(), $3 FROM unnest($1::uuid[], $2::bigint[]) AS r(zone_id, seq)
       ON CONFLICT (zone_id) DO UPDATE
       SET computed_seq = GREATEST(zr.computed_seq, excluded.computed_seq),
           last_computed_at = now(), last_duration_ms = $3, last_error = NULL, attempts = 0,
           started_at = CASE WHEN ${LEASE_ENDED} THEN NULL ELSE zr.started_at END,
           lease_until = CASE WHEN ${LEASE_ENDED} THEN NULL ELSE zr.lease_until END,
           run_id = CASE WHEN ${LEASE_ENDED} THEN NULL ELSE zr.run_id END,
           run_backend = CASE WHEN ${LEASE_ENDED} THEN NULL ELSE zr.run_backend END`,
      [zoneIds, zoneIds.map((id) => seqByZone.get(id) ?? '0'), durationMs, lease.runId],
    );
    await clearDirty(manager, territoryId, dirty);
    return { ...outcome, territoryId, durationMs };
  }

  /**
   * Matches the dirty slices of the territory, or the whole territory when a change asked for
   * it or, when asked directly, none is dirty; and stores the result.
   */
  private async match(
    manager: EntityManager,
    territoryId: string,
    dirty: readonly DirtySlice[],
  ): Promise<Omit<RecomputeOutcome, 'territoryId' | 'durationMs'>> {
    const slices = dirty.map((row) => sliceOfName(row.slice));
    const settings = await latestMatchingSettings(manager, territoryId);
    const options = settings
      ? matchingOptionsWith(this.options, territoryId, settings)
      : this.options;
    const activitySuppliers = await this.organizations.findActivitySuppliers(territoryId, manager);
    if (slices.length > 0 && slices.every((slice) => slice !== undefined)) {
      const outcome = await this.slices.recompute(manager, slices as SynergySlice[], {
        territoryId,
        options,
        activitySuppliers,
      });
      return { ...outcome, mode: 'SLICES' };
    }
    const declarations = await this.declarations.findMatchable({ territoryId }, manager);
    const { collective, b2b, tradeSupply, b2bTopLists } = matchDeclarations(
      declarations,
      options,
      activitySuppliers,
    );
    await replaceTopLists(manager, territoryId, null, b2bTopLists);
    const found = [...collective, ...b2b, ...tradeSupply].map(contentOfSynergy);
    const outcome = await this.store.storeTerritory(manager, territoryId, found);
    return { ...outcome, mode: 'FULL', declarationCount: declarations.length };
  }

  private async territoryOf(zoneId: string): Promise<string | null> {
    const [row]: { territory_id: string }[] = await this.dataSource.query(
      `SELECT territory_id FROM zone WHERE zone_id = $1
       UNION ALL
       SELECT territory_id FROM organization WHERE zone_id = $1 AND territory_id IS NOT NULL
       LIMIT 1`,
      [zoneId],
    );
    return row?.territory_id ?? null;
  }
}
