import { ParseOptions, ValidationRule } from 'graphql';
import { aliasLimitRule } from './alias-limit.rule';
import { costLimitRule } from './cost-limit.rule';
import { depthLimitRule } from './depth-limit.rule';

/** The limits every GraphQL server of the system, gateway and subgraphs alike, puts on a query. */
export interface QueryLimits {
  GRAPHQL_MAX_DEPTH: number;
  GRAPHQL_MAX_ALIASES: number;
  GRAPHQL_MAX_TOKENS: number;
  GRAPHQL_MAX_COST: number;
}

/** What an Apollo Server takes to hold a query to the limits: its parser's and its validation's. */
export interface QueryLimitOptions {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
}

/**
 * The token limit stops the parser itself, before a document of thousands of fragments or
 * aliases is built and walked by validation; the depth and alias limits then refuse what a
 * short document can still ask for.
 */
export function queryLimitOptions(limits: QueryLimits): QueryLimitOptions {
  return {
    parseOptions: { maxTokens: limits.GRAPHQL_MAX_TOKENS },
    validationRules: [
      depthLimitRule(limits.GRAPHQL_MAX_DEPTH),
      aliasLimitRule(limits.GRAPHQL_MAX_ALIASES),
      costLimitRule(limits.GRAPHQL_MAX_COST),
    ],
  };
}
