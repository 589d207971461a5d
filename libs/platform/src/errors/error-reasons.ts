/**
 * The closed catalogue of `extensions.reason` codes: what a front end switches on to react to an
 * error, or to show it in its own words. `extensions.code` says who is at fault (Apollo's codes);
 * the reason says what went wrong. Every error the API returns carries one of these (see
 * docs/errors.md); the messages are the generic ones, in the languages the API writes in.
 */
export const ERROR_REASONS = {
  UNKNOWN_ID: {
    EN: 'names nothing that exists or that you may reach',
    FR: 'ne désigne rien qui existe ou qui vous soit accessible',
  },
  ROLE_FORBIDDEN: {
    EN: 'your role may not do this',
    FR: 'votre rôle ne permet pas cette opération',
  },
  UNAUTHENTICATED: {
    EN: 'no valid token',
    FR: 'aucun jeton valide',
  },
  INVALID_VALUE: {
    EN: 'is not a valid value',
    FR: "n'est pas une valeur valide",
  },
  NOT_A_UUID: { EN: 'must be a UUID', FR: 'doit être un UUID' },
  TOO_LONG: { EN: 'is too long', FR: 'est trop long' },
  NOT_UNICODE: {
    EN: 'must be well-formed Unicode text without NUL characters',
    FR: 'doit être un texte Unicode bien formé, sans caractère NUL',
  },
  OUT_OF_RANGE: { EN: 'is out of range', FR: 'est hors des bornes permises' },
  ALREADY_EXISTS: { EN: 'is already taken', FR: 'est déjà pris' },
  TRANSITION_NOT_ALLOWED: {
    EN: 'is not allowed from the current state',
    FR: "n'est pas permis depuis l'état actuel",
  },
  INVALID_QUERY: {
    EN: 'the query is not valid against the schema',
    FR: "la requête n'est pas valide pour le schéma",
  },
  QUERY_TOO_COMPLEX: {
    EN: 'the query is too deep, too costly, too long or has too many aliases',
    FR: 'la requête est trop profonde, trop coûteuse, trop longue ou a trop d’alias',
  },
  REQUEST_TOO_LARGE: {
    EN: 'the request body is over the size limit',
    FR: 'le corps de la requête dépasse la taille permise',
  },
  BAD_REQUEST: {
    EN: 'the HTTP request is not a GraphQL request this API takes',
    FR: "la requête HTTP n'est pas une requête GraphQL que cette API accepte",
  },
  RATE_LIMITED: {
    EN: 'too many requests; try again later',
    FR: 'trop de requêtes ; réessayez plus tard',
  },
  UNAVAILABLE: {
    EN: 'a service this call needs did not answer; try again shortly',
    FR: "un service nécessaire n'a pas répondu ; réessayez dans un instant",
  },
  INTERNAL: { EN: 'Internal server error', FR: 'Erreur interne du serveur' },
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;

/** A message in each language the API writes in. */
export interface LocalizedText {
  EN: string;
  FR: string;
}

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ERROR_REASONS, value);
}

/**
 * The reason of an error raised without one (by Apollo Server, graphql-js, a library), from its
 * code: such errors keep their own message, and front ends still get a reason to switch on.
 */
const REASON_OF_CODE: Readonly<Record<string, ErrorReason>> = {
  BAD_USER_INPUT: 'INVALID_VALUE',
  NOT_FOUND: 'UNKNOWN_ID',
  FORBIDDEN: 'ROLE_FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_QUERY',
  GRAPHQL_PARSE_FAILED: 'INVALID_QUERY',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  BAD_REQUEST: 'BAD_REQUEST',
  BATCHING_NOT_SUPPORTED: 'BAD_REQUEST',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'UNAVAILABLE',
};

/** The reason an error with this code and no reason of its own carries. */
export function reasonOfCode(code: unknown): ErrorReason {
  return (typeof code === 'string' && REASON_OF_CODE[code]) || 'INTERNAL';
}
