import {
  getNamedType,
  getNullableType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isListType,
  isObjectType,
} from 'graphql';

export interface SchemaFigures {
  /** Object types, the root types and the paging types (connections, edges, PageInfo) aside. */
  objectTypes: number;
  /** Those of them a normalised cache cannot identify by themselves: no `id` field. */
  objectTypesWithoutId: string[];
  enums: number;
  /** Types with `pageInfo` and `edges` or `nodes`, whatever their name. */
  connections: number;
  /** Fields returning a list of objects outside a connection: `Type.field`. */
  unpaginatedLists: string[];
  /** Those of them whose objects have an `id`: rows that may grow beyond a page. */
  unpaginatedListsOfIdentified: string[];
}

const hasFields = (type: GraphQLObjectType, ...names: string[]) =>
  names.every((name) => name in type.getFields());
const isConnection = (type: GraphQLObjectType) =>
  hasFields(type, 'pageInfo') && (hasFields(type, 'edges') || hasFields(type, 'nodes'));
const isEdge = (type: GraphQLObjectType) => hasFields(type, 'node', 'cursor');

/** What a front end meets in a schema: how many types it can cache by id, how many lists it can page. */
export function schemaFigures(schema: GraphQLSchema): SchemaFigures {
  const roots = new Set<GraphQLObjectType | null | undefined>([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
  const objects = types.filter(isObjectType);
  const paging = (type: GraphQLObjectType) =>
    isConnection(type) || isEdge(type) || type.name === 'PageInfo';
  const cacheable = objects.filter((type) => !roots.has(type) && !paging(type));
  const listsOfObjects = objects
    .filter((type) => !isConnection(type))
    .flatMap((type) =>
      Object.values(type.getFields()).flatMap((field) => {
        const item = getNamedType(field.type);
        return isListType(getNullableType(field.type)) && isObjectType(item)
          ? [{ coordinate: `${type.name}.${field.name}`, item }]
          : [];
      }),
    );
  return {
    objectTypes: cacheable.length,
    objectTypesWithoutId: cacheable
      .filter((type) => !hasFields(type, 'id'))
      .map((type) => type.name),
    enums: types.filter(isEnumType).length,
    connections: objects.filter(isConnection).length,
    unpaginatedLists: listsOfObjects.map(({ coordinate }) => coordinate),
    unpaginatedListsOfIdentified: listsOfObjects
      .filter(({ item }) => hasFields(item, 'id'))
      .map(({ coordinate }) => coordinate),
  };
}
