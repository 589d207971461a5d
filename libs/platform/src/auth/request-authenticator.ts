import { IncomingMessage } from 'node:http';
import { Principal } from '@symbiose/tokens';
import { bearerTokenOf, TokenVerifier } from '@symbiose/tokens';

const principals = new WeakMap<IncomingMessage, Promise<Principal>>();

/** The principal of an HTTP request, from its bearer token, checked once per request. */
export class RequestAuthenticator {
  constructor(private readonly verifier: TokenVerifier) {}

  /** Rejects with an AuthenticationError saying what is wrong with the token. */
  authenticate(req: IncomingMessage): Promise<Principal> {
    let principal = principals.get(req);
    if (!principal) {
      principal = Promise.resolve()
        .then(() => bearerTokenOf(req.headers.authorization))
        .then((token) => this.verifier.verify(token));
      principals.set(req, principal);
    }
    return principal;
  }
}
