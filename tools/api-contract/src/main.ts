/**
 * The API's contract: `main schema` writes the composed supergraph and its API schema into the
 * repository; `main check [--base <ref>]` fails when the subgraphs compose to something else,
 * when a front end's operation does not validate against the checked-in API schema, or when a
 * breaking change since the base is not recorded in the API changelog. Run through
 * `npm run api:schema` and `npm run api:check`, which build the services first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { breakingChanges } from './breaking-changes';
import { composeSupergraph } from './compose';
import { breaksSinceBase, operationProblems, staleFiles, writeContract } from './contract';
import { readRunningSubgraphs } from './running-subgraphs';
import { schemaFigures } from './schema-figures';
import { CONTRACT_FILES, workspaceRoot } from './workspace';

const USAGE = 'usage: api-contract schema | check [--base <git revision>]';

async function composeNow() {
  const began = Date.now();
  const composed = composeSupergraph(await readRunningSubgraphs());
  return { composed, seconds: ((Date.now() - began) / 1000).toFixed(1) };
}

function printFigures(workspace: string): void {
  const sdl = readFileSync(path.join(workspace, CONTRACT_FILES.api), 'utf8');
  const figures = schemaFigures(buildSchema(sdl));
  console.log(
    `figures: ${sdl.split('\n').length - 1} lines; ${figures.objectTypes} object types, ` +
      `${figures.objectTypesWithoutId.length} without id; ${figures.enums} enums; ` +
      `${figures.connections} connections; ${figures.unpaginatedLists.length} lists of objects ` +
      `outside one, ${figures.unpaginatedListsOfIdentified.length} of them of objects with an id`,
  );
}

async function writeSchema(workspace: string): Promise<number> {
  const { composed, seconds } = await composeNow();
  writeContract(workspace, composed);
  console.log(
    `wrote ${CONTRACT_FILES.supergraph} and ${CONTRACT_FILES.api}, composed in ${seconds} s`,
  );
  printFigures(workspace);
  return 0;
}

/** Prints the problems of the front ends' operations; true when there are none. */
function checkOperations(workspace: string): boolean {
  const problems = operationProblems(workspace);
  for (const { file, message } of problems) console.log(`  ${file}: ${message}`);
  console.log(
    problems.length === 0
      ? `operations: every operation of ${CONTRACT_FILES.operations} validates against ${CONTRACT_FILES.api}`
      : `operations: ${problems.length} problem(s) against ${CONTRACT_FILES.api}`,
  );
  return problems.length === 0;
}

/** Prints the breaking changes since the base; true when the changelog records each. */
async function checkBreaks(workspace: string, base: string | undefined): Promise<boolean> {
  const { ref, breaks, unrecorded } = await breaksSinceBase(workspace, base);
  if (ref === undefined) {
    console.log(`breaking changes: no earlier ${CONTRACT_FILES.api} to compare with`);
    return true;
  }
  for (const change of breaks) {
    const mark = unrecorded.includes(change) ? 'NOT IN THE CHANGELOG' : 'recorded';
    console.log(`  \`${change.coordinate}\`: ${change.message} (${mark})`);
  }
  console.log(
    `breaking changes since ${ref}: ${breaks.length}, ${unrecorded.length} not recorded in ` +
      `${CONTRACT_FILES.changelog} (name each one's coordinate in backticks there)`,
  );
  return unrecorded.length === 0;
}

/** Prints how the composition differs from the checked-in files; true when it does not. */
async function checkComposition(workspace: string): Promise<boolean> {
  const { composed, seconds } = await composeNow();
  const stale = staleFiles(workspace, composed);
  if (stale.length === 0) {
    console.log(`composition: the four subgraphs compose to the checked-in schema (${seconds} s)`);
    return true;
  }
  for (const { diff } of stale) console.log(diff);
  const apiFile = path.join(workspace, CONTRACT_FILES.api);
  if (existsSync(apiFile)) {
    for (const change of await breakingChanges(readFileSync(apiFile, 'utf8'), composed.apiSdl)) {
      console.log(`  the composition breaks \`${change.coordinate}\`: ${change.message}`);
    }
  }
  const files = stale.map(({ file }) => file).join(' and ');
  console.log(
    `composition: ${files} ${stale.length === 1 ? 'differs' : 'differ'} from what the subgraphs ` +
      'compose to; run `npm run api:schema` and record any break in the changelog',
  );
  return false;
}

async function check(workspace: string, base: string | undefined): Promise<number> {
  const results = [
    checkOperations(workspace),
    await checkBreaks(workspace, base),
    await checkComposition(workspace),
  ];
  printFigures(workspace);
  return results.every(Boolean) ? 0 : 1;
}

async function main(args: string[]): Promise<number> {
  const workspace = workspaceRoot();
  const [command, ...options] = args;
  if (command === 'schema' && options.length === 0) return writeSchema(workspace);
  if (command === 'check' && options.length === 0) return check(workspace, undefined);
  if (command === 'check' && options.length === 2 && options[0] === '--base') {
    return check(workspace, options[1]);
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
