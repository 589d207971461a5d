import { Module } from '@nestjs/common';
import { RequestAuthenticator } from '@symbiose/platform';
import { TokenVerifier } from '@symbiose/tokens';
import { GatewayConfig } from './gateway.config';

/** The gateway's check of client tokens, shared by its GraphQL context, its rate limit and its queue dashboard. */
@Module({
  providers: [
    {
      provide: TokenVerifier,
      inject: [GatewayConfig],
      useFactory: (config: GatewayConfig) => new TokenVerifier(config),
    },
    {
      provide: RequestAuthenticator,
      inject: [TokenVerifier],
      useFactory: (verifier: TokenVerifier) => new RequestAuthenticator(verifier),
    },
  ],
  exports: [RequestAuthenticator, TokenVerifier],
})
export class GatewayAuthModule {}
