import { randomUUID } from 'node:crypto';
import { EventOf, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { InterviewsEventHandlers } from '../src/events/interviews-event-handlers';
import { GRAND_CAHORS, InterviewsTestApp, startInterviewsApp } from './interviews-test-app';

jest.setTimeout(60_000);

/** A firm as an import's batch carries it: with its authorisations, as every change now has. */
function snapshot(
  siret: string,
  headcount: number | null,
): OrganizationSnapshotV1 & { authorisations: string[] } {
  return {
    organizationId: randomUUID(),
    siret,
    name: 'Scierie du Lot',
    kind: 'COMPANY',
    nafCode: '16.10A',
    headcount,
    zoneId: null,
    territoryId: GRAND_CAHORS,
    latitude: 44.4,
    longitude: 1.44,
    businessAssociationMember: false,
    status: 'ACTIVE',
    authorisations: [],
  };
}

/** An import's batch, as the interviews' replica keeps it: each organization with its SIRET. */
describe('organizations told by an import', () => {
  let t: InterviewsTestApp;

  beforeAll(async () => {
    t = await startInterviewsApp('interviews-imported');
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('are kept as of their last change, with their SIRET', async () => {
    const scierie = snapshot('41000000000013', null);
    const tonnellerie = snapshot('41000000000021', 3);
    const batch: EventOf<'organization.imported'> = {
      id: randomUUID(),
      type: 'organization.imported',
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'directory',
      payload: {
        changes: [
          { type: 'organization.registered', organization: scierie },
          { type: 'organization.registered', organization: tonnellerie },
          { type: 'organization.updated', organization: { ...scierie, headcount: 8 } },
        ],
      },
    };
    const handle = t.app.get(InterviewsEventHandlers).handlers()['organization.imported'];
    await t.dataSource.transaction((manager) => handle(batch, manager));

    const rows = await t.dataSource.query(
      `SELECT organization_id, siret, headcount FROM organization
        WHERE organization_id = ANY($1::uuid[]) ORDER BY siret`,
      [[scierie.organizationId, tonnellerie.organizationId]],
    );
    expect(rows).toEqual([
      { organization_id: scierie.organizationId, siret: scierie.siret, headcount: 8 },
      { organization_id: tonnellerie.organizationId, siret: tonnellerie.siret, headcount: 3 },
    ]);
  });
});
