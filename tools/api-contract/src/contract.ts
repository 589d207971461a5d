import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { BreakingChange, breakingChanges, unrecordedBreaks } from './breaking-changes';
import { ComposedSchema } from './compose';
import { OperationProblem, readOperationFiles, validateOperations } from './operations';
import { previousVersion } from './previous-version';
import { CONTRACT_FILES } from './workspace';

/** A checked-in file and what it should hold, when they differ: with a unified diff. */
export interface StaleFile {
  file: string;
  diff: string;
}

export function writeContract(workspace: string, composed: ComposedSchema): void {
  for (const [file, content] of contractContents(composed)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), content);
  }
}

/** The contract's files that do not hold what the subgraphs compose to now. */
export function staleFiles(workspace: string, composed: ComposedSchema): StaleFile[] {
  return contractContents(composed).flatMap(([file, content]) => {
    const checkedIn = path.join(workspace, file);
    const current = existsSync(checkedIn) ? readFileSync(checkedIn, 'utf8') : undefined;
    return current === content ? [] : [{ file, diff: unifiedDiff(checkedIn, file, content) }];
  });
}

function contractContents(composed: ComposedSchema): [string, string][] {
  return [
    [CONTRACT_FILES.supergraph, composed.supergraphSdl],
    [CONTRACT_FILES.api, composed.apiSdl],
  ];
}

function unifiedDiff(checkedIn: string, file: string, content: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'api-contract-'));
  const composedFile = path.join(folder, path.basename(file));
  writeFileSync(composedFile, content);
  const before = existsSync(checkedIn) ? checkedIn : '/dev/null';
  try {
    // git diff exits with 1 when the files differ, which is the only case this is called for.
    execFileSync('git', ['diff', '--no-index', '--no-color', before, composedFile], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The front ends' operations that the checked-in API schema would refuse. */
export function operationProblems(workspace: string): OperationProblem[] {
  const schema = buildSchema(readFileSync(path.join(workspace, CONTRACT_FILES.api), 'utf8'));
  return validateOperations(
    schema,
    readOperationFiles(path.join(workspace, CONTRACT_FILES.operations)),
  );
}

export interface BreaksSinceBase {
  /** The revision the API schema was compared with; undefined when it had no API schema. */
  ref: string | undefined;
  breaks: BreakingChange[];
  /** Those the changelog does not record. */
  unrecorded: BreakingChange[];
}

/** The breaking changes of the checked-in API schema since `base` (see previousVersion). */
export async function breaksSinceBase(workspace: string, base?: string): Promise<BreaksSinceBase> {
  const previous = previousVersion(workspace, CONTRACT_FILES.api, base);
  if (!previous?.content) return { ref: undefined, breaks: [], unrecorded: [] };
  const current = readFileSync(path.join(workspace, CONTRACT_FILES.api), 'utf8');
  const breaks = await breakingChanges(previous.content, current);
  const changelogFile = path.join(workspace, CONTRACT_FILES.changelog);
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  return { ref: previous.ref, breaks, unrecorded: unrecordedBreaks(breaks, changelog) };
}
