import {
  DeclarationSnapshotV1,
  OrganizationSnapshotV1,
  SynergySnapshotV1,
  SynergyStatusChangedV1,
} from '@symbiose/contracts';
import { organizationIdsIn, redactForPartner } from './partner-payload';

const SHARED = '00000000-0000-4000-8000-000000000001';
const UNSHARED = '00000000-0000-4000-8000-000000000002';
const ZONE = '00000000-0000-4000-8000-0000000000a0';
const TERRITORY = '00000000-0000-4000-8000-0000000000b0';
const shared = new Set([SHARED]);

const organization = (organizationId: string): OrganizationSnapshotV1 => ({
  organizationId,
  siret: '71000000000019',
  name: 'Menuiserie Lacoste',
  kind: 'COMPANY',
  nafCode: '16.23Z',
  headcount: 12,
  zoneId: ZONE,
  territoryId: TERRITORY,
  latitude: 44.4,
  longitude: 1.45,
  businessAssociationMember: true,
  status: 'ACTIVE',
});

const declaration = (organizationId: string): DeclarationSnapshotV1 => ({
  declarationId: '00000000-0000-4000-8000-0000000000c0',
  organizationId,
  interviewId: '00000000-0000-4000-8000-0000000000d0',
  zoneId: ZONE,
  territoryId: TERRITORY,
  latitude: 44.4,
  longitude: 1.45,
  kind: 'RESOURCE',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'WASTE_CARDBOARD',
  label: 'Cartons Lacoste',
  annualQuantity: 12,
  canonicalUnit: 't',
  frequency: 'WEEKLY',
  wasteCode: '150101',
  hazardous: false,
  authorisedForHazardous: null,
  availableFrom: null,
  availableUntil: null,
  status: 'ACTIVE',
});

const synergy: SynergySnapshotV1 = {
  synergyId: '00000000-0000-4000-8000-0000000000e0',
  kind: 'B2B',
  territoryId: TERRITORY,
  zoneIds: [ZONE],
  categoryCode: 'WASTE_CARDBOARD',
  theme: 'MATERIALS_WASTE',
  score: 0.8,
  participants: [
    { organizationId: SHARED, role: 'SUPPLIER' },
    { organizationId: UNSHARED, role: 'CONSUMER' },
  ],
  status: 'DETECTED',
  obsolete: false,
};

describe('partner payloads', () => {
  it('names the organizations an event is about', () => {
    expect(organizationIdsIn('organization.updated', organization(SHARED))).toEqual([SHARED]);
    expect(organizationIdsIn('declaration.recorded', declaration(UNSHARED))).toEqual([UNSHARED]);
    expect(organizationIdsIn('synergy.detected', { synergies: [synergy, synergy] })).toEqual([
      SHARED,
      UNSHARED,
      SHARED,
      UNSHARED,
    ]);
    expect(organizationIdsIn('synergy.obsoleted', { synergyIds: [synergy.synergyId] })).toEqual([]);
  });

  it('keeps a shared organization whole and blanks the identity of one not shared', () => {
    expect(redactForPartner('organization.registered', organization(SHARED), shared)).toEqual(
      organization(SHARED),
    );
    expect(redactForPartner('organization.registered', organization(UNSHARED), shared)).toEqual({
      ...organization(UNSHARED),
      organizationId: null,
      siret: null,
      name: null,
      latitude: null,
      longitude: null,
    });
  });

  it('blanks who declared what, and where, unless the declaring firm agreed', () => {
    expect(redactForPartner('declaration.recorded', declaration(SHARED), shared)).toEqual(
      declaration(SHARED),
    );
    const redacted = redactForPartner('declaration.withdrawn', declaration(UNSHARED), shared);
    expect(redacted).toMatchObject({
      organizationId: null,
      interviewId: null,
      label: null,
      latitude: null,
      longitude: null,
      categoryCode: 'WASTE_CARDBOARD',
      annualQuantity: 12,
      zoneId: ZONE,
    });
    expect(JSON.stringify(redacted)).not.toMatch(/Lacoste|00000000-0000-4000-8000-000000000002/);
  });

  it("blanks each synergy's participants that did not agree, and people's words", () => {
    const detected = redactForPartner('synergy.detected', { synergies: [synergy] }, shared);
    expect(detected).toEqual({
      synergies: [
        {
          ...synergy,
          participants: [
            { organizationId: SHARED, role: 'SUPPLIER' },
            { organizationId: null, role: 'CONSUMER' },
          ],
        },
      ],
    });
    const changed: SynergyStatusChangedV1 = {
      ...synergy,
      from: 'DETECTED',
      status: 'QUALIFIED',
      changedBy: 'facilitator:marie',
      note: 'Lacoste et Garrigue sont d’accord',
      reasonCode: null,
    };
    const redacted = redactForPartner('synergy.status_changed', changed, new Set());
    expect(redacted).toMatchObject({ status: 'QUALIFIED', changedBy: null, note: null });
    expect(JSON.stringify(redacted)).not.toMatch(/Lacoste|000000000001|000000000002|marie/);
  });

  it('leaves what names no organization as it is', () => {
    const obsoleted = { synergyIds: [synergy.synergyId] };
    expect(redactForPartner('synergy.obsoleted', obsoleted, new Set())).toBe(obsoleted);
  });
});
