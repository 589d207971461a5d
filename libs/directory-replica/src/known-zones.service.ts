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

  /** Refuses a zone the service has not heard of, with a BAD_USER_INPUT naming the field. */
  async require(id: string, field: string): Promise<void> {
    if (!(await this.zones.existsBy({ zoneId: id }))) {
      throw new BadUserInputError(field, `no zone has id ${id}`);
    }
  }
}
