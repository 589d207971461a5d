export * from './organization-replica.migration';
export * from './organization-replica.projection';
export * from './replicated-organization.entity';
export * from './directory-references';
