import type { SynergyCase } from '@symbiose/synergy-cases';
import { ApiCapabilities } from './api-capabilities';
import { caseSirets } from './case-sirets';
import { Request, Wait } from '@symbiose/gateway-client';
import { recordDeclaration } from './record-declaration';
import { registerFirm } from './register-firm';
import { zonePlace } from './zone-perimeter';

const CREATE_TERRITORY = `mutation CreateTerritory($input: CreateTerritoryInput!) {
  createTerritory(input: $input) { id }
}`;
const CREATE_ZONE = `mutation CreateZone($input: CreateZoneInput!) {
  createZone(input: $input) { id }
}`;

/** A case as the API holds it, and how to read its ids back as the case's refs. */
export interface LoadedCase {
  territoryId: string;
  zoneId: string;
  /** Firms registered outside the zone: their synergies are read one by one. */
  outsideOrganizationIds: string[];
  /** Declaration id → declaration ref. */
  declarationRefs: Map<string, string>;
  /** Organization id → firm ref. */
  firmRefs: Map<string, string>;
  /** Declarations the API accepted, by kind: what the engine must have seen. */
  recorded: { NEED: number; RESOURCE: number };
  /** What the API could not take of the case, in words. */
  apiGaps: string[];
}

const HAZARDOUS_WASTE_RECEPTION = 'HAZARDOUS_WASTE_RECEPTION';

/** The facts of the case that went in descriptions because the API has no field for them. */
function missingFields(c: SynergyCase, capabilities: ApiCapabilities): string[] {
  const withAttributes = c.declarations
    .filter((declaration) => Object.keys(declaration.attributes ?? {}).length > 0)
    .map((declaration) => declaration.ref);
  const authorised = c.firms
    .filter((firm) => (firm.authorisations ?? []).length > 0)
    .map((firm) => `${firm.ref} (${(firm.authorisations ?? []).join(', ')})`);
  return [
    ...(!capabilities.declarationAttributes && withAttributes.length > 0
      ? [
          `attributes of ${withAttributes.join(', ')} in descriptions: the API has no field for them`,
        ]
      : []),
    ...(!capabilities.organizationAuthorisations && authorised.length > 0
      ? [
          `authorisations of ${authorised.join(', ')} in descriptions: the API has no field for them`,
        ]
      : []),
  ];
}

/**
 * Loads a case into a territory of its own, as the set's README says: territory, a MIXED zone
 * around its in-zone firms, the firms, then their declarations.
 */
export async function loadCase(
  request: Request,
  c: SynergyCase,
  runName: string,
  capabilities: ApiCapabilities,
  directoryWait: Wait,
): Promise<LoadedCase> {
  const { createTerritory } = await request<{ createTerritory: { id: string } }>(
    `createTerritory for ${c.id}`,
    CREATE_TERRITORY,
    { input: { name: `${runName} ${c.id}`.slice(0, 200) } },
  );
  const territoryId = createTerritory.id;
  const { createZone } = await request<{ createZone: { id: string } }>(
    `createZone for ${c.id}`,
    CREATE_ZONE,
    { input: { territoryId, name: c.id.slice(0, 200), kind: 'MIXED', ...zonePlace(c.firms) } },
  );
  const zoneId = createZone.id;
  const loaded: LoadedCase = {
    territoryId,
    zoneId,
    outsideOrganizationIds: [],
    declarationRefs: new Map(),
    firmRefs: new Map(),
    recorded: { NEED: 0, RESOURCE: 0 },
    apiGaps: [],
  };
  const sirets = caseSirets(c.firms);
  const contexts = new Map<string, Parameters<typeof recordDeclaration>[2]>();
  for (const firm of c.firms) {
    const inZone = firm.inZone !== false;
    const registered = await registerFirm(
      request,
      firm,
      { siret: sirets.get(firm.ref) ?? '', zoneId: inZone ? zoneId : null, territoryId },
      capabilities.organizationAuthorisations,
    );
    loaded.firmRefs.set(registered.organizationId, firm.ref);
    if (!inZone) loaded.outsideOrganizationIds.push(registered.organizationId);
    loaded.apiGaps.push(...registered.gaps);
    contexts.set(firm.ref, {
      organizationId: registered.organizationId,
      undeliveredAuthorisations: registered.undeliveredAuthorisations,
      hazardousReception: (firm.authorisations ?? []).includes(HAZARDOUS_WASTE_RECEPTION),
      attributesField: capabilities.declarationAttributes,
      attributeShape: capabilities.attributeShape,
      directoryWait,
    });
  }
  loaded.apiGaps.push(...missingFields(c, capabilities));
  for (const declaration of c.declarations) {
    const context = contexts.get(declaration.firm);
    if (!context) throw new Error(`${c.id}: ${declaration.ref} names no firm of the case`);
    const recorded = await recordDeclaration(request, declaration, context);
    loaded.apiGaps.push(...recorded.gaps);
    if (recorded.id === null) continue;
    loaded.declarationRefs.set(recorded.id, declaration.ref);
    loaded.recorded[declaration.kind] += 1;
  }
  return loaded;
}
