import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TerritoryLookup } from '@symbiose/platform';
import { DirectoryReadThrough } from './directory-read-through';
import { ReplicatedOrganization } from './replicated-organization.entity';
import { ReplicatedZone } from './replicated-zone.entity';

/**
 * The territories of zones and organizations, as the service's replica of the directory has
 * them; the ids it lacks are first filled from the directory (see DirectoryReadThrough), so an
 * access rule judges a zone or an organization created a moment ago as the directory would.
 */
@Injectable()
export class ReplicaTerritoryLookup extends TerritoryLookup {
  constructor(
    @InjectRepository(ReplicatedZone) private readonly zones: Repository<ReplicatedZone>,
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
    private readonly readThrough: DirectoryReadThrough,
  ) {
    super();
  }

  async territoriesOfZones(zoneIds: string[]): Promise<Map<string, string>> {
    const found = await this.replicaTerritoriesOfZones(zoneIds);
    const missing = zoneIds.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    await this.readThrough.zones(missing);
    return this.replicaTerritoriesOfZones(zoneIds);
  }

  async territoriesOfOrganizations(organizationIds: string[]): Promise<Map<string, string>> {
    const found = await this.replicaTerritoriesOfOrganizations(organizationIds);
    const missing = organizationIds.filter((id) => !found.has(id));
    if (missing.length === 0) return found;
    await this.readThrough.organizations(missing);
    return this.replicaTerritoriesOfOrganizations(organizationIds);
  }

  private async replicaTerritoriesOfZones(zoneIds: string[]): Promise<Map<string, string>> {
    const zones = await this.zones.find({
      select: { zoneId: true, territoryId: true },
      where: { zoneId: In(zoneIds) },
    });
    return new Map(zones.map((zone) => [zone.zoneId, zone.territoryId]));
  }

  private async replicaTerritoriesOfOrganizations(
    organizationIds: string[],
  ): Promise<Map<string, string>> {
    const organizations = await this.organizations.find({
      select: { organizationId: true, territoryId: true },
      where: { organizationId: In(organizationIds) },
    });
    return new Map(
      organizations.flatMap(({ organizationId, territoryId }) =>
        territoryId ? [[organizationId, territoryId] as const] : [],
      ),
    );
  }
}

/** Lets the access rules of a service that keeps a replica find the territory of what a call names. */
@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedZone, ReplicatedOrganization])],
  providers: [{ provide: TerritoryLookup, useClass: ReplicaTerritoryLookup }],
  exports: [TerritoryLookup],
})
export class ReplicaTerritoryLookupModule {}
