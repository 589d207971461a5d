import { ASTVisitor, Kind, ValidationContext, ValidationRule, visit } from 'graphql';
import { MAX_PAGE_SIZE, RefusedQueryError } from '@symbiose/platform';

/**
 * Refuses a literal `first` over the subgraphs' maximum page size with the BAD_USER_INPUT the
 * subgraph would give, before the cost limit turns it into a vaguer "too costly". A `first`
 * given as a variable reaches the subgraph, which refuses it the same way.
 */
export function pageSizeRule(maximum: number = MAX_PAGE_SIZE): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    // Walked from the document, so these errors come before the other limits' ones.
    Document(document) {
      visit(document, {
        Argument(argument) {
          if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT) return;
          const asked = Number(argument.value.value);
          if (asked <= maximum) return;
          context.reportError(
            new RefusedQueryError(
              `first: must be at most ${maximum} (got ${asked})`,
              'BAD_USER_INPUT',
              { field: 'first', maximum },
            ),
          );
        },
      });
    },
  });
}
