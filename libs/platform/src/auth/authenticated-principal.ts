import { IncomingMessage } from 'node:http';
import { unauthenticated } from './auth-errors';
import { Principal } from '@symbiose/tokens';
import { RequestAuthenticator } from './request-authenticator';
import { AuthenticationError } from '@symbiose/tokens';

/** The principal of a GraphQL request, or the UNAUTHENTICATED error its client gets. */
export async function authenticatedPrincipal(
  authenticator: RequestAuthenticator,
  req: IncomingMessage,
): Promise<Principal> {
  try {
    return await authenticator.authenticate(req);
  } catch (error) {
    if (error instanceof AuthenticationError) throw unauthenticated(error.message);
    throw error;
  }
}
