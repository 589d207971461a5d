import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import area from '@turf/area';
import { DataSource, In, Repository } from 'typeorm';
import {
  asUniqueViolation,
  BadUserInputError,
  Connection,
  NotFoundError,
  OutboxService,
  PageArgs,
  paginate,
} from '@symbiose/platform';
import { TerritoryService } from '../territory/territory.service';
import { CreateZoneInput } from './dto/create-zone.input';
import { UpdateZoneInput } from './dto/update-zone.input';
import { Perimeter, woundPerimeter } from './perimeter';
import { zoneSnapshot } from './zone-snapshot';
import { Zone } from './zone.entity';

const NAME_TAKEN = { field: 'name', reason: 'the territory has a zone of that name already' };
const SQUARE_METRES_PER_KM2 = 1_000_000;

/** A perimeter as it is stored (wound as RFC 7946 asks) and the area it encloses. */
function perimeterAndArea(perimeter: Perimeter | null | undefined): {
  perimeter: Perimeter | null;
  areaKm2: number | null;
} {
  if (!perimeter) return { perimeter: null, areaKm2: null };
  return { perimeter: woundPerimeter(perimeter), areaKm2: area(perimeter) / SQUARE_METRES_PER_KM2 };
}

@Injectable()
export class ZoneService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Zone) private readonly zones: Repository<Zone>,
    private readonly territories: TerritoryService,
    private readonly outbox: OutboxService,
  ) {}

  async create(input: CreateZoneInput): Promise<Zone> {
    await this.territories.requireExisting(input.territoryId, 'territoryId');
    await this.assertNameFree(input.territoryId, input.name);
    return this.saveWithEvent(
      this.zones.create({ ...input, ...perimeterAndArea(input.perimeter) }),
      'zone.created',
    );
  }

  async update(input: UpdateZoneInput): Promise<Zone> {
    const zone = await this.requireExisting(input.id, 'id');
    if (input.name != null && input.name !== zone.name) {
      await this.assertNameFree(zone.territoryId, input.name);
      zone.name = input.name;
    }
    zone.kind = input.kind ?? zone.kind;
    zone.latitude = input.latitude ?? zone.latitude;
    zone.longitude = input.longitude ?? zone.longitude;
    if (input.perimeter !== undefined) Object.assign(zone, perimeterAndArea(input.perimeter));
    return this.saveWithEvent(zone, 'zone.updated');
  }

  listByTerritory(territoryId: string, page: PageArgs): Promise<Connection<Zone>> {
    const query = this.zones
      .createQueryBuilder('zone')
      .where('zone.territoryId = :territoryId', { territoryId })
      .orderBy('zone.name', 'ASC')
      .addOrderBy('zone.id', 'ASC');
    return paginate(query, page);
  }

  findByTerritoryIds(territoryIds: readonly string[]): Promise<Zone[]> {
    return this.zones.find({
      where: { territoryId: In([...territoryIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  findById(id: string): Promise<Zone | null> {
    return this.zones.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Zone[]> {
    return this.zones.findBy({ id: In([...ids]) });
  }

  /** The zone of that id, or a BAD_USER_INPUT naming the field that referred to it. */
  async requireExisting(id: string, field: string): Promise<Zone> {
    const zone = await this.findById(id);
    if (!zone) throw new NotFoundError(field, id);
    return zone;
  }

  private async assertNameFree(territoryId: string, name: string): Promise<void> {
    if (await this.zones.existsBy({ territoryId, name })) {
      throw new BadUserInputError(NAME_TAKEN.field, NAME_TAKEN.reason);
    }
  }

  private async saveWithEvent(zone: Zone, type: 'zone.created' | 'zone.updated'): Promise<Zone> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(Zone, zone);
        await this.outbox.record(manager, type, zoneSnapshot(saved));
        return saved;
      });
    } catch (error) {
      throw asUniqueViolation(error, { uq_zone_territory_name: NAME_TAKEN });
    }
  }
}
