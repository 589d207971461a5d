import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { Synergy } from '../synergy/synergy.entity';
import { B2BOpportunity, b2bOpportunitiesOf } from './b2b-opportunity';

/** Reads the B2B opportunities of zones from their stored synergies. */
@Injectable()
export class B2BOpportunityReader {
  constructor(@InjectRepository(Synergy) private readonly synergies: Repository<Synergy>) {}

  /** Each zone's opportunities, in the order of `zoneIds`, in one query. */
  async ofZones(zoneIds: readonly string[]): Promise<B2BOpportunity[][]> {
    const valid = zoneIds.filter((id) => isUUID(id));
    const live = valid.length
      ? await this.synergies
          .createQueryBuilder('s')
          .where("s.kind = 'B2B' AND NOT s.obsolete AND s.status <> 'DISMISSED'")
          .andWhere('s.zoneIds && :zoneIds::uuid[]', { zoneIds: valid })
          .getMany()
      : [];
    return zoneIds.map((zoneId) =>
      b2bOpportunitiesOf(
        zoneId,
        live.filter((synergy) => synergy.zoneIds.includes(zoneId)),
      ),
    );
  }
}
