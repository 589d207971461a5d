import { ModuleRef } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityTarget, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { hasRole, Principal, Role } from '@symbiose/tokens';
import { alignToKeys, RequestLoaders } from '../graphql/request-loaders';

/** What a rule sees of one resolver call or route. */
export interface AccessRequest {
  principal: Principal;
  /** The field's arguments, or the route's parameters. */
  args: Record<string, unknown>;
  /** The object whose field is resolved (undefined for root fields and routes). */
  parent: unknown;
  /** The service's providers, for a rule that must look up what the call is about. */
  services: Pick<ModuleRef, 'get'>;
  /**
   * The GraphQL request's loaders (none for a route): the rules of one field over a page of
   * parents then look their rows up in one query, not one per parent.
   */
  loaders?: RequestLoaders;
}

/** Whether a principal may call a field or route. ADMIN passes every rule without asking it. */
export type AccessRule = (request: AccessRequest) => boolean | Promise<boolean>;

/**
 * A field everyone who reaches it may ask, but which resolves to null for
 * those its rule refuses: a counterpart's identity before an introduction.
 */
export interface Redaction {
  readonly visibleTo: AccessRule;
}

/** The field is null for whoever the rule refuses (ADMIN always sees it). */
export const nullUnless = (visibleTo: AccessRule): Redaction => ({ visibleTo });

export const isRedaction = (entry: AccessRule | Redaction): entry is Redaction =>
  typeof entry === 'object';

/**
 * A service's access rules in one place: one per resolved field, keyed
 * `Type.field` (`Query.synergies`, `Zone.synergies`), and one per route, keyed
 * `Controller.method`. Whatever has no rule is denied.
 */
export type AccessPolicy = Readonly<Record<string, AccessRule | Redaction>>;

/** Callers holding any of the roles. */
export const allow =
  (...roles: Role[]): AccessRule =>
  ({ principal }) =>
    hasRole(principal, ...roles);

/** Any caller with a valid token: for what holds nothing of anyone's (a taxonomy, a zone's name). */
export const anySignedIn: AccessRule = () => true;

/**
 * Symbiose's own services (role SERVICE) on an internal route, where one service asks another
 * for what its copy lacks. It is the only rule a SERVICE token passes: such a token reads no
 * client's data. ADMIN passes it too, as every rule.
 */
export const otherServices: AccessRule = ({ principal }) => hasRole(principal, 'SERVICE');

/** ADMIN only (ADMIN passes every rule; this one lets nobody else). */
export const adminOnly: AccessRule = () => false;

/**
 * Any facilitator, whatever their territories: only for what belongs to no
 * territory (the interview grid). Territory data takes `facilitatorsOf`.
 */
export const anyFacilitator = allow('FACILITATOR');

/** Counts and totals with no firm's identity: facilitators and partner bodies. */
export const aggregates = allow('FACILITATOR', 'PARTNER');

/**
 * A field of an object that no one reaches without passing the rule of the
 * field that returned it (a declaration's category, a workshop's decisions).
 */
export const asParent: AccessRule = anySignedIn;

/** Passes when any of the rules passes. */
export const anyOf =
  (...rules: AccessRule[]): AccessRule =>
  async (request) => {
    for (const rule of rules) if (await rule(request)) return true;
    return false;
  };

/** A company member whose organization is among those of what the call is about. */
export const memberOfAny =
  (organizationsOf: (request: AccessRequest) => Promise<unknown[]>): AccessRule =>
  async (request) =>
    hasRole(request.principal, 'COMPANY_MEMBER') &&
    request.principal.organizationId !== undefined &&
    (await organizationsOf(request)).includes(request.principal.organizationId);

/**
 * A company member on its own organization: `organizationOf` reads the
 * organization the call is about from its arguments or parent.
 */
export const ownOrganization = (organizationOf: (request: AccessRequest) => unknown): AccessRule =>
  memberOfAny(async (request) => [await organizationOf(request)]);

/** The `id` of the parent object: for fields of an organization. */
export const parentId = ({ parent }: AccessRequest): unknown => (parent as { id?: unknown })?.id;

/** One argument's value: `argument('organizationId')`, or a path into an input: `argument('input', 'organizationId')`. */
export const argument =
  (...path: string[]) =>
  ({ args }: AccessRequest): unknown =>
    path.reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | undefined)?.[key],
      args,
    );

/** The unique column a call names a row by: its UUID `id` unless said otherwise. */
export interface RowKey {
  column: string;
  /** Whether the column holds UUIDs: a value that is no UUID then names no row. */
  uuid: boolean;
}

const BY_ID: RowKey = { column: 'id', uuid: true };

/** The row a call names by id (or by another unique column); undefined when it names no row. */
export async function rowNamed<T extends ObjectLiteral>(
  request: AccessRequest,
  entity: EntityTarget<T>,
  idOf: (request: AccessRequest) => unknown,
  key: RowKey = BY_ID,
): Promise<T | undefined> {
  const id = idOf(request);
  if (typeof id !== 'string' || (key.uuid && !isUUID(id))) return undefined;
  const repository = request.services.get(DataSource, { strict: false }).getRepository(entity);
  const find = (ids: readonly string[]) =>
    repository.findBy({ [key.column]: In([...ids]) } as FindOptionsWhere<T>);
  if (!request.loaders) return (await find([id]))[0];
  const row = await request.loaders
    .get<string, T | null>(`access:${repository.metadata.tableName}.${key.column}`, async (ids) =>
      alignToKeys(ids, await find(ids), (found) => found[key.column] as string),
    )
    .load(id);
  return row ?? undefined;
}

/**
 * Reads the organizations a row belongs to, for a rule on a call naming the
 * row by id: `organizationsOfRow(Declaration, argument('id'), (d) => [d.organizationId])`.
 * An id that is no UUID or names no row belongs to no one.
 */
export const organizationsOfRow =
  <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    idOf: (request: AccessRequest) => unknown,
    organizationsOf: (row: T) => string[],
  ) =>
  async (request: AccessRequest): Promise<string[]> => {
    const row = await rowNamed(request, entity, idOf);
    return row ? organizationsOf(row) : [];
  };
