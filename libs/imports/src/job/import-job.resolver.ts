import { Type } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, UuidArgPipe } from '@symbiose/platform';
import { ImportJobFields, ImportRowErrorConnectionModel } from './import-job.model';
import { ImportJobs, ImportJobView, importJobView } from './import-jobs.service';

/**
 * The resolver of a service's import jobs: the root query that reads one (`organizationImport`)
 * and its rejected rows. Each kind has its own GraphQL type, so that subgraphs compose.
 */
export function importJobResolver(
  model: Type<ImportJobFields>,
  query: string,
  what: string,
): Type<unknown> {
  @Resolver(() => model)
  class ImportJobResolver {
    constructor(readonly jobs: ImportJobs) {}

    @Query(() => model, {
      name: query,
      nullable: true,
      description: `An import of ${what}: its state, counts and rejected rows`,
    })
    async job(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
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
  return ImportJobResolver;
}
