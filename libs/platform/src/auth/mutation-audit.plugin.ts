import { join } from 'node:path';
import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config/service-config';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { answeredEntry, pendingAudits } from './audit-entries';
import { AuditJournal } from './audit-journal';
import { registerAuditMetrics } from './audit-metrics';
import { auditResolving, PendingAudit } from './audit-scope';
import { AuditSpool } from './audit-spool';

export interface MutationAuditDependencies {
  config: Pick<ServiceConfig, 'AUDIT_SPOOL_DIR' | 'AUDIT_SPOOL_REPLAY_INTERVAL_MS'>;
  dataSource: DataSource;
  registry: Registry;
}

/**
 * The hooks of one request: its mutation fields' audits fixed once the operation is resolved,
 * each field marked while its resolver runs (the database subscriber then writes its entry in
 * the transaction that commits its change), and whatever no transaction wrote given to the
 * journal before the response leaves.
 */
function auditListener(
  service: string,
  journal: AuditJournal,
  logger: Logger,
): GraphQLRequestListener<GraphQLRequestContext> {
  let pendings: PendingAudit[] = [];
  return {
    async didResolveOperation(context) {
      pendings = pendingAudits(service, context);
    },
    async executionDidStart() {
      if (pendings.length === 0) return;
      return {
        willResolveField({ info }) {
          if (info.path.prev !== undefined) return;
          const pending = pendings.find((candidate) => candidate.alias === info.path.key) ?? null;
          auditResolving(pending);
          return () => auditResolving(null);
        },
      };
    },
    async willSendResponse({ response }) {
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const data = (body?.data ?? {}) as Record<string, unknown>;
      const unwritten = pendings
        .filter((pending) => !pending.written)
        .map((pending) => ({
          eventId: pending.eventId,
          entry: answeredEntry(pending, data, body?.errors ?? []),
        }));
      if (unwritten.length === 0) return;
      try {
        await journal.record(unwritten);
      } catch (error) {
        const operations = unwritten.map(({ entry }) => entry.operation);
        logger.error(`could not record the audit of ${operations}`, error);
      }
    },
  };
}

/**
 * Records every mutation a service receives, successful or not, as an `audit.recorded` event for
 * the directory's audit log, exactly once under an event id fixed before it runs. A mutation
 * whose change commits in a transaction has its entry written in that transaction (outcome
 * SUCCESS; the id is that of the entity of its type it inserted, else the one it was given).
 * Any other (refused, failed and rolled back, or writing nothing in a transaction) is written
 * once the operation has run, with its outcome, before the response leaves; when the database
 * refuses the entry the journal spools it to disk and writes it once the database is back.
 */
export function mutationAuditPlugin(
  service: string,
  { config, dataSource, registry }: MutationAuditDependencies,
): ApolloServerPlugin<GraphQLRequestContext> {
  const logger = new Logger('MutationAudit');
  const journal = new AuditJournal(
    dataSource,
    new AuditSpool(join(config.AUDIT_SPOOL_DIR, service)),
    config.AUDIT_SPOOL_REPLAY_INTERVAL_MS,
  );
  registerAuditMetrics(registry, journal);
  return {
    async serverWillStart() {
      journal.start();
      return {
        async serverWillStop() {
          await journal.stop();
        },
      };
    },
    async requestDidStart() {
      return auditListener(service, journal, logger);
    },
  };
}
