// Posix path helpers: transforms see only `/`-separated paths relative to the current directory.
import path from 'node:path';

const posix = path.posix;

export const join = (...parts: string[]): string => posix.normalize(posix.join(...parts));
export const dirname = (p: string): string => posix.dirname(p);
export const basename = (p: string, ext?: string): string => posix.basename(p, ext);
export const extname = (p: string): string => posix.extname(p);

/** True when `file` is `dir` itself or inside it ('.' contains every relative path). */
export function isInside(file: string, dir: string): boolean {
  if (dir === '.' || dir === '') return !file.startsWith('../');
  return file === dir || file.startsWith(dir.endsWith('/') ? dir : dir + '/');
}

/** An import specifier from `fromFile` to `toFile`, without the TS/JS extension. */
export function relativeSpecifier(fromFile: string, toFile: string): string {
  let rel = posix.relative(posix.dirname(fromFile), toFile).replace(/\.(tsx?|jsx?|mjs|cjs)$/, '');
  if (rel.endsWith('/index')) rel = rel.slice(0, -'/index'.length);
  return rel.startsWith('.') ? rel : './' + rel;
}

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'] as const;

export function isSourceFile(p: string): boolean {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(extname(p)) && !p.endsWith('.d.ts');
}
