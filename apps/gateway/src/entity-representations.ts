import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** A list of representations with each entity once, and where each original one went. */
export interface UniqueRepresentations {
  readonly unique: unknown[];
  /** For each original representation, its position in `unique`. */
  readonly positionOf: number[];
}

/**
 * The representations with each entity once. The query planner asks a subgraph for an entity
 * as often as it appears in the result (a firm in twenty synergies is sent twenty times), and
 * the subgraph resolves each one. The gateway builds every representation of a fetch from the
 * same selection, so equal entities serialise alike.
 */
export function uniqueRepresentations(representations: readonly unknown[]): UniqueRepresentations {
  const positions = new Map<string, number>();
  const unique: unknown[] = [];
  const positionOf = representations.map((representation) => {
    const key = JSON.stringify(representation);
    let position = positions.get(key);
    if (position === undefined) {
      position = unique.length;
      positions.set(key, position);
      unique.push(representation);
    }
    return position;
  });
  return { unique, positionOf };
}

type EntityError = NonNullable<GatewayGraphQLResponse['errors']>[number];

/** An `_entities` error, once for each original representation of the entity it names. */
function errorsAtOriginals(error: EntityError, originalsOf: number[][]): EntityError[] {
  const [root, position, ...rest] = error.path ?? [];
  if (root !== '_entities' || typeof position !== 'number' || !originalsOf[position]) {
    return [error];
  }
  return originalsOf[position].map((original) => ({
    ...error,
    path: ['_entities', original, ...rest],
  }));
}

/**
 * The subgraph's answer to the unique representations, as the planner expects it: one entity
 * per original representation, in its order (each a copy of its own, since the gateway merges
 * later fetches into each), and each entity's errors at every place it stands.
 */
export function entitiesAtOriginals(
  response: GatewayGraphQLResponse,
  positionOf: readonly number[],
): GatewayGraphQLResponse {
  const entities = response.data?._entities;
  if (!Array.isArray(entities)) return response;
  const originalsOf: number[][] = [];
  positionOf.forEach((position, original) => (originalsOf[position] ??= []).push(original));
  return {
    ...response,
    data: {
      ...response.data,
      _entities: positionOf.map((position, original) =>
        originalsOf[position][0] === original
          ? entities[position]
          : structuredClone(entities[position]),
      ),
    },
    ...(response.errors
      ? { errors: response.errors.flatMap((error) => errorsAtOriginals(error, originalsOf)) }
      : {}),
  };
}
