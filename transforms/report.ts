// The JSON report (SPEC 2, version 1): one object for --json, the programmatic API and tests.
import { createTwoFilesPatch } from 'diff';
import type { App, Change, FileError, Site, TransformResult } from './model/types.js';

export interface Report {
  version: 1;
  command: 'to-action' | 'to-route' | 'scan';
  root: string;
  apps: Array<Pick<App, 'dir' | 'router' | 'next' | 'react'>>;
  sites: Site[];
  changes: Array<{ file: string; kind: Change['kind']; diff: string }>;
  errors: FileError[];
  summary: { filesScanned: number; filesParsed: number; sites: number; migrated: number; skipped: number; errors: number; ms: number };
}

/** A unified diff of one change with a/ and b/ headers, as `git apply` expects. */
export function unifiedDiff(change: Change): string {
  const from = change.kind === 'create' ? '/dev/null' : `a/${change.file}`;
  const to = change.kind === 'delete' ? '/dev/null' : `b/${change.file}`;
  const patch = createTwoFilesPatch(from, to, change.before ?? '', change.after ?? '', undefined, undefined, { context: 3 });
  // `diff` writes an "Index:"-less header starting with "===": git wants only the ---/+++ lines.
  const body = patch.replace(/^=+\r?\n/m, '');
  return `diff --git a/${change.file} b/${change.file}\n${change.kind === 'create' ? 'new file mode 100644\n' : change.kind === 'delete' ? 'deleted file mode 100644\n' : ''}${body}`;
}

export function buildReport(
  command: Report['command'],
  root: string,
  result: TransformResult,
  opts: { applied: boolean; ms: number; filesScanned: number; errors?: FileError[] },
): Report {
  const sites = result.sites.map((s) => (opts.applied && s.status === 'planned' ? { ...s, status: 'migrated' as const } : s));
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
      migrated: sites.filter((s) => s.status === 'migrated' || s.status === 'planned').length,
      skipped: sites.filter((s) => s.status === 'skipped').length,
      errors: errors.length,
      ms: opts.ms,
    },
  };
}
