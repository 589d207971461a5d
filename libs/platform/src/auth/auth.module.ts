import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BaseConfig } from '../config/service-config';
import { ACCESS_POLICY, AccessGuard } from './access.guard';
import { AccessPolicy } from './access-rules';
import { RequestAuthenticator } from './request-authenticator';
import { TokenVerifier } from '@symbiose/tokens';

/**
 * Authentication of every request and the service's access policy, enforced
 * on each call (SubgraphModule checks it against the resolvers at start).
 */
@Global()
@Module({})
export class AuthModule {
  static forService(policy: AccessPolicy): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: TokenVerifier,
          inject: [BaseConfig],
          useFactory: (config: BaseConfig) => new TokenVerifier(config),
        },
        {
          provide: RequestAuthenticator,
          inject: [TokenVerifier],
          useFactory: (verifier: TokenVerifier) => new RequestAuthenticator(verifier),
        },
        { provide: ACCESS_POLICY, useValue: policy },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenVerifier, RequestAuthenticator, ACCESS_POLICY],
    };
  }
}
