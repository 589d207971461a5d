import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  SourceSynergies,
  SourceSynergyDigests,
  SYNERGY_SOURCE_PAGE,
  synergyDigestsSql,
} from '@symbiose/contracts';
import type { Synergy } from '../synergy/synergy.entity';
import { synergySnapshot } from '../synergy/synergy-snapshot';

type SourceRow = Pick<
  Synergy,
  | 'id'
  | 'kind'
  | 'territoryId'
  | 'zoneIds'
  | 'categoryCode'
  | 'theme'
  | 'score'
  | 'participants'
  | 'status'
  | 'obsolete'
> & { asOf: Date };

const SOURCE_COLUMNS = `id, kind, territory_id AS "territoryId", zone_ids AS "zoneIds",
  category_code AS "categoryCode", theme, score, participants, status, obsolete,
  statement_timestamp() AS "asOf"`;

function sourceSynergies(rows: SourceRow[]): SourceSynergies {
  // With no row read, the time of the reading matters to no one.
  const asOf = rows[0]?.asOf ?? new Date();
  return { asOf: asOf.toISOString(), synergies: rows.map((row) => synergySnapshot(row, row)) };
}

/** What a copy of the engine's synergies is checked against, and repaired from. */
@Injectable()
export class SynergySourceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async digests(): Promise<SourceSynergyDigests> {
    return { territories: await this.dataSource.query(synergyDigestsSql('synergy', 'id')) };
  }

  /** The territory's synergies after `after` in id order, a page at a time. */
  async territoryPage(territoryId: string, after: string | null): Promise<SourceSynergies> {
    const rows: SourceRow[] = await this.dataSource.query(
      `SELECT ${SOURCE_COLUMNS} FROM synergy
        WHERE territory_id = $1 AND ($2::uuid IS NULL OR id > $2::uuid)
        ORDER BY id LIMIT ${SYNERGY_SOURCE_PAGE}`,
      [territoryId, after],
    );
    return sourceSynergies(rows);
  }

  async byIds(ids: string[]): Promise<SourceSynergies> {
    const rows: SourceRow[] = await this.dataSource.query(
      `SELECT ${SOURCE_COLUMNS} FROM synergy WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [ids],
    );
    return sourceSynergies(rows);
  }
}
