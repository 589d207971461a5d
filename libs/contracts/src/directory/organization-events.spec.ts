import { validatePayload } from '../catalogue';

const ORGANIZATION = {
  organizationId: '00000000-0000-4000-8000-000000000001',
  siret: null,
  name: 'Chaufferie du Lot',
  kind: 'COMPANY',
  nafCode: '35.30Z',
  headcount: 12,
  zoneId: null,
  territoryId: '00000000-0000-4000-8000-0000000000b0',
  latitude: 44.42,
  longitude: 1.44,
  businessAssociationMember: false,
  status: 'ACTIVE',
};

describe('organization events v1', () => {
  it('carry the authorisations', () => {
    const payload = { ...ORGANIZATION, authorisations: ['2910-B', 'HAZARDOUS_WASTE_RECEPTION'] };
    expect(validatePayload('organization.updated', 1, payload)).toEqual(payload);
  });

  it('read an event recorded before authorisations existed as having none', () => {
    expect(validatePayload('organization.registered', 1, ORGANIZATION)).toEqual({
      ...ORGANIZATION,
      authorisations: [],
    });
  });
});
