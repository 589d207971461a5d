import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, UuidArgPipe } from '@symbiose/platform';
import { CreateTerritoryInput } from './dto/create-territory.input';
import { TerritoryConnection, TerritoryModel } from './territory.model';
import { TerritoryService } from './territory.service';

@Resolver(() => TerritoryModel)
export class TerritoryResolver {
  constructor(private readonly territoryService: TerritoryService) {}

  @Query(() => TerritoryConnection)
  territories(@Args() page: PageArgs) {
    return this.territoryService.list(page);
  }

  @Query(() => TerritoryModel, { nullable: true })
  territory(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.territoryService.findById(id);
  }

  @Mutation(() => TerritoryModel)
  createTerritory(@Args('input') input: CreateTerritoryInput) {
    return this.territoryService.create(input);
  }
}
