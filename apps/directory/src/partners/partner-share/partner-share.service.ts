import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, groupToKeys, NotFoundError, PageArgs, paginate } from '@symbiose/platform';
import { Organization } from '../../core/organization/organization.entity';
import { PartnerShare } from './partner-share.entity';

/** Which partner bodies may know which organizations, as each organization agreed. */
@Injectable()
export class PartnerShareService {
  constructor(
    @InjectRepository(PartnerShare) private readonly shares: Repository<PartnerShare>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {}

  async share(organizationId: string, partnerId: string, agreedBy: string): Promise<Organization> {
    const organization = await this.organizationOf(organizationId);
    // Each change in a transaction, so that the mutation's audit entry is written with it.
    await this.shares.manager.transaction((manager) =>
      manager
        .createQueryBuilder()
        .insert()
        .into(PartnerShare)
        .values({ organizationId, partnerId, agreedBy })
        .orIgnore()
        .execute(),
    );
    return organization;
  }

  async stopSharing(organizationId: string, partnerId: string): Promise<Organization> {
    const organization = await this.organizationOf(organizationId);
    await this.shares.manager.transaction((manager) =>
      manager.delete(PartnerShare, { organizationId, partnerId }),
    );
    return organization;
  }

  async isShared(organizationId: string, partnerId: string): Promise<boolean> {
    return this.shares.existsBy({ organizationId, partnerId });
  }

  async partnersOf(organizationIds: readonly string[]): Promise<string[][]> {
    const shares = await this.shares
      .createQueryBuilder('share')
      .where('share.organizationId IN (:...ids)', { ids: [...organizationIds] })
      .orderBy('share.partnerId')
      .getMany();
    return groupToKeys(organizationIds, shares, (share) => share.organizationId).map((group) =>
      group.map((share) => share.partnerId),
    );
  }

  /** The organizations that agreed to be known by a partner, by name. */
  sharedWith(partnerId: string, page: PageArgs): Promise<Connection<Organization>> {
    const query = this.organizations
      .createQueryBuilder('organization')
      .where(
        `organization.id IN (${this.shares
          .createQueryBuilder('share')
          .select('share.organizationId')
          .where('share.partnerId = :partnerId')
          .getQuery()})`,
        { partnerId },
      )
      .orderBy('lower(organization.name)', 'ASC')
      .addOrderBy('organization.id', 'ASC');
    return paginate(query, page);
  }

  private async organizationOf(id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw new NotFoundError('organizationId', id);
    return organization;
  }
}
