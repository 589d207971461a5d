import { isUUID } from 'class-validator';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { hasRole } from '@symbiose/tokens';
import {
  AccessRequest,
  AccessRule,
  anyOf,
  ownOrganization,
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
}

const UNKNOWN_ROW: Scope = { namesUnknownRow: true };

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

/**
 * Facilitators of the territories the call is about (and ADMIN). A call that
 * names no zone, organization or territory, or one unknown to the service, is
 * refused: a facilitator's lists are asked zone by zone or territory by territory.
 */
export const facilitatorsOf =
  (scopeOf: ScopeOf): AccessRule =>
  async (request) => {
    if (!hasRole(request.principal, 'FACILITATOR')) return false;
    const territories = await territoriesOf(await scopeOf(request), request);
    return (
      territories !== undefined &&
      territories.length > 0 &&
      territories.every((id) => request.principal.territoryIds.includes(id))
    );
  };

/** The zone a call names: `inZone(argument('zoneId'))`. */
export const inZone =
  (zoneOf: (request: AccessRequest) => unknown): ScopeOf =>
  (request) => ({ zoneIds: [zoneOf(request)] });

/** The zones a call names: `inZones(argument('zoneIds'))`. */
export const inZones =
  (zonesOf: (request: AccessRequest) => unknown): ScopeOf =>
  (request) => {
    const zones = zonesOf(request);
    return { zoneIds: Array.isArray(zones) ? zones : [zones] };
  };

/** The organization a call names: `ofOrganization(parentId)`. */
export const ofOrganization =
  (organizationOf: (request: AccessRequest) => unknown): ScopeOf =>
  (request) => ({ organizationIds: [organizationOf(request)] });

/** The territory a call names: `inTerritory(argument('territoryId'))`. */
export const inTerritory =
  (territoryOf: (request: AccessRequest) => unknown): ScopeOf =>
  (request) => ({ territoryIds: [territoryOf(request)] });

/** What several parts of a call are about: `together(inZone(…), ofOrganization(…))`. */
export const together =
  (...scopes: ScopeOf[]): ScopeOf =>
  async (request) => {
    const parts = await Promise.all(scopes.map((scopeOf) => scopeOf(request)));
    return {
      zoneIds: parts.flatMap((part) => part.zoneIds ?? []),
      organizationIds: parts.flatMap((part) => part.organizationIds ?? []),
      territoryIds: parts.flatMap((part) => part.territoryIds ?? []),
      namesUnknownRow: parts.some((part) => part.namesUnknownRow),
    };
  };

/** A list's filter, by the `zoneId`, `organizationId` and `territoryId` it may hold. */
export const filteredBy =
  (filterOf: (request: AccessRequest) => unknown): ScopeOf =>
  (request) => {
    const filter = (filterOf(request) ?? {}) as Record<string, unknown>;
    return {
      zoneIds: [filter['zoneId']],
      organizationIds: [filter['organizationId']],
      territoryIds: [filter['territoryId']],
    };
  };

/**
 * The scope of a row a call names by id, read from the row:
 * `ofRow(Workshop, argument('id'), (workshop) => ({ zoneIds: [workshop.zoneId] }))`.
 * An id that names no row is in no one's territory.
 */
export const ofRow =
  <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    idOf: (request: AccessRequest) => unknown,
    scopeOfRow: (row: T, request: AccessRequest) => Scope | Promise<Scope>,
    key?: RowKey,
  ): ScopeOf =>
  async (request) => {
    const row = await rowNamed(request, entity, idOf, key);
    return row ? scopeOfRow(row, request) : UNKNOWN_ROW;
  };

/** Facilitators of the organization's territory, and a company member on its own organization. */
export const facilitatorsOrOwn = (
  organizationOf: (request: AccessRequest) => unknown,
): AccessRule =>
  anyOf(facilitatorsOf(ofOrganization(organizationOf)), ownOrganization(organizationOf));
