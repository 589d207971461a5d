import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizations } from './known-organizations.service';
import { ReplicatedOrganization } from './replicated-organization.entity';

/** Gives a service's modules the organizations of its replica, to check the ids they are given. */
@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedOrganization])],
  providers: [KnownOrganizations],
  exports: [KnownOrganizations],
})
export class KnownOrganizationsModule {}
