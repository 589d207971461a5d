import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { previousVersion } from './previous-version';

const FILE = 'api.graphql';

describe('previousVersion', () => {
  let repository: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repository,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  const commit = (content: string) => {
    writeFileSync(path.join(repository, FILE), content);
    git('add', FILE);
    git('commit', '--quiet', '-m', content);
  };

  beforeEach(() => {
    repository = mkdtempSync(path.join(tmpdir(), 'previous-version-'));
    git('init', '--quiet');
  });

  afterEach(() => rmSync(repository, { recursive: true, force: true }));

  it("is the previous commit's when the working tree holds the last commit's", () => {
    commit('one');
    commit('two');
    expect(previousVersion(repository, FILE)).toEqual({ ref: 'HEAD~1', content: 'one' });
  });

  it("is the last commit's while the working tree changes the file", () => {
    commit('one');
    commit('two');
    writeFileSync(path.join(repository, FILE), 'three');
    expect(previousVersion(repository, FILE)).toEqual({ ref: 'HEAD', content: 'two' });
  });

  it('is the base when one is given, and has no content where the file did not exist', () => {
    writeFileSync(path.join(repository, 'README'), 'readme');
    git('add', 'README');
    git('commit', '--quiet', '-m', 'readme');
    commit('one');
    commit('two');
    expect(previousVersion(repository, FILE, 'HEAD~1')).toEqual({ ref: 'HEAD~1', content: 'one' });
    expect(previousVersion(repository, FILE, 'HEAD~2')).toEqual({
      ref: 'HEAD~2',
      content: undefined,
    });
  });

  it('is undefined on the first commit, and refuses a base that is not a commit', () => {
    commit('one');
    expect(previousVersion(repository, FILE)).toBeUndefined();
    expect(() => previousVersion(repository, FILE, 'no-such-branch')).toThrow(/no-such-branch/);
  });
});
