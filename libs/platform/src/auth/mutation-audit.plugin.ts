import { join } from 'node:path';
import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { FieldNode, getNamedType, GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditRecordedV1 } from '@symbiose/contracts';
import { ServiceConfig } from '../config/service-config';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { escapeUnstorableText } from '../validation/storable-text';
import { AuditJournal } from './audit-journal';
import { registerAuditMetrics } from './audit-metrics';
import { AuditSpool } from './audit-spool';

type Context = GraphQLRequestContextWillSendResponse<GraphQLRequestContext>;

/** The id of what a mutation acted on: the id it returned, else the first id it was given. */
function entityIdOf(result: unknown, args: Record<string, unknown>): string | null {
  const returned = (result as { id?: unknown } | null | undefined)?.id;
  if (typeof returned === 'string') return returned;
  const given = (values: Record<string, unknown>): string | null => {
    if (typeof values['id'] === 'string') return values['id'];
    const byName = Object.entries(values).find(
      ([name, value]) => name.endsWith('Id') && typeof value === 'string',
    );
    return (byName?.[1] as string | undefined) ?? null;
  };
  const input = args['input'];
  return given(args) ?? (input && typeof input === 'object' ? given(input as never) : null);
}

function outcomeOf(alias: string, errors: readonly GraphQLFormattedError[]): string {
  const error =
    errors.find((candidate) => candidate.path?.[0] === alias) ??
    errors.find((candidate) => candidate.path === undefined);
  if (!error) return AUDIT_SUCCESS;
  const code = error.extensions?.['code'];
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * The entry with its client-given text (the ids a mutation named, above all) storable whatever
 * came: a request refused for a NUL character is audited with the character escaped.
 */
function storable(entry: AuditRecordedV1): AuditRecordedV1 {
  const text = (value: string | null) => (value === null ? null : escapeUnstorableText(value));
  return {
    ...entry,
    subject: escapeUnstorableText(entry.subject),
    roles: entry.roles.map(escapeUnstorableText),
    operationName: text(entry.operationName),
    entityId: text(entry.entityId),
    requestId: text(entry.requestId),
  };
}

/** One audit entry per mutation field of the operation. */
function entriesOf(service: string, context: Context): AuditRecordedV1[] {
  const { operation, schema, request, response, contextValue } = context;
  const mutationType = schema.getMutationType();
  if (operation?.operation !== 'mutation' || !mutationType || !contextValue.principal) return [];
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const data = (body?.data ?? {}) as Record<string, unknown>;
  const errors = body?.errors ?? [];
  const at = new Date().toISOString();
  return operation.selectionSet.selections
    .filter((selection): selection is FieldNode => selection.kind === Kind.FIELD)
    .filter((field) => field.name.value !== '__typename')
    .map((field) => {
      const alias = field.alias?.value ?? field.name.value;
      const definition = mutationType.getFields()[field.name.value];
      let args: Record<string, unknown> = {};
      try {
        if (definition) args = getArgumentValues(definition, field, request.variables ?? {});
      } catch (error) {
        // Arguments that do not coerce were refused anyway; the entry keeps who tried.
        if (!(error instanceof GraphQLError)) throw error;
      }
      return storable({
        service,
        subject: contextValue.principal.subject,
        roles: contextValue.principal.roles,
        operation: field.name.value,
        operationName: context.operationName ?? null,
        entityType: definition ? getNamedType(definition.type).name : null,
        entityId: entityIdOf(data[alias], args),
        outcome: outcomeOf(alias, errors),
        requestId: typeof contextValue.req.id === 'string' ? contextValue.req.id : null,
        at,
      });
    });
}

export interface MutationAuditDependencies {
  config: Pick<ServiceConfig, 'AUDIT_SPOOL_DIR' | 'AUDIT_SPOOL_REPLAY_INTERVAL_MS'>;
  dataSource: DataSource;
  registry: Registry;
}

/**
 * Records every mutation a service receives, successful or not, as an `audit.recorded` event for
 * the directory's audit log. The entry is written once the operation has run, before the response
 * leaves, outside the mutation's own transaction: its outcome and the id it returned are known
 * only then, and a mutation that failed rolled its own back. When the database refuses the entry
 * the journal spools it to disk first and writes it once the database is back: the response
 * leaves with its audit in the database or on disk (in memory only if the disk refuses too).
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
      return {
        async willSendResponse(context) {
          const entries = entriesOf(service, context);
          if (entries.length === 0) return;
          try {
            await journal.record(entries);
          } catch (error) {
            logger.error(`could not record the audit of ${entries.map((e) => e.operation)}`, error);
          }
        },
      };
    },
  };
}
