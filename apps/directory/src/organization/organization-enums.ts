import { registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from '@symbiose/contracts';

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const OrganizationKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as {
  [K in OrganizationKind]: K;
};

export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];
export const OrganizationStatus = Object.fromEntries(ORGANIZATION_STATUSES.map((s) => [s, s])) as {
  [S in OrganizationStatus]: S;
};

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(OrganizationStatus, { name: 'OrganizationStatus' });
