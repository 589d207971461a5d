import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError } from '@symbiose/platform';
import { ReplicatedSynergy } from './replicated-synergy.entity';

/**
 * The synergies the engine told this service about: an id it never announced is refused, since
 * a workshop, an action or a scenario about a synergy nobody detected would follow nothing.
 */
@Injectable()
export class KnownSynergies {
  constructor(
    @InjectRepository(ReplicatedSynergy) private readonly synergies: Repository<ReplicatedSynergy>,
  ) {}

  async require(synergyId: string, field: string): Promise<ReplicatedSynergy> {
    const synergy = await this.synergies.findOneBy({ synergyId });
    if (!synergy) throw new NotFoundError(field, synergyId);
    return synergy;
  }

  /** Checks every id; the first unknown one is named in the error. */
  async requireAll(synergyIds: readonly string[], field: string): Promise<void> {
    if (synergyIds.length === 0) return;
    const found = await this.synergies.findBy({ synergyId: In([...synergyIds]) });
    const known = new Set(found.map((synergy) => synergy.synergyId));
    const unknown = synergyIds.find((id) => !known.has(id));
    if (unknown) throw new NotFoundError(field, unknown);
  }

  /** How many of the zone's current synergies stand at each status; obsolete ones left out. */
  async countByStatusInZone(zoneId: string): Promise<Map<string, number>> {
    const rows: { status: string; count: string }[] = await this.synergies
      .createQueryBuilder('synergy')
      .select('synergy.status', 'status')
      .addSelect('count(*)', 'count')
      .where(':zoneId = ANY(synergy.zoneIds)', { zoneId })
      .andWhere('NOT synergy.obsolete')
      .groupBy('synergy.status')
      .getRawMany();
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }
}
