import type { Feature, Point } from 'geojson';
import { CsvColumn, CsvValue } from '@symbiose/platform';
import { findNafActivity } from '@symbiose/sirene';
import { Organization } from './organization.entity';

/** What an export says of an organization, in the CSV's columns and the features' properties. */
function exportedFields(organization: Organization) {
  return {
    id: organization.id,
    siret: organization.siret,
    name: organization.name,
    nafCode: organization.nafCode,
    nafLabel: organization.nafCode ? (findNafActivity(organization.nafCode)?.label ?? null) : null,
    headcount: organization.headcount,
    street: organization.street,
    postalCode: organization.postalCode,
    city: organization.city,
    status: organization.status,
  };
}

/** In a CSV cell, authorisations as the organization import reads them back. */
const AUTHORISATION_SEPARATOR = '|';

export const ORGANIZATION_CSV_COLUMNS: readonly CsvColumn[] = [
  'id',
  'siret',
  'name',
  'nafCode',
  'nafLabel',
  'headcount',
  'street',
  'postalCode',
  'city',
  'status',
  'authorisations',
  'latitude',
  'longitude',
].map((key) => ({ key, header: key }));

export function organizationCsvRow(organization: Organization): Record<string, CsvValue> {
  const { latitude, longitude, authorisations } = organization;
  return {
    ...exportedFields(organization),
    authorisations: authorisations.join(AUTHORISATION_SEPARATOR),
    latitude,
    longitude,
  };
}

/** The organization as a Point where it is, or null when it has no coordinates. */
export function organizationFeature(organization: Organization): Feature<Point> | null {
  const { latitude, longitude } = organization;
  if (latitude === null || longitude === null) return null;
  const { street, postalCode, city, ...fields } = exportedFields(organization);
  return {
    type: 'Feature',
    id: organization.id,
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: {
      ...fields,
      address: { street, postalCode, city },
      authorisations: [...organization.authorisations],
    },
  };
}
