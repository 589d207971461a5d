import type { CaseFirm } from '@symbiose/synergy-cases';
import { GraphQLRequestError, Request } from '@symbiose/gateway-client';

const REGISTER_ORGANIZATION = `mutation RegisterOrganization($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id }
}`;

export interface FirmPlace {
  siret: string;
  /** The case's zone, or null for a firm outside it (then only its territory). */
  zoneId: string | null;
  territoryId: string;
}

export interface RegisteredFirm {
  organizationId: string;
  /** Authorisations the registration could not carry: they go in its declarations' descriptions. */
  undeliveredAuthorisations: string[];
  gaps: string[];
}

function inputOf(firm: CaseFirm, place: FirmPlace, authorisations: readonly string[] | null) {
  return {
    siret: place.siret,
    name: firm.name,
    kind: firm.kind ?? 'COMPANY',
    nafCode: firm.naf,
    headcount: firm.headcount ?? null,
    latitude: firm.lat,
    longitude: firm.lon,
    ...(place.zoneId ? { zoneId: place.zoneId } : { territoryId: place.territoryId }),
    ...(authorisations ? { authorisations } : {}),
  };
}

const refusesAuthorisations = (error: unknown) =>
  error instanceof GraphQLRequestError &&
  error.badInputFields().some((field) => field.split(/[.[]/)[0] === 'authorisations');

/**
 * Registers a firm with its authorisations when the API has the field; without them (and a
 * gap) when it has none or refuses them.
 */
export async function registerFirm(
  request: Request,
  firm: CaseFirm,
  place: FirmPlace,
  authorisationsField: boolean,
): Promise<RegisteredFirm> {
  const authorisations = firm.authorisations ?? [];
  const register = async (withAuthorisations: boolean) => {
    const input = inputOf(firm, place, withAuthorisations ? authorisations : null);
    const { registerOrganization } = await request<{ registerOrganization: { id: string } }>(
      `registerOrganization ${firm.ref}`,
      REGISTER_ORGANIZATION,
      { input },
    );
    return registerOrganization.id;
  };
  if (authorisations.length === 0) {
    return { organizationId: await register(false), undeliveredAuthorisations: [], gaps: [] };
  }
  if (!authorisationsField) {
    return {
      organizationId: await register(false),
      undeliveredAuthorisations: authorisations,
      gaps: [],
    };
  }
  try {
    return { organizationId: await register(true), undeliveredAuthorisations: [], gaps: [] };
  } catch (error) {
    if (!refusesAuthorisations(error)) throw error;
    return {
      organizationId: await register(false),
      undeliveredAuthorisations: authorisations,
      gaps: [
        `${firm.ref}: authorisations ${authorisations.join(', ')} not accepted: ${(error as GraphQLRequestError).reasons}`,
      ],
    };
  }
}
