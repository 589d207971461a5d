/**
 * Prints a development token per role for the demo data of a running system
 * (GATEWAY_URL): the facilitator of its territory, a member of one of its
 * firms, the waste syndicate as partner. `npm start` runs it.
 */
import { BaseConfig, loadConfig } from '@symbiose/platform';
import { issueToken, Principal } from '@symbiose/tokens';

const LIFETIME_SECONDS = 8 * 3600;
const DEMO_PARTNER_ID = 'syded-lot';
const DEMO_QUERY = `{
  territories(first: 1) { nodes { id name } }
  organizations(first: 1, filter: { kind: COMPANY }) { nodes { id name } }
}`;

interface DemoIdentities {
  territories: { nodes: { id: string; name: string }[] };
  organizations: { nodes: { id: string; name: string }[] };
}

async function demoIdentities(gatewayUrl: string, adminToken: string): Promise<DemoIdentities> {
  const response = await fetch(`${gatewayUrl.replace(/\/+$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: DEMO_QUERY }),
  });
  const body = (await response.json()) as { data?: DemoIdentities; errors?: { message: string }[] };
  if (!body.data) throw new Error(`cannot read the demo data: ${body.errors?.[0]?.message}`);
  return body.data;
}

async function main(): Promise<void> {
  const settings = loadConfig(BaseConfig);
  const sign = (principal: Principal) =>
    issueToken(principal, settings, { lifetimeSeconds: LIFETIME_SECONDS });
  const admin = await sign({ subject: 'demo:admin', roles: ['ADMIN'], territoryIds: [] });
  const { territories, organizations } = await demoIdentities(
    process.env['GATEWAY_URL'] ?? 'http://localhost:4000',
    admin,
  );
  const [territory] = territories.nodes;
  const [firm] = organizations.nodes;
  if (!territory || !firm) throw new Error('the demo data is not loaded');
  const tokens: [string, string][] = [
    ['ADMIN', admin],
    [
      `FACILITATOR of ${territory.name}`,
      await sign({
        subject: 'demo:facilitator',
        roles: ['FACILITATOR'],
        territoryIds: [territory.id],
      }),
    ],
    [
      `COMPANY_MEMBER of ${firm.name}`,
      await sign({
        subject: 'demo:member',
        roles: ['COMPANY_MEMBER'],
        organizationId: firm.id,
        territoryIds: [],
      }),
    ],
    [
      `PARTNER ${DEMO_PARTNER_ID}`,
      await sign({
        subject: 'demo:partner',
        roles: ['PARTNER'],
        partnerId: DEMO_PARTNER_ID,
        territoryIds: [],
      }),
    ],
  ];
  console.log(tokens.map(([who, token]) => `  ${who}:\n    ${token}`).join('\n'));
}

main().catch((error: unknown) => {
  console.error(`demo tokens: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
