import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizationsModule } from '@symbiose/directory-replica';
import { InterviewModule } from '../interview/interview.module';
import { Interview } from '../interview/interview.entity';
import { DeclarationCounts } from './declaration-counts.service';
import { DeclarationListing } from './declaration-listing.service';
import { Declaration } from './declaration.entity';
import { DeclarationResolver } from './declaration.resolver';
import { DeclarationService } from './declaration.service';
import { InterviewDeclarationsResolver } from './interview-declarations.resolver';
import { NeedsSummaryCategoryResolver } from './needs-summary-category.resolver';
import { NeedsSummaryResolver } from './needs-summary.resolver';
import { OrganizationDeclarationsResolver } from './organization-declarations.resolver';
import { ZoneDeclarationCountsResolver } from './zone-declaration-counts.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([Declaration, Interview]),
    KnownOrganizationsModule,
    InterviewModule,
  ],
  providers: [
    DeclarationService,
    DeclarationListing,
    DeclarationCounts,
    DeclarationResolver,
    NeedsSummaryResolver,
    NeedsSummaryCategoryResolver,
    OrganizationDeclarationsResolver,
    ZoneDeclarationCountsResolver,
    InterviewDeclarationsResolver,
  ],
  exports: [DeclarationService],
})
export class DeclarationModule {}
