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

/**
 * The territories of zones or organizations, in the order of their ids (undefined for those
 * unknown): batched over the GraphQL request's rules when it has loaders.
 */
async function territoriesOfIds(
  request: AccessRequest,
  of: 'zones' | 'organizations',
  ids: string[],
): Promise<(string | undefined)[]> {
  if (ids.length === 0) return [];
  const lookup = request.services.get(TerritoryLookup, { strict: false });
  const find = (keys: readonly string[]) =>
    of === 'zones'
      ? lookup.territoriesOfZones([...keys])
      : lookup.territoriesOfOrganizations([...keys]);
  if (!request.loaders) {
    const found = await find(ids);
    return ids.map((id) => found.get(id));
  }
  const territories = await request.loaders
    .get<string, string | null>(`access:territory of ${of}`, async (keys) => {
      const found = await find(keys);
      return keys.map((key) => found.get(key) ?? null);
    })
    .loadMany(ids);
  // A lookup that failed (a directory down) is no answer, and must not read as "unknown id".
  const failure = territories.find((territory) => territory instanceof Error);
  if (failure) throw failure;
  return territories.map((territory) => (typeof territory === 'string' ? territory : undefined));
}

const present = (values: unknown[] | undefined): unknown[] =>
  (values ?? []).filter((value) => value !== undefined && value !== null);

/** The territories a scope lies in; undefined when it names something unknown (or that is no id). */
async function territoriesOf(scope: Scope, request: AccessRequest): Promise<string[] | undefined> {
  if (scope.namesUnknownRow) return undefined;
  const zoneIds = present(scope.zoneIds);
  const organizationIds = present(scope.organizationIds);
  const territoryIds = present(scope.territoryIds);
  const ids = [...zoneIds, ...organizationIds, ...territoryIds];
  if (!ids.every((id): id is string => typeof id === 'string' && isUUID(id))) return undefined;
  const [ofZones, ofOrganizations] = await Promise.all([
    territoriesOfIds(request, 'zones', zoneIds as string[]),
    territoriesOfIds(request, 'organizations', organizationIds as string[]),
  ]);
  const resolved = [...ofZones, ...ofOrganizations, ...(territoryIds as string[])];
  return resolved.every((id): id is string => id !== undefined) ? resolved : undefined;
}

/** Whether a scope lies in the caller's territories; 'nothing' when it names nothing. */
async function reach(scope: Scope, request: AccessRequest): Promise<boolean | 'nothing'> {
  const territories = await territoriesOf(scope, request);
  if (territories === undefined) return false;
  if (territories.length === 0) return 'nothing';
  return territories.every((id) => request.principal.territoryIds.includes(id));
}

/**
 * Facilitators of the territories the call is about (and ADMIN). A call naming a zone,
 * organization or territory that is unknown to the service or outside the caller's territories
 * is refused as out of reach (NOT_FOUND, whichever it is); one that names none is refused
 * outright: a facilitator's lists are asked zone by zone or territory by territory.
 */
export const facilitatorsOf =
  (scopeOf: ScopeOf): AccessRule =>
  async (request) => {
    if (!hasRole(request.principal, 'FACILITATOR')) return false;
    const scope = await scopeOf(request);
    const parts = scope.parts ?? [scope];
    const reached = await Promise.all(parts.map((part) => reach(part, request)));
    const outside = parts.find((_, index) => reached[index] === false);
    if (outside) return refuseOutOfReach(request, outside.namedBy);
    return reached.includes(true);
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
