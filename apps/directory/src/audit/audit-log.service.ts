import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditRecordedV1, EventEnvelope } from '@symbiose/contracts';
import { BadUserInputError, Connection, paginate, PageArgs } from '@symbiose/platform';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogFilter } from './dto/audit-log.args';

/** The audit log: stored from the services' `audit.recorded` events, read by admins. */
@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Stores an event's entry; a redelivered event changes nothing. */
  async store(
    manager: EntityManager,
    event: EventEnvelope<string, AuditRecordedV1>,
  ): Promise<void> {
    const { at, ...entry } = event.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEntry)
      .values({ id: event.id, ...entry, at: new Date(at) })
      .orIgnore()
      .execute();
  }

  /** Newest first. */
  list(filter: AuditLogFilter = {}, page: PageArgs): Promise<Connection<AuditEntry>> {
    if (filter.from && filter.to && filter.to <= filter.from) {
      throw new BadUserInputError('filter.to', 'must be after filter.from');
    }
    const query = this.entries.createQueryBuilder('entry');
    const equal = ['subject', 'operation', 'entityId', 'outcome'] as const;
    for (const field of equal) {
      if (filter[field] !== undefined) {
        query.andWhere(`entry.${field} = :${field}`, { [field]: filter[field] });
      }
    }
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    return paginate(query.orderBy('entry.at', 'DESC').addOrderBy('entry.id', 'ASC'), page);
  }
}
