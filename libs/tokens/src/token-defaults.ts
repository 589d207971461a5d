/** The secret of a development machine, refused in production so that no deployment runs with it. */
export const DEVELOPMENT_TOKEN_SECRET = 'symbiose-development-secret-not-for-production';
export const DEFAULT_TOKEN_ISSUER = 'symbiose';
export const DEFAULT_TOKEN_AUDIENCE = 'symbiose-api';
