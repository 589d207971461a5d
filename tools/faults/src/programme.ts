import { randomUUID } from 'node:crypto';
import { completeSiret } from '@symbiose/sirene';
import { GraphQLResponse, postGraphQL } from '@symbiose/testing';

export interface Place {
  latitude: number;
  longitude: number;
}

/** A mutation the suite sent through the gateway, under a request id of its own. */
export interface SentMutation {
  requestId: string;
  operation: string;
  /** The API answered it with data and no error: what it wrote must never be lost. */
  acknowledged: boolean;
}

const REGISTER = `mutation ($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id } }`;
const PLAN = `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`;
const DECLARE = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;
const MOVE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;

/**
 * A programme's writes through the gateway, each mutation under a request id of its own, with
 * the record of what was sent and what the API acknowledged: the ledger the suite checks the
 * databases against after each fault.
 */
export class Programme {
  readonly sent: SentMutation[] = [];
  /** Each acknowledged firm's zone, as the API last acknowledged it. */
  readonly zoneOfFirm = new Map<string, string>();
  /** The acknowledged declarations. */
  readonly declarations = new Set<string>();
  private firmsRegistered = 0;

  constructor(private readonly gatewayUrl: string) {}

  /** Sends one mutation of one field, `operation`, and records it. */
  async mutate(
    operation: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse> {
    const mutation: SentMutation = {
      requestId: `faults-${randomUUID()}`,
      operation,
      acknowledged: false,
    };
    this.sent.push(mutation);
    const response = await postGraphQL(this.gatewayUrl, query, variables, {
      'x-request-id': mutation.requestId,
    });
    mutation.acknowledged = isAcknowledged(response, operation);
    return response;
  }

  async createTerritory(name: string): Promise<string> {
    const response = await this.mutate(
      'createTerritory',
      `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`,
      { name },
    );
    return acknowledgedId(response, 'createTerritory');
  }

  async createZone(territoryId: string, name: string, place: Place): Promise<string> {
    const response = await this.mutate(
      'createZone',
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      { input: { territoryId, name, kind: 'MIXED', ...place } },
    );
    return acknowledgedId(response, 'createZone');
  }

  /** Registers a firm in a zone, interviews it and records one need: its id. */
  async registerFirmNeeding(categoryCode: string, zoneId: string, place: Place): Promise<string> {
    this.firmsRegistered += 1;
    const registered = await this.mutate('registerOrganization', REGISTER, {
      input: {
        siret: completeSiret(`9${String(this.firmsRegistered).padStart(12, '0')}`),
        name: `Atelier ${this.firmsRegistered}`,
        kind: 'COMPANY',
        nafCode: '25.62B',
        zoneId,
        ...place,
      },
    });
    const organizationId = acknowledgedId(registered, 'registerOrganization');
    this.zoneOfFirm.set(organizationId, zoneId);
    const planned = await this.mutate('planInterview', PLAN, {
      input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' },
    });
    await this.recordNeed(organizationId, acknowledgedId(planned, 'planInterview'), categoryCode);
    return organizationId;
  }

  async recordNeed(
    organizationId: string,
    interviewId: string,
    categoryCode: string,
  ): Promise<void> {
    const declared = await this.mutate('recordDeclaration', DECLARE, {
      input: {
        organizationId,
        interviewId,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode,
        label: 'Besoin partagé',
      },
    });
    this.declarations.add(acknowledgedId(declared, 'recordDeclaration'));
  }

  /** Moves a firm to another zone; whether the API acknowledged it. */
  async moveFirm(organizationId: string, zoneId: string, place: Place): Promise<boolean> {
    const response = await this.mutate('updateOrganization', MOVE, {
      input: { id: organizationId, zoneId, ...place },
    });
    const moved = isAcknowledged(response, 'updateOrganization');
    if (moved) this.zoneOfFirm.set(organizationId, zoneId);
    return moved;
  }
}

function isAcknowledged(response: GraphQLResponse, operation: string): boolean {
  return response.errors === undefined && response.data?.[operation] != null;
}

/** The id an acknowledged mutation returned; a failure names the mutation and its errors. */
function acknowledgedId(response: GraphQLResponse, operation: string): string {
  const id: unknown = response.data?.[operation]?.id;
  if (response.errors || typeof id !== 'string') {
    throw new Error(`${operation} was refused: ${JSON.stringify(response.errors)}`);
  }
  return id;
}
