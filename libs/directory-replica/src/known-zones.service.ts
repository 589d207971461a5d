import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '@symbiose/platform';
import { DirectoryReadThrough } from './directory-read-through';
import { ReplicatedZone } from './replicated-zone.entity';

/**
 * The zones a service knows of, from the directory's events, and from the directory itself for
 * one the events have not brought yet (see DirectoryReadThrough).
 */
@Injectable()
export class KnownZones {
  constructor(
    @InjectRepository(ReplicatedZone) private readonly zones: Repository<ReplicatedZone>,
    private readonly readThrough: DirectoryReadThrough,
  ) {}

  /** Whether the zone exists. */
  async exists(id: string): Promise<boolean> {
    if (await this.zones.existsBy({ zoneId: id })) return true;
    return (await this.readThrough.zones([id])).length === 0;
  }

  /** Refuses a zone that does not exist, with a BAD_USER_INPUT naming the field. */
  async require(id: string, field: string): Promise<void> {
    if (!(await this.exists(id))) {
      throw new NotFoundError(field, id);
    }
  }

  /**
   * Refuses a territory that does not exist, with a BAD_USER_INPUT naming the field. The replica
   * holds no territories: it hears of one through its zones, and asks the directory of one it
   * knows no zone of.
   */
  async requireTerritory(territoryId: string, field: string): Promise<void> {
    if (await this.zones.existsBy({ territoryId })) return;
    if (!(await this.readThrough.territory(territoryId))) {
      throw new NotFoundError(field, territoryId);
    }
  }
}
