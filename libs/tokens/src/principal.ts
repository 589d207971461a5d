import { z } from 'zod';

export const ROLES = ['ADMIN', 'FACILITATOR', 'COMPANY_MEMBER', 'PARTNER', 'SERVICE'] as const;
/**
 * What a caller is. SERVICE is the gateway itself, composing the supergraph
 * from the subgraphs' schemas: it reads schemas, never data.
 */
export type Role = (typeof ROLES)[number];

/** The verified identity of a request, from its token's claims. */
export interface Principal {
  subject: string;
  roles: Role[];
  /** The organization a company member belongs to. */
  organizationId?: string;
  /** The partner body a partner system speaks for. */
  partnerId?: string;
  /** The territories a facilitator works on. */
  territoryIds: string[];
}

/** The claims Symbiose reads from a token, beside the registered ones (sub, iss, aud, exp). */
export const principalClaims = z
  .object({
    sub: z.string().min(1),
    roles: z.array(z.enum(ROLES)).min(1),
    organizationId: z.uuid().optional(),
    partnerId: z.string().min(1).optional(),
    territories: z.array(z.uuid()).default([]),
  })
  .superRefine((claims, context) => {
    const requires = (role: Role, claim: 'organizationId' | 'partnerId' | 'territories') => {
      const value = claims[claim];
      const present = Array.isArray(value) ? value.length > 0 : value !== undefined;
      if (claims.roles.includes(role) && !present) {
        context.addIssue({ code: 'custom', path: [claim], message: `required for role ${role}` });
      }
    };
    requires('COMPANY_MEMBER', 'organizationId');
    requires('PARTNER', 'partnerId');
    requires('FACILITATOR', 'territories');
  });

export type PrincipalClaims = z.input<typeof principalClaims>;

export function principalOf(claims: z.output<typeof principalClaims>): Principal {
  return {
    subject: claims.sub,
    roles: claims.roles,
    organizationId: claims.organizationId,
    partnerId: claims.partnerId,
    territoryIds: claims.territories,
  };
}

export function claimsOf(principal: Principal): PrincipalClaims {
  return {
    sub: principal.subject,
    roles: principal.roles,
    organizationId: principal.organizationId,
    partnerId: principal.partnerId,
    territories: principal.territoryIds,
  };
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
