import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { from, Observable, of, switchMap } from 'rxjs';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import { ACCESS_POLICY, fieldKey, passes } from './access.guard';
import { AccessPolicy, isRedaction } from './access-rules';

/** Resolves a redacted field to null, without running its resolver, for whoever its rule refuses. */
@Injectable()
export class RedactionInterceptor implements NestInterceptor {
  constructor(
    @Inject(ACCESS_POLICY) private readonly policy: AccessPolicy,
    private readonly services: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    const entry = this.policy[fieldKey(graphql.getInfo<GraphQLResolveInfo>())];
    if (!entry || !isRedaction(entry)) return next.handle();
    const request = {
      principal: graphql.getContext<GraphQLRequestContext>().principal,
      args: graphql.getArgs(),
      parent: graphql.getRoot(),
      services: this.services,
    };
    return from(passes(entry.visibleTo, request)).pipe(
      switchMap((visible) => (visible ? next.handle() : of(null))),
    );
  }
}
