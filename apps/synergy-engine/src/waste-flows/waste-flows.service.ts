import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeclarationSnapshotV1, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { KnownZones } from '@symbiose/directory-replica';
import { CANONICAL_UNITS, findWasteCode, Theme } from '@symbiose/taxonomy';
import { DeclarationKind, WasteFlowGrouping } from './waste-flow-enums';
import { WasteFlowModel } from './waste-flow.model';

const ACTIVE_DECLARATION: DeclarationSnapshotV1['status'] = 'ACTIVE';
const ACTIVE_ORGANIZATION: OrganizationSnapshotV1['status'] = 'ACTIVE';

/** The column each grouping groups by, on `declaration d` joined to `organization o`. */
const GROUPING_COLUMNS: Record<WasteFlowGrouping, string> = {
  ZONE: 'o.zone_id',
  WASTE_CODE: 'd.waste_code',
  THEME: 'd.theme',
};

/** Tonnes to the kilogram; a share to a hundredth of a percent. */
const TONNE_DECIMALS = 3;
const SHARE_DECIMALS = 4;

interface WasteFlowRow {
  zone_id: string | null;
  waste_code: string | null;
  theme: Theme | null;
  tonnes: string | null;
  hazardous_tonnes: string | null;
  declarations: string;
  organizations: string;
}

const rounded = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** A territory's declared flows, summed by zone, waste code and theme. */
@Injectable()
export class WasteFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly zones: KnownZones,
  ) {}

  /**
   * The active declarations of `kind` of the territory's active organizations (in a zone or
   * not), grouped as asked, in the groups' order.
   */
  async flows(
    territoryId: string,
    groupBy: readonly WasteFlowGrouping[],
    kind: DeclarationKind,
  ): Promise<WasteFlowModel[]> {
    await this.zones.requireTerritory(territoryId, 'territoryId');
    const column = (grouping: WasteFlowGrouping) =>
      groupBy.includes(grouping) ? GROUPING_COLUMNS[grouping] : 'NULL';
    const groups = groupBy.map((grouping) => GROUPING_COLUMNS[grouping]);
    const rows: WasteFlowRow[] = await this.dataSource.query(
      `SELECT ${column('ZONE')} AS zone_id, ${column('WASTE_CODE')} AS waste_code,
              ${column('THEME')} AS theme,
              sum(d.annual_quantity) FILTER (WHERE d.canonical_unit = $4) AS tonnes,
              sum(d.annual_quantity) FILTER (WHERE d.canonical_unit = $4 AND d.hazardous)
                AS hazardous_tonnes,
              count(*) AS declarations, count(DISTINCT d.organization_id) AS organizations
         FROM declaration d
         JOIN organization o ON o.organization_id = d.organization_id
        WHERE o.territory_id = $1 AND d.kind = $2 AND d.status = $3 AND o.status = $5
        GROUP BY ${groups.join(', ')}
        ORDER BY ${groups.map((group) => `${group} NULLS LAST`).join(', ')}`,
      [territoryId, kind, ACTIVE_DECLARATION, CANONICAL_UNITS.MASS, ACTIVE_ORGANIZATION],
    );
    return rows.map((row) => {
      const tonnes = Number(row.tonnes ?? 0);
      return {
        zone: row.zone_id === null ? null : { id: row.zone_id },
        wasteCode: row.waste_code,
        wasteLabel: row.waste_code ? (findWasteCode(row.waste_code)?.labelFr ?? null) : null,
        theme: row.theme,
        kind,
        annualTonnes: rounded(tonnes, TONNE_DECIMALS),
        hazardousShare:
          tonnes > 0 ? rounded(Number(row.hazardous_tonnes ?? 0) / tonnes, SHARE_DECIMALS) : null,
        declarationCount: Number(row.declarations),
        organizationCount: Number(row.organizations),
      };
    });
  }
}
