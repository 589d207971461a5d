import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, UuidArgPipe } from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { ApiKeyConnection, ApiKeyModel, CreatedApiKeyModel } from './api-key.model';
import { ApiKeyService } from './api-key.service';
import { ApiKeysArgs, CreateApiKeyInput } from './dto/create-api-key.input';

@Resolver(() => ApiKeyModel)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => ApiKeyConnection, { description: 'Newest first' })
  apiKeys(@Args() { partnerId, ...page }: ApiKeysArgs) {
    return this.keys.list(partnerId, page);
  }

  @Mutation(() => CreatedApiKeyModel, {
    description: 'Makes a partner system’s key; the answer is the only place the key appears',
  })
  createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentPrincipal() principal: Principal) {
    return this.keys.create(input, principal.subject);
  }

  @Mutation(() => ApiKeyModel, { description: 'The key stops working at once' })
  revokeApiKey(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.keys.revoke(id);
  }
}
