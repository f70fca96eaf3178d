// The project's own Prettier as a formatting step (docs/formatting.md): only the copy installed in
// the repository, only with a config inside it, and a modified file only when Prettier accepted it
// before the migration.
import path from 'node:path';
import { failure, PackageLoader, type FormatStep, type StepOutcome } from './format-step.js';
import { existingDir, isWithin, type ProjectFolders } from './project-folders.js';

/** The part of Prettier's API (2.x and 3.x) this uses; 2.x answers synchronously, 3.x with promises. */
interface PrettierApi {
  format(source: string, options: object): string | Promise<string>;
  check(source: string, options: object): boolean | Promise<boolean>;
  resolveConfigFile(filePath: string): Promise<string | null>;
  resolveConfig(filePath: string, options: { editorconfig: boolean }): Promise<object | null>;
  getFileInfo(
    filePath: string,
    options: { ignorePath?: string; resolveConfig?: boolean },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
}

export class PrettierStep implements FormatStep {
  readonly name = "the project's Prettier";
  private readonly loader = new PackageLoader<PrettierApi>('prettier', (api) => typeof api.format === 'function');

  constructor(
    private readonly folders: ProjectFolders,
    private readonly found: (name: string) => void,
  ) {}

  /** The Prettier a file in `dir` would run with `npx prettier`, installed inside the repository (a pnpm link counts). */
  private prettierFor(dir: string): Promise<PrettierApi | null> {
    const at = this.folders.nearestWith(dir, path.join('node_modules', 'prettier', 'package.json'));
    return at ? this.loader.load(at) : Promise.resolve(null);
  }

  async run(file: string, before: string | null, current: string): Promise<StepOutcome> {
    const dir = existingDir(path.dirname(file));
    const api = await this.prettierFor(dir);
    if (!api) return { kind: 'skipped' };
    try {
      const configFile = await api.resolveConfigFile(file);
      if (!configFile || !isWithin(this.folders.repositoryRoot(dir), configFile)) return { kind: 'skipped' };
      // The nearest .prettierignore up to the repository root: what `prettier --check` run there reads.
      const ignoreDir = this.folders.nearestWith(dir, '.prettierignore');
      const ignorePath = ignoreDir ? path.join(ignoreDir, '.prettierignore') : undefined;
      const info = await api.getFileInfo(file, { ignorePath, resolveConfig: false });
      if (info.ignored || !info.inferredParser) return { kind: 'skipped' };
      this.found(this.name);
      const options = { ...(await api.resolveConfig(file, { editorconfig: true })), filepath: file };
      // A file that was not formatted before is not reformatted now: more than our lines would change.
      if (before !== null && !(await api.check(before, options))) return { kind: 'not-clean' };
      return { kind: 'formatted', after: await api.format(current, options) };
    } catch (error) {
      return failure(error);
    }
  }
}
