import { EntityManager } from 'typeorm';
import { DeclarationSnapshotV1, EventEnvelope } from '@symbiose/contracts';
import { handlerOf } from '@symbiose/platform';
import { declarationSnapshot as snapshot } from './declaration-snapshot.fixture';
import { declarationEventHandlers } from './declaration.projection';

const OCCURRED_AT = '2025-11-28T10:30:00.000Z';

function fakeManager() {
  const query = jest.fn().mockResolvedValue([]);
  return { manager: { query } as unknown as EntityManager, query };
}

function envelope(type: string, payload: DeclarationSnapshotV1): EventEnvelope {
  return {
    id: '7d3c2a10-5f4b-4c8e-8a9d-1b2c3d4e5f61',
    type,
    version: 1,
    occurredAt: OCCURRED_AT,
    source: 'interviews',
    payload,
  };
}

async function project(
  type: keyof ReturnType<typeof declarationEventHandlers>,
  payload = snapshot(),
) {
  const { manager, query } = fakeManager();
  await handlerOf(declarationEventHandlers(), type)!(envelope(type, payload), manager);
  expect(query).toHaveBeenCalledTimes(1);
  return query.mock.calls[0] as [string, unknown[]];
}

describe('declarationEventHandlers', () => {
  it('upserts what the declaration is, guarded by the time of the event', async () => {
    const [sql, parameters] = await project('declaration.recorded');

    expect(sql).toMatch(/ON CONFLICT \(declaration_id\) DO UPDATE/);
    expect(sql).toMatch(/WHERE declaration\.source_occurred_at <= EXCLUDED\.source_occurred_at/);
    expect(parameters).toEqual([
      'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b',
      'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12',
      'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
      'RESOURCE',
      'MATERIALS_WASTE',
      'WASTE_CARDBOARD',
      'Cartons d’emballage',
      12.5,
      't',
      'WEEKLY',
      '150101',
      false,
      null,
      '2026-01-01',
      null,
      'ACTIVE',
      {},
      null,
      OCCURRED_AT,
    ]);
  });

  it('stores the euro figures the event carries', async () => {
    const economics = { disposalCostCentsPerUnit: 9_000, investmentCents: 50_000 };
    const [sql, parameters] = await project('declaration.recorded', snapshot({ economics }));

    expect(sql).toMatch(/economics = EXCLUDED\.economics/);
    expect(parameters[17]).toEqual(economics);
  });

  it('stores the attributes the event carries', async () => {
    const attributes = { storage: 'FROZEN' as const, contains: ['ANIMAL_BY_PRODUCTS'] };
    const [sql, parameters] = await project('declaration.recorded', snapshot({ attributes }));

    expect(sql).toMatch(/attributes = EXCLUDED\.attributes/);
    expect(parameters[16]).toEqual(attributes);
  });

  it('does not copy where the declaration is: that is read from the organization replica', async () => {
    const [sql, parameters] = await project('declaration.updated');

    expect(sql).not.toMatch(/zone_id|territory_id|latitude|longitude/);
    expect(parameters).not.toContain(44.42);
    expect(parameters).not.toContain('c2b4d6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b');
  });

  it('stores a withdrawal as WITHDRAWN, whatever status its snapshot carries', async () => {
    const [, parameters] = await project('declaration.withdrawn', snapshot({ status: 'ACTIVE' }));

    expect(parameters[15]).toBe('WITHDRAWN');
  });
});
