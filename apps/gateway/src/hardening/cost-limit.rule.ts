import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { ValidationRule } from 'graphql';
import { reportAsTooComplex } from '@symbiose/platform';

/**
 * Refuses a query whose estimated cost is over `maximum`: GraphQL Armor's estimate, which
 * multiplies a list's cost by its literal `first`, so nested pages add up fast.
 */
export function costLimitRuleOf(maximum: number): ValidationRule {
  return costLimitRule({
    maxCost: maximum,
    propagateOnRejection: false,
    onReject: [reportAsTooComplex('cost', maximum)],
  });
}
