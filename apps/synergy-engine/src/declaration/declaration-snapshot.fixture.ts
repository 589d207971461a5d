import { DeclarationSnapshotV1 } from '@symbiose/contracts';

/** A declaration as the interviews service sends it, for the engine's tests. */
export function declarationSnapshot(
  overrides: Partial<DeclarationSnapshotV1> = {},
): DeclarationSnapshotV1 {
  return {
    declarationId: 'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b',
    organizationId: 'a6f1c7de-3b1e-4f0a-9d7e-2c4b6a8e0f12',
    interviewId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    zoneId: 'c2b4d6f8-1a3c-4e5f-8a7b-9c0d1e2f3a4b',
    territoryId: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
    latitude: 44.42,
    longitude: 1.44,
    kind: 'RESOURCE',
    theme: 'MATERIALS_WASTE',
    categoryCode: 'WASTE_CARDBOARD',
    label: 'Cartons d’emballage',
    annualQuantity: 12.5,
    canonicalUnit: 't',
    frequency: 'WEEKLY',
    wasteCode: '150101',
    hazardous: false,
    authorisedForHazardous: null,
    availableFrom: '2026-01-01',
    availableUntil: null,
    status: 'ACTIVE',
    ...overrides,
  };
}
