import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { ZoneMatchableOrganizationCountResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedOrganization])],
  providers: [OrganizationService, ZoneMatchableOrganizationCountResolver],
  exports: [OrganizationService],
})
export class OrganizationModule {}
