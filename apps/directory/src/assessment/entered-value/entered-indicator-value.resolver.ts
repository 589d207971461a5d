import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { EnterIndicatorValueInput } from './dto/enter-indicator-value.input';
import { EnteredIndicatorValueModel } from './entered-indicator-value.model';
import { EnteredIndicatorValueService } from './entered-indicator-value.service';

@Resolver(() => EnteredIndicatorValueModel)
export class EnteredIndicatorValueResolver {
  constructor(private readonly values: EnteredIndicatorValueService) {}

  @Mutation(() => EnteredIndicatorValueModel, {
    description:
      "Enters the facilitator's level for an ENTERED indicator of a zone; the latest wins",
  })
  enterIndicatorValue(@Args('input') input: EnterIndicatorValueInput) {
    return this.values.enter(input);
  }
}
