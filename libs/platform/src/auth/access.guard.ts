import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { GraphQLResolveInfo } from 'graphql';
import { GraphQLRequestContext } from '../graphql/request-loaders';
import {
  AccessPolicy,
  AccessRequest,
  anySignedIn,
  isRedaction,
  otherServices,
} from './access-rules';
import { NotFoundError } from '../errors/not-found';
import { LocalizedText } from '../errors/error-reasons';
import { forbidden } from './auth-errors';
import { hasRole, Principal } from '@symbiose/tokens';
import { PUBLIC_ROUTE } from './public-route';
import { RequestAuthenticator } from './request-authenticator';
import { AuthenticationError } from '@symbiose/tokens';

export const ACCESS_POLICY = Symbol('ACCESS_POLICY');

/**
 * The gateway resolving entities another subgraph returned (`@ResolveReference`):
 * the field that returned them passed its own rule, and the entities' resolved
 * fields have theirs, so the lookup itself is open to any valid caller.
 */
export const ENTITY_REFERENCES = 'Query._entities';

/** The policy key of a resolved field: `Query.synergies`, `Zone.synergies`. */
export const fieldKey = (info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): string =>
  `${info.parentType.name}.${info.fieldName}`;

/** The policy key of a route: its controller's class and method names. */
export const routeKey = (controller: string, method: string): string => `${controller}.${method}`;

/** Why a call is refused; a facilitator is told how their calls are bounded. */
function refusal(principal: Principal, key: string): LocalizedText {
  const roles = principal.roles.join(', ');
  const facilitator = hasRole(principal, 'FACILITATOR');
  return {
    EN:
      `${roles} may not use ${key}` +
      (facilitator
        ? ' here: a facilitator works on the zones, organizations and territories of their token, named in the call'
        : ''),
    FR:
      `${roles} ne peut pas utiliser ${key}` +
      (facilitator
        ? ' ici : un animateur travaille sur les zones, organisations et territoires de son jeton, nommés dans l’appel'
        : ''),
  };
}

/**
 * The error refusing a call: NOT_FOUND when a rule refused it for what it names (unknown, or out
 * of the caller's reach, alike), FORBIDDEN when the caller's role may never make it.
 */
export function refusalOf(request: AccessRequest, key: string): Error {
  const { outOfReach } = request;
  if (outOfReach) return new NotFoundError(outOfReach.field, outOfReach.id);
  return forbidden(refusal(request.principal, key));
}

/**
 * Whether the policy lets a call of `key` through: deny by default, ADMIN allowed wherever a
 * rule exists, anyone else as the rule says. Answered at once where the rule is (`asParent`, a
 * role), so that the fields of a page of objects cost no promise each.
 */
export function policyAllows(
  policy: AccessPolicy,
  key: string,
  request: AccessRequest,
): boolean | Promise<boolean> {
  const entry = key === ENTITY_REFERENCES ? anySignedIn : policy[key];
  if (!entry) return false;
  // A SERVICE token lets the gateway read the subgraphs' schemas, and a service read another's
  // internal routes: nothing else.
  if (request.principal.roles.every((role) => role === 'SERVICE')) return entry === otherServices;
  // A redacted field is open to all who reach it; it resolves to null for those its rule refuses
  // (withRedactions).
  if (isRedaction(entry)) return true;
  return hasRole(request.principal, 'ADMIN') || entry(request);
}

/**
 * Every root field, entity lookup and route goes through here (the fields of objects through
 * withFieldAccess): deny by default, ADMIN allowed wherever a rule exists, anyone else as the
 * service's policy says.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(ACCESS_POLICY) private readonly policy: AccessPolicy,
    private readonly authenticator: RequestAuthenticator,
    private readonly reflector: Reflector,
    private readonly services: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() === 'graphql') return this.canResolve(context);
    if (
      this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      return true;
    }
    return this.canRoute(context);
  }

  private async canResolve(context: ExecutionContext): Promise<boolean> {
    const graphql = GqlExecutionContext.create(context);
    const key = fieldKey(graphql.getInfo<GraphQLResolveInfo>());
    // The subgraph's context refused the request already if it had no acceptable token.
    const { principal, loaders } = graphql.getContext<GraphQLRequestContext>();
    const request: AccessRequest = {
      principal,
      args: graphql.getArgs(),
      parent: graphql.getRoot(),
      services: this.services,
      loaders,
    };
    if (await policyAllows(this.policy, key, request)) return true;
    throw refusalOf(request, key);
  }

  private async canRoute(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    let principal;
    try {
      principal = await this.authenticator.authenticate(req);
    } catch (error) {
      if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
      throw error;
    }
    const key = routeKey(context.getClass().name, context.getHandler().name);
    const request: AccessRequest = {
      principal,
      // A route's rule reads its path and query parameters alike.
      args: { ...(req.query as Record<string, unknown>), ...req.params },
      parent: undefined,
      services: this.services,
    };
    if (await policyAllows(this.policy, key, request)) return true;
    throw refusalOf(request, key);
  }
}
