import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The workspace this tool belongs to, found from its sources or its build under dist/: the
 * nearest folder above that holds tools/system/index.js and nx.json.
 */
export function workspaceRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (
      existsSync(path.join(dir, 'nx.json')) &&
      existsSync(path.join(dir, 'tools', 'system', 'index.js'))
    ) {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no Symbiose workspace above ${from}`);
  }
}

/** The files of the contract, relative to the workspace. */
export const CONTRACT_FILES = {
  /** The supergraph the gateway composes, with its join directives: what a router would load. */
  supergraph: 'schema/supergraph.graphql',
  /** The schema clients see, sorted by name: what front ends generate their types from. */
  api: 'schema/api.graphql',
  /** Where every breaking change of the API schema is recorded. */
  changelog: 'docs/api-changelog.md',
  /** The front ends' operations, each file one or more named operations. */
  operations: 'tools/api-contract/operations',
} as const;
