import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import {
  SourceSynergies,
  SYNERGY_SOURCE_PAGE,
  SynergySnapshotV1,
  synergyDigestsSql,
  TerritorySynergyDigest,
} from '@symbiose/contracts';
import { projectSynergy } from '../events/workshops-event-handlers';
import { WorkshopsConfig } from '../workshops.config';
import { SynergySource } from './synergy-source';

/** What one check found and did. */
export interface SynergyCopyCheckResult {
  territoriesChecked: number;
  /** Territories whose copy differed from the engine's synergies. */
  territoriesDiffering: number;
  synergiesRepaired: number;
  /** Synergies of the copy the engine does not have, left as they are. */
  synergiesUnknownToEngine: number;
  /** Whether every territory's copy equals the engine's once repaired. */
  consistent: boolean;
  durationMs: number;
}

type CopiedSynergy = Pick<
  SynergySnapshotV1,
  'synergyId' | 'kind' | 'territoryId' | 'zoneIds' | 'categoryCode' | 'status' | 'obsolete'
>;

const COPIED_COLUMNS = `synergy_id AS "synergyId", kind, territory_id AS "territoryId",
  zone_ids AS "zoneIds", category_code AS "categoryCode", status, obsolete`;

function sameAsCopy(copy: CopiedSynergy, snapshot: SynergySnapshotV1): boolean {
  return (
    copy.kind === snapshot.kind &&
    copy.territoryId === snapshot.territoryId &&
    copy.categoryCode === snapshot.categoryCode &&
    copy.status === snapshot.status &&
    copy.obsolete === snapshot.obsolete &&
    copy.zoneIds.join(',') === snapshot.zoneIds.join(',')
  );
}

function digestsByTerritory(digests: TerritorySynergyDigest[]): Map<string, string> {
  return new Map(digests.map((d) => [d.territoryId, `${d.count}:${d.digest}`]));
}

/**
 * Proves the copy of the engine's synergies equal to the engine's, and repairs it where it is
 * not: events keep it current, but one lost (or a change the engine did not announce) would
 * leave it wrong for good. Each territory's digest is compared (one grouped query on each
 * side); a territory that differs is read from the engine a page at a time, and each synergy
 * that differs is applied as an event of the time it was read, so an event recorded since still
 * wins. A change whose transaction was still open at that time, and whose event is older, is
 * then left to the next check. Runs every SYNERGY_COPY_CHECK_MS in each workshops process, and
 * on demand.
 */
