import { randomUUID } from 'node:crypto';
import { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { FieldNode, getNamedType, GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { AUDIT_SUCCESS, AuditRecordedV1 } from '@symbiose/contracts';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { escapeUnstorableText } from '../validation/storable-text';
import { PendingAudit } from './audit-scope';

type Context = GraphQLRequestContextDidResolveOperation<GraphQLRequestContext>;

/** The id of what a mutation acted on as its arguments say: the id it was given, else the first `…Id`. */
function givenIdOf(args: Record<string, unknown>): string | null {
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

/**
 * One pending audit per mutation field of the operation, each with its event id: the entry as
 * known before the mutation runs (its outcome SUCCESS, its id the one its arguments name).
 */
export function pendingAudits(service: string, context: Context): PendingAudit[] {
  const { operation, schema, request, contextValue } = context;
  const mutationType = schema.getMutationType();
  if (operation?.operation !== 'mutation' || !mutationType || !contextValue.principal) return [];
  const { principal } = contextValue;
  return operation.selectionSet.selections
    .filter((selection): selection is FieldNode => selection.kind === Kind.FIELD)
    .filter((field) => field.name.value !== '__typename')
    .map((field) => {
      const definition = mutationType.getFields()[field.name.value];
      let args: Record<string, unknown> = {};
      try {
        if (definition) args = getArgumentValues(definition, field, request.variables ?? {});
      } catch (error) {
        // Arguments that do not coerce are refused anyway; the entry keeps who tried.
        if (!(error instanceof GraphQLError)) throw error;
      }
      const entry: AuditRecordedV1 = {
        service,
        subject: principal.subject,
        roles: principal.roles,
        operation: field.name.value,
        operationName: context.operationName ?? null,
        entityType: definition ? getNamedType(definition.type).name : null,
        entityId: givenIdOf(args),
        outcome: AUDIT_SUCCESS,
        requestId: typeof contextValue.req.id === 'string' ? contextValue.req.id : null,
        at: new Date().toISOString(),
      };
      const alias = field.alias?.value ?? field.name.value;
      return { eventId: randomUUID(), alias, entry, insertedId: null, written: false };
    });
}

/** The entry as a committing transaction writes it: the change it holds succeeded. */
export function committedEntry(pending: PendingAudit): AuditRecordedV1 {
  return storable({
    ...pending.entry,
    entityId: pending.insertedId ?? pending.entry.entityId,
    outcome: AUDIT_SUCCESS,
    at: new Date().toISOString(),
  });
}

/** The entry once the operation has answered: its outcome and the id it returned. */
export function answeredEntry(
  pending: PendingAudit,
  data: Record<string, unknown>,
  errors: readonly GraphQLFormattedError[],
): AuditRecordedV1 {
  const returned = (data[pending.alias] as { id?: unknown } | null | undefined)?.id;
  return storable({
    ...pending.entry,
    entityId: typeof returned === 'string' ? returned : pending.entry.entityId,
    outcome: outcomeOf(pending.alias, errors),
    at: new Date().toISOString(),
  });
}
