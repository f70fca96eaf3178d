// The summary a person reads after a run: it tells what was written (not what was planned) after
// a partial review, names the person's own choices as theirs, and stops at a screenful on a large
// app unless --verbose asks for every line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitInit, MINI_APP, miniApp, removeTempDirs, runCli, tempDir } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';
import type { FileAnswer, Prompter } from '../cli/prompts.js';
import type { RouteMode } from '../transforms/model/types.js';

afterAll(removeTempDirs);

/** Takes every route offered, answers each route's select with `route`, then the files in order. */
function answering(route: RouteMode, files: FileAnswer[]): Prompter & { asked: string[] } {
  const queue = [...files];
  const asked: string[] = [];
  return {
    asked,
    async checkbox(message, choices) {
      asked.push(message);
      return choices.filter((c) => c.checked).map((c) => c.value);
    },
    async select(message) {
      asked.push(message);
      return route as never;
    },
    async fileAnswer(message) {
      asked.push(message);
      const next = queue.shift();
      if (next === undefined) throw new Error(`unexpected question: ${message}`);
      return next;
    },
  };
}

const review = (cwd: string, prompter: Prompter, args: string[] = []) =>
  runCli(['to-action', '.', ...args], { cwd, tty: true, prompter, env: { NO_COLOR: '1' } });

describe('the summary after a partial review', () => {
  it('does not call a route removed when its deletion was declined, and says it was left as it was', async () => {
    const dir = miniApp();
    gitInit(dir);
    // The action module, the caller, then the route's deletion (which needs both).
    const prompter = answering('remove', ['y', 'y', 'n']);
    const r = await review(dir, prompter);
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.asked.at(-1)).toBe('Delete app/api/notes/route.ts?');
    expect(existsSync(join(dir, 'app/api/notes/route.ts'))).toBe(true);
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).toContain('createNote');
    expect(r.stderr).not.toContain('route removed');
    expect(r.stderr).toMatch(
      /route app\/api\/notes\/route\.ts:3 POST -> createNote\(\) in app\/actions\/notes\.ts \(route left as it was: you declined its change; its logic now lives twice\)/,
    );
    expect(r.stderr).toMatch(/moved app\/components\/add-note\.tsx/);
  });

  it("after 'q', reports the route and the call site it never reached as not written", async () => {
    const dir = miniApp();
    gitInit(dir);
    const r = await review(dir, answering('remove', ['y', 'q']));
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'app/actions/notes.ts'))).toBe(true);
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).toBe(
      MINI_APP['app/components/add-note.tsx'],
    );
    expect(existsSync(join(dir, 'app/api/notes/route.ts'))).toBe(true);
    expect(r.stderr).not.toContain('route removed');
    expect(r.stderr).toMatch(/route left as it was: review stopped with q before it; its logic now lives twice/);
    expect(r.stderr).toMatch(/not written app\/components\/add-note\.tsx/);
    expect(r.stderr).toContain('1 call site(s) to 1 route(s) in 1 app(s): 0 migrated, 1 not written');
  });

  it("names a 'keep' answer as the person's choice, not as a flag they never passed", async () => {
    const dir = miniApp();
    gitInit(dir);
    const r = await review(dir, answering('keep', ['a']));
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toBe(MINI_APP['app/api/notes/route.ts']);
    expect(r.stderr).toContain('route kept unchanged (your choice): its logic now lives twice');
    expect(r.stderr).not.toContain('--route keep');
  });
});

/** An app with `n` routes, each posted to by its own client component, plus one call that stays and one file that does not parse. */
function largeApp(n: number): string {
  const files: Record<string, string> = {
    'package.json': MINI_APP['package.json']!,
    'tsconfig.json': MINI_APP['tsconfig.json']!,
  };
  for (let i = 0; i < n; i++) {
    files[`app/api/item-${i}/route.ts`] =
      `import { NextResponse } from 'next/server';\n\nexport async function POST(request: Request) {\n  const { title } = (await request.json()) as { title: string };\n  return NextResponse.json({ id: ${i}, title });\n}\n`;
    files[`app/components/item-${i}.tsx`] =
      `'use client';\n\nexport function Item${i}() {\n  async function save() {\n    const res = await fetch('/api/item-${i}', { method: 'POST', body: JSON.stringify({ title: 'x' }) });\n    console.log((await res.json()).id);\n  }\n  return <button onClick={save}>Save</button>;\n}\n`;
  }
  // Named to sort last: shown first all the same, since what stays and what failed matter more than what moves.
  files['app/components/zz-remote.tsx'] =
    "'use client';\n\nexport async function ping() {\n  await fetch('https://example.com/api/ping', { method: 'POST' });\n}\n";
  files['app/components/zz-broken.tsx'] =
    "'use client';\nexport function Broken( {\n  fetch('/api/item-1', { method: 'POST' });\n";
  const dir = tempDir('large-');
  writeTree(dir, files);
  return dir;
}

const ROUTES = 200;

describe('summaries on a large app', () => {
  const dir = largeApp(ROUTES);
  const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !l.includes('Reading files'));

  it('to-action --dry stops at a screenful, errors and stays first, then counts the rest', async () => {
    const r = await runCli(['to-action', '.', '--dry'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(1); // the file that does not parse
    const summary = lines(r.stderr);
    expect(summary.length).toBeLessThanOrEqual(45);
    expect(summary[1]).toMatch(/^ {2}error app\/components\/zz-broken\.tsx/);
    expect(summary[2]).toMatch(/^ {2}stays app\/components\/zz-remote\.tsx:4 external-url/);
    // Every route and every call site is a line of its own: 2 per route, 2 shown above.
    const shown = summary.filter((l) => /^ {2}(route|moves) /.test(l)).length;
    expect(summary).toContain(`  +${2 * ROUTES + 2 - 2 - shown} more (--verbose)`);
    expect(summary.at(-1)).toMatch(/^Nothing written \(--dry\); \d+ file\(s\) would change/);
  });

  it('to-action --dry --verbose lists every site', async () => {
    const r = await runCli(['to-action', '.', '--dry', '--verbose'], { cwd: dir, env: { NO_COLOR: '1' } });
    const summary = lines(r.stderr);
    expect(summary.filter((l) => /^ {2}route /.test(l))).toHaveLength(ROUTES);
    expect(summary.filter((l) => /^ {2}moves /.test(l))).toHaveLength(ROUTES);
    expect(r.stderr).not.toContain('more (--verbose)');
  });

  it('scan stops at a screenful too, and --verbose lists every row', async () => {
    const capped = await runCli(['scan', '.'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(lines(capped.stdout).length).toBeLessThanOrEqual(45);
    expect(capped.stdout).toMatch(/\+\d+ more \(--verbose\)/);
    expect(capped.stdout).toContain('stays: an absolute or environment-based URL');
    expect(capped.stdout).toContain('error app/components/zz-broken.tsx');
    const all = await runCli(['scan', '.', '--verbose'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(all.stdout.match(/can become an action/g)).toHaveLength(ROUTES);
    expect(all.stdout).not.toContain('more (--verbose)');
  });

  it('--verbose and --quiet contradict each other', async () => {
    const r = await runCli(['scan', '.', '--verbose', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--verbose' cannot be used with option '--quiet'");
  });
});
