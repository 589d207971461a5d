import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, PageArgs, UuidArgPipe } from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { UpdateMatchingSettingsInput } from './dto/update-matching-settings.input';
import {
  MatchingSettingsModel,
  MatchingSettingsVersionConnection,
} from './matching-settings.model';
import { MatchingSettingsService } from './matching-settings.service';

@Resolver(() => MatchingSettingsModel)
export class MatchingSettingsResolver {
  constructor(private readonly settings: MatchingSettingsService) {}

  @Query(() => MatchingSettingsModel, {
    description: 'The territory’s matching settings; the defaults until someone changes them',
  })
  matchingSettings(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
  ): Promise<MatchingSettingsModel> {
    return this.settings.current(territoryId);
  }

  @Mutation(() => MatchingSettingsModel, {
    description:
      'Writes the next version of the territory’s settings (absent fields keep their value) and asks for a recompute of its zones',
  })
  updateMatchingSettings(
    @Args('input') input: UpdateMatchingSettingsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MatchingSettingsModel> {
    return this.settings.update(input, principal.subject);
  }

  @ResolveField(() => MatchingSettingsVersionConnection, {
    description: 'The versions before this one, newest first; the last is the defaults',
  })
  history(@Parent() settings: MatchingSettingsModel, @Args() page: PageArgs) {
    return this.settings.history(settings.territoryId, settings.version, page);
  }
}
