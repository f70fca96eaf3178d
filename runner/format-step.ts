// What one formatting tool of the project (Prettier, ESLint's --fix) answers for one changed file
// (docs/formatting.md). The steps run in turn; runner/format.ts keeps or drops each answer.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type StepOutcome =
  /** The tool's text for the file; it may equal the text it was given. */
  | { kind: 'formatted'; after: string }
  /** The tool does not apply: not installed, no config, the file ignored or of a language it skips. */
  | { kind: 'skipped' }
  /** A modified file the tool did not accept before the migration: left as it comes. */
  | { kind: 'not-clean' }
  | { kind: 'failed'; message: string };

export interface FormatStep {
  /** For notes: "the project's Prettier". */
  readonly name: string;
  /** `before` is null for a created file; `current` is the text so far. */
  run(file: string, before: string | null, current: string): Promise<StepOutcome>;
}

export const failure = (error: unknown): StepOutcome => ({
  kind: 'failed',
  message: ((error as Error)?.message ?? String(error)).trim().split('\n')[0]!,
});

/**
 * A package's entry as Node resolves it from `at` (a folder whose node_modules holds it), loaded
 * once per entry: CommonJS (Prettier 2, ESLint) and ESM alike, through import().
 */
export class PackageLoader<T> {
  private readonly loaded = new Map<string, Promise<T | null>>();

  constructor(
    private readonly name: string,
    private readonly accept: (api: T) => boolean,
  ) {}

  load(at: string): Promise<T | null> {
    let entry: string;
    try {
      entry = createRequire(path.join(at, 'package.json')).resolve(this.name);
    } catch {
      return Promise.resolve(null);
    }
    let api = this.loaded.get(entry);
    if (!api) {
      api = import(pathToFileURL(entry).href).then(
        (mod: { default?: T }) => {
          const found = (mod.default ?? mod) as T;
          return found && this.accept(found) ? found : null;
        },
        () => null,
      );
      this.loaded.set(entry, api);
    }
    return api;
  }
}
