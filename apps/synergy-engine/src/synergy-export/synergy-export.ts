import type { Feature, Geometry, Position } from 'geojson';
import { CsvColumn, CsvValue } from '@symbiose/platform';
import { presentedImpact } from '../synergy/synergy-presentation';
import type { Synergy } from '../synergy/synergy.entity';

/** A synergy with where each of its participants is, for the export to draw it. */
export interface LocatedSynergy {
  synergy: Synergy;
  positions: ReadonlyMap<string, Position>;
}

/** What an export says of a synergy, in the CSV's columns and the features' properties. */
function exportedFields(synergy: Synergy) {
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
].map((key) => ({ key, header: key }));

/** Participants in one cell: `<organization id>:<role>`, separated by spaces, in the synergy's order. */
export function synergyCsvRow({ synergy }: LocatedSynergy): Record<string, CsvValue> {
  return {
    ...exportedFields(synergy),
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
      ...exportedFields(synergy),
      participants: synergy.participants.map(({ organizationId, role }) => ({
        organizationId,
        role,
      })),
    },
  };
}
