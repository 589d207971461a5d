import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadUserInputError, NotFoundError } from '@symbiose/platform';
import { DirectoryReadThrough } from './directory-read-through';
import { ReplicatedOrganization } from './replicated-organization.entity';

/**
 * The organizations a service knows of, from the directory's events, and from the directory
 * itself for one the events have not brought yet (see DirectoryReadThrough).
 */
@Injectable()
export class KnownOrganizations {
  constructor(
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
    private readonly readThrough: DirectoryReadThrough,
  ) {}

  /** The organization, archived or not, when it is known; otherwise a BAD_USER_INPUT naming the field. */
  async require(id: string, field: string): Promise<ReplicatedOrganization> {
    const organization =
      (await this.organizations.findOneBy({ organizationId: id })) ??
      ((await this.readThrough.organizations([id])).length === 0
        ? await this.organizations.findOneBy({ organizationId: id })
        : null);
    if (!organization) {
      throw new NotFoundError(field, id);
    }
    return organization;
  }

  /** The organization, when it is known and active; otherwise a BAD_USER_INPUT naming the field. */
  async requireActive(id: string, field: string): Promise<ReplicatedOrganization> {
    const organization = await this.require(id, field);
    if (organization.status !== 'ACTIVE') {
      throw new BadUserInputError(field, 'the organization is archived');
    }
    return organization;
  }
}
