import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  groupToKeys,
  Connection,
  Loaders,
  PageArgs,
  RequestLoaders,
  UuidArgPipe,
} from '@symbiose/platform';
import { InterviewGridModel } from '../interview-grid/interview-grid.model';
import { InterviewGridService } from '../interview-grid/interview-grid.service';
import { InterviewGrid } from '../interview-grid/interview-grid.entity';
import {
  AmendInterviewInput,
  CancelInterviewInput,
  CompleteInterviewInput,
  PlanInterviewInput,
  RecordAnswerInput,
} from './dto/interview.inputs';
import { InterviewsArgs } from './dto/interviews.args';
import { InterviewAmendment } from './interview-amendment.entity';
import { InterviewAnswer } from './interview-answer.entity';
import { Interview } from './interview.entity';
import {
  InterviewAmendmentModel,
  InterviewAnswerModel,
  InterviewConnection,
  InterviewModel,
} from './interview.model';
import { InterviewService } from './interview.service';
import { questionOf, typedAnswer } from './typed-answer';
import { OrganizationReference, ZoneReference } from '@symbiose/directory-replica';

@Resolver(() => InterviewModel)
export class InterviewResolver {
  constructor(
    private readonly interviewService: InterviewService,
    private readonly gridService: InterviewGridService,
  ) {}

  @Query(() => InterviewModel, { nullable: true })
  interview(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.interviewService.findById(id);
  }

  @Query(() => InterviewConnection)
  interviews(@Args() args: InterviewsArgs) {
    return this.interviewService.list(args);
  }

  @Mutation(() => InterviewModel)
  planInterview(@Args('input') input: PlanInterviewInput) {
    return this.interviewService.plan(input);
  }

  @Mutation(() => InterviewModel)
  startInterview(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.interviewService.start(id);
  }

  @Mutation(() => InterviewModel, { description: 'Records or replaces the answer to one question' })
  async recordAnswer(@Args('input') input: RecordAnswerInput) {
    await this.interviewService.recordAnswer(input);
    return this.interviewService.findById(input.interviewId);
  }

  @Mutation(() => InterviewModel)
  completeInterview(@Args('input') input: CompleteInterviewInput) {
    return this.interviewService.complete(input);
  }

  @Mutation(() => InterviewModel)
  cancelInterview(@Args('input') input: CancelInterviewInput) {
    return this.interviewService.cancel(input);
  }

  @Mutation(() => InterviewModel, {
    description: 'Changes a completed interview, keeping the values it replaces',
  })
  amendInterview(@Args('input') input: AmendInterviewInput) {
    return this.interviewService.amend(input);
  }

  @ResolveField(() => OrganizationReference)
  organization(@Parent() interview: Interview): OrganizationReference {
    return { id: interview.organizationId };
  }

  @ResolveField(() => InterviewGridModel)
  grid(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders) {
    return this.gridOf(interview, loaders);
  }

  @ResolveField(() => [InterviewAnswerModel])
  async answers(
    @Parent() interview: Interview,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InterviewAnswerModel[]> {
    const [answers, grid] = await Promise.all([
      loaders
        .get<string, InterviewAnswer[]>('answersByInterview', async (ids) =>
          groupToKeys(
            ids,
            await this.interviewService.answersOf(ids),
            (answer) => answer.interviewId,
          ),
        )
        .load(interview.id),
      this.gridOf(interview, loaders),
    ]);
    return answers.map((answer) =>
      typedAnswer(answer, grid ? questionOf(grid, answer.questionKey) : null),
    );
  }

  private gridOf(interview: Interview, loaders: RequestLoaders): Promise<InterviewGrid | null> {
    return loaders
      .get<number, InterviewGrid | null>('gridByVersion', (versions) =>
        Promise.all(versions.map((version) => this.gridService.find(version))),
      )
      .load(interview.gridVersion);
  }

  @ResolveField(() => [InterviewAmendmentModel], { description: 'Oldest first' })
  amendments(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, InterviewAmendment[]>('amendmentsByInterview', async (ids) =>
        groupToKeys(
          ids,
          await this.interviewService.amendmentsOf(ids),
          (amendment) => amendment.interviewId,
        ),
      )
      .load(interview.id);
  }
}

/** The interviews of an organization, as a field of Organization. */
@Resolver(() => OrganizationReference)
export class OrganizationInterviewsResolver {
  constructor(private readonly interviewService: InterviewService) {}

  @ResolveField(() => InterviewConnection, { description: 'The next planned first' })
  interviews(
    @Parent() organization: OrganizationReference,
    @Args() page: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ) {
    // One batch per page asked: the gateway asks the same of every organization it resolves.
    return loaders
      .get<string, Connection<Interview>>(
        `interviewsByOrganization:${JSON.stringify([page.first, page.after])}`,
        (ids) => this.interviewService.pagesOfOrganizations(ids, page),
      )
      .load(organization.id);
  }
}

/** The interviews held or planned in a zone, as a field of Zone. */
@Resolver(() => ZoneReference)
export class ZoneInterviewCountResolver {
  constructor(private readonly interviewService: InterviewService) {}

  @ResolveField(() => Int, {
    description: 'Interviews of the organizations now in the zone, cancelled ones left out',
  })
  interviewCount(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return loaders
      .get<string, number>('interviewCountByZone', async (zoneIds) => {
        const counts = await this.interviewService.countByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
