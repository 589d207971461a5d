import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TerritoryLookup } from '@symbiose/platform';
import { ReplicatedOrganization } from './replicated-organization.entity';
import { ReplicatedZone } from './replicated-zone.entity';

/** The territories of zones and organizations, as the service's replica of the directory has them. */
@Injectable()
export class ReplicaTerritoryLookup extends TerritoryLookup {
  constructor(
    @InjectRepository(ReplicatedZone) private readonly zones: Repository<ReplicatedZone>,
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
  ) {
    super();
  }

  async territoriesOfZones(zoneIds: string[]): Promise<Map<string, string>> {
    const zones = await this.zones.find({
      select: { zoneId: true, territoryId: true },
      where: { zoneId: In(zoneIds) },
    });
    return new Map(zones.map((zone) => [zone.zoneId, zone.territoryId]));
  }

  async territoriesOfOrganizations(organizationIds: string[]): Promise<Map<string, string>> {
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
