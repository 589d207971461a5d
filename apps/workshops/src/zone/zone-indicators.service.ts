import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { WorkshopKind } from '../workshop/workshop-enums';

type CountRow = { zoneId: string; count: string };

/** The kinds of workshop a programme reports as its events; the others are working meetings. */
const PROGRAMME_EVENT_KINDS: WorkshopKind[] = ['AWARENESS_EVENT', 'NETWORKING'];

function byZone(rows: CountRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
}

/** The programme's participation figures of each zone; zones without any are absent. */
@Injectable()
export class ZoneIndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Attendances of held workshops: a person at two workshops counts twice. */
  async attendeeCountByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT w.zone_id AS "zoneId", count(*) AS count
         FROM workshop_attendance a JOIN workshop w ON w.id = a.workshop_id
        WHERE w.zone_id = ANY($1::uuid[]) AND w.status = 'HELD'
        GROUP BY w.zone_id`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    return byZone(rows);
  }

  /** The programme's held events (awareness and networking), apart from its working meetings. */
  async programmeEventCountByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT zone_id AS "zoneId", count(*) AS count FROM workshop
        WHERE zone_id = ANY($1::uuid[]) AND status = 'HELD' AND kind = ANY($2::text[])
        GROUP BY zone_id`,
      [zoneIds.filter((id) => isUUID(id)), PROGRAMME_EVENT_KINDS],
    );
    return byZone(rows);
  }

  /** Attendances of the programme's held events: a person at both counts twice. */
  async programmeEventAttendeeCountByZone(
    zoneIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT w.zone_id AS "zoneId", count(*) AS count
         FROM workshop_attendance a JOIN workshop w ON w.id = a.workshop_id
        WHERE w.zone_id = ANY($1::uuid[]) AND w.status = 'HELD' AND w.kind = ANY($2::text[])
        GROUP BY w.zone_id`,
      [zoneIds.filter((id) => isUUID(id)), PROGRAMME_EVENT_KINDS],
    );
    return byZone(rows);
  }

  /**
   * Distinct organizations that took part in the zone's programme: interviewed there (as the
   * interviews' events tell), came to one of its held workshops, or voted in one of its
   * prioritisations.
   */
  async contributingOrganizationCountByZone(
    zoneIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT zone_id AS "zoneId", count(DISTINCT organization_id) AS count
         FROM (SELECT zone_id, organization_id FROM interviewed_organization
               UNION ALL
               SELECT w.zone_id, a.organization_id
                 FROM workshop_attendance a JOIN workshop w ON w.id = a.workshop_id
                WHERE w.status = 'HELD' AND a.organization_id IS NOT NULL
               UNION ALL
               SELECT w.zone_id, v.voter_organization_id
                 FROM priority_vote v JOIN workshop w ON w.id = v.workshop_id) contributions
        WHERE zone_id = ANY($1::uuid[])
        GROUP BY zone_id`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    return byZone(rows);
  }
}
