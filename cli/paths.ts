// Paths as the transforms and the report use them: posix, relative to the working directory.
import path from 'node:path';

/** A directory as the start of the paths below it: `dir` and one separator (`/` stays `/`). */
export const withSep = (dir: string): string => (dir.endsWith(path.sep) ? dir : dir + path.sep);

export const toPosix = (p: string): string => (path.sep === '/' ? p : p.split(path.sep).join('/'));

/** `target` (absolute, or relative to `cwd`) as a posix path relative to `cwd`; '.' for `cwd` itself. */
export const relativeToCwd = (cwd: string, target: string): string => toPosix(path.relative(cwd, path.resolve(cwd, target))) || '.';
