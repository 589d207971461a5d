import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeclarationStatsModule } from '../declaration-stats/declaration-stats.module';
import { Organization } from '../organization/organization.entity';
import { TerritoryModule } from '../territory/territory.module';
import { ZoneModule } from '../zone/zone.module';
import { EnteredIndicatorValue } from './entered-value/entered-indicator-value.entity';
import { EnteredIndicatorValueResolver } from './entered-value/entered-indicator-value.resolver';
import { EnteredIndicatorValueService } from './entered-value/entered-indicator-value.service';
import { AssessmentGrid } from './grid/assessment-grid.entity';
import { AssessmentGridResolver } from './grid/assessment-grid.resolver';
import { AssessmentGridService } from './grid/assessment-grid.service';
import { AssessmentChartController } from './radar/assessment-chart.controller';
import { AssessmentChartUrlResolver } from './radar/assessment-chart-url.resolver';
import { ZoneFactsService } from './scoring/zone-facts.service';
import { ZoneAssessment } from './zone-assessment/zone-assessment.entity';
import { ZoneAssessmentResolver } from './zone-assessment/zone-assessment.resolver';
import { ZoneAssessmentService } from './zone-assessment/zone-assessment.service';
import { ZoneChoice } from './zone-choice/zone-choice.entity';
import { ZoneChoiceResolver } from './zone-choice/zone-choice.resolver';
import { ZoneChoiceService } from './zone-choice/zone-choice.service';

/** The territorial diagnostic: grids, entered values, zone assessments and the committee's choice. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AssessmentGrid,
      EnteredIndicatorValue,
      ZoneAssessment,
      ZoneChoice,
      Organization,
    ]),
    TerritoryModule,
    ZoneModule,
    DeclarationStatsModule,
  ],
  controllers: [AssessmentChartController],
  providers: [
    AssessmentChartUrlResolver,
    AssessmentGridService,
    AssessmentGridResolver,
    EnteredIndicatorValueService,
    EnteredIndicatorValueResolver,
    ZoneFactsService,
    ZoneAssessmentService,
    ZoneAssessmentResolver,
    ZoneChoiceService,
    ZoneChoiceResolver,
  ],
})
export class AssessmentModule {}
