import type { ProposedB2B, ProposedCollective, ProposedSynergies } from '@symbiose/synergy-cases';
import { Request } from '@symbiose/gateway-client';
import { LoadedCase } from './load-case';

const PAGE_SIZE = 50;

interface Participant {
  /** Null only for a participant anonymised to the caller, which an ADMIN never gets. */
  organization: { id: string } | null;
  role: 'MEMBER' | 'SUPPLIER' | 'CONSUMER';
  declarationIds: string[];
}

interface SynergyNode {
  id: string;
  kind: 'B2B' | 'COLLECTIVE';
  categoryCode: string;
  score: number;
  allocatedQuantity?: number | null;
  participants: Participant[];
}

interface Page {
  nodes: SynergyNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function synergiesQuery(allocatedQuantity: boolean): string {
  return `query Synergies($filter: SynergyFilter!, $after: String) {
  synergies(filter: $filter, first: ${PAGE_SIZE}, after: $after) {
    nodes {
      id kind categoryCode score ${allocatedQuantity ? 'allocatedQuantity' : ''}
      participants { role declarationIds organization { id } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

async function allOf(request: Request, query: string, filter: object): Promise<SynergyNode[]> {
  const nodes: SynergyNode[] = [];
  let after: string | undefined;
  for (;;) {
    const { synergies } = await request<{ synergies: Page }>('synergies', query, { filter, after });
    nodes.push(...synergies.nodes);
    if (!synergies.pageInfo.hasNextPage) return nodes;
    after = synergies.pageInfo.endCursor ?? undefined;
  }
}

/** The refs a role's declarations stand for; an id the case did not record keeps its id. */
function refsOf(synergy: SynergyNode, role: Participant['role'], loaded: LoadedCase): string[] {
  return synergy.participants
    .filter((participant) => participant.role === role)
    .flatMap((participant) => participant.declarationIds)
    .map((id) => loaded.declarationRefs.get(id) ?? `unknown:${id}`);
}

function b2bPairs(synergy: SynergyNode, loaded: LoadedCase): ProposedB2B[] {
  const needs = refsOf(synergy, 'CONSUMER', loaded);
  return refsOf(synergy, 'SUPPLIER', loaded).flatMap((resource) =>
    needs.map((need) => ({
      resource,
      need,
      score: synergy.score,
      allocatedQuantity: synergy.allocatedQuantity ?? null,
    })),
  );
}

function collective(synergy: SynergyNode, loaded: LoadedCase): ProposedCollective {
  return {
    categoryCode: synergy.categoryCode,
    members: synergy.participants
      .filter((participant) => participant.role === 'MEMBER')
      .map((participant) => {
        const id = participant.organization?.id ?? 'anonymous';
        return loaded.firmRefs.get(id) ?? id;
      }),
  };
}

/**
 * The case's live synergies (obsolete ones left out, as the API does by default): the zone's,
 * and those of each firm outside it, read back as the case's refs.
 */
export async function readSynergies(
  request: Request,
  loaded: LoadedCase,
  allocatedQuantity: boolean,
): Promise<Omit<ProposedSynergies, 'apiGaps'>> {
  const query = synergiesQuery(allocatedQuantity);
  const filters = [
    { zoneId: loaded.zoneId },
    ...loaded.outsideOrganizationIds.map((organizationId) => ({ organizationId })),
  ];
  const byId = new Map<string, SynergyNode>();
  for (const filter of filters) {
    for (const node of await allOf(request, query, filter)) byId.set(node.id, node);
  }
  const synergies = [...byId.values()];
  return {
    b2b: synergies.filter((s) => s.kind === 'B2B').flatMap((s) => b2bPairs(s, loaded)),
    collective: synergies.filter((s) => s.kind === 'COLLECTIVE').map((s) => collective(s, loaded)),
  };
}
