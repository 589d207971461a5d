import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { DeclarationKind } from './declaration-enums';
import { CategoryKindCount, KindCounts, NeedsSummary, summariseNeeds } from './needs-summary';

/**
 * Active declarations of the organizations now in a zone: the zone comes from the directory's
 * latest event, so an organization that moves takes its declarations along. An archived
 * organization has left the programme, and its declarations no longer count.
 */
const ACTIVE_IN_ZONE = `
  FROM declaration d JOIN organization o ON o.organization_id = d.organization_id
 WHERE d.status = 'ACTIVE' AND o.status = 'ACTIVE'`;

@Injectable()
export class DeclarationCounts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Needs and resources of each zone asked, in one query. */
  async countByZone(zoneIds: readonly string[]): Promise<Map<string, KindCounts>> {
    const rows: { zoneId: string; kind: DeclarationKind; count: number }[] =
      await this.dataSource.query(
        `SELECT o.zone_id AS "zoneId", d.kind, count(*)::int AS count ${ACTIVE_IN_ZONE}
            AND o.zone_id = ANY($1::uuid[])
          GROUP BY o.zone_id, d.kind`,
        // Keys the gateway sends may be anything; only UUIDs can match a row.
        [zoneIds.filter((id) => isUUID(id))],
      );
    const counts = new Map<string, KindCounts>();
    for (const { zoneId, kind, count } of rows) {
      const zone = counts.get(zoneId) ?? { needCount: 0, resourceCount: 0 };
      if (kind === 'NEED') zone.needCount = count;
      else zone.resourceCount = count;
      counts.set(zoneId, zone);
    }
    return counts;
  }

  async needsSummary(zoneId: string): Promise<NeedsSummary> {
    const rows: CategoryKindCount[] = await this.dataSource.query(
      `SELECT d.theme, d.category_code AS "categoryCode", d.kind, count(*)::int AS count
         ${ACTIVE_IN_ZONE} AND o.zone_id = $1
        GROUP BY d.theme, d.category_code, d.kind`,
      [zoneId],
    );
    return summariseNeeds(rows);
  }
}
