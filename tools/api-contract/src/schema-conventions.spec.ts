import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLObjectType,
  isEnumType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { schemaFigures } from './schema-figures';
import { CONTRACT_FILES, workspaceRoot } from './workspace';

/**
 * The checked-in schema against the rules of docs/api-guide.md marked "(checked)": paged lists
 * named after their node, every enum value labelled, and every object type without an `id`
 * either keyed by another field or listed in the guide as a value of its parent.
 */
const root = workspaceRoot();
const schema = buildSchema(readFileSync(path.join(root, CONTRACT_FILES.api), 'utf8'));
const guide = readFileSync(path.join(root, 'docs/api-guide.md'), 'utf8');

/** The types the guide keys by other fields than `id`, with those fields. */
const KEYED_BY: Record<string, string[]> = {
  Category: ['code'],
  WasteCode: ['code'],
  InterviewGrid: ['version'],
  AssessmentGrid: ['version'],
  RecomputeStatus: ['zoneId'],
  MatchingSettings: ['territoryId'],
  MatchingSettingsVersion: ['territoryId', 'version'],
};

/** The bullet list that follows "The value types" in the guide. */
function valueTypesOfGuide(): string[] {
  const section = guide.slice(guide.indexOf('The value types'));
  const names: string[] = [];
  for (const line of section.split('\n').slice(1)) {
    const bullet = /^- `(\w+)`$/.exec(line);
    if (bullet) names.push(bullet[1]);
    else if (names.length > 0 && line.trim() !== '') break;
  }
  return names;
}

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
);

describe('the API schema follows docs/api-guide.md', () => {
  it('names each connection and its edges after the node', () => {
    const misnamed = objectTypes
      .filter((type) => 'pageInfo' in type.getFields() && 'nodes' in type.getFields())
      .flatMap((type) => {
        const node = getNamedType(type.getFields().nodes.type).name;
        const edge = type.getFields().edges && getNamedType(type.getFields().edges.type).name;
        return type.name === `${node}Connection` && edge === `${node}Edge` ? [] : [type.name];
      });
    expect(misnamed).toEqual([]);
  });

  it('labels every enum value', () => {
    const unlabelled = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) =>
        type
          .getValues()
          .filter((value) => !value.description)
          .map((value) => `${type.name}.${value.name}`),
      );
    expect(unlabelled).toEqual([]);
  });

  it('lists in the guide exactly the object types a cache cannot key by id', () => {
    const withoutId = schemaFigures(schema).objectTypesWithoutId.filter(
      (name) => !(name in KEYED_BY),
    );
    expect([...withoutId].sort()).toEqual(valueTypesOfGuide());
  });

  it('keys the types keyed by other fields on non-null fields they have, as the guide says', () => {
    for (const [name, keys] of Object.entries(KEYED_BY)) {
      const fields = (schema.getType(name) as GraphQLObjectType).getFields();
      for (const key of keys) expect(isNonNullType(fields[key]?.type)).toBe(true);
      const keyFields = keys.map((key) => `'${key}'`).join(', ');
      expect(guide).toContain(`${name}: { keyFields: [${keyFields}] }`);
    }
  });
});
