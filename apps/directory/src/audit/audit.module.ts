import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditEventHandlers } from './audit-event-handlers';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The audit log of every service's mutations, for admins. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditLogService, AuditLogResolver, AuditEventHandlers],
})
export class AuditModule {}
