/**
 * Prints a development token for the principal its arguments describe, signed
 * with the AUTH_TOKEN_SECRET of the environment: `npm run token -- --role ADMIN`.
 */
import { BaseConfig, loadConfig } from '@symbiose/platform';
import { developmentToken, USAGE, UsageError } from './development-token';

developmentToken(process.argv.slice(2), loadConfig(BaseConfig)).then(
  (token) => console.log(token),
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
    process.exitCode = 2;
  },
);
