// `--html FILE` on the command line: the page is written in every mode that can show changes, says
// what the run did (a preview, what --yes wrote, what review accepted), and never stands in for a
// write: with --dry nothing else changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { miniApp, removeTempDirs, runCli, tempDir } from './helpers/cli.js';
import { readTree } from './helpers/tree.js';
import { siteRows, textOf } from './helpers/html.js';

afterAll(removeTempDirs);

describe('--html', () => {
  it('--dry writes the page and nothing else', async () => {
    const dir = miniApp();
    const out = tempDir('out-');
    const before = readTree(dir);
    const r = await runCli(['to-action', '.', '--dry', '--html', join(out, 'review.html')], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readTree(dir)).toEqual(before);
    const html = readFileSync(join(out, 'review.html'), 'utf8');
    expect(textOf(html)).toContain('Preview, nothing written.');
    expect(textOf(html)).toContain('1 call site(s) to 1 route(s) in 1 app(s): 1 can move, 0 stay');
    expect(siteRows(html).find((row) => row.includes('app/components/add-note.tsx:5'))).toMatch(/createNote\(\)moves/);
    // Every change of the --dry output is on the page, as a diff.
    for (const file of ['app/actions/notes.ts', 'app/api/notes/route.ts', 'app/components/add-note.tsx'])
      expect(html).toContain(`<code class="file">${file}</code>`);
    expect(r.stderr).toContain(`review page written to ${join(out, 'review.html')}`);
  });

  it('--yes writes the page of what was written', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action', '.', '--yes', '--force', '--html', 'review.html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'review.html'), 'utf8');
    expect(textOf(html)).toContain('Applied: the changes below were written.');
    expect(textOf(html)).toContain('1 call site(s) to 1 route(s) in 1 app(s): 1 migrated, 0 stay');
    expect(siteRows(html).find((row) => row.includes('add-note.tsx:5'))).toContain('moved');
    expect(textOf(html)).not.toContain('not written');
  });

  it('refuses a page in a folder that does not exist, before the run', async () => {
    const dir = miniApp();
    const r = await runCli(['to-action', '.', '--dry', '--html', 'missing/review.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--html missing/review.html: the folder missing does not exist');
  });
});
