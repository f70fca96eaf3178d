// The report (docs/report.md) and its diffs: checked with real `git apply`, including CRLF, a BOM,
// a missing final newline, created, deleted and emptied files.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { buildReport, unifiedDiff, unifiedPatch } from '../transforms/report.js';
import { applyChanges } from '../transforms/apply.js';
import type { Change, TransformResult } from '../transforms/model/types.js';
import { tempDir, removeTempDirs } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';

afterAll(removeTempDirs);

const CHANGES: Change[] = [
  { file: 'crlf.ts', kind: 'modify', before: 'a\r\nb\r\nc\r\n', after: 'a\r\nB\r\nc\r\n' },
  { file: 'no-final-newline.ts', kind: 'modify', before: 'a\nb\nc', after: 'a\nb\nC' },
  { file: 'gains-final-newline.ts', kind: 'modify', before: 'a\nb', after: 'a\nb\n' },
  { file: 'crlf-no-final.ts', kind: 'modify', before: 'a\r\nb\r\nc', after: 'a\r\nX\r\nc' },
  { file: 'bom.ts', kind: 'modify', before: '\uFEFF"use client";\nb\n', after: '\uFEFF"use client";\nc\n' },
  { file: 'mixed-eol.ts', kind: 'modify', before: 'a\r\nb\nc\r\n', after: 'a\r\nb\nd\r\n' },
  { file: 'app/api/[id]/route.ts', kind: 'modify', before: 'x\n', after: 'y\n' },
  { file: 'app/actions/new dir/created.ts', kind: 'create', before: null, after: "'use server';\r\nexport {}" },
  { file: 'created-empty.ts', kind: 'create', before: null, after: '' },
  { file: 'emptied.ts', kind: 'modify', before: 'q\n', after: '' },
  { file: 'deleted.ts', kind: 'delete', before: 'gone\r\n', after: null },
];

describe('unifiedDiff', () => {
  it('has git headers', () => {
    expect(unifiedDiff(CHANGES[0]!)).toMatch(
      /^diff --git a\/crlf\.ts b\/crlf\.ts\n--- a\/crlf\.ts\n\+\+\+ b\/crlf\.ts\n@@ /,
    );
    expect(unifiedDiff(CHANGES[7]!)).toContain(
      'new file mode 100644\n--- /dev/null\n+++ b/app/actions/new dir/created.ts\n',
    );
    expect(unifiedDiff(CHANGES[10]!)).toContain('deleted file mode 100644\n--- a/deleted.ts\n+++ /dev/null\n');
  });

  it('gives one patch that git apply turns into exactly the after texts', () => {
    const dir = tempDir();
    const before = new Map(CHANGES.filter((c) => c.before !== null).map((c) => [c.file, c.before!]));
    writeTree(dir, before);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply', '--check', '--whitespace=nowarn', '-'], { cwd: dir, input: unifiedPatch(CHANGES) });
    execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: dir, input: unifiedPatch(CHANGES) });
    const expected = applyChanges(before, CHANGES);
    for (const c of CHANGES) {
      const path = join(dir, c.file);
      if (c.after === null) expect(existsSync(path), c.file).toBe(false);
      else expect(readFileSync(path).equals(Buffer.from(expected.get(c.file)!, 'utf8')), c.file).toBe(true);
    }
  });
});

describe('buildReport', () => {
  const result: TransformResult = {
    apps: [
      {
        dir: 'apps/web',
        router: 'app',
        next: '15.1.0',
        react: '19.0.0',
        appDir: 'apps/web/app',
        pagesDir: null,
        basePath: '',
        aliases: [],
      },
    ],
    sites: [
      { kind: 'fetch-call', file: 'apps/web/app/a.tsx', line: 3, status: 'planned', name: 'addUser' },
      {
        kind: 'fetch-call',
        file: 'apps/web/app/b.tsx',
        line: 9,
        status: 'skipped',
        reason: 'get-request',
        message: 'GET',
      },
    ],
    changes: [CHANGES[0]!],
    errors: [{ file: 'apps/web/app/c.tsx', message: 'could not parse' }],
    filesParsed: 2,
  };

  it('is the object docs/report.md describes, planned while not applied', () => {
    const report = buildReport('to-action', '.', result, {
      applied: false,
      ms: 12,
      filesScanned: 40,
      errors: [{ file: 'x.ts', message: 'skipped: binary file' }],
    });
    expect(report).toEqual({
      version: 1,
      command: 'to-action',
      root: '.',
      apps: [{ dir: 'apps/web', router: 'app', next: '15.1.0', react: '19.0.0' }],
      sites: result.sites,
      changes: [{ file: 'crlf.ts', kind: 'modify', diff: unifiedDiff(CHANGES[0]!) }],
      errors: [{ file: 'x.ts', message: 'skipped: binary file' }, ...result.errors],
      summary: { filesScanned: 40, filesParsed: 2, sites: 2, migrated: 0, skipped: 1, errors: 2, ms: 12 },
    });
  });

  it('turns planned into migrated when applied, keeps skipped, and does not mutate the result', () => {
    const report = buildReport('to-action', '.', result, { applied: true, ms: 0, filesScanned: 0 });
    expect(report.sites.map((s) => s.status)).toEqual(['migrated', 'skipped']);
    expect(report.summary).toMatchObject({ migrated: 1, skipped: 1, errors: 1 });
    expect(result.sites[0]!.status).toBe('planned');
  });
});
