import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PublishInterviewGridInput } from './dto/publish-interview-grid.input';
import { InterviewGridModel } from './interview-grid.model';
import { InterviewGridService } from './interview-grid.service';

@Resolver(() => InterviewGridModel)
export class InterviewGridResolver {
  constructor(private readonly gridService: InterviewGridService) {}

  @Query(() => InterviewGridModel, {
    nullable: true,
    description: 'A version of the grid; the latest when no version is given',
  })
  interviewGrid(@Args('version', { type: () => Int, nullable: true }) version?: number) {
    return this.gridService.find(version);
  }

  @Mutation(() => InterviewGridModel, { description: 'Publishes a new version of the grid' })
  publishInterviewGrid(@Args('input') input: PublishInterviewGridInput) {
    return this.gridService.publish(input);
  }
}