@Injectable()
export class SynergyCopyCheck implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SynergyCopyCheck');
  private readonly repairs: Counter<'copy'>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  /** The engine's digest of each territory the last periodic check found differing. */
  private lagging = new Map<string, string | undefined>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly source: SynergySource,
    private readonly config: WorkshopsConfig,
    registry: Registry,
  ) {
    this.repairs = new Counter({
      name: 'replica_rows_repaired_total',
      help: 'Rows of a copy of another service found different from their source and repaired',
      labelNames: ['copy'],
      registers: [registry],
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.check({ waitForLag: true }).catch((error: unknown) =>
        this.logger.warn(`checking the copy of the synergies: ${String(error)}; will retry`),
      );
    }, this.config.SYNERGY_COPY_CHECK_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running.catch(() => undefined);
  }

  /**
   * Compares and repairs now, after any check under way. With `waitForLag`, a territory is
   * repaired only when it differed at the previous such check too, with the engine's side
   * unchanged: events in flight have had a whole period to arrive, and are not taken for losses.
   */
  check({ waitForLag = false } = {}): Promise<SynergyCopyCheckResult> {
    const next = this.running.catch(() => undefined).then(() => this.compareAndRepair(waitForLag));
    this.running = next;
    return next;
  }

  private async compareAndRepair(waitForLag: boolean): Promise<SynergyCopyCheckResult> {
    const started = Date.now();
    const { checked, differing, sourceDigests } = await this.differingTerritories();
    const due = waitForLag ? this.stillDiffering(differing, sourceDigests) : differing;
    let repaired = 0;
    let unknown = 0;
    for (const territoryId of due) {
      const outcome = await this.repairTerritory(territoryId);
      repaired += outcome.repaired;
      unknown += outcome.unknown;
    }
    const consistent =
      due.length === 0
        ? differing.length === 0
        : (await this.differingTerritories()).differing.length === 0;
    this.repairs.inc({ copy: 'synergy' }, repaired);
    const result = {
      territoriesChecked: checked,
      territoriesDiffering: differing.length,
      synergiesRepaired: repaired,
      synergiesUnknownToEngine: unknown,
      consistent,
      durationMs: Date.now() - started,
    };
    if (repaired > 0 || unknown > 0) {
      this.logger.warn(`the copy of the synergies differed: ${JSON.stringify(result)}`);
    }
    return result;
  }

  /** The differing territories the previous periodic check left, the engine's side unchanged. */
  private stillDiffering(differing: string[], sourceDigests: Map<string, string>): string[] {
    const due = differing.filter(
      (id) => this.lagging.has(id) && this.lagging.get(id) === sourceDigests.get(id),
    );
    this.lagging = new Map(
      differing.filter((id) => !due.includes(id)).map((id) => [id, sourceDigests.get(id)]),
    );
    return due;
  }

  private async differingTerritories(): Promise<{
    checked: number;
    differing: string[];
    sourceDigests: Map<string, string>;
  }> {
    const [source, copy] = await Promise.all([
      this.source.digests(),
      this.dataSource.query(synergyDigestsSql('synergy', 'synergy_id')),
    ]);
    const bySource = digestsByTerritory(source.territories);
    const byCopy = digestsByTerritory(copy as TerritorySynergyDigest[]);
    const territories = new Set([...bySource.keys(), ...byCopy.keys()]);
    const differing = [...territories].filter((id) => bySource.get(id) !== byCopy.get(id));
    return { checked: territories.size, differing, sourceDigests: bySource };
  }

  private async repairTerritory(
    territoryId: string,
  ): Promise<{ repaired: number; unknown: number }> {
    const rows: CopiedSynergy[] = await this.dataSource.query(
      `SELECT ${COPIED_COLUMNS} FROM synergy WHERE territory_id = $1`,
      [territoryId],
    );
    const copied = new Map(rows.map((row) => [row.synergyId, row]));
    let repaired = 0;
    for (let after: string | null = null; ;) {
      const page = await this.source.territoryPage(territoryId, after);
      repaired += await this.apply(page, copied);
      if (page.synergies.length < SYNERGY_SOURCE_PAGE) break;
      after = page.synergies[page.synergies.length - 1].synergyId;
    }
    // Those the engine no longer has in this territory: moved with their firms, or unknown to it.
    let unknown = 0;
    const left = [...copied.keys()];
    for (let start = 0; start < left.length; start += SYNERGY_SOURCE_PAGE) {
      const ids = left.slice(start, start + SYNERGY_SOURCE_PAGE);
      const found = await this.source.byIds(ids);
      repaired += await this.apply(found, copied);
      unknown += ids.length - found.synergies.length;
    }
    return { repaired, unknown };
  }

  /** Applies the synergies that differ from the copy; returns how many. */
  private async apply(
    { asOf, synergies }: SourceSynergies,
    copied: Map<string, CopiedSynergy>,
  ): Promise<number> {
    const differing = synergies.filter((snapshot) => {
      const copy = copied.get(snapshot.synergyId);
      copied.delete(snapshot.synergyId);
      return !copy || !sameAsCopy(copy, snapshot);
    });
    if (differing.length === 0) return 0;
    await this.dataSource.transaction(async (manager) => {
      for (const snapshot of differing) await projectSynergy(manager, snapshot, asOf);
    });
    return differing.length;
  }
}
