import { EntityManager } from 'typeorm';
import { EVENT_CATALOGUE, EventEnvelope } from '@symbiose/contracts';
import { handlerOf } from '@symbiose/platform';
import { ReadModelProjection } from './read-model.projection';

const OCCURRED_AT = '2025-11-28T09:15:00.000Z';

function fakeManager() {
  const query = jest.fn().mockResolvedValue([]);
  return { manager: { query } as unknown as EntityManager, query };
}

function envelope(type: string, payload: unknown, source = 'directory'): EventEnvelope {
  return {
    id: '7d3c2a10-5f4b-4c8e-8a9d-1b2c3d4e5f60',
    type,
    version: 1,
    occurredAt: OCCURRED_AT,
    source,
    payload,
  };
}

describe('ReadModelProjection', () => {
  const handlers = new ReadModelProjection().handlers();

  it('handles every directory and declaration event the catalogue sends to the engine', () => {
    const subscribed = Object.entries(EVENT_CATALOGUE)
      .filter(([, entry]) => (entry.subscribers as readonly string[]).includes('synergy-engine'))
      .map(([type]) => type)
      .filter((type) => /^(organization|zone|declaration)\./.test(type));

    expect(Object.keys(handlers).sort()).toEqual(subscribed.sort());
  });

  it.each(['organization.registered', 'organization.updated', 'organization.archived'] as const)(
    'writes %s through the manager it is given, stamped with the time of the event',
    async (type) => {
      const { manager, query } = fakeManager();
      const organizationId = 'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12';

      await handlerOf(handlers, type)!(
        envelope(type, {
          organizationId,
          siret: null,
          name: 'Transports Delmas',
          kind: 'COMPANY',
          nafCode: '49.41A',
          headcount: 42,
          zoneId: null,
          territoryId: null,
          latitude: 44.42,
          longitude: 1.44,
          businessAssociationMember: true,
          status: type === 'organization.archived' ? 'ARCHIVED' : 'ACTIVE',
        }),
        manager,
      );

      expect(query).toHaveBeenCalledTimes(1);
      const [sql, parameters] = query.mock.calls[0] as [string, unknown[]];
      expect(sql).toMatch(/INSERT INTO organization/);
      expect(parameters[0]).toBe(organizationId);
      expect(parameters.at(-1)).toBe(OCCURRED_AT);
    },
  );

  it.each(['zone.created', 'zone.updated'] as const)(
    'writes %s through the manager it is given, stamped with the time of the event',
    async (type) => {
      const { manager, query } = fakeManager();
      const zoneId = 'c2b4d6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b';

      await handlerOf(handlers, type)!(
        envelope(type, {
          zoneId,
          territoryId: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
          name: 'Cahors Sud',
          kind: 'MIXED',
          latitude: 44.4,
          longitude: 1.45,
          areaKm2: null,
        }),
        manager,
      );

      expect(query).toHaveBeenCalledTimes(1);
      const [sql, parameters] = query.mock.calls[0] as [string, unknown[]];
      expect(sql).toMatch(/INSERT INTO zone/);
      expect(parameters[0]).toBe(zoneId);
      expect(parameters.at(-1)).toBe(OCCURRED_AT);
    },
  );

  it.each(['declaration.recorded', 'declaration.updated', 'declaration.withdrawn'] as const)(
    'writes %s through the manager it is given, stamped with the time of the event',
    async (type) => {
      const { manager, query } = fakeManager();
      const declarationId = 'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b';

      await handlerOf(handlers, type)!(
        envelope(
          type,
          {
            declarationId,
            organizationId: 'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12',
            interviewId: null,
            zoneId: null,
            territoryId: null,
            latitude: null,
            longitude: null,
            kind: 'RESOURCE',
            theme: 'MATERIALS_WASTE',
            categoryCode: 'WASTE_CARDBOARD',
            label: 'Cartons',
            annualQuantity: 12,
            canonicalUnit: 't',
            frequency: 'WEEKLY',
            wasteCode: '150101',
            hazardous: false,
            authorisedForHazardous: null,
            availableFrom: null,
            availableUntil: null,
            status: type === 'declaration.withdrawn' ? 'WITHDRAWN' : 'ACTIVE',
          },
          'interviews',
        ),
        manager,
      );

      expect(query).toHaveBeenCalledTimes(1);
      const [sql, parameters] = query.mock.calls[0] as [string, unknown[]];
      expect(sql).toMatch(/INSERT INTO declaration/);
      expect(parameters[0]).toBe(declarationId);
      expect(parameters.at(-1)).toBe(OCCURRED_AT);
    },
  );
});
