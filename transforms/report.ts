// The JSON report (docs/report.md, version 1): one object for --json, the programmatic API and tests.
// The one module that makes patches: the package's index loads some twenty modules,
// and required (CommonJS) it loads faster than imported (see cli/main.ts).
import { createRequire } from 'node:module';
import type { App, Change, FileError, Site, TransformResult } from './model/types.js';

const { createTwoFilesPatch } = createRequire(import.meta.url)(
  'diff/lib/patch/create.js',
) as typeof import('diff/lib/patch/create.js');

export type Command = 'to-action' | 'to-route' | 'scan';

export interface ReportChange {
  file: string;
  kind: Change['kind'];
  diff: string;
}

export interface ReportSummary {
  filesScanned: number;
  filesParsed: number;
  sites: number;
  migrated: number;
  skipped: number;
  errors: number;
  ms: number;
}

export interface Report {
  version: 1;
  command: Command;
  root: string;
  apps: Array<Pick<App, 'dir' | 'router' | 'next' | 'react'>>;
  sites: Site[];
  changes: ReportChange[];
  errors: FileError[];
  summary: ReportSummary;
}

export interface ReportOptions {
  /**
   * The changes were written: planned sites become migrated. A set of written files (a partial
   * review) migrates only the sites whose own file (a call site) or target (a route's action
   * module, an action's route) was written.
   */
  applied: boolean | ReadonlySet<string>;
  ms: number;
  filesScanned: number;
  /** Errors found outside the transform (reading, writing), listed before the transform's. */
  errors?: FileError[];
}

/**
 * A unified diff of one change with `a/` and `b/` headers (`/dev/null` for a created or deleted
 * side) and a `diff --git` line, so that concatenated diffs are one patch `git apply` accepts.
 * CRLF stays inside the lines and a missing final newline gets git's "\ No newline" marker.
 */
export function unifiedDiff(change: Change): string {
  const from = change.kind === 'create' ? '/dev/null' : `a/${change.file}`;
  const to = change.kind === 'delete' ? '/dev/null' : `b/${change.file}`;
  const patch = createTwoFilesPatch(from, to, change.before ?? '', change.after ?? '', undefined, undefined, {
    context: 3,
  });
  // jsdiff starts with a "=====" separator line that is not part of git's format.
  const body = patch.replace(/^=+\r?\n/, '');
  const mode =
    change.kind === 'create' ? 'new file mode 100644\n' : change.kind === 'delete' ? 'deleted file mode 100644\n' : '';
  return `diff --git a/${change.file} b/${change.file}\n${mode}${body}`;
}

/** Every change as one patch, in the order given. */
export function unifiedPatch(changes: Change[]): string {
  return changes.map(unifiedDiff).join('');
}

export function buildReport(command: Command, root: string, result: TransformResult, opts: ReportOptions): Report {
  const written = (s: Site): boolean => {
    if (typeof opts.applied === 'boolean') return opts.applied;
    return opts.applied.has(s.kind === 'fetch-call' ? s.file : (s.target ?? s.file));
  };
  const sites = result.sites.map((s) =>
    s.status === 'planned' && written(s) ? { ...s, status: 'migrated' as const } : { ...s },
  );
  const errors = [...(opts.errors ?? []), ...result.errors];
  return {
    version: 1,
    command,
    root,
    apps: result.apps.map(({ dir, router, next, react }) => ({ dir, router, next, react })),
    sites,
    changes: result.changes.map((c) => ({ file: c.file, kind: c.kind, diff: unifiedDiff(c) })),
    errors,
    summary: {
      filesScanned: opts.filesScanned,
      filesParsed: result.filesParsed,
      sites: sites.length,
      // Only what was written counts as migrated; a dry run's movable sites stay `planned`.
      migrated: sites.filter((s) => s.status === 'migrated').length,
      skipped: sites.filter((s) => s.status === 'skipped').length,
      errors: errors.length,
      ms: opts.ms,
    },
  };
}
