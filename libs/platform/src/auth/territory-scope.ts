import { isUUID } from 'class-validator';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { hasRole } from '@symbiose/tokens';
import {
  Accessor,
  AccessRequest,
  AccessRule,
  anyOf,
  ownOrganization,
  refuseOutOfReach,
  RowKey,
  rowNamed,
} from './access-rules';
import { RequestLoaders } from '../graphql/request-loaders';

/**
 * What a call is about, geographically: the zones, organizations and
 * territories it names. A facilitator may make it when every one of them lies
 * in the territories of their token.
 */
export interface Scope {
  zoneIds?: unknown[];
  organizationIds?: unknown[];
  territoryIds?: unknown[];
  /** The call names a row that does not exist: it is in no one's territory. */
  namesUnknownRow?: boolean;
  /** What the call names its scope by, for the error refusing it. */
  namedBy?: Accessor;
  /** The scopes of each part of a call about several things (see `together`). */
  parts?: Scope[];
}

/** Reads a call's scope from its arguments, its parent or the rows it names. */
export type ScopeOf = (request: AccessRequest) => Scope | Promise<Scope>;

/**
 * Where each service finds the territory of a zone or an organization: the
 * directory in its own tables, the other services in their replicas of it.
 * Ids it does not know are missing from the answer.
 */
export abstract class TerritoryLookup {
  abstract territoriesOfZones(zoneIds: string[]): Promise<Map<string, string>>;
  abstract territoriesOfOrganizations(organizationIds: string[]): Promise<Map<string, string>>;
}

type Kind = 'zones' | 'organizations';

/** The request's loaders; a call with none (a route) batches the lookups of its own rule. */
const loadersOf = (request: AccessRequest): RequestLoaders =>
  (request.loaders ??= new RequestLoaders());

/**
 * The territory of each zone and organization a request looked up (null for one unknown), or
 * the lookup under way: each is looked up once per request, batched with the request's others.
 */
const territoriesKnown = (request: AccessRequest, of: Kind) =>
  loadersOf(request).memo<string, string | null | Promise<unknown>>(`access:territory of ${of}`);

/** Starts looking the territory of a zone or organization up; undefined when it is known. */
function lookingUp(request: AccessRequest, of: Kind, id: string): Promise<unknown> | undefined {
  const known = territoriesKnown(request, of);
  const territory = known.get(id);
  if (territory !== undefined) return territory instanceof Promise ? territory : undefined;
  const lookup = request.services.get(TerritoryLookup, { strict: false });
  const looked = loadersOf(request)
    .get<string, string | null>(`access:territory of ${of}`, async (keys) => {
      const found = await (of === 'zones'
        ? lookup.territoriesOfZones([...keys])
        : lookup.territoriesOfOrganizations([...keys]));
      return keys.map((key) => found.get(key) ?? null);
    })
    .load(id)
    // A failed lookup (a directory down) stays a rejection: no answer, not an unknown id.
    .then((found) => known.set(id, found));
  known.set(id, looked);
  return looked;
}

const present = (values: unknown[] | undefined): unknown[] =>
  (values ?? []).filter((value) => value !== undefined && value !== null);

interface ScopeIds {
  zoneIds: string[];
  organizationIds: string[];
  territoryIds: string[];
}

/** The ids a scope names; undefined when it names something unknown (or that is no id). */
function idsOf(scope: Scope): ScopeIds | undefined {
  if (scope.namesUnknownRow) return undefined;
  const zoneIds = present(scope.zoneIds);
  const organizationIds = present(scope.organizationIds);
  const territoryIds = present(scope.territoryIds);
  const ids = [...zoneIds, ...organizationIds, ...territoryIds];
  if (!ids.every((id): id is string => typeof id === 'string' && isUUID(id))) return undefined;
  return { zoneIds, organizationIds, territoryIds } as ScopeIds;
}

/** The lookups a scope's territories wait on: none once the request knows them. */
function lookupsOf(parts: Scope[], request: AccessRequest): Promise<unknown>[] {
  return parts.flatMap((part) => {
    const ids = idsOf(part);
    if (!ids) return [];
    const looked = [
      ...ids.zoneIds.map((id) => lookingUp(request, 'zones', id)),
      ...ids.organizationIds.map((id) => lookingUp(request, 'organizations', id)),
    ];
    return looked.filter((pending): pending is Promise<unknown> => pending !== undefined);
  });
}

/** Whether a scope lies in the caller's territories, once they are known; 'nothing' when it names nothing. */
function reach(scope: Scope, request: AccessRequest): boolean | 'nothing' {
  const ids = idsOf(scope);
  if (!ids) return false;
  const territories = [
    ...ids.zoneIds.map((id) => territoriesKnown(request, 'zones').get(id)),
    ...ids.organizationIds.map((id) => territoriesKnown(request, 'organizations').get(id)),
    ...ids.territoryIds,
  ];
  if (territories.length === 0) return 'nothing';
  return territories.every(
    (id) => typeof id === 'string' && request.principal.territoryIds.includes(id),
  );
}

