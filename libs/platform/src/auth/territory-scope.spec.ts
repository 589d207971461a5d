import { Principal } from '@symbiose/tokens';
import { RequestLoaders } from '../graphql/request-loaders';
import { AccessRequest, argument } from './access-rules';
import {
  facilitatorsOf,
  filteredBy,
  inTerritory,
  inZone,
  ofOrganization,
  Scope,
  TerritoryLookup,
  together,
} from './territory-scope';

const CAHORS = '6f1c2a8e-1d7b-4c1e-9a55-2b8f3c4d5e60';
const FIGEAC = '0b7d3e2f-5a61-4f0e-8c2d-9e1f2a3b4c5d';
const CAHORS_SUD = '3a9e6b1c-2d4f-4e8a-b7c6-5d1e2f3a4b5c';
const FIGEAC_OUEST = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const LACOSTE = 'e2d1c0b9-a8f7-4e6d-9c5b-4a3f2e1d0c9b';

class FakeLookup extends TerritoryLookup {
  readonly calls: string[][] = [];

  async territoriesOfZones(ids: string[]) {
    this.calls.push(ids);
    const zones = new Map([
      [CAHORS_SUD, CAHORS],
      [FIGEAC_OUEST, FIGEAC],
    ]);
    return new Map(ids.flatMap((id) => (zones.has(id) ? [[id, zones.get(id)!] as const] : [])));
  }

  async territoriesOfOrganizations(ids: string[]) {
    return new Map(ids.filter((id) => id === LACOSTE).map((id) => [id, CAHORS] as const));
  }
}

function request(
  args: Record<string, unknown>,
  principal: Partial<Principal> = {},
  context: { lookup?: FakeLookup; loaders?: RequestLoaders } = {},
): AccessRequest {
  const lookup = context.lookup ?? new FakeLookup();
  return {
    principal: { subject: 'lucie', roles: ['FACILITATOR'], territoryIds: [CAHORS], ...principal },
    args,
    parent: undefined,
    services: { get: () => lookup } as unknown as AccessRequest['services'],
    loaders: context.loaders,
  };
}

