import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FileVersion {
  /** The git revision it was read from. */
  ref: string;
  /** The file's content there, or undefined when it did not exist there. */
  content: string | undefined;
}

/**
 * The version of a file a change is judged against: at `base` when given; otherwise at HEAD when
 * the working tree changes the file (a change not committed yet), else at HEAD~1 (the change
 * the last commit made). Undefined outside a git checkout or when that revision does not exist
 * (a shallow clone, the first commit).
 */
export function previousVersion(
  workspace: string,
  file: string,
  base?: string,
): FileVersion | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: workspace,
      encoding: 'utf8',
      stdio: 'pipe',
      maxBuffer: MAX_FILE_BYTES,
    });
  if (base) {
    if (!isCommit(git, base))
      throw new Error(`the base ${base} is not a commit of this repository`);
    return { ref: base, content: showOrUndefined(git, base, file) };
  }
  const current = readFileSync(path.join(workspace, file), 'utf8');
  const ref = showOrUndefined(git, 'HEAD', file) === current ? 'HEAD~1' : 'HEAD';
  return isCommit(git, ref) ? { ref, content: showOrUndefined(git, ref, file) } : undefined;
}

function isCommit(git: (...args: string[]) => string, ref: string): boolean {
  try {
    git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

function showOrUndefined(
  git: (...args: string[]) => string,
  ref: string,
  file: string,
): string | undefined {
  try {
    return git('show', `${ref}:${file}`);
  } catch {
    return undefined;
  }
}
