// The project's own ESLint, with --fix, as a formatting step (docs/formatting.md): rules such as
// import order or trailing commas that a project without Prettier enforces with ESLint. Only the
// ESLint installed in the repository, with the config the project's `eslint .` would use; a
// modified file only when ESLint found nothing to fix in it before the migration.
import path from 'node:path';
import { failure, PackageLoader, type FormatStep, type StepOutcome } from './format-step.js';
import { existingDir, type ProjectFolders } from './project-folders.js';

interface LintResult {
  messages: Array<{ fatal?: boolean; message: string }>;
  /** The fixed text, when a fix applied. */
  output?: string;
}

interface Eslint {
  isPathIgnored(filePath: string): Promise<boolean>;
  lintText(code: string, options: { filePath: string; warnIgnored: boolean }): Promise<LintResult[]>;
}

type EslintClass = new (options: { cwd: string; fix: boolean }) => Eslint;

/** ESLint 8 (eslintrc, and flat config from 8.57) and 9 (flat config, eslintrc on request). */
interface EslintModule {
  ESLint: EslintClass;
  loadESLint?: (options: { useFlatConfig: boolean; cwd?: string }) => Promise<EslintClass>;
}

const FLAT_CONFIGS = ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((ext) => `eslint.config.${ext}`);
const LEGACY_CONFIGS = [
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.yaml',
  '.eslintrc.yml',
  '.eslintrc.json',
  '.eslintrc',
];

export class EslintStep implements FormatStep {
  readonly name = "the project's ESLint (--fix)";
  private readonly loader = new PackageLoader<EslintModule>('eslint', (api) => typeof api.ESLint === 'function');
  private readonly instances = new Map<string, Promise<Eslint | null>>();

  constructor(
    private readonly folders: ProjectFolders,
    private readonly found: (name: string) => void,
  ) {}

  /** The nearest folder holding one of `names`, up to the repository root. */
  private nearest(dir: string, names: string[]): string | null {
    let best: string | null = null;
    for (const name of names) {
      const at = this.folders.nearestWith(dir, name);
      if (at && (!best || at.length > best.length)) best = at;
    }
    return best;
  }

  /**
   * The ESLint that `eslint .` run where the config is would use: a flat config's folder is its
   * base; an eslintrc cascades from the file, run from the package that holds it.
   */
  private eslintFor(dir: string): Promise<Eslint | null> {
    const flat = this.nearest(dir, FLAT_CONFIGS);
    const legacy = flat ? null : this.nearest(dir, LEGACY_CONFIGS);
    const base = flat ?? (legacy ? (this.folders.nearestWith(legacy, 'package.json') ?? legacy) : null);
    if (!base) return Promise.resolve(null);
    const key = `${flat ? 'flat' : 'eslintrc'}:${base}`;
    let found = this.instances.get(key);
    if (!found) {
      found = this.create(base, flat !== null);
      this.instances.set(key, found);
    }
    return found;
  }

  private async create(cwd: string, flat: boolean): Promise<Eslint | null> {
    const at = this.folders.nearestWith(cwd, path.join('node_modules', 'eslint', 'package.json'));
    const api = at ? await this.loader.load(at) : null;
    if (!api) return null;
    try {
      // loadESLint (8.57 and 9) picks the class for the config kind; older 8.x knows eslintrc only.
      const Eslint = api.loadESLint ? await api.loadESLint({ useFlatConfig: flat, cwd }) : flat ? null : api.ESLint;
      return Eslint ? new Eslint({ cwd, fix: true }) : null;
    } catch {
      return null;
    }
  }

  async run(file: string, before: string | null, current: string): Promise<StepOutcome> {
    const eslint = await this.eslintFor(existingDir(path.dirname(file)));
    if (!eslint) return { kind: 'skipped' };
    try {
      if (await eslint.isPathIgnored(file)) return { kind: 'skipped' };
      this.found(this.name);
      const lint = async (code: string) => {
        const [result] = await eslint.lintText(code, { filePath: file, warnIgnored: false });
        const fatal = result?.messages.find((m) => m.fatal);
        if (fatal) throw new Error(fatal.message);
        return result;
      };
      if (before !== null) {
        const was = await lint(before);
        if (!was) return { kind: 'skipped' };
        // Fixing a file that had fixable problems would change lines the migration did not touch.
        // (With fix on, the counts are of what is left after fixing: the output tells.)
        if (was.output !== undefined && was.output !== before) return { kind: 'not-clean' };
      }
      const result = await lint(current);
      return result ? { kind: 'formatted', after: result.output ?? current } : { kind: 'skipped' };
    } catch (error) {
      return failure(error);
    }
  }
}
