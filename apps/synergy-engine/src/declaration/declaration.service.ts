import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DeclarationSnapshotV1, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { MatchableDeclaration } from '../matching/matchable-declaration';
import { Declaration } from './declaration.entity';

const ACTIVE_DECLARATION: DeclarationSnapshotV1['status'] = 'ACTIVE';
const ACTIVE_ORGANIZATION: OrganizationSnapshotV1['status'] = 'ACTIVE';

/** Which matchable declarations to read; both criteria apply when both are given. */
export interface MatchableDeclarationFilter {
  /** Declarations of organizations in these zones; an empty list matches none. */
  zoneIds?: readonly string[];
  /** Declarations of organizations of this territory, in a zone or not. */
  territoryId?: string;
  /** With `zoneIds`: also the declarations of organizations outside every zone. */
  orOutsideZones?: boolean;
  /** Declarations of these categories. */
  categoryCodes?: readonly string[];
  kind?: MatchableDeclaration['kind'];
}

type MatchableDeclarationRow = Omit<MatchableDeclaration, 'annualQuantity'> & {
  annualQuantity: string | null;
};

@Injectable()
export class DeclarationService {
  constructor(
    @InjectRepository(Declaration)
    private readonly declarations: Repository<Declaration>,
  ) {}

  /**
   * The active declarations the matching can place, in declaration id order:
   * those of active organizations with coordinates and a territory. Where a
   * declaration is (zone, territory, coordinates) is its organization's now,
   * from the replica, not what the declaration's last event said. Read
   * through `manager` to read inside a transaction.
   */
  async findMatchable(
    filter: MatchableDeclarationFilter = {},
    manager: EntityManager = this.declarations.manager,
  ): Promise<MatchableDeclaration[]> {
    if (filter.zoneIds?.length === 0 && !filter.orOutsideZones) return [];
    if (filter.categoryCodes?.length === 0) return [];
    const query = manager
      .getRepository(Declaration)
      .createQueryBuilder('declaration')
      .innerJoin(
        ReplicatedOrganization,
        'organization',
        'organization.organizationId = declaration.organizationId',
      )
      .select('declaration.declarationId', 'id')
      .addSelect('declaration.organizationId', 'organizationId')
      .addSelect('organization.zoneId', 'zoneId')
      .addSelect('organization.territoryId', 'territoryId')
      .addSelect('organization.latitude', 'latitude')
      .addSelect('organization.longitude', 'longitude')
      .addSelect('declaration.kind', 'kind')
      .addSelect('declaration.theme', 'theme')
      .addSelect('declaration.categoryCode', 'categoryCode')
      .addSelect('declaration.annualQuantity', 'annualQuantity')
      .addSelect('declaration.canonicalUnit', 'canonicalUnit')
      .addSelect('declaration.frequency', 'frequency')
      .addSelect('declaration.wasteCode', 'wasteCode')
      .addSelect('declaration.hazardous', 'hazardous')
      .addSelect('declaration.authorisedForHazardous', 'authorisedForHazardous')
      .addSelect('declaration.attributes', 'attributes')
      .addSelect('declaration.economics', 'economics')
      .addSelect(`to_char(declaration.availableFrom, 'YYYY-MM-DD')`, 'availableFrom')
      .addSelect(`to_char(declaration.availableUntil, 'YYYY-MM-DD')`, 'availableUntil')
      .addSelect('organization.authorisations', 'organizationAuthorisations')
      .where('declaration.status = :activeDeclaration', { activeDeclaration: ACTIVE_DECLARATION })
      .andWhere('organization.status = :activeOrganization', {
        activeOrganization: ACTIVE_ORGANIZATION,
      })
      .andWhere('organization.latitude IS NOT NULL')
      .andWhere('organization.longitude IS NOT NULL')
      .andWhere('organization.territoryId IS NOT NULL')
      .orderBy('declaration.declarationId', 'ASC');
    if (filter.zoneIds) {
      query.andWhere(
        filter.orOutsideZones
          ? '(organization.zoneId = ANY(:zoneIds) OR organization.zoneId IS NULL)'
          : 'organization.zoneId = ANY(:zoneIds)',
        { zoneIds: filter.zoneIds },
      );
    }
    if (filter.categoryCodes) {
      query.andWhere('declaration.categoryCode = ANY(:categoryCodes)', {
        categoryCodes: filter.categoryCodes,
      });
    }
    if (filter.kind) query.andWhere('declaration.kind = :kind', { kind: filter.kind });
    if (filter.territoryId !== undefined) {
      query.andWhere('organization.territoryId = :territoryId', {
        territoryId: filter.territoryId,
      });
    }
    const rows: MatchableDeclarationRow[] = await query.getRawMany();
    return rows.map((row) => ({
      ...row,
      // A raw select bypasses the entity's transformer: numeric comes back as a string.
      annualQuantity: row.annualQuantity === null ? null : Number(row.annualQuantity),
    }));
  }
}
