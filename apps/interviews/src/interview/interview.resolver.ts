import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { OrganizationReference } from '../organization/organization.model';
import { InterviewsArgs } from './dto/interviews.args';
import { Interview } from './interview.entity';
import { InterviewConnection, InterviewModel } from './interview.model';
import { InterviewService } from './interview.service';

@Resolver(() => InterviewModel)
export class InterviewResolver {
  constructor(private readonly interviewService: InterviewService) {}

  @Query(() => InterviewConnection)
  interviews(@Args() args: InterviewsArgs) {
    return this.interviewService.listByOrganization(args);
  }

  /** A reference the gateway completes from directory. */
  @ResolveField(() => OrganizationReference)
  organization(@Parent() interview: Interview): OrganizationReference {
    return { id: interview.organizationId };
  }
}

/** The number of interviews of an organization, as a field of Organization. */
@Resolver(() => OrganizationReference)
export class OrganizationInterviewCountResolver {
  constructor(private readonly interviews: InterviewService) {}

  @ResolveField(() => Int, { description: 'Interviews of the organization, whatever their status' })
  interviewCount(
    @Parent() organization: OrganizationReference,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return loaders
      .get<string, number>('interviewCountByOrganization', async (organizationIds) => {
        const counts = await this.interviews.countByOrganization(organizationIds);
        return organizationIds.map((id) => counts.get(id) ?? 0);
      })
      .load(organization.id);
  }
}
