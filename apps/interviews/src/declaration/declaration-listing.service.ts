import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';
import { connectionOf, Connection, PageArgs, pageWindow, paginate } from '@symbiose/platform';

import { DeclarationsArgs, OrganizationDeclarationFilter } from './dto/declarations.args';
import { Declaration } from './declaration.entity';

interface RankedDeclaration {
  id: string;
  organizationId: string;
  /** Offset of the declaration among its organization's, oldest first. */
  position: string;
  total: string;
}

/** Reads declarations: filtered pages, pages per organization, and those of interviews. */
@Injectable()
export class DeclarationListing {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Declaration) private readonly declarations: Repository<Declaration>,
  ) {}

  /** Oldest first. */
  list({ filter, ...page }: DeclarationsArgs): Promise<Connection<Declaration>> {
    const query = this.declarations
      .createQueryBuilder('declaration')
      .orderBy('declaration.createdAt', 'ASC')
      .addOrderBy('declaration.id', 'ASC');
    if (filter?.zoneId) {
      // The zone each organization is in now, from the directory's latest event.
      query.andWhere(
        'declaration.organizationId IN (SELECT organization_id FROM organization WHERE zone_id = :zoneId)',
        { zoneId: filter.zoneId },
      );
    }
    const equalities = {
      organizationId: filter?.organizationId,
      kind: filter?.kind,
      theme: filter?.theme,
      categoryCode: filter?.categoryCode,
      status: filter?.status,
    };
    for (const [field, value] of Object.entries(equalities)) {
      if (value) query.andWhere(`declaration.${field} = :${field}`, { [field]: value });
    }
    if (filter?.wasteCodePrefix) {
      query.andWhere('declaration.wasteCode LIKE :wasteCodePrefix', {
        wasteCodePrefix: `${filter.wasteCodePrefix}%`,
      });
    }
    return paginate(query, page);
  }

  /**
   * The same page of declarations for each organization, oldest first, in two queries whatever
   * the number of organizations: the gateway asks for all of a page of organizations at once.
   */
  async pagesOfOrganizations(
    organizationIds: readonly string[],
    filter: OrganizationDeclarationFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<Declaration>[]> {
    const { start, size } = pageWindow(page);
    const inPage = (row: RankedDeclaration) =>
      Number(row.position) >= start && Number(row.position) < start + size;
    // Each organization's first row comes along even off the page, to carry its total.
    const ranked: RankedDeclaration[] = await this.dataSource.query(
      `SELECT id, organization_id AS "organizationId", position, total
         FROM (SELECT id, organization_id,
                      row_number() OVER (PARTITION BY organization_id ORDER BY created_at, id) - 1
                        AS position,
                      count(*) OVER (PARTITION BY organization_id) AS total
                 FROM declaration
                WHERE organization_id = ANY($1::uuid[])
                  AND ($2::text IS NULL OR kind = $2)
                  AND ($3::text IS NULL OR theme = $3)
                  AND ($4::text IS NULL OR status = $4)) ranked
        WHERE position = 0 OR (position >= $5 AND position < $6)
        ORDER BY position`,
      [
        organizationIds.filter((id) => isUUID(id)),
        filter?.kind ?? null,
        filter?.theme ?? null,
        filter?.status ?? null,
        start,
        start + size,
      ],
    );
    const pageIds = ranked.filter(inPage).map((row) => row.id);
    const found = pageIds.length > 0 ? await this.declarations.findBy({ id: In(pageIds) }) : [];
    const byId = new Map(found.map((declaration) => [declaration.id, declaration]));
    return organizationIds.map((organizationId) => {
      const rows = ranked.filter((row) => row.organizationId === organizationId);
      const nodes = rows.filter(inPage).flatMap((row) => byId.get(row.id) ?? []);
      return connectionOf(nodes, start, Number(rows[0]?.total ?? 0));
    });
  }

  /** Oldest first. */
  ofInterviews(interviewIds: readonly string[]): Promise<Declaration[]> {
    return this.declarations.find({
      where: { interviewId: In([...interviewIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
