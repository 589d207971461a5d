/**
 * Loads the zone assessments (the programme's « diagnostic territorial ») through the gateway:
 * enters each zone's levels and assesses it on the grid, unless the zone already has an
 * assessment on that grid, then records the committee's choice unless it is recorded. Assessing a zone stores its scores as of that day,
 * so Cahors Sud is assessed only once the directory has heard of every need its campaign
 * declared: the directory learns of them from the interviews service's events.
 */
import { Request, Wait, waitUntil } from '@symbiose/gateway-client';
import { ZoneAssessment, ZoneAssessments } from './zone-assessments';

export interface AssessmentCounts {
  created: { assessments: number; zoneChoices: number };
  existing: { assessments: number; zoneChoices: number };
}

export interface AssessmentLoadOptions {
  /** How long to wait for the directory to hear of the needs declared in a zone. */
  figuresWait: Wait;
}

export const DEFAULT_ASSESSMENT_LOAD_OPTIONS: AssessmentLoadOptions = {
  figuresWait: { waitMs: 60_000, retryMs: 250 },
};

const ASSESSED_ZONES = `query AssessedZones($territoryId: ID!, $gridVersion: Int!) {
  compareZones(territoryId: $territoryId, gridVersion: $gridVersion) { zone { id } }
}`;
const ZONE_NEEDS = `query ZoneNeeds($id: ID!) {
  zone(id: $id) { needCount declarationFigures { needCount } }
}`;
const ENTER_INDICATOR_VALUE = `mutation EnterIndicatorValue($input: EnterIndicatorValueInput!) {
  enterIndicatorValue(input: $input) { level }
}`;
const ASSESS_ZONE = `mutation AssessZone($zoneId: ID!, $gridVersion: Int!) {
  assessZone(zoneId: $zoneId, gridVersion: $gridVersion) { id }
}`;
const ZONE_CHOICES = `query ZoneChoices($territoryId: ID!) {
  zoneChoices(territoryId: $territoryId) { zoneId }
}`;
const RECORD_ZONE_CHOICE = `mutation RecordZoneChoice(
  $territoryId: ID!, $zoneId: ID!, $rationale: String!, $decidedAt: Date!
) {
  recordZoneChoice(territoryId: $territoryId, zoneId: $zoneId, rationale: $rationale, decidedAt: $decidedAt) { id }
}`;

interface ZoneNeeds {
  zone: { needCount: number; declarationFigures: { needCount: number } } | null;
}

/** Waits until the directory counts as many needs in the zone as the interviews service does. */
async function waitForDeclaredNeeds(
  request: Request,
  zoneId: string,
  label: string,
  options: AssessmentLoadOptions,
): Promise<void> {
  await waitUntil(
    async () => {
      const { zone } = await request<ZoneNeeds>(`needs of ${label}`, ZONE_NEEDS, { id: zoneId });
      if (!zone) throw new Error(`needs of ${label}: no zone ${zoneId}`);
      return zone;
    },
    (zone) => zone.declarationFigures.needCount === zone.needCount,
    options.figuresWait,
    (zone) =>
      `needs of ${label}: the directory counts ${zone.declarationFigures.needCount} needs where ` +
      `the interviews service has ${zone.needCount} after ${options.figuresWait.waitMs / 1000} s; ` +
      "the interviews service's events are not reaching it (is Redis up?)",
  );
}

async function assessZone(
  request: Request,
  assessment: ZoneAssessment,
  zoneId: string,
  gridVersion: number,
  options: AssessmentLoadOptions,
): Promise<void> {
  for (const [indicatorKey, { level, justification }] of Object.entries(assessment.levels)) {
    await request(
      `enterIndicatorValue ${indicatorKey} of ${assessment.zone}`,
      ENTER_INDICATOR_VALUE,
      {
        input: { zoneId, gridVersion, indicatorKey, level, justification },
      },
    );
  }
  await waitForDeclaredNeeds(request, zoneId, assessment.zone, options);
  await request(`assessZone ${assessment.zone}`, ASSESS_ZONE, { zoneId, gridVersion });
}

/** Loads the assessments and the committee's choice; `zoneIds` maps each zone's name to its id. */
export async function loadZoneAssessments(
  request: Request,
  assessments: ZoneAssessments,
  territoryId: string,
  zoneIds: ReadonlyMap<string, string>,
  counts: AssessmentCounts,
  options: AssessmentLoadOptions = DEFAULT_ASSESSMENT_LOAD_OPTIONS,
): Promise<void> {
  const { gridVersion } = assessments;
  const zoneIdOf = (name: string) => {
    const id = zoneIds.get(name);
    if (!id) throw new Error(`the assessments name zone ${name}, which is not loaded`);
    return id;
  };
  const { compareZones } = await request<{ compareZones: { zone: { id: string } }[] }>(
    'compareZones',
    ASSESSED_ZONES,
    { territoryId, gridVersion },
  );
  const assessed = new Set(compareZones.map(({ zone }) => zone.id));
  for (const zone of assessments.zones) {
    const zoneId = zoneIdOf(zone.zone);
    if (assessed.has(zoneId)) {
      counts.existing.assessments += 1;
      continue;
    }
    await assessZone(request, zone, zoneId, gridVersion, options);
    counts.created.assessments += 1;
  }
  const { choice } = assessments;
  const chosenId = zoneIdOf(choice.zone);
  const { zoneChoices } = await request<{ zoneChoices: { zoneId: string }[] }>(
    'zoneChoices',
    ZONE_CHOICES,
    { territoryId },
  );
  if (zoneChoices.some(({ zoneId }) => zoneId === chosenId)) {
    counts.existing.zoneChoices += 1;
    return;
  }
  await request(`recordZoneChoice ${choice.zone}`, RECORD_ZONE_CHOICE, {
    territoryId,
    zoneId: chosenId,
    rationale: choice.rationale,
    decidedAt: choice.decidedAt,
  });
  counts.created.zoneChoices += 1;
}
