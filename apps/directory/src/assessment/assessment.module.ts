import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '../core/organization/organization.entity';
import { TerritoryModule } from '../core/territory/territory.module';
import { ZoneModule } from '../core/zone/zone.module';
import { DeclarationFigure } from './declaration-figures/declaration-figure.entity';
import { DeclarationFigureProjection } from './declaration-figures/declaration-figure.projection';
import { DeclarationFiguresService } from './declaration-figures/declaration-figures.service';
import { ZoneDeclarationFiguresResolver } from './declaration-figures/zone-declaration-figures.resolver';
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

/**
 * The zone assessment: the EIT potential of each zone on four dynamics, to choose where to start.
 * Its grids, the values entered by hand, the figures of the zones' declarations (from the
 * interviews' events), the assessments themselves and the steering committee's choice.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AssessmentGrid,
      EnteredIndicatorValue,
      ZoneAssessment,
      ZoneChoice,
      DeclarationFigure,
      Organization,
    ]),
    TerritoryModule,
    ZoneModule,
  ],
  controllers: [AssessmentChartController],
  providers: [
    AssessmentChartUrlResolver,
    AssessmentGridService,
    AssessmentGridResolver,
    DeclarationFigureProjection,
    DeclarationFiguresService,
    ZoneDeclarationFiguresResolver,
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
