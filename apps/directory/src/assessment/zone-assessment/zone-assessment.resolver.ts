import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, PageArgs, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { loadZone } from '../../core/zone/zone.loader';
import { ZoneModel } from '../../core/zone/zone.model';
import { ZoneService } from '../../core/zone/zone.service';
import { ZoneAssessment } from './zone-assessment.entity';
import {
  IndicatorScoreModel,
  ZoneAssessmentConnection,
  ZoneAssessmentModel,
  ZoneComparisonModel,
} from './zone-assessment.model';
import { ZoneAssessmentService } from './zone-assessment.service';

const pick = (assessment: ZoneAssessment, keys: string[]) =>
  keys.flatMap((key) => assessment.indicators.filter((indicator) => indicator.key === key));

@Resolver(() => ZoneAssessmentModel)
export class ZoneAssessmentResolver {
  constructor(
    private readonly assessmentService: ZoneAssessmentService,
    private readonly zones: ZoneService,
  ) {}

  @Mutation(() => ZoneAssessmentModel, {
    description: 'Assesses a zone on a grid; its earlier assessments are kept as they were',
  })
  assessZone(
    @Args('zoneId', { type: () => ID }, UuidArgPipe) zoneId: string,
    @Args('gridVersion', { type: () => Int }) gridVersion: number,
  ) {
    return this.assessmentService.assess(zoneId, gridVersion);
  }

  @Query(() => ZoneAssessmentConnection, { description: "A zone's assessments, the latest first" })
  zoneAssessments(
    @Args('zoneId', { type: () => ID }, UuidArgPipe) zoneId: string,
    @Args() page: PageArgs,
  ) {
    return this.assessmentService.listByZone(zoneId, page);
  }

  @Query(() => [ZoneComparisonModel], {
    description: "The territory's zones assessed on the grid, ranked by their latest assessment",
  })
  compareZones(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
    @Args('gridVersion', { type: () => Int }) gridVersion: number,
  ) {
    return this.assessmentService.compare(territoryId, gridVersion);
  }

  @ResolveField(() => ZoneModel)
  zone(@Parent() assessment: ZoneAssessment, @Loaders() loaders: RequestLoaders) {
    return loadZone(loaders, this.zones, assessment.zoneId);
  }

  @ResolveField(() => [IndicatorScoreModel], { description: 'The best-scored indicators' })
  strengths(@Parent() assessment: ZoneAssessment) {
    return pick(assessment, assessment.strengthKeys);
  }

  @ResolveField(() => [IndicatorScoreModel], {
    description: 'The worst-scored indicators, the worst first',
  })
  weaknesses(@Parent() assessment: ZoneAssessment) {
    return pick(assessment, assessment.weaknessKeys);
  }
}
