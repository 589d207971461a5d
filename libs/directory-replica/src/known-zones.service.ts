import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadUserInputError } from '@symbiose/platform';
import { ReplicatedZone } from './replicated-zone.entity';

/** The zones a service knows of, from the directory's events. */
@Injectable()
export class KnownZones {
  constructor(
    @InjectRepository(ReplicatedZone) private readonly zones: Repository<ReplicatedZone>,
  ) {}

  /** Whether the service has heard of the zone. */
  exists(id: string): Promise<boolean> {
    return this.zones.existsBy({ zoneId: id });
  }

  /** Refuses a zone the service has not heard of, with a BAD_USER_INPUT naming the field. */
  async require(id: string, field: string): Promise<void> {
    if (!(await this.exists(id))) {
      throw new BadUserInputError(field, `no zone has id ${id}`);
    }
  }

  /**
   * Refuses a territory the service knows no zone of, with a BAD_USER_INPUT naming the field:
   * the replica holds no territories, and a territory is heard of through its zones.
   */
  async requireTerritory(territoryId: string, field: string): Promise<void> {
    if (!(await this.zones.existsBy({ territoryId }))) {
      throw new BadUserInputError(field, `no territory has id ${territoryId}`);
    }
  }
}
