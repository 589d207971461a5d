import { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { AuthenticationError, bearerTokenOf, hasRole, TokenVerifier } from '@symbiose/tokens';

/** The cookie that carries an ADMIN's token to the dashboard's page loads. */
export const ADMIN_COOKIE = 'symbiose_queue_admin';

function cookieToken(request: Request): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === ADMIN_COOKIE && value.length > 0) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The token of a request: its Authorization header's, else the dashboard's cookie. */
function tokenOf(request: Request): string {
  if (request.headers.authorization) return bearerTokenOf(request.headers.authorization);
  const token = cookieToken(request);
  if (!token) throw new AuthenticationError('missing bearer token');
  return token;
}

function loginPage(basePath: string, reason: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Symbiose queues: sign in</title></head>
<body>
<h1>Symbiose queues</h1>
<p>${reason === 'missing bearer token' ? 'Paste an ADMIN token to open the dashboard.' : 'The token was refused; paste another ADMIN token.'}</p>
<form method="post" action="${basePath}/session">
<label>Token <input type="password" name="token" autocomplete="off" required></label>
<button type="submit">Open</button>
</form>
</body></html>`;
}

function refuse(response: Response, status: 401 | 403, message: string, page?: string): void {
  if (page && response.req.accepts(['json', 'html']) === 'html') {
    response.status(status).type('html').send(page);
    return;
  }
  response.status(status).json({ statusCode: status, message });
}

/**
 * Lets only ADMIN through to the dashboard under `basePath`. A client sends its
 * token as a bearer header; a browser, which cannot on page loads, posts it once
 * to `<basePath>/session` (the sign-in page's form does), which sets it as an
 * HttpOnly, SameSite=Strict cookie scoped to the dashboard. Tokens never travel
 * in URLs, which logs and histories keep. Answers 401 without a valid token and
 * 403 to anyone else than an ADMIN, in JSON (or the sign-in page for a browser).
 */
export function adminSession(
  basePath: string,
  verifier: TokenVerifier,
  options: { secureCookie: boolean },
): RequestHandler {
  const router = Router();

  const admit = async (token: () => string, request: Request, response: Response) => {
    try {
      const principal = await verifier.verify(token());
      if (!hasRole(principal, 'ADMIN')) {
        refuse(response, 403, 'the queue dashboard is for ADMIN only');
        return false;
      }
      return true;
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      refuse(response, 401, error.message, loginPage(basePath, error.message));
      return false;
    }
  };

  router.post('/session', async (request: Request, response: Response, next: NextFunction) => {
    try {
      const posted = (request.body as { token?: unknown } | undefined)?.token;
      const token = () => {
        if (typeof posted === 'string' && posted.trim()) return posted.trim();
        return tokenOf(request);
      };
      if (!(await admit(token, request, response))) return;
      response
        .cookie(ADMIN_COOKIE, token(), {
          httpOnly: true,
          sameSite: 'strict',
          secure: options.secureCookie,
          path: basePath,
        })
        .redirect(303, `${basePath}/`);
    } catch (error) {
      next(error);
    }
  });

  router.use(async (request: Request, response: Response, next: NextFunction) => {
    try {
      if (await admit(() => tokenOf(request), request, response)) next();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
