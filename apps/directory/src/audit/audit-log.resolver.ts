import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuditEntryConnection, AuditEntryModel } from './audit-entry.model';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(private readonly entries: AuditLogService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Every mutation any service received, newest first',
  })
  auditLog(@Args() { filter, ...page }: AuditLogArgs) {
    return this.entries.list(filter, page);
  }
}