/** Whether a call's parts all lie in the caller's territories, naming the first that does not. */
function reachesAll(parts: Scope[], request: AccessRequest): boolean {
  const reached = parts.map((part) => reach(part, request));
  const outside = parts.find((_, index) => reached[index] === false);
  if (outside) return refuseOutOfReach(request, outside.namedBy);
  return reached.includes(true);
}

/** Decides on a call's scope once the request knows its territories: at once when it does. */
function judged(scope: Scope, request: AccessRequest): boolean | Promise<boolean> {
  const parts = scope.parts ?? [scope];
  const pending = lookupsOf(parts, request);
  if (pending.length === 0) return reachesAll(parts, request);
  const settled = pending.length === 1 ? pending[0] : Promise.all(pending);
  return settled.then(() => reachesAll(parts, request));
}

/**
 * Facilitators of the territories the call is about (and ADMIN). A call naming a zone,
 * organization or territory that is unknown to the service or outside the caller's territories
 * is refused as out of reach (NOT_FOUND, whichever it is); one that names none is refused
 * outright: a facilitator's lists are asked zone by zone or territory by territory. Each zone
 * or organization is looked up once per request, however many rules ask it: a rule asked again
 * answers at once.
 */
export const facilitatorsOf =
  (scopeOf: ScopeOf): AccessRule =>
  (request) => {
    if (!hasRole(request.principal, 'FACILITATOR')) return false;
    const scope = scopeOf(request);
    return scope instanceof Promise
      ? scope.then((known) => judged(known, request))
      : judged(scope, request);
  };

/** The zone a call names: `inZone(argument('zoneId'))`. */
export const inZone =
  (zoneOf: Accessor): ScopeOf =>
  (request) => ({ zoneIds: [zoneOf(request)], namedBy: zoneOf });

/** The zones a call names: `inZones(argument('zoneIds'))`. */
export const inZones =
  (zonesOf: Accessor): ScopeOf =>
  (request) => {
    const zones = zonesOf(request);
    return { zoneIds: Array.isArray(zones) ? zones : [zones], namedBy: zonesOf };
  };

/** The organization a call names: `ofOrganization(parentId)`. */
export const ofOrganization =
  (organizationOf: Accessor): ScopeOf =>
  (request) => ({ organizationIds: [organizationOf(request)], namedBy: organizationOf });

/** The territory a call names: `inTerritory(argument('territoryId'))`. */
export const inTerritory =
  (territoryOf: Accessor): ScopeOf =>
  (request) => ({ territoryIds: [territoryOf(request)], namedBy: territoryOf });

/** One scope holding all that its parts name, and what the first of them names it by. */
function merged(parts: Scope[]): Scope {
  return {
    zoneIds: parts.flatMap((part) => part.zoneIds ?? []),
    organizationIds: parts.flatMap((part) => part.organizationIds ?? []),
    territoryIds: parts.flatMap((part) => part.territoryIds ?? []),
    namesUnknownRow: parts.some((part) => part.namesUnknownRow),
    namedBy: parts.find((part) => part.namedBy)?.namedBy,
  };
}

/**
 * What several parts of a call are about: `together(inZone(…), ofOrganization(…))`. Each part
 * is judged apart, so that a refusal names the part out of reach.
 */
export const together =
  (...scopes: ScopeOf[]): ScopeOf =>
  async (request) => {
    const parts = (await Promise.all(scopes.map((scopeOf) => scopeOf(request)))).flatMap(
      (part) => part.parts ?? [part],
    );
    return { ...merged(parts), parts };
  };

/** A list's filter, by the `zoneId`, `organizationId` and `territoryId` it may hold. */
export const filteredBy = (filterOf: Accessor): ScopeOf =>
  together(
    ...(['zoneId', 'organizationId', 'territoryId'] as const).map((key): ScopeOf => (request) => {
      const filter = (filterOf(request) ?? {}) as Record<string, unknown>;
      const named = Object.assign(() => filter[key], { field: key });
      return { [`${key}s`]: [filter[key]], namedBy: named };
    }),
  );

/**
 * The scope of a row a call names by id, read from the row:
 * `ofRow(Workshop, argument('id'), (workshop) => ({ zoneIds: [workshop.zoneId] }))`.
 * An id that names no row is in no one's territory.
 */
export const ofRow =
  <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    idOf: Accessor,
    scopeOfRow: (row: T, request: AccessRequest) => Scope | Promise<Scope>,
    key?: RowKey,
  ): ScopeOf =>
  async (request) => {
    const row = await rowNamed(request, entity, idOf, key);
    if (!row) return { namesUnknownRow: true, namedBy: idOf };
    const scope = await scopeOfRow(row, request);
    // Whatever the row lies in, the call named the row: a refusal names it.
    return { ...merged(scope.parts ?? [scope]), namedBy: idOf };
  };

/** Facilitators of the organization's territory, and a company member on its own organization. */
export const facilitatorsOrOwn = (organizationOf: Accessor): AccessRule =>
  anyOf(facilitatorsOf(ofOrganization(organizationOf)), ownOrganization(organizationOf));
