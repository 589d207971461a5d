import { parseArgs } from 'node:util';
import { BaseConfig } from '@symbiose/platform';
import { issueToken, principalClaims, principalOf, ROLES } from '@symbiose/tokens';

export const USAGE = `usage: npm run token -- --role <${ROLES.join('|')}> [--role …]
  [--territory <uuid> …] [--organization <uuid>] [--partner <id>] [--subject <name>] [--hours <n>]`;

const DEFAULT_HOURS = 8;

/** A command line this tool cannot turn into a token; the message says why. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type TokenSettings = Pick<BaseConfig, 'AUTH_TOKEN_SECRET' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>;

/** A development token for the principal a command line describes, checked as the services will. */
export async function developmentToken(args: string[], settings: TokenSettings): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        role: { type: 'string', multiple: true, default: [] },
        territory: { type: 'string', multiple: true, default: [] },
        organization: { type: 'string' },
        partner: { type: 'string' },
        subject: { type: 'string' },
        hours: { type: 'string', default: String(DEFAULT_HOURS) },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new UsageError(`--hours: must be a positive number, got "${values.hours}"`);
  }
  const roles = values.role.map((role) => role.toUpperCase());
  const claims = principalClaims.safeParse({
    sub: values.subject ?? `dev:${roles.join('+').toLowerCase() || 'nobody'}`,
    roles,
    organizationId: values.organization,
    partnerId: values.partner,
    territories: values.territory,
  });
  if (!claims.success) {
    const flags: Record<string, string> = {
      roles: '--role',
      territories: '--territory',
      organizationId: '--organization',
      partnerId: '--partner',
    };
    throw new UsageError(
      claims.error.issues
        .map((issue) => `${flags[String(issue.path[0])] ?? issue.path.join('.')}: ${issue.message}`)
        .join('; '),
    );
  }
  return issueToken(principalOf(claims.data), settings, { lifetimeSeconds: hours * 3600 });
}
