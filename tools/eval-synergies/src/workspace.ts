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
