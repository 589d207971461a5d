import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { OrganizationSnapshotV1 } from '@symbiose/contracts';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { ACTIVITY_SUPPLIES } from '@symbiose/taxonomy';
import type { ActivitySupplier } from '../matching';

const ACTIVE: OrganizationSnapshotV1['status'] = 'ACTIVE';

@Injectable()
export class OrganizationService {
  constructor(
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
  ) {}

  /** Matchable organizations of each zone; zones without any are absent. */
  async countMatchableByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    // An id that is no UUID has no organization, and must not fail the batch it came in with.
    const ids = zoneIds.filter((id) => isUUID(id));
    if (ids.length === 0) return new Map();
    const rows: { zoneId: string; count: string }[] = await this.matchable()
      .select('organization.zoneId', 'zoneId')
      .addSelect('count(*)', 'count')
      .andWhere('organization.zoneId IN (:...ids)', { ids })
      .groupBy('organization.zoneId')
      .getRawMany();
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }

  /** Where each organization is, as a GeoJSON position (longitude, latitude); those without coordinates are absent. */
  async positionsOf(organizationIds: readonly string[]): Promise<Map<string, [number, number]>> {
    if (organizationIds.length === 0) return new Map();
    const located = await this.organizations
      .createQueryBuilder('organization')
      .where('organization.organizationId IN (:...organizationIds)', { organizationIds })
      .andWhere('organization.latitude IS NOT NULL')
      .andWhere('organization.longitude IS NOT NULL')
      .getMany();
    return new Map(
      located.map(({ organizationId, longitude, latitude }) => [
        organizationId,
        [longitude as number, latitude as number],
      ]),
    );
  }

  /**
   * The territory's placeable organizations whose activity supplies by trade, by id. Read
   * through `manager` to read inside a transaction.
   */
  async findActivitySuppliers(
    territoryId: string,
    manager: EntityManager = this.organizations.manager,
  ): Promise<ActivitySupplier[]> {
    return this.matchable(manager)
      .select('organization.organizationId', 'organizationId')
      .addSelect('organization.nafCode', 'nafCode')
      .addSelect('organization.zoneId', 'zoneId')
      .addSelect('organization.territoryId', 'territoryId')
      .addSelect('organization.latitude', 'latitude')
      .addSelect('organization.longitude', 'longitude')
      .addSelect('organization.authorisations', 'authorisations')
      .andWhere('organization.territoryId = :territoryId', { territoryId })
      .andWhere('organization.nafCode IN (:...nafCodes)', {
        nafCodes: ACTIVITY_SUPPLIES.map((supply) => supply.nafCode),
      })
      .orderBy('organization.organizationId', 'ASC')
      .getRawMany();
  }

  /** The organizations the matching can place: active ones, located by their coordinates. */
  private matchable(
    manager: EntityManager = this.organizations.manager,
  ): SelectQueryBuilder<ReplicatedOrganization> {
    return manager
      .getRepository(ReplicatedOrganization)
      .createQueryBuilder('organization')
      .where('organization.status = :active', { active: ACTIVE })
      .andWhere('organization.latitude IS NOT NULL')
      .andWhere('organization.longitude IS NOT NULL');
  }
}
