// Paths as the transforms and the report use them: posix, relative to the working directory.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** A directory as the start of the paths below it: `dir` and one separator (`/` stays `/`). */
export const withSep = (dir: string): string => (dir.endsWith(path.sep) ? dir : dir + path.sep);

export const toPosix = (p: string): string => (path.sep === '/' ? p : p.split(path.sep).join('/'));

/** `target` (absolute, or relative to `cwd`) as a posix path relative to `cwd`; '.' for `cwd` itself. */
export const relativeToCwd = (cwd: string, target: string): string =>
  toPosix(path.relative(cwd, path.resolve(cwd, target))) || '.';

/** The real path of `abs`, or of its nearest existing folder with the rest appended (a file to create). */
export function realPathOf(abs: string): string {
  const rest: string[] = [];
  let current = abs;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return abs;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

/** `real` is `root` or below it (both real, absolute). */
export const isBelow = (real: string, root: string): boolean => real === root || real.startsWith(withSep(root));
