import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { EventType } from '@symbiose/contracts';
import {
  asUniqueViolation,
  BadUserInputError,
  Connection,
  NotFoundError,
  OutboxService,
  paginate,
} from '@symbiose/platform';
import { authorisationProblem } from '@symbiose/taxonomy';
import { TerritoryService } from '../territory/territory.service';
import { Territory } from '../territory/territory.entity';
import { Zone } from '../zone/zone.entity';
import { ZoneService } from '../zone/zone.service';
import { OrganizationFields } from './dto/organization-fields';
import { OrganizationsArgs } from './dto/organizations.args';
import { RegisterOrganizationInput } from './dto/register-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationStatus } from './organization-enums';
import { OrganizationChange, writeOrganizationChanges } from './organization-changes';
import { organizationSnapshot } from './organization-snapshot';
import { Organization } from './organization.entity';

const SIRET_TAKEN = {
  field: 'siret',
  reason: 'an organization with this SIRET is registered already',
};

/** The unique keys of organizations, as the client's errors they stand for. */
export const ORGANIZATION_UNIQUE_KEYS = { uq_organization_siret: SIRET_TAKEN };

/** What an organization's write looks up: the zone and territory it names, checked to exist. */
export interface DirectoryLookups {
  zone(id: string, field: string): Promise<Zone>;
  territory(id: string, field: string): Promise<Territory>;
  siretTaken(manager: EntityManager, siret: string): Promise<boolean>;
}

/** The columns a change can touch; an update that leaves them all alone writes nothing. */
const STORED_FIELDS = [
  'name',
  'kind',
  'nafCode',
  'headcount',
  'street',
  'postalCode',
  'city',
  'latitude',
  'longitude',
  'zoneId',
  'businessAssociationMember',
  'authorisations',
] as const satisfies readonly (keyof Organization)[];

function storedFields(
  organization: Organization,
): Pick<Organization, (typeof STORED_FIELDS)[number]> {
  return Object.fromEntries(STORED_FIELDS.map((field) => [field, organization[field]])) as Pick<
    Organization,
    (typeof STORED_FIELDS)[number]
  >;
}

/** Equal values; lists (authorisations, stored sorted) item by item. */
function sameValue(before: unknown, after: unknown): boolean {
  if (Array.isArray(before) && Array.isArray(after)) {
    return before.length === after.length && before.every((item, index) => item === after[index]);
  }
  return before === after;
}

/** Authorisations as stored: each code checked, duplicates removed, sorted. */
function storedAuthorisations(codes: readonly string[]): string[] {
  for (const code of codes) {
    const problem = authorisationProblem(code);
    if (problem) throw new BadUserInputError('authorisations', problem);
  }
  return [...new Set(codes)].sort();
}