describe('facilitatorsOf', () => {
  const onZone = facilitatorsOf(inZone(argument('zoneId')));

  it('lets a facilitator through on a zone of their territories', async () => {
    expect(await onZone(request({ zoneId: CAHORS_SUD }))).toBe(true);
  });

  it('refuses a zone of another territory, an unknown zone and a malformed id', async () => {
    for (const zoneId of [FIGEAC_OUEST, '11111111-2222-4333-8444-555555555555', 'x', undefined]) {
      expect(await onZone(request({ zoneId }))).toBe(false);
    }
  });

  it('refuses whoever is not a facilitator, whatever the territories', async () => {
    expect(await onZone(request({ zoneId: CAHORS_SUD }, { roles: ['PARTNER'] }))).toBe(false);
  });

  it('reads a list filter by zone, organization or territory, and refuses an empty one', async () => {
    const onList = facilitatorsOf(filteredBy(argument('filter')));
    expect(await onList(request({ filter: { organizationId: LACOSTE } }))).toBe(true);
    expect(await onList(request({ filter: { territoryId: CAHORS, zoneId: CAHORS_SUD } }))).toBe(
      true,
    );
    expect(await onList(request({ filter: { territoryId: CAHORS, zoneId: FIGEAC_OUEST } }))).toBe(
      false,
    );
    expect(await onList(request({ filter: {} }))).toBe(false);
    expect(await onList(request({}))).toBe(false);
  });

  it('needs every part of a call in the territories, and refuses a call naming a missing row', async () => {
    const missingRow = (): Scope => ({ namesUnknownRow: true });
    const vote = facilitatorsOf(together(ofOrganization(argument('organizationId')), missingRow));
    expect(await vote(request({ organizationId: LACOSTE }))).toBe(false);
    const both = facilitatorsOf(
      together(inTerritory(argument('territoryId')), inZone(argument('zoneId'))),
    );
    expect(await both(request({ territoryId: CAHORS, zoneId: CAHORS_SUD }))).toBe(true);
    expect(await both(request({ territoryId: FIGEAC, zoneId: CAHORS_SUD }))).toBe(false);
    expect(
      await both(
        request({ territoryId: FIGEAC, zoneId: CAHORS_SUD }, { territoryIds: [CAHORS, FIGEAC] }),
      ),
    ).toBe(true);
  });

  it('marks a zone out of reach and an unknown zone alike, naming the argument, but not a role refused', async () => {
    const outOfReach = async (args: Record<string, unknown>, principal?: Partial<Principal>) => {
      const call = request(args, principal);
      await onZone(call);
      return call.outOfReach;
    };
    const unknown = '11111111-2222-4333-8444-555555555555';
    expect(await outOfReach({ zoneId: FIGEAC_OUEST })).toEqual({
      field: 'zoneId',
      id: FIGEAC_OUEST,
    });
    expect(await outOfReach({ zoneId: unknown })).toEqual({ field: 'zoneId', id: unknown });
    expect(await outOfReach({ zoneId: FIGEAC_OUEST }, { roles: ['PARTNER'] })).toBeUndefined();
    expect(await outOfReach({ zoneId: CAHORS_SUD })).toBeUndefined();
  });

  it('names the part of a call out of reach, and marks nothing for a list naming no zone', async () => {
    const move = facilitatorsOf(
      together(ofOrganization(argument('input', 'id')), inZone(argument('input', 'zoneId'))),
    );
    const call = request({ input: { id: LACOSTE, zoneId: FIGEAC_OUEST } });
    expect(await move(call)).toBe(false);
    expect(call.outOfReach).toEqual({ field: 'zoneId', id: FIGEAC_OUEST });
    const list = request({ filter: {} });
    expect(await facilitatorsOf(filteredBy(argument('filter')))(list)).toBe(false);
    expect(list.outOfReach).toBeUndefined();
  });

  it("looks the territories of a GraphQL request's rules up in one batch", async () => {
    const lookup = new FakeLookup();
    const loaders = new RequestLoaders();
    const allowed = await Promise.all(
      [CAHORS_SUD, FIGEAC_OUEST, CAHORS_SUD].map((zoneId) =>
        onZone(request({ zoneId }, {}, { lookup, loaders })),
      ),
    );
    expect(allowed).toEqual([true, false, true]);
    expect(lookup.calls).toEqual([[CAHORS_SUD, FIGEAC_OUEST]]);
  });

  it('answers at once a rule of a request that looked its zones up already, the same as before', async () => {
    const lookup = new FakeLookup();
    const loaders = new RequestLoaders();
    const ask = (zoneId: string) => onZone(request({ zoneId }, {}, { lookup, loaders }));
    expect(await Promise.all([ask(CAHORS_SUD), ask(FIGEAC_OUEST)])).toEqual([true, false]);
    expect(ask(CAHORS_SUD)).toBe(true);
    const outside = request({ zoneId: FIGEAC_OUEST }, {}, { lookup, loaders });
    expect(onZone(outside)).toBe(false);
    expect(outside.outOfReach).toEqual({ field: 'zoneId', id: FIGEAC_OUEST });
    expect(lookup.calls).toEqual([[CAHORS_SUD, FIGEAC_OUEST]]);
  });

  it('refuses for a failed lookup rather than read it as an unknown zone', async () => {
    const failing = new FakeLookup();
    failing.territoriesOfZones = () => Promise.reject(new Error('directory unreachable'));
    const call = request(
      { zoneId: CAHORS_SUD },
      {},
      { lookup: failing, loaders: new RequestLoaders() },
    );
    await expect(onZone(call)).rejects.toThrow('directory unreachable');
    expect(call.outOfReach).toBeUndefined();
  });
});
