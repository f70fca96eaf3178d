// Formats what a run writes with the project's own Prettier (docs/formatting.md): files it
// creates, and files it modifies that Prettier accepted before, so a migration's diff holds no
// formatting noise and `prettier --check` still passes. Prettier is never installed: only the
// copy the project resolves, with a config inside the repository, is used. Nothing here writes;
// the plan's changes are replaced before they are shown, patched or written.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Change } from '../transforms/model/types.js';
import { keepsUntouchedLines } from './untouched-lines.js';
import { existingDir, isWithin, ProjectFolders } from './project-folders.js';

/** The part of Prettier's API (2.x and 3.x) this uses; 2.x answers synchronously, 3.x with promises. */
interface PrettierApi {
  version: string;
  format(source: string, options: object): string | Promise<string>;
  check(source: string, options: object): boolean | Promise<boolean>;
  resolveConfigFile(filePath: string): Promise<string | null>;
  resolveConfig(filePath: string, options: { editorconfig: boolean }): Promise<object | null>;
  getFileInfo(
    filePath: string,
    options: { ignorePath?: string; resolveConfig?: boolean },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

/** A project's Prettier, as a file of the project sees it. */
interface ProjectPrettier {
  api: PrettierApi;
  /** Where it was loaded from, for messages. */
  entry: string;
}

export interface FormatResult {
  changes: Change[];
  /** Said once on stderr: what was formatted, and what was left as generated and why. */
  notes: string[];
}

export class ProjectFormatter {
  readonly folders = new ProjectFolders();
  /** Per folder: the Prettier its files resolve, or null. */
  private readonly byDir = new Map<string, Promise<ProjectPrettier | null>>();
  private readonly loaded = new Map<string, Promise<PrettierApi | null>>();

  /** The Prettier a file in `dir` would run with `npx prettier`, when it lies inside the repository. */
  prettierFor(dir: string): Promise<ProjectPrettier | null> {
    const from = existingDir(dir);
    let found = this.byDir.get(from);
    if (!found) {
      found = this.resolve(from);
      this.byDir.set(from, found);
    }
    return found;
  }

  /**
   * Prettier's entry file as Node resolves it from `dir`, when a `node_modules/prettier` lies in
   * `dir` or a folder above it inside the repository (linked installs, as pnpm makes, count).
   */
  private installed(dir: string): string | null {
    const at = this.folders.nearestWith(dir, path.join('node_modules', 'prettier', 'package.json'));
    if (!at) return null;
    try {
      return createRequire(path.join(at, 'package.json')).resolve('prettier');
    } catch {
      return null;
    }
  }

  private async resolve(dir: string): Promise<ProjectPrettier | null> {
    const entry = this.installed(dir);
    if (!entry) return null;
    let api = this.loaded.get(entry);
    if (!api) {
      api = import(pathToFileURL(entry).href).then(
        (mod: { default?: PrettierApi } & Partial<PrettierApi>) => mod.default ?? (mod as PrettierApi) ?? null,
        () => null,
      );
      this.loaded.set(entry, api);
    }
    const loaded = await api;
    return loaded && typeof loaded.format === 'function' ? { api: loaded, entry } : null;
  }
}

type Outcome =
  | { kind: 'formatted'; after: string }
  | { kind: 'no-prettier' | 'no-config' | 'ignored' | 'unchanged' }
  | { kind: 'not-clean' | 'reflows-untouched-lines' }
  | { kind: 'failed'; message: string };

async function formatOne(change: Change, cwd: string, formatter: ProjectFormatter): Promise<Outcome> {
  const file = path.resolve(cwd, change.file);
  const project = await formatter.prettierFor(path.dirname(file));
  if (!project) return { kind: 'no-prettier' };
  const { api } = project;
  try {
    const dir = existingDir(path.dirname(file));
    const configFile = await api.resolveConfigFile(file);
    if (!configFile || !isWithin(formatter.folders.repositoryRoot(dir), configFile)) return { kind: 'no-config' };
    // The nearest .prettierignore up to the repository root: what `prettier --check` run there reads.
    const ignoreDir = formatter.folders.nearestWith(dir, '.prettierignore');
    const ignorePath = ignoreDir ? path.join(ignoreDir, '.prettierignore') : undefined;
    const info = await api.getFileInfo(file, { ignorePath, resolveConfig: false });
    if (info.ignored || !info.inferredParser) return { kind: 'ignored' };
    const options = { ...(await api.resolveConfig(file, { editorconfig: true })), filepath: file };
    // A file that was not formatted before is not reformatted now: only our lines would be.
    if (change.before !== null && !(await api.check(change.before, options))) return { kind: 'not-clean' };
    const after = await api.format(change.after!, options);
    if (after === change.after) return { kind: 'unchanged' };
    if (change.before !== null && !keepsUntouchedLines(change.before, change.after!, after))
      return { kind: 'reflows-untouched-lines' };
    return { kind: 'formatted', after };
  } catch (error) {
    return { kind: 'failed', message: ((error as Error).message ?? String(error)).split('\n')[0]! };
  }
}

const list = (files: string[]) =>
  files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;

/**
 * The changes with created and modified files formatted by the project's Prettier. `formatter`
 * caches what each folder resolves; a review's re-plans pass the same one.
 */
export async function formatChanges(
  changes: Change[],
  cwd: string,
  formatter = new ProjectFormatter(),
): Promise<FormatResult> {
  const outcomes = await Promise.all(
    changes.map((change) =>
      change.after === null ? Promise.resolve<Outcome>({ kind: 'no-prettier' }) : formatOne(change, cwd, formatter),
    ),
  );
  const formatted: string[] = [];
  const notClean: string[] = [];
  const reflows: string[] = [];
  const failed: string[] = [];
  const out = changes.map((change, i) => {
    const outcome = outcomes[i]!;
    if (outcome.kind === 'formatted') {
      formatted.push(change.file);
      return { ...change, after: outcome.after };
    }
    if (outcome.kind === 'unchanged') formatted.push(change.file);
    else if (outcome.kind === 'not-clean') notClean.push(change.file);
    else if (outcome.kind === 'reflows-untouched-lines') reflows.push(change.file);
    else if (outcome.kind === 'failed') failed.push(`${change.file} (${outcome.message})`);
    return change;
  });
  const notes: string[] = [];
  if (formatted.length > 0) notes.push(`formatted ${formatted.length} changed file(s) with the project's Prettier.`);
  if (notClean.length > 0)
    notes.push(
      `left ${list(notClean)} as generated: the project's Prettier did not accept ${notClean.length === 1 ? 'it' : 'them'} before the migration, so formatting would touch lines the migration did not.`,
    );
  if (reflows.length > 0)
    notes.push(`left ${list(reflows)} as generated: Prettier would also change lines the migration did not touch.`);
  if (failed.length > 0) notes.push(`could not format ${list(failed)} with the project's Prettier; left as generated.`);
  return { changes: out, notes };
}
