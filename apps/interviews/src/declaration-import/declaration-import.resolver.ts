import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ImportJobs,
  ImportJobView,
  importJobView,
  ImportRowErrorConnectionModel,
} from '@symbiose/imports';
import { PageArgs, UuidArgPipe } from '@symbiose/platform';
import { DeclarationImportModel } from './declaration-import.model';

@Resolver(() => DeclarationImportModel)
export class DeclarationImportResolver {
  constructor(private readonly jobs: ImportJobs) {}

  @Query(() => DeclarationImportModel, {
    nullable: true,
    description: 'An import of declarations: its state, counts and rejected rows',
  })
  async declarationImport(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
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
