import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '../territory/territory.module';
import { ZoneModule } from '../zone/zone.module';
import { OrganizationExportController } from './organization-export.controller';
import { Organization } from './organization.entity';
import { OrganizationResolver, ZoneOrganizationCountResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization]), TerritoryModule, ZoneModule],
  providers: [OrganizationService, OrganizationResolver, ZoneOrganizationCountResolver],
  controllers: [OrganizationExportController],
  exports: [OrganizationService],
})
export class OrganizationModule {}
