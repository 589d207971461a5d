import { ApolloServerPlugin } from '@apollo/server';
import { ASTVisitor, DocumentNode, Kind, ValidationContext, ValidationRule, visit } from 'graphql';
import { MAX_PAGE_SIZE, RefusedQueryError } from '@symbiose/platform';

/** The refusal of an oversized `first`: the same whether it came as a literal or a variable. */
function oversizedPage(asked: number, maximum: number): RefusedQueryError {
  return new RefusedQueryError(
    `first: must be at most ${maximum} (got ${asked})`,
    'BAD_USER_INPUT',
    {
      field: 'first',
      maximum,
      reason: 'OUT_OF_RANGE',
      // Refused before it runs, as a literal is by validation.
      http: { status: 400 },
    },
  );
}

/** Each `first` of a document over the maximum, as a literal or as the value of a variable. */
function oversizedPages(
  document: DocumentNode,
  maximum: number,
  variables: Record<string, unknown> = {},
): RefusedQueryError[] {
  const refusals: RefusedQueryError[] = [];
  visit(document, {
    Argument(argument) {
      if (argument.name.value !== 'first') return;
      const { value } = argument;
      const asked =
        value.kind === Kind.INT
          ? Number(value.value)
          : value.kind === Kind.VARIABLE
            ? variables[value.name.value]
            : undefined;
      if (typeof asked === 'number' && asked > maximum) {
        refusals.push(oversizedPage(asked, maximum));
      }
    },
  });
  return refusals;
}

/**
 * Refuses a literal `first` over the subgraphs' maximum page size with the BAD_USER_INPUT the
 * subgraph would give, before the cost limit turns it into a vaguer "too costly".
 */
export function pageSizeRule(maximum: number = MAX_PAGE_SIZE): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    // Walked from the document, so these errors come before the other limits' ones.
    Document(document) {
      for (const refusal of oversizedPages(document, maximum)) context.reportError(refusal);
    },
  });
}

/**
 * Refuses a `first` over the maximum given as a variable, which validation cannot see, as the
 * page size rule refuses a literal one: HTTP 400, the same error, before anything runs.
 */
export function pageSizeOfVariablesPlugin(maximum: number = MAX_PAGE_SIZE): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const [refusal] = oversizedPages(document, maximum, request.variables);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
