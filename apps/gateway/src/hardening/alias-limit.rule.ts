import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { ValidationRule } from 'graphql';
import { reportAsTooComplex } from './refused-query-error';

/** Refuses an operation with more than `maximum` aliases: an alias flood repeats one field's work. */
export function aliasLimitRule(maximum: number): ValidationRule {
  return maxAliasesRule({
    n: maximum,
    propagateOnRejection: false,
    onReject: [reportAsTooComplex('aliases', maximum)],
  });
}
