// graphql-js's words when a variable's value does not fit its type:
// `Variable "$input" got invalid value "X" at "input.status"; Value "X" does not exist in …`,
// `Variable "$id" of required type "ID!" was not provided.`
const INVALID_VARIABLE =
  /^Variable "\$(\w+)" (?:got invalid value .*?(?: at "([^"]+)")?; |has invalid value|of required type|of non-null type)/s;

/**
 * The field a variable's refused value is bound to, as the client wrote it: the variable's name,
 * or the path into it (`input.status`). Undefined for any other error.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const found = INVALID_VARIABLE.exec(message);
  if (!found) return undefined;
  return found[2] ?? found[1];
}
