import type { Feature, Geometry, Position } from 'geojson';
import { CsvColumn, CsvValue } from '@symbiose/platform';
import { presentedImpact } from '../synergy/synergy-presentation';
import type { Synergy } from '../synergy/synergy.entity';
import type { RealisedImpactModel } from '../synergy-outcome/synergy-outcome.model';

/**
 * A synergy with where each of its participants is, for the export to draw it, and its
 * outcomes added up (null when none is recorded).
 */
export interface LocatedSynergy {
  synergy: Synergy;
  positions: ReadonlyMap<string, Position>;
  realised: RealisedImpactModel | null;
}

/** Beside each potential figure, what the synergy's recorded outcomes add up to (empty: none). */
function realisedFields(realised: RealisedImpactModel | null) {
  return {
    realisedFrom: realised?.firstDay ?? null,
    realisedTo: realised?.lastDay ?? null,
    realisedTonnes: realised?.tonnes ?? null,
    realisedNetAvoidedKgCo2e: realised?.netAvoidedKgCo2e ?? null,
    realisedMegawattHours: realised?.megawattHours ?? null,
    realisedCubicMetres: realised?.cubicMetres ?? null,
    realisedCostCents: realised?.costCents ?? null,
    realisedSavingsCents: realised?.savingsCents ?? null,
    realisedJobsCreated: realised?.jobsCreated ?? null,
    realisedJobsKept: realised?.jobsKept ?? null,
  };
}

/** What an export says of a synergy, in the CSV's columns and the features' properties. */
function exportedFields({ synergy, realised }: LocatedSynergy) {
  return {
    id: synergy.id,
    kind: synergy.kind,
    theme: synergy.theme,
    category: synergy.categoryCode,
    resourceCategory: synergy.resourceCategoryCode,
    status: synergy.status,
    score: synergy.score,
    obsolete: synergy.obsolete,
    tonnesPerYear: presentedImpact(synergy)?.tonnesPerYear ?? null,
    distanceKm: synergy.distanceKm,
    netAvoidedKgCo2ePerYear: synergy.netAvoidedKgCo2ePerYear,
    ...realisedFields(realised),
  };
}

export const SYNERGY_CSV_COLUMNS: readonly CsvColumn[] = [
  'id',
  'kind',
  'theme',
  'category',
  'resourceCategory',
  'status',
  'score',
  'obsolete',
  'participants',
  'tonnesPerYear',
  'distanceKm',
  'netAvoidedKgCo2ePerYear',
  ...Object.keys(realisedFields(null)),
].map((key) => ({ key, header: key }));

/** Participants in one cell: `<organization id>:<role>`, separated by spaces, in the synergy's order. */
export function synergyCsvRow(located: LocatedSynergy): Record<string, CsvValue> {
  const { synergy } = located;
  return {
    ...exportedFields(located),
    participants: synergy.participants
      .map(({ organizationId, role }) => `${organizationId}:${role}`)
      .join(' '),
  };
}

/**
 * B2B: a LineString from the supplier to the consumer; COLLECTIVE: a MultiPoint of every
 * participant's location, in the order of `participants`. Null when a B2B side, or every
 * participant of a collective one, has no coordinates.
 */
function geometryOf({ synergy, positions }: LocatedSynergy): Geometry | null {
  if (synergy.kind === 'B2B') {
    const side = (role: string) =>
      positions.get(synergy.participants.find((p) => p.role === role)?.organizationId ?? '');
    const supplier = side('SUPPLIER');
    const consumer = side('CONSUMER');
    return supplier && consumer ? { type: 'LineString', coordinates: [supplier, consumer] } : null;
  }
  const points = synergy.participants.flatMap(({ organizationId }) => {
    const position = positions.get(organizationId);
    return position ? [position] : [];
  });
  return points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null;
}

export function synergyFeature(located: LocatedSynergy): Feature | null {
  const geometry = geometryOf(located);
  if (!geometry) return null;
  const { synergy } = located;
  return {
    type: 'Feature',
    id: synergy.id,
    geometry,
    properties: {
      ...exportedFields(located),
      participants: synergy.participants.map(({ organizationId, role }) => ({
        organizationId,
        role,
      })),
    },
  };
}
