import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { Interview } from '../interview/interview.entity';
import { InterviewModel } from '../interview/interview.model';
import { DeclarationListing } from './declaration-listing.service';
import { Declaration } from './declaration.entity';
import { DeclarationModel } from './declaration.model';

/** The declarations recorded in an interview, as a field of Interview. */
@Resolver(() => InterviewModel)
export class InterviewDeclarationsResolver {
  constructor(private readonly listing: DeclarationListing) {}

  @ResolveField(() => [DeclarationModel], {
    description: 'Oldest first; withdrawn ones too, with their status',
  })
  declarations(
    @Parent() interview: Interview,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Declaration[]> {
    return loaders
      .get<string, Declaration[]>('declarationsByInterview', async (interviewIds) => {
        const declarations = await this.listing.ofInterviews(interviewIds);
        return interviewIds.map((id) => declarations.filter((d) => d.interviewId === id));
      })
      .load(interview.id);
  }
}
