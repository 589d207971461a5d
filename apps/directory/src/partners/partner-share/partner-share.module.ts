import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../../core/organization/organization.entity';
import { PartnerShare } from './partner-share.entity';
import { PartnerShareResolver } from './partner-share.resolver';
import { PartnerShareService } from './partner-share.service';

/** Organizations' agreements to be known by name to partner bodies. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerShare, Organization])],
  providers: [PartnerShareService, PartnerShareResolver],
})
export class PartnerShareModule {}
