import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PublishAssessmentGridInput } from './dto/publish-assessment-grid.input';
import { AssessmentGridModel } from './assessment-grid.model';
import { AssessmentGridService } from './assessment-grid.service';

@Resolver(() => AssessmentGridModel)
export class AssessmentGridResolver {
  constructor(private readonly gridService: AssessmentGridService) {}

  @Query(() => AssessmentGridModel, {
    nullable: true,
    description: 'A version of the assessment grid; the latest when no version is given',
  })
  assessmentGrid(@Args('version', { type: () => Int, nullable: true }) version?: number) {
    return this.gridService.find(version);
  }

  @Mutation(() => AssessmentGridModel, {
    description:
      'Publishes a new version of the assessment grid; the grids in use stay as they are',
  })
  publishAssessmentGrid(@Args('input') input: PublishAssessmentGridInput) {
    return this.gridService.publish(input);
  }
}
