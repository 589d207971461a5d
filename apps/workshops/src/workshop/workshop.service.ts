import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { Connection, paginate } from '@symbiose/platform';
import { WorkshopsArgs } from './dto/workshops.args';
import { WorkshopStatus } from './workshop-enums';
import { Workshop } from './workshop.entity';

@Injectable()
export class WorkshopService {
  constructor(@InjectRepository(Workshop) private readonly workshops: Repository<Workshop>) {}

  /** The workshops of a zone, in the order they start. */
  listByZone({ zoneId, ...page }: WorkshopsArgs): Promise<Connection<Workshop>> {
    const query = this.workshops
      .createQueryBuilder('workshop')
      .where('workshop.zoneId = :zoneId', { zoneId })
      .orderBy('workshop.startsAt', 'ASC')
      .addOrderBy('workshop.id', 'ASC');
    return paginate(query, page);
  }

  /** Workshops of each zone that are not cancelled; zones without any are absent. */
  async countNotCancelledByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    // An id that is no UUID has no workshop, and must not fail the batch it came in with.
    const ids = zoneIds.filter((id) => isUUID(id));
    if (ids.length === 0) return new Map();
    const rows: { zoneId: string; count: string }[] = await this.workshops
      .createQueryBuilder('workshop')
      .select('workshop.zoneId', 'zoneId')
      .addSelect('count(*)', 'count')
      .where('workshop.zoneId IN (:...ids)', { ids })
      .andWhere('workshop.status <> :cancelled', { cancelled: WorkshopStatus.CANCELLED })
      .groupBy('workshop.zoneId')
      .getRawMany();
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }
}
