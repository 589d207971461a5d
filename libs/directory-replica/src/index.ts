export * from './organization-replica.migration';
export * from './organization-replica.projection';
export * from './replicated-organization.entity';
export * from './known-organizations.service';
export * from './known-organizations.module';
export * from './directory-references';
