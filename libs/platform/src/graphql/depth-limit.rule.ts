import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ValidationRule } from 'graphql';
import { reportAsTooComplex } from './refused-query-error';

/**
 * Refuses a query whose fields nest deeper than `maximum`. Fragments count as the fields they
 * hold, in place: the gateway's query plan turns a client's fragments into inline ones and
 * wraps entity fields in `_entities { ... on Type }`, so that a subgraph's part of a query the
 * gateway accepted never nests deeper than the query did.
 */
export function depthLimitRule(maximum: number): ValidationRule {
  return maxDepthRule({
    n: maximum,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [reportAsTooComplex('depth', maximum)],
  });
}
