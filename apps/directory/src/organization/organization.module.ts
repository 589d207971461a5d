import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '../territory/territory.module';
import { ZoneModule } from '../zone/zone.module';
import { Organization } from './organization.entity';
import { OrganizationResolver, ZoneOrganizationCountResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization]), TerritoryModule, ZoneModule],
  providers: [OrganizationService, OrganizationResolver, ZoneOrganizationCountResolver],
  exports: [OrganizationService],
})
export class OrganizationModule {}
