import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { KnownOrganizations } from './known-organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedOrganization])],
  providers: [KnownOrganizations],
  exports: [KnownOrganizations],
})
export class OrganizationModule {}
