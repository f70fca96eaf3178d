// Local mirrors of the corpus repositories: bare git directories, never a copy in this repository.
// Layouts looked for under the mirrors folder (CORPUS_MIRRORS, default /work/.mirror):
//   <owner>+<name>/repo   (what the mirroring tool writes)
//   <owner>+<name>        (a bare clone)
//   <owner>/<name>.git    (git clone --mirror)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_MIRRORS = '/work/.mirror';

export function findGitDir(mirrors: string, repo: string): string | null {
  const [owner, name] = repo.split('/');
  const candidates = [
    path.join(mirrors, `${owner}+${name}`, 'repo'),
    path.join(mirrors, `${owner}+${name}`),
    path.join(mirrors, owner ?? '', `${name}.git`),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'))) ?? null;
}

export function hasCommit(gitDir: string, commit: string): boolean {
  return spawnSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${commit}^{commit}`]).status === 0;
}

/**
 * Paths of `commit` whose blobs the mirror lacks: snapshots may leave out large files (media, LFS),
 * which would make `git archive` fail.
 */
function missingBlobs(gitDir: string, commit: string): string[] {
  const git = (args: string[], input?: string) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const entries = git(['ls-tree', '-r', '-z', commit])
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta = '', file = ''] = entry.split('\t');
      return { type: meta.split(' ')[1], sha: meta.split(' ')[2] ?? '', file };
    })
    .filter((e) => e.type === 'blob');
  const checked = git(['cat-file', '--batch-check=%(objectname)'], entries.map((e) => e.sha).join('\n') + '\n').split(
    '\n',
  );
  return entries.filter((_, i) => checked[i]?.endsWith(' missing')).map((e) => e.file);
}

/** Extracts the tree of `commit` (less blobs the mirror lacks) into a new temporary folder (no .git). */
export function extract(gitDir: string, commit: string, repo: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `corpus-${repo.replace('/', '+')}-`));
  const excludes = missingBlobs(gitDir, commit).map((file) => `:(exclude,literal)${file}`);
  const pathspec = excludes.length ? ['--', '.', ...excludes] : [];
  const script =
    'gitdir=$1 commit=$2 dir=$3; shift 3; git --git-dir="$gitdir" archive "$commit" "$@" | tar -x -C "$dir"';
  try {
    execFileSync('sh', ['-c', script, 'sh', gitDir, commit, dir, ...pathspec], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}
