import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Connection, PageArgs, paginate, pagesOfChildren } from '@symbiose/platform';

import { DeclarationsArgs, OrganizationDeclarationFilter } from './dto/declarations.args';
import { Declaration } from './declaration.entity';

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
    return pagesOfChildren(
      { repository: this.declarations, parentColumn: 'organization_id', orderBy: 'created_at, id' },
      organizationIds,
      page,
      {
        conditions: [
          '($2::text IS NULL OR kind = $2)',
          '($3::text IS NULL OR theme = $3)',
          '($4::text IS NULL OR status = $4)',
        ],
        parameters: [filter?.kind ?? null, filter?.theme ?? null, filter?.status ?? null],
      },
    );
  }

  /** Oldest first. */
  ofInterviews(interviewIds: readonly string[]): Promise<Declaration[]> {
    return this.declarations.find({
      where: { interviewId: In([...interviewIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
