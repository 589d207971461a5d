import {
  buildSchema,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { QUERY_TOO_COMPLEX, refusalCodeOf } from '@symbiose/platform';
import { costLimitRuleOf } from './cost-limit.rule';
import { pageSizeRule } from './page-size.rule';

const schema = buildSchema(`
  type Query { territories(first: Int): TerritoryConnection }
  type TerritoryConnection { totalCount: Int, nodes: [Territory] }
  type Territory { name: String, zones: [Zone] }
  type Zone { name: String, territory: Territory }
`);

function errorsOf(rule: ValidationRule, query: string): GraphQLError[] {
  return [...validate(schema, parse(query), [...specifiedRules, rule])];
}

describe("the gateway's own query limits", () => {
  it('accept a query within every limit', () => {
    const query = `{ territories(first: 100) { totalCount nodes { name zones { name } } } }`;
    for (const rule of [costLimitRuleOf(10_000), pageSizeRule(100)]) {
      expect(errorsOf(rule, query)).toEqual([]);
    }
  });

  it('refuse a query whose estimated cost is over the maximum, multiplied by its pages', () => {
    const query = `{ territories(first: 100) { nodes { zones { territory { zones { name } } } } } }`;
    expect(errorsOf(costLimitRuleOf(100_000), query)).toEqual([]);
    const errors = errorsOf(costLimitRuleOf(1000), query);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^Query Cost limit of 1000 exceeded, found \d+/);
    expect(errors[0].extensions).toMatchObject({ code: QUERY_TOO_COMPLEX, limit: 'cost' });
  });

  it('refuse a literal first over the page size as BAD_USER_INPUT on first, in fragments too', () => {
    expect(errorsOf(pageSizeRule(100), `{ territories(first: 100) { totalCount } }`)).toEqual([]);
    const errors = errorsOf(
      pageSizeRule(100),
      `{ ...page } fragment page on Query { territories(first: 100000) { totalCount } }`,
    );
    expect(errors.map((error) => error.message)).toEqual([
      'first: must be at most 100 (got 100000)',
    ]);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(refusalCodeOf(errors[0])).toBe('BAD_USER_INPUT');
  });

  it('leave a first given as a variable to the subgraph, which knows its value', () => {
    const query = `query ($first: Int) { territories(first: $first) { totalCount } }`;
    expect(errorsOf(pageSizeRule(100), query)).toEqual([]);
  });
});
