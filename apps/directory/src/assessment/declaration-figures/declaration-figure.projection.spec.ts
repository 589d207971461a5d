import { EntityManager } from 'typeorm';
import { EVENT_CATALOGUE, EventEnvelope } from '@symbiose/contracts';
import { DeclarationFigureProjection } from './declaration-figure.projection';
import { handlerOf } from '@symbiose/platform';

const OCCURRED_AT = '2025-03-04T10:00:00.000Z';

describe('DeclarationFigureProjection', () => {
  const handlers = new DeclarationFigureProjection().handlers();

  it('handles every declaration event', () => {
    const declarationEvents = Object.keys(EVENT_CATALOGUE).filter((type) =>
      type.startsWith('declaration.'),
    );
    expect(Object.keys(handlers).sort()).toEqual(declarationEvents.sort());
  });

  it('writes the figures through the manager it is given, stamped with the time of the event', async () => {
    const query = jest.fn().mockResolvedValue([]);
    const event: EventEnvelope = {
      id: '7d3c2a10-5f4b-4c8e-8a9d-1b2c3d4e5f60',
      type: 'declaration.withdrawn',
      version: 1,
      occurredAt: OCCURRED_AT,
      source: 'interviews',
      payload: {
        declarationId: 'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12',
        organizationId: 'c2b4d6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b',
        kind: 'RESOURCE',
        theme: 'MATERIALS_WASTE',
        annualQuantity: 26,
        canonicalUnit: 't',
        status: 'WITHDRAWN',
      },
    };
    await handlerOf(handlers, 'declaration.withdrawn')!(event, {
      query,
    } as unknown as EntityManager);
    const [sql, parameters] = query.mock.calls[0] as [string, unknown[]];
    expect(sql).toMatch(
      /WHERE declaration_figure.source_occurred_at <= EXCLUDED.source_occurred_at/,
    );
    expect(parameters).toEqual([
      'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12',
      'c2b4d6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b',
      'RESOURCE',
      'MATERIALS_WASTE',
      26,
      't',
      'WITHDRAWN',
      OCCURRED_AT,
    ]);
  });
});
