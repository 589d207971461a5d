import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { loadConfig, queryLimitOptions, refusalCodeOf } from '@symbiose/platform';
import { GatewayConfig } from '../gateway.config';
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
    expect(errorsOf(pageSizeRule(100), query)).toEqual([]);
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

  const root = path.join(__dirname, '../../../..');
  const api = buildSchema(readFileSync(path.join(root, 'schema/api.graphql'), 'utf8'));
  const rules = [
    pageSizeRule(),
    ...queryLimitOptions(loadConfig(GatewayConfig, {})).validationRules,
  ];

  it.each([
    [
      'Territory.zones and Zone.territory',
      `{ territories(first: 1) { nodes { zones { territory { zones { territory { zones { territory {
      zones { id } } } } } } } } } }`,
    ],
    [
      'Synergy.followUpMeetings, Workshop.decisions, WorkshopDecision.synergies',
      `query ($id: ID!) { synergy(id: $id) { followUpMeetings { decisions { synergies {
      followUpMeetings { decisions { synergies { id } } } } } } } }`,
    ],
    [
      'Action.synergies and WorkshopDecision.actions',
      `query ($id: ID!) { action(id: $id) { synergies { followUpMeetings { decisions { actions {
      synergies { id } } } } } } }`,
    ],
    [
      'Interview.declarations and Declaration.interview',
      `query ($id: ID!) { interview(id: $id) { declarations { interview { declarations { interview {
      declarations { interview { declarations { id } } } } } } } } }`,
    ],
  ])('refuse a loop of lists with no page by its cost: %s', (_, query) => {
    const errors = validate(api, parse(query), [...specifiedRules, ...rules]);
    expect(errors.map((error) => error.extensions['limit'])).toEqual(['cost']);
  });

  it("let every reference operation of the front ends through the gateway's limits", () => {
    const folder = path.join(root, 'tools/api-contract/operations');
    const files = readdirSync(folder).filter((name) => name.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const document = parse(readFileSync(path.join(folder, name), 'utf8'));
      const errors = validate(api, document, [...specifiedRules, ...rules]);
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
    }
  });
});
