import {
  ArgumentNode,
  ASTNode,
  DocumentNode,
  GraphQLError,
  GraphQLFormattedError,
  Kind,
  ObjectFieldNode,
  parse,
  visit,
} from 'graphql';

// graphql-js's words when a variable's value does not fit its type:
// `Variable "$input" got invalid value "X" at "input.status"; Value "X" does not exist in …`,
// `Variable "$id" of required type "ID!" was not provided.`
const INVALID_VARIABLE =
  /^Variable "\$(\w+)" (?:got invalid value .*?(?: at "([^"]+)")?; |has invalid value|of required type|of non-null type)/s;

/**
 * A path to a refused value (`input.status`) named as input validation names it: an argument
 * alone (`id`), or the field inside the argument's input object (`status`).
 */
function fieldOfPath(path: string): string {
  const [argument, ...inside] = path.split('.');
  return inside.length > 0 ? inside.join('.') : argument;
}

/**
 * The field a variable's refused value is bound to: the variable's name, or the field inside it
 * (`status` for `$input` at `input.status`). Undefined for any other error.
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const found = INVALID_VARIABLE.exec(message);
  if (!found) return undefined;
  return found[2] ? fieldOfPath(found[2]) : found[1];
}

// graphql-js's words when a literal does not fit its type (its ValuesOfCorrectTypeRule).
const INVALID_LITERAL =
  /^(?:Value .* does not exist in ".*" enum\.|Enum ".*" cannot represent|Expected value of type|(?:Int|Float|String|Boolean|ID) cannot represent)/s;

/** The path, by argument and input field names (`input.to`), to the value at `start`. */
function pathToValueAt(document: DocumentNode, start: number): string | undefined {
  const path: string[] = [];
  let found: string | undefined;
  const names = (node: ASTNode) => node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD;
  visit(document, {
    enter(node) {
      if (names(node)) path.push((node as ArgumentNode | ObjectFieldNode).name.value);
      else if (found === undefined && node.kind !== Kind.NAME && node.loc?.start === start) {
        found = path.join('.');
      }
    },
    leave(node) {
      if (names(node)) path.pop();
    },
  });
  return found || undefined;
}

/**
 * A literal value that does not fit its type, which validation reports as
 * GRAPHQL_VALIDATION_FAILED, told as the same value given in a variable is: BAD_USER_INPUT naming
 * its field (`to` for `input: { to: … }`), with the same HTTP status, 400.
 */
export function recodeBadLiteral(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'GRAPHQL_VALIDATION_FAILED') return formatted;
  if (!INVALID_LITERAL.test(formatted.message) || !(error instanceof GraphQLError)) {
    return formatted;
  }
  const loc = error.nodes?.[0]?.loc;
  if (!loc) return formatted;
  const path = pathToValueAt(parse(loc.source), loc.start);
  if (!path) return formatted;
  const field = fieldOfPath(path);
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field } };
}
