import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ImportJobs,
  ImportJobView,
  importJobView,
  ImportRowErrorConnectionModel,
} from '@symbiose/imports';
import { PageArgs, UuidArgPipe } from '@symbiose/platform';
import { OrganizationImportModel } from './organization-import.model';

@Resolver(() => OrganizationImportModel)
export class OrganizationImportResolver {
  constructor(private readonly jobs: ImportJobs) {}

  @Query(() => OrganizationImportModel, {
    nullable: true,
    description: 'An import of organizations: its state, counts and rejected rows',
  })
  async organizationImport(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    const job = await this.jobs.find(id);
    return job ? importJobView(job) : null;
  }

  @ResolveField(() => ImportRowErrorConnectionModel, {
    description: 'The rows not taken, by line, each with the column at fault and why',
  })
  errors(@Parent() job: ImportJobView, @Args() page: PageArgs) {
    return this.jobs.errors(job.id, page);
  }
}
