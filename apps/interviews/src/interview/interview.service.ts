import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { Connection, paginate } from '@symbiose/platform';
import { InterviewsArgs } from './dto/interviews.args';
import { Interview } from './interview.entity';

@Injectable()
export class InterviewService {
  constructor(@InjectRepository(Interview) private readonly interviews: Repository<Interview>) {}

  /** The interviews of an organization, the next planned first, those without a date last. */
  listByOrganization({ organizationId, ...page }: InterviewsArgs): Promise<Connection<Interview>> {
    const query = this.interviews
      .createQueryBuilder('interview')
      .where('interview.organizationId = :organizationId', { organizationId })
      .orderBy('interview.plannedFor', 'ASC', 'NULLS LAST')
      .addOrderBy('interview.createdAt', 'ASC')
      .addOrderBy('interview.id', 'ASC');
    return paginate(query, page);
  }

  /** Interviews of each organization, whatever their status; organizations without any are absent. */
  async countByOrganization(organizationIds: readonly string[]): Promise<Map<string, number>> {
    // An id that is no UUID has no interview, and must not fail the batch it came in with.
    const ids = organizationIds.filter((id) => isUUID(id));
    if (ids.length === 0) return new Map();
    const rows: { organizationId: string; count: string }[] = await this.interviews
      .createQueryBuilder('interview')
      .select('interview.organizationId', 'organizationId')
      .addSelect('count(*)', 'count')
      .where('interview.organizationId IN (:...ids)', { ids })
      .groupBy('interview.organizationId')
      .getRawMany();
    return new Map(rows.map((row) => [row.organizationId, Number(row.count)]));
  }
}
