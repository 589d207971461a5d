import { Injectable, Module } from '@nestjs/common';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { TerritoryLookup } from '@symbiose/platform';
import { Organization } from '../organization/organization.entity';
import { Zone } from '../zone/zone.entity';

/** The territories of zones and organizations, from the directory's own tables. */
@Injectable()
export class DirectoryTerritoryLookup extends TerritoryLookup {
  constructor(
    @InjectRepository(Zone) private readonly zones: Repository<Zone>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
  ) {
    super();
  }

  async territoriesOfZones(zoneIds: string[]): Promise<Map<string, string>> {
    const zones = await this.zones.find({
      select: { id: true, territoryId: true },
      where: { id: In(zoneIds) },
    });
    return new Map(zones.map((zone) => [zone.id, zone.territoryId]));
  }

  async territoriesOfOrganizations(organizationIds: string[]): Promise<Map<string, string>> {
    const organizations = await this.organizations.find({
      select: { id: true, territoryId: true },
      where: { id: In(organizationIds) },
    });
    return new Map(
      organizations.map((organization) => [organization.id, organization.territoryId]),
    );
  }
}

/** Lets the directory's access rules find the territory of what a call names. */
@Module({
  imports: [TypeOrmModule.forFeature([Zone, Organization])],
  providers: [{ provide: TerritoryLookup, useClass: DirectoryTerritoryLookup }],
  exports: [TerritoryLookup],
})
export class DirectoryTerritoryLookupModule {}
