import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ValidationRule } from 'graphql';
import { reportAsTooComplex } from './refused-query-error';

/** Refuses a query whose selections nest deeper than `maximum` (fragments counted in place). */
export function depthLimitRule(maximum: number): ValidationRule {
  return maxDepthRule({
    n: maximum,
    propagateOnRejection: false,
    onReject: [reportAsTooComplex('depth', maximum)],
  });
}
