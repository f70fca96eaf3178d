// Where a file's repository starts and what is installed for it, asked once per folder: a run
// that changes files in many folders walks each folder's ancestors once (docs/formatting.md).
import { existsSync } from 'node:fs';
import path from 'node:path';

export const isWithin = (root: string, file: string): boolean => {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The nearest existing folder: a created file's own folder may not exist yet. */
export function existingDir(dir: string): string {
  let at = dir;
  while (!existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

/** Answers about absolute folder paths, memoized up the tree. */
export class ProjectFolders {
  private readonly git = new Map<string, string | null>();
  private readonly outerPackage = new Map<string, string | null>();
  private readonly nearest = new Map<string, Map<string, string | null>>();

  /**
   * The repository a folder belongs to: the nearest folder with `.git`, or, outside git, the
   * outermost folder with a package.json (a workspace root). A config or a Prettier above it (a
   * stray ~/.prettierrc) is not the project's.
   */
  repositoryRoot(dir: string): string {
    return this.nearestGit(dir) ?? this.outermostPackage(dir) ?? dir;
  }

  /** The nearest folder from `dir` up to its repository root that holds `entry` (a relative path). */
  nearestWith(dir: string, entry: string): string | null {
    return this.nearestWithin(dir, entry, this.repositoryRoot(dir));
  }

  private nearestWithin(dir: string, entry: string, root: string): string | null {
    let memo = this.nearest.get(entry);
    if (!memo) this.nearest.set(entry, (memo = new Map()));
    const known = memo.get(dir);
    if (known !== undefined) return known;
    const found = existsSync(path.join(dir, entry))
      ? dir
      : dir === root || path.dirname(dir) === dir
        ? null
        : this.nearestWithin(path.dirname(dir), entry, root);
    memo.set(dir, found);
    return found;
  }

  private nearestGit(dir: string): string | null {
    const known = this.git.get(dir);
    if (known !== undefined) return known;
    const parent = path.dirname(dir);
    const found = existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : this.nearestGit(parent);
    this.git.set(dir, found);
    return found;
  }

  private outermostPackage(dir: string): string | null {
    const known = this.outerPackage.get(dir);
    if (known !== undefined) return known;
    const parent = path.dirname(dir);
    const above = parent === dir ? null : this.outermostPackage(parent);
    const found = above ?? (existsSync(path.join(dir, 'package.json')) ? dir : null);
    this.outerPackage.set(dir, found);
    return found;
  }
}
