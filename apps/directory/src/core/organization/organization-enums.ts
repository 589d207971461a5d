import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUS_LABELS,
  ORGANIZATION_STATUSES,
} from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as {
  [K in OrganizationKind]: K;
};

export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];
export const OrganizationStatus = Object.fromEntries(ORGANIZATION_STATUSES.map((s) => [s, s])) as {
  [S in OrganizationStatus]: S;
};

registerLabelledEnum(OrganizationKind, { name: 'OrganizationKind' }, ORGANIZATION_KIND_LABELS);
registerLabelledEnum(
  OrganizationStatus,
  { name: 'OrganizationStatus' },
  ORGANIZATION_STATUS_LABELS,
);
