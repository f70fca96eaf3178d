// Where a run may read and write: inside the repository (the git work tree around the working
// directory, else the working directory). A symlink that leads out of it is not followed, so
// nothing is changed that `git status` and the dirty check cannot see (docs/safety.md).
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Change, FileError } from '../transforms/model/types.js';
import { workTreeRoot } from './git.js';
import { isBelow as inside, realPathOf, relativeToCwd } from './paths.js';

/** A path that leaves the repository: the link on its way, and where that link really goes. */
export interface Escape {
  /** The symlink (the file itself or a folder above it), relative to cwd. */
  link: string;
  /** The link's real path. */
  target: string;
}

/** One folder the run may read and write in, as the run's paths spell it and really. */
interface Root {
  lexical: string;
  real: string;
}

export class Containment {
  private readonly roots: Root[] = [];

  /** `paths`: the run's paths, relative to cwd; one outside the repository is a root of its own. */
  constructor(
    private readonly cwd: string,
    paths: string[] = [],
  ) {
    const abs = path.resolve(cwd);
    this.add(workTreeRoot(abs) ?? abs);
    for (const p of paths) {
      const given = path.resolve(cwd, p);
      if (this.rootOf(given)) continue;
      let dir = given;
      try {
        if (!lstatSync(given).isDirectory()) dir = path.dirname(given);
      } catch {
        dir = path.dirname(given);
      }
      this.add(workTreeRoot(dir) ?? dir);
    }
  }

  private add(lexical: string): void {
    this.roots.push({ lexical, real: realPathOf(lexical) });
  }

  /** The widest root holding `abs`: a path given above the repository widens what may be read. */
  private rootOf(abs: string): Root | undefined {
    return this.roots.filter((r) => inside(abs, r.lexical)).sort((a, b) => a.lexical.length - b.lexical.length)[0];
  }

  /** Where `abs` (lexical, absolute) leaves the repository, or null when it stays inside. */
  escape(abs: string): Escape | null {
    // A file outside every root (a write the run did not read) answers for its own folder.
    const root = this.rootOf(abs) ?? { lexical: path.dirname(abs), real: realPathOf(path.dirname(abs)) };
    if (inside(realPathOf(abs), root.real)) return null;
    // The first link on the way down that leads out names the problem.
    let current = root.lexical;
    for (const part of path.relative(root.lexical, abs).split(path.sep)) {
      current = path.join(current, part);
      try {
        if (!lstatSync(current).isSymbolicLink()) continue;
      } catch {
        break;
      }
      const target = realPathOf(current);
      if (!inside(target, root.real)) return { link: relativeToCwd(this.cwd, current), target };
    }
    return { link: relativeToCwd(this.cwd, abs), target: realPathOf(abs) };
  }

  /** Why `file` (relative to cwd) is not written, or null when it may be. */
  writeProblem(file: string): string | null {
    const e = this.escape(path.resolve(this.cwd, file));
    if (!e) return null;
    const where = e.link === file ? `it is a symlink to ${e.target}` : `${e.link} is a symlink to ${e.target}`;
    return `${where}, outside the repository`;
  }
}

/** The report's words for a file or folder left alone because it links out of the repository. */
export const leftUntouched = (e: Escape): string => `symlink to ${e.target}, outside the repository: left untouched`;

/** The changes that would be written through a link out of the repository, each as an error. */
export function outsideRepository(changes: Change[], cwd: string, containment = new Containment(cwd)): FileError[] {
  return changes.flatMap((change) => {
    const problem = containment.writeProblem(change.file);
    return problem ? [{ file: change.file, message: `not written: ${problem}` }] : [];
  });
}
