import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, printSchema } from 'graphql';

export interface SubgraphSdl {
  name: string;
  /** The URL the supergraph names for the subgraph (the gateway replaces it by its own). */
  url: string;
  sdl: string;
}

export interface ComposedSchema {
  supergraphSdl: string;
  apiSdl: string;
}

export class CompositionFailed extends Error {
  constructor(readonly reasons: string[]) {
    super(`the subgraphs do not compose:\n${reasons.map((reason) => `  ${reason}`).join('\n')}`);
    this.name = 'CompositionFailed';
  }
}

/**
 * Composes the subgraphs as the gateway's IntrospectAndCompose does (`composeServices` of
 * @apollo/composition, in the gateway's order of subgraphs), and derives the API schema from the
 * result as the gateway does, sorted by name so that a change reads as a small diff.
 */
export function composeSupergraph(subgraphs: SubgraphSdl[]): ComposedSchema {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new CompositionFailed(result.errors.map((error) => error.message));
  const apiSchema = lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return {
    supergraphSdl: withFinalNewline(result.supergraphSdl),
    apiSdl: withFinalNewline(printSchema(apiSchema)),
  };
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
