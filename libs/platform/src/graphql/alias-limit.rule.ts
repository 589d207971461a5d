import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { ValidationRule } from 'graphql';
import { reportAsTooComplex } from './refused-query-error';

/**
 * Refuses an operation with more than `maximum` aliases: an alias flood repeats one field's
 * work. Aliases of `__typename` count too (GraphQL Armor lets them through by default), since
 * a thousand of them still cost a thousand answers.
 */
export function aliasLimitRule(maximum: number): ValidationRule {
  return maxAliasesRule({
    n: maximum,
    allowList: [],
    propagateOnRejection: false,
    onReject: [reportAsTooComplex('aliases', maximum)],
  });
}
