import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@symbiose/platform';
import { bearer, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { TestService } from '@symbiose/service-testing';
import {
  declarationOf,
  organizationSnapshot,
  packagingNeedOf,
  zoneSnapshot,
} from './engine-test-events';
import { EngineScenario, startEngineScenario } from './engine-scenario';

jest.setTimeout(60_000);

const TERRITORY = randomUUID();

describe("an introduction consent's audit, written with the consent", () => {
  let service: TestService;
  let scenario: EngineScenario;
  let synergyId: string;
  const zone = zoneSnapshot(TERRITORY);
  const giver = organizationSnapshot(zone.zoneId, TERRITORY, { name: 'Cartonnages du Quercy' });
  const shipper = organizationSnapshot(zone.zoneId, TERRITORY, {
    name: 'Expéditions Lotoises',
    latitude: 44.4459,
  });

  beforeAll(async () => {
    const need = packagingNeedOf(shipper.organizationId);
    scenario = await startEngineScenario('introduction-audit', {
      zones: [zone],
      organizations: [giver, shipper],
      declarations: [declarationOf(giver.organizationId), need],
    });
    service = scenario.service;
    const found = await waitFor(
      () =>
        service.gql(
          `query ($zoneId: ID!) { synergies(filter: { zoneId: $zoneId, kind: B2B }) { nodes { id } } }`,
          { zoneId: zone.zoneId },
        ),
      (response) => response.data?.synergies.nodes.length === 1,
      { timeoutMs: 20_000 },
    );
    synergyId = found.data?.synergies.nodes[0].id;
  });

  afterAll(() => scenario?.stop());

  afterEach(() => jest.restoreAllMocks());

  async function asShipper(query: string, variables: Record<string, unknown>) {
    const token = await testToken('COMPANY_MEMBER', { organizationId: shipper.organizationId });
    return postGraphQL(service.app.getHttpServer(), query, variables, bearer(token));
  }

  async function auditedInOutbox(operationName: string): Promise<{ outcome: string }[]> {
    return service.dataSource.query(
      `SELECT payload->>'outcome' AS outcome FROM outbox_event
        WHERE type = 'audit.recorded' AND payload->>'operationName' = $1`,
      [operationName],
    );
  }

  it.each([
    [
      'Consent',
      `mutation Consent($synergyId: ID!) {
         consentToIntroduction(input: { synergyId: $synergyId, contactName: "Lucie Vayssières" }) { id } }`,
    ],
    [
      'Withdraw',
      `mutation Withdraw($synergyId: ID!) { withdrawIntroductionConsent(synergyId: $synergyId) { id } }`,
    ],
  ])('holds the audit of %s though the write after the answer never comes', async (name, query) => {
    const afterAnswer = jest
      .spyOn(AuditJournal.prototype, 'record')
      .mockRejectedValue(new Error('process killed once the change committed'));

    const response = await asShipper(query, { synergyId });

    expect(response.errors).toBeUndefined();
    expect(afterAnswer).not.toHaveBeenCalled();
    expect(await auditedInOutbox(name)).toEqual([{ outcome: 'SUCCESS' }]);
  });
});
