import { isUnknownId, Request, Wait, waitUntil } from '@symbiose/gateway-client';
import { LoadedCase } from './load-case';

const WASTE_FLOWS = `query Flows($territoryId: ID!, $kind: DeclarationKind!) {
  wasteFlows(territoryId: $territoryId, groupBy: [THEME], kind: $kind) { declarationCount }
}`;
const RECOMPUTE_STATUS = `query Status($zoneId: ID!) {
  recomputeStatus(zoneId: $zoneId) { state pendingRequests lastComputedAt lastError }
}`;

interface RecomputeStatus {
  state: 'IDLE' | 'PENDING' | 'RUNNING' | 'FAILED';
  pendingRequests: number;
  lastComputedAt: string | null;
  lastError: string | null;
}

type Kind = keyof LoadedCase['recorded'];

/** The declarations of a kind the engine has seen in the territory; none while it does not know it. */
async function seen(request: Request, territoryId: string, kind: Kind): Promise<number> {
  try {
    const { wasteFlows } = await request<{ wasteFlows: { declarationCount: number }[] }>(
      `wasteFlows ${kind}`,
      WASTE_FLOWS,
      { territoryId, kind },
    );
    return wasteFlows.reduce((sum, flow) => sum + flow.declarationCount, 0);
  } catch (error) {
    if (isUnknownId(error, 'territoryId')) return 0;
    throw error;
  }
}

/**
 * Waits until the engine has seen every declaration of the case and its zone's recompute has
 * caught up with every request; fails naming what it was still waiting for.
 */
export async function waitForEngine(
  request: Request,
  loaded: LoadedCase,
  caseId: string,
  wait: Wait,
): Promise<void> {
  const deadline = Date.now() + wait.waitMs;
  const left = (): Wait => ({ ...wait, waitMs: Math.max(deadline - Date.now(), 0) });
  const expected = loaded.recorded;
  await waitUntil(
    async () => ({
      NEED: await seen(request, loaded.territoryId, 'NEED'),
      RESOURCE: await seen(request, loaded.territoryId, 'RESOURCE'),
    }),
    (counts) => counts.NEED === expected.NEED && counts.RESOURCE === expected.RESOURCE,
    left(),
    (counts) =>
      `${caseId}: after ${wait.waitMs / 1000} s the engine has seen ${counts.NEED}/${expected.NEED} ` +
      `needs and ${counts.RESOURCE}/${expected.RESOURCE} resources`,
  );
  const status = await waitUntil(
    async () =>
      (
        await request<{ recomputeStatus: RecomputeStatus }>('recomputeStatus', RECOMPUTE_STATUS, {
          zoneId: loaded.zoneId,
        })
      ).recomputeStatus,
    (answer) =>
      answer.state === 'FAILED' ||
      (answer.state === 'IDLE' && answer.pendingRequests === 0 && answer.lastComputedAt !== null),
    left(),
    (answer) =>
      `${caseId}: after ${wait.waitMs / 1000} s the zone's recompute is still ${answer.state} ` +
      `(${answer.pendingRequests} requests pending)`,
  );
  if (status.state === 'FAILED') {
    throw new Error(`${caseId}: the zone's recompute failed: ${status.lastError ?? 'no message'}`);
  }
}
