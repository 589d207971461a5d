import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { BadUserInputError } from '@symbiose/platform';

/** The organizations this service knows of, from the directory's events. */
@Injectable()
export class KnownOrganizations {
  constructor(
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
  ) {}

  /** The organization, when it is known and active; otherwise a BAD_USER_INPUT naming the field. */
  async requireActive(id: string, field: string): Promise<ReplicatedOrganization> {
    const organization = await this.organizations.findOneBy({ organizationId: id });
    if (!organization) {
      throw new BadUserInputError(field, `no organization has id ${id}`);
    }
    if (organization.status !== 'ACTIVE') {
      throw new BadUserInputError(field, 'the organization is archived');
    }
    return organization;
  }

  findByIds(ids: readonly string[]): Promise<ReplicatedOrganization[]> {
    return this.organizations.findBy({ organizationId: In([...ids]) });
  }
}