@Injectable()
export class OrganizationService {
  /** The lookups of a single change: straight from the database. */
  readonly lookups: DirectoryLookups;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    territories: TerritoryService,
    zones: ZoneService,
    private readonly outbox: OutboxService,
  ) {
    this.lookups = {
      zone: (id, field) => zones.requireExisting(id, field),
      territory: (id, field) => territories.requireExisting(id, field),
      siretTaken: (manager, siret) => manager.existsBy(Organization, { siret }),
    };
  }

  async register(input: RegisterOrganizationInput): Promise<Organization> {
    return this.inTransaction((manager) => this.registerWith(manager, input));
  }

  /** Changes what was given; a change that changes nothing is not saved and emits nothing. */
  async update(input: UpdateOrganizationInput): Promise<Organization> {
    const organization = await this.requireExisting(input.id);
    const { organization: updated } = await this.inTransaction((manager) =>
      this.updateWith(manager, input, organization),
    );
    return updated;
  }

  /**
   * Registers an organization in the caller's transaction, with its `organization.registered`
   * event: the mutation's path, and an import's for each new row.
   */
  async registerWith(
    manager: EntityManager,
    input: RegisterOrganizationInput,
    lookups: DirectoryLookups = this.lookups,
  ): Promise<Organization> {
    const organization = await this.newOrganization(manager, input, lookups);
    return this.saveWithEvent(manager, organization, 'organization.registered');
  }

  /**
   * The organization `input` registers, checked but neither saved nor given an id: the
   * mutation saves it at once, an import with the rest of its batch (see `writeAll`).
   */
  async newOrganization(
    manager: EntityManager,
    input: RegisterOrganizationInput,
    lookups: DirectoryLookups = this.lookups,
  ): Promise<Organization> {
    if (input.kind === 'COMPANY' && !input.siret) {
      throw new BadUserInputError('siret', 'is required for a COMPANY');
    }
    if (input.siret && (await lookups.siretTaken(manager, input.siret))) {
      throw new BadUserInputError(SIRET_TAKEN.field, SIRET_TAKEN.reason);
    }
    const territoryId = await this.resolveTerritory(input, lookups);
    const organization = manager.create(Organization, {
      siret: input.siret ?? null,
      name: input.name,
      kind: input.kind,
      territoryId,
      status: OrganizationStatus.ACTIVE,
      archivedAt: null,
      businessAssociationMember: false,
      authorisations: [],
      // Every column stated, as the database would fill it: an import writes and tells it unread.
      nafCode: null,
      headcount: null,
      street: null,
      postalCode: null,
      city: null,
      latitude: null,
      longitude: null,
      zoneId: null,
    });
    this.applyFields(organization, input);
    return organization;
  }

  /**
   * Updates `organization` (as read by the caller) in the caller's transaction, with its
   * `organization.updated` event; when the input changes nothing, nothing is written and no
   * event is recorded.
   */
  async updateWith(
    manager: EntityManager,
    input: UpdateOrganizationInput,
    organization: Organization,
    lookups: DirectoryLookups = this.lookups,
  ): Promise<{ organization: Organization; changed: boolean }> {
    const next = await this.changedOrganization(manager, input, organization, lookups);
    if (!next) return { organization, changed: false };
    return {
      organization: await this.saveWithEvent(manager, next, 'organization.updated'),
      changed: true,
    };
  }

  /**
   * `organization` as `input` changes it, checked but not saved; null when the input changes
   * nothing, which is then neither written nor told.
   */
  async changedOrganization(
    manager: EntityManager,
    input: UpdateOrganizationInput,
    organization: Organization,
    lookups: DirectoryLookups = this.lookups,
  ): Promise<Organization | null> {
    if (organization.status === OrganizationStatus.ARCHIVED) {
      throw new BadUserInputError('id', 'the organization is archived and cannot be changed');
    }
    if (input.zoneId) {
      const zone = await lookups.zone(input.zoneId, 'zoneId');
      if (zone.territoryId !== organization.territoryId) {
        throw new BadUserInputError('zoneId', "the zone is not in the organization's territory");
      }
    }
    const before = storedFields(organization);
    const next = manager.create(Organization, { ...organization });
    if (input.name != null) next.name = input.name;
    if (input.kind != null) next.kind = input.kind;
    this.applyFields(next, input);
    const after = storedFields(next);
    return STORED_FIELDS.every((field) => sameValue(before[field], after[field])) ? null : next;
  }

  /**
   * Writes the organizations of changes made by `newOrganization` (given an id) and
   * `changedOrganization`, in the caller's transaction: each organization once, as its last
   * change left it, and its changes, in order, in `organization.imported` events (see
   * `writeOrganizationChanges`).
   */
  writeAll(manager: EntityManager, changes: readonly OrganizationChange[]): Promise<void> {
    return writeOrganizationChanges(manager, this.outbox, changes);
  }

  /** Archives an organization; archiving an archived one changes nothing and emits nothing. */
  async archive(id: string): Promise<Organization> {
    const organization = await this.requireExisting(id);
    if (organization.status === OrganizationStatus.ARCHIVED) return organization;
    organization.status = OrganizationStatus.ARCHIVED;
    organization.archivedAt = new Date();
    return this.inTransaction((manager) =>
      this.saveWithEvent(manager, organization, 'organization.archived'),
    );
  }

  list({ filter, ...page }: OrganizationsArgs): Promise<Connection<Organization>> {
    const query = this.organizations
      .createQueryBuilder('organization')
      .orderBy('lower(organization.name)', 'ASC')
      .addOrderBy('organization.id', 'ASC');
    if (filter?.territoryId) {
      query.andWhere('organization.territoryId = :territoryId', {
        territoryId: filter.territoryId,
      });
    }
    if (filter?.zoneId) query.andWhere('organization.zoneId = :zoneId', { zoneId: filter.zoneId });
    if (filter?.kind) query.andWhere('organization.kind = :kind', { kind: filter.kind });
    if (filter?.status) query.andWhere('organization.status = :status', { status: filter.status });
    if (filter?.nafPrefix) {
      query.andWhere('organization.nafCode LIKE :naf', { naf: `${escapeLike(filter.nafPrefix)}%` });
    }
    if (filter?.search) {
      query.andWhere('(organization.name ILIKE :words OR organization.siret LIKE :siret)', {
        words: `%${escapeLike(filter.search)}%`,
        siret: `${escapeLike(filter.search)}%`,
      });
    }
    return paginate(query, page);
  }

  findById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  /** A zone's organizations by name then id, the page after `after`: for an export to read them all. */
  pageOfZone(
    zoneId: string,
    after: Organization | undefined,
    size: number,
  ): Promise<Organization[]> {
    const query = this.organizations
      .createQueryBuilder('organization')
      .where('organization.zoneId = :zoneId', { zoneId })
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .take(size);
    if (after) {
      query.andWhere('(organization.name, organization.id) > (:name, :id)', {
        name: after.name,
        id: after.id,
      });
    }
    return query.getMany();
  }

  findBySiret(siret: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ siret });
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.organizations.findBy({ id: In([...ids]) });
  }

  /** Active organizations per zone, for the zones asked. */
  async countActiveByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { zoneId: string; count: string }[] = await this.organizations
      .createQueryBuilder('organization')
      .select('organization.zoneId', 'zoneId')
      .addSelect('count(*)', 'count')
      .where('organization.zoneId IN (:...zoneIds)', { zoneIds })
      .andWhere('organization.status = :status', { status: OrganizationStatus.ACTIVE })
      .groupBy('organization.zoneId')
      .getRawMany();
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }

  async requireExisting(id: string, field = 'id'): Promise<Organization> {
    const organization = await this.findById(id);
    if (!organization) throw new NotFoundError(field, id);
    return organization;
  }

  private async resolveTerritory(
    input: RegisterOrganizationInput,
    lookups: DirectoryLookups,
  ): Promise<string> {
    if (input.zoneId) {
      const zone = await lookups.zone(input.zoneId, 'zoneId');
      if (input.territoryId && input.territoryId !== zone.territoryId) {
        throw new BadUserInputError('territoryId', 'is not the territory of the zone given');
      }
      return zone.territoryId;
    }
    if (!input.territoryId) {
      throw new BadUserInputError('territoryId', 'is required when no zoneId is given');
    }
    return (await lookups.territory(input.territoryId, 'territoryId')).id;
  }

  /** Copies the optional fields that were given; null clears, absent keeps. */
  private applyFields(organization: Organization, fields: OrganizationFields): void {
    if (fields.nafCode !== undefined) organization.nafCode = fields.nafCode;
    if (fields.headcount !== undefined) organization.headcount = fields.headcount;
    if (fields.zoneId !== undefined) organization.zoneId = fields.zoneId;
    if (fields.businessAssociationMember != null) {
      organization.businessAssociationMember = fields.businessAssociationMember;
    }
    if (fields.address !== undefined) {
      organization.street = fields.address?.street ?? null;
      organization.postalCode = fields.address?.postalCode ?? null;
      organization.city = fields.address?.city ?? null;
    }
    if (fields.authorisations !== undefined) {
      organization.authorisations = storedAuthorisations(fields.authorisations ?? []);
    }
    if (fields.latitude !== undefined) organization.latitude = fields.latitude;
    if (fields.longitude !== undefined) organization.longitude = fields.longitude;
    if ((organization.latitude == null) !== (organization.longitude == null)) {
      throw new BadUserInputError(
        organization.latitude == null ? 'latitude' : 'longitude',
        'latitude and longitude go together: give both or neither',
      );
    }
  }

  private async saveWithEvent(
    manager: EntityManager,
    organization: Organization,
    type: EventType,
  ): Promise<Organization> {
    const saved = await manager.save(Organization, organization);
    await this.outbox.record(manager, type, organizationSnapshot(saved));
    return saved;
  }

  /** Runs a change in a transaction of its own; a SIRET taken meanwhile is the client's error. */
  private async inTransaction<T>(change: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(change);
    } catch (error) {
      throw asUniqueViolation(error, ORGANIZATION_UNIQUE_KEYS);
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
