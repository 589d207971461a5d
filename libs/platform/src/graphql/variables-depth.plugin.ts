import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Deepest nesting of a request's variables. The deepest input of the API, a MultiPolygon
 * perimeter in a zone's input, nests 7 levels (input, perimeter, coordinates, polygons, rings,
 * positions, numbers); JSON.stringify, which passes variables on and audits them, overflows its
 * stack at about 5,000.
 */
export const MAX_VARIABLES_DEPTH = 64;

/**
 * Where the variables first nest deeper than `maximum`: the argument's field (its first key
 * below the variable, as validation names fields) or the variable; null when they do not.
 * Walked with a stack of its own, however deep the value.
 */
export function tooDeeplyNested(variables: unknown, maximum: number): string | null {
  const stack: { value: unknown; depth: number; field: string }[] = [
    { value: variables, depth: 0, field: '' },
  ];
  while (stack.length > 0) {
    const { value, depth, field } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maximum) return field;
    const entries = Array.isArray(value) ? value.map((item) => ['', item]) : Object.entries(value);
    for (const [key, item] of entries) {
      // The variable at depth 0, then the field it holds at depth 1.
      const named = depth <= 1 && key !== '' ? key : field;
      stack.push({ value: item, depth: depth + 1, field: named });
    }
  }
  return null;
}

/**
 * Refuses, as BAD_USER_INPUT with HTTP 400, variables nested deeper than `maximum` before
 * anything walks them recursively: a perimeter nested 5,000 levels deep stopped the gateway's
 * call to the directory with a stack overflow, answered as an internal error.
 */
export function variablesDepthPlugin(maximum: number = MAX_VARIABLES_DEPTH): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const field = tooDeeplyNested(request.variables ?? {}, maximum);
          if (field === null) return;
          throw new GraphQLError(`${field || 'variables'}: nests deeper than ${maximum} levels`, {
            extensions: {
              code: 'BAD_USER_INPUT',
              field: field || 'variables',
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
