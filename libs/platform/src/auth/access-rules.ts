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
  /**
   * Set by a rule that refuses a caller whose role may make the call, for what the call names:
   * something unknown or out of the caller's reach. The call is then answered NOT_FOUND, the
   * same for both, where a role that may never make it is answered FORBIDDEN.
   */
  outOfReach?: { field?: string; id?: unknown };
}

/** Reads what a call names from its arguments or parent; `field` is the argument, when one. */
export type Accessor = ((request: AccessRequest) => unknown) & { readonly field?: string };

/**
 * Refuses a call for what it names, through `namedBy`: the caller's role may make it on what
 * it reaches, so the refusal must not tell whether the thing exists.
 */
export function refuseOutOfReach(request: AccessRequest, namedBy?: Accessor): false {
  request.outOfReach = { field: namedBy?.field, id: namedBy?.(request) };
  return false;
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

/**
 * Passes when any of the rules passes, asking them in order; answered at once when the rules
 * asked are (a facilitator through `anyOf(anyFacilitator, …)`).
 */
export const anyOf =
  (...rules: AccessRule[]): AccessRule =>
  (request) =>
    anyFrom(rules, 0, request);

function anyFrom(
  rules: readonly AccessRule[],
  start: number,
  request: AccessRequest,
): boolean | Promise<boolean> {
  for (let index = start; index < rules.length; index++) {
    const passed = rules[index](request);
    if (passed === true) return true;
    if (passed !== false) {
      return passed.then((granted) => granted || anyFrom(rules, index + 1, request));
    }
  }
  return false;
}

/** The organizations a call is about, and what it names them by (a row's id, an argument). */
export type OrganizationsOf = ((request: AccessRequest) => Promise<unknown[]>) & {
  readonly namedBy?: Accessor;
};

/**
 * A company member whose organization is among those of what the call is about; another
 * organization's (or an unknown) row is out of its reach.
 */
export const memberOfAny =
  (organizationsOf: OrganizationsOf, namedBy = organizationsOf.namedBy): AccessRule =>
  async (request) => {
    const { principal } = request;
    if (!hasRole(principal, 'COMPANY_MEMBER') || principal.organizationId === undefined) {
      return false;
    }
    if ((await organizationsOf(request)).includes(principal.organizationId)) return true;
    return refuseOutOfReach(request, namedBy);
  };

/**
 * A company member on its own organization: `organizationOf` reads the
 * organization the call is about from its arguments or parent.
 */
export const ownOrganization = (organizationOf: Accessor): AccessRule =>
  memberOfAny(async (request) => [await organizationOf(request)], organizationOf);

/** The `id` of the parent object: for fields of an organization. */
export const parentId = ({ parent }: AccessRequest): unknown => (parent as { id?: unknown })?.id;

/**
 * One argument's value: `argument('organizationId')`, or a path into an input:
 * `argument('input', 'organizationId')`, named in errors as the input's field is (`organizationId`).
 */
export const argument = (...path: string[]): Accessor =>
  Object.assign(
    ({ args }: AccessRequest): unknown =>
      path.reduce<unknown>(
        (value, key) => (value as Record<string, unknown> | undefined)?.[key],
        args,
      ),
    { field: path.length > 1 ? path.slice(1).join('.') : path[0] },
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
  idOf: Accessor,
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
export const organizationsOfRow = <T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  idOf: Accessor,
  organizationsOf: (row: T) => string[],
): OrganizationsOf =>
  Object.assign(
    async (request: AccessRequest): Promise<string[]> => {
      const row = await rowNamed(request, entity, idOf);
      return row ? organizationsOf(row) : [];
    },
    { namedBy: idOf },
  );
