import { EventOf, validatePayload } from '../catalogue';
import { importedChangeId, singleOrganizationEvents } from './imported-organizations';
import { MAX_IMPORTED_CHANGES_PER_EVENT } from './organization-events';

const organization = (organizationId: string, headcount: number | null) => ({
  organizationId,
  siret: '41000000000013',
  name: 'Tonnellerie du Causse',
  kind: 'COMPANY' as const,
  nafCode: '16.24Z',
  headcount,
  zoneId: null,
  territoryId: '00000000-0000-4000-8000-0000000000b0',
  latitude: 44.42,
  longitude: 1.44,
  businessAssociationMember: false,
  status: 'ACTIVE' as const,
  authorisations: [],
});

const FIRST = '00000000-0000-4000-8000-000000000001';
const SECOND = '00000000-0000-4000-8000-000000000002';

const batch: EventOf<'organization.imported'> = {
  id: '9b2f3c1e-1d4a-4c3b-9f6e-2a7d8c9e0f11',
  type: 'organization.imported',
  version: 1,
  occurredAt: '2026-03-04T10:00:00.000Z',
  source: 'directory',
  payload: {
    changes: [
      { type: 'organization.registered', organization: organization(FIRST, null) },
      { type: 'organization.registered', organization: organization(SECOND, 3) },
      { type: 'organization.updated', organization: organization(FIRST, 8) },
    ],
  },
};

describe('organization.imported v1', () => {
  it('tells each change as the single event it stands for, a repeated organization a millisecond later', () => {
    const singles = singleOrganizationEvents(batch);
    expect(singles.map(({ type, occurredAt, payload }) => [type, occurredAt, payload])).toEqual([
      ['organization.registered', '2026-03-04T10:00:00.000Z', organization(FIRST, null)],
      ['organization.registered', '2026-03-04T10:00:00.000Z', organization(SECOND, 3)],
      ['organization.updated', '2026-03-04T10:00:00.001Z', organization(FIRST, 8)],
    ]);
    for (const single of singles) {
      expect(validatePayload(single.type, single.version, single.payload)).toEqual(single.payload);
    }
  });

  it('names each change by an id of its own, the same at every reading', () => {
    const ids = singleOrganizationEvents(batch).map((single) => single.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual(singleOrganizationEvents(batch).map((single) => single.id));
    expect(ids[0]).toBe(importedChangeId(batch.id, 0));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedChangeId(SECOND, 0)).not.toBe(ids[0]);
  });

  it('refuses an empty batch, one over its size, and a change of another type', () => {
    const change = batch.payload.changes[0];
    expect(() => validatePayload('organization.imported', 1, { changes: [] })).toThrow(
      /organization.imported v1: changes/,
    );
    const many = Array.from({ length: MAX_IMPORTED_CHANGES_PER_EVENT + 1 }, () => change);
    expect(() => validatePayload('organization.imported', 1, { changes: many })).toThrow(/changes/);
    expect(() =>
      validatePayload('organization.imported', 1, {
        changes: [{ ...change, type: 'organization.archived' }],
      }),
    ).toThrow(/changes\.0\.type/);
  });
});
