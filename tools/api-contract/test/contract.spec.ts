import { composeSupergraph } from '../src/compose';
import { breaksSinceBase, operationProblems, staleFiles } from '../src/contract';
import { readOperationFiles } from '../src/operations';
import { readRunningSubgraphs } from '../src/running-subgraphs';
import { CONTRACT_FILES, workspaceRoot } from '../src/workspace';
import path from 'node:path';

/**
 * The API's contract as CI holds it: the checked-in schema is what the built subgraphs compose
 * to, the front ends' operations validate against it, and the changelog records every break
 * since the previous commit. `npm run api:check` prints the same with the diffs.
 */
jest.setTimeout(180_000);

const workspace = workspaceRoot();

describe('the API contract', () => {
  it('is what the four built subgraphs compose to now', async () => {
    const composed = composeSupergraph(await readRunningSubgraphs());
    const stale = staleFiles(workspace, composed);
    // The diff in the failure message says what changed; `npm run api:schema` writes it.
    expect(stale.map(({ diff }) => diff).join('\n')).toBe('');
  });

  it("holds every front end's operation", () => {
    const files = readOperationFiles(path.join(workspace, CONTRACT_FILES.operations));
    expect(files.length).toBeGreaterThanOrEqual(9);
    expect(operationProblems(workspace)).toEqual([]);
  });

  it('records in the API changelog every breaking change since the previous commit', async () => {
    const { unrecorded } = await breaksSinceBase(workspace);
    expect(unrecorded).toEqual([]);
  });
});
