import { Module } from '@nestjs/common';
import { RequestAuthenticator } from '@symbiose/platform';
import { TokenVerifier } from '@symbiose/tokens';
import { GatewayConfig } from './gateway.config';

/** The gateway's check of client tokens, shared by its GraphQL context and its rate limit. */
@Module({
  providers: [
    {
      provide: RequestAuthenticator,
      inject: [GatewayConfig],
      useFactory: (config: GatewayConfig) => new RequestAuthenticator(new TokenVerifier(config)),
    },
  ],
  exports: [RequestAuthenticator],
})
export class GatewayAuthModule {}
