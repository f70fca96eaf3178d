// Interactive review with scripted answers (the terminal itself is covered by interactive.test.ts):
// what is picked, declined or quit decides what is written, and nothing half-migrated lands.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitInit, MINI_APP, miniApp, removeTempDirs, runCli, tempDir } from './helpers/cli.js';
import { siteRows, textOf } from './helpers/html.js';
import { readTree } from './helpers/tree.js';
import { Cancelled, type CheckboxChoice, type FileAnswer, type Prompter } from '../cli/prompts.js';
import type { RouteMode } from '../transforms/model/types.js';

afterAll(removeTempDirs);

/** A second route and caller beside MINI_APP's notes. */
const LIKES = {
  'app/api/likes/route.ts': [
    "import { NextResponse } from 'next/server';",
    '',
    'export async function POST(request: Request) {',
    '  const { postId } = (await request.json()) as { postId: string };',
    '  return NextResponse.json({ liked: postId });',
    '}',
    '',
  ].join('\n'),
  'app/components/like.tsx': [
    "'use client';",
    '',
    'export function Like({ postId }: { postId: string }) {',
    '  async function like() {',
    "    const res = await fetch('/api/likes', {",
    "      method: 'POST',",
    "      headers: { 'Content-Type': 'application/json' },",
    '      body: JSON.stringify({ postId }),',
    '    });',
    '    const data = await res.json();',
    '    console.log(data.liked);',
    '  }',
    '  return <button onClick={like}>Like</button>;',
    '}',
    '',
  ].join('\n'),
};

interface Script {
  pick?: (choices: CheckboxChoice[]) => string[];
  route?: RouteMode;
  files: Array<FileAnswer | 'ctrl-c'>;
}

/** Answers from a script, recording what was asked. */
function scripted(script: Script): Prompter & { asked: string[]; offered: CheckboxChoice[] } {
  const files = [...script.files];
  const asked: string[] = [];
  const offered: CheckboxChoice[] = [];
  return {
    asked,
    offered,
    async checkbox(message, choices) {
      asked.push(message);
      offered.push(...choices);
      return script.pick ? script.pick(choices) : choices.filter((c) => c.checked).map((c) => c.value);
    },
    async select(message, _choices, initial) {
      asked.push(message);
      return (script.route ?? initial) as typeof initial;
    },
    async fileAnswer(message) {
      asked.push(message);
      const next = files.shift();
      if (next === undefined) throw new Error(`unexpected question: ${message}`);
      if (next === 'ctrl-c') throw new Cancelled('cancelled');
      return next;
    },
  };
}

function app(): string {
  const dir = miniApp(LIKES);
  gitInit(dir);
  return dir;
}

const review = (cwd: string, prompter: Prompter, args: string[] = []) =>
  runCli(['to-action', '.', ...args], { cwd, tty: true, prompter, env: { NO_COLOR: '1' } });

describe('interactive review', () => {
  it('shows skipped call sites disabled with their reason, and moves only the routes picked', async () => {
    const dir = app();
    const before = readTree(dir);
    const prompter = scripted({
      pick: (choices) => choices.filter((c) => c.value.includes('notes')).map((c) => c.value),
      files: ['a'],
    });
    const r = await review(dir, prompter);
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.offered.map((c) => c.name)).toEqual([
      'POST app/api/likes/route.ts -> createLike() (1 call site)',
      'POST app/api/notes/route.ts -> createNote() (1 call site)',
    ]);
    // Only the picked route's files changed; the other route and its caller are as they were.
    expect(readFileSync(join(dir, 'app/components/like.tsx'), 'utf8')).toBe(LIKES['app/components/like.tsx']);
    expect(readFileSync(join(dir, 'app/api/likes/route.ts'), 'utf8')).toBe(LIKES['app/api/likes/route.ts']);
    expect(existsSync(join(dir, 'app/actions/likes.ts'))).toBe(false);
    expect(readFileSync(join(dir, 'app/actions/notes.ts'), 'utf8')).toContain('export async function createNote(');
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).not.toBe(
      before.get('app/components/add-note.tsx'),
    );
    expect(r.stderr).toMatch(/stays app\/components\/like\.tsx:\d+ not-selected/);
  });

  it('offers a skipped call site only as a disabled choice carrying its reason', async () => {
    const dir = miniApp({
      ...LIKES,
      'app/components/external.tsx':
        "'use client';\nexport async function ping() {\n  await fetch('https://example.com/api/ping', { method: 'POST' });\n}\n",
    });
    gitInit(dir);
    const prompter = scripted({ pick: () => [], files: [] });
    const r = await review(dir, prompter);
    expect(r.code).toBe(0);
    const external = prompter.offered.find((c) => c.name.startsWith('app/components/external.tsx'));
    expect(external?.disabled).toBe('stays: external-url');
    expect(r.stderr).toContain('Nothing accepted; nothing was written.');
    expect(readTree(dir).has('app/actions/notes.ts')).toBe(false);
  });

  it("writes what 'y' accepted, and skips what needs a declined action module instead of breaking imports", async () => {
    const dir = app();
    const before = readTree(dir);
    // Order: likes module, notes module, then callers and routes. Decline the likes module.
    const prompter = scripted({ files: ['n', 'y', 'y', 'y'] });
    const r = await review(dir, prompter);
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.asked.filter((q) => /^(Create|Change|Delete) /.test(q))).toEqual([
      'Create app/actions/likes.ts?',
      'Create app/actions/notes.ts?',
      'Change app/api/notes/route.ts?',
      'Change app/components/add-note.tsx?',
    ]);
    expect(r.stderr).toContain(
      'Skipping app/api/likes/route.ts: it needs app/actions/likes.ts, which was not accepted.',
    );
    expect(r.stderr).toContain(
      'Skipping app/components/like.tsx: it needs app/actions/likes.ts, which was not accepted.',
    );
    const after = readTree(dir);
    expect(after.get('app/components/like.tsx')).toBe(before.get('app/components/like.tsx'));
    expect(after.has('app/actions/likes.ts')).toBe(false);
    expect(after.get('app/components/add-note.tsx')).toContain("import { createNote } from '@/app/actions/notes'");
    expect(r.stderr).toMatch(/not written app\/components\/like\.tsx/);
    expect(r.stderr).toMatch(/moved app\/components\/add-note\.tsx/);
  });

  it('--html: the page of a review says what was written and marks what was declined', async () => {
    const dir = app();
    const page = join(tempDir('out-'), 'review.html');
    // Decline the likes module; accept the notes module, its route and caller.
    const r = await review(dir, scripted({ files: ['n', 'y', 'y', 'y'] }), ['--html', page]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(textOf(html)).toContain('Reviewed and applied');
    expect(textOf(html)).toContain('2 call site(s) to 2 route(s) in 1 app(s): 1 migrated, 1 not written, 0 stay');
    const rows = siteRows(html);
    expect(rows.find((row) => row.includes('app/components/like.tsx:'))).toContain('not written');
    expect(rows.find((row) => row.includes('app/components/add-note.tsx:'))).toContain('moved');
    expect(html).toMatch(
      /<code class="file">app\/actions\/likes\.ts<\/code> <span class="outcome unwritten">not written<\/span>/,
    );
    expect(html).not.toMatch(/<code class="file">app\/actions\/notes\.ts<\/code> <span class="outcome unwritten">/);
  });

  it("'q' writes only what was accepted before it, and nothing that needs an unreviewed file", async () => {
    const dir = app();
    const before = readTree(dir);
    const r = await review(dir, scripted({ files: ['y', 'q'] }));
    expect(r.code, r.stderr).toBe(0);
    const after = readTree(dir);
    expect([...after.keys()].filter((f) => !before.has(f))).toEqual(['app/actions/likes.ts']);
    for (const [file, text] of before) if (!file.startsWith('.git/')) expect(after.get(file), file).toBe(text);
  });

  it("'q' at the first file leaves the tree untouched", async () => {
    const dir = app();
    const before = readTree(dir);
    const r = await review(dir, scripted({ files: ['q'] }));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Quit; nothing was written.');
    expect(readTree(dir)).toEqual(before);
  });

  it('Ctrl-C at a prompt writes nothing, even after earlier yes answers', async () => {
    const dir = app();
    const before = readTree(dir);
    const r = await review(dir, scripted({ files: ['y', 'y', 'ctrl-c'] }));
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Cancelled; nothing was written.');
    expect(readTree(dir)).toEqual(before);
  });

  it("'a' writes the same tree as --yes, and a per-route 'remove' deletes the route", async () => {
    const viaReview = app();
    const viaYes = app();
    expect((await review(viaReview, scripted({ files: ['a'] }))).code).toBe(0);
    expect((await runCli(['to-action', '.', '--yes'], { cwd: viaYes })).code).toBe(0);
    const strip = (t: Map<string, string>) => new Map([...t].filter(([f]) => !f.startsWith('.git/')));
    expect(strip(readTree(viaReview))).toEqual(strip(readTree(viaYes)));

    const removing = app();
    const prompter = scripted({ route: 'remove', files: ['a'] });
    expect((await review(removing, prompter)).code).toBe(0);
    expect(prompter.asked).toContain('After the move, app/api/notes/route.ts:');
    expect(existsSync(join(removing, 'app/api/notes/route.ts'))).toBe(false);
    expect(existsSync(join(removing, 'app/api/likes/route.ts'))).toBe(false);
  });

  it('refuses a dirty tree before asking anything', async () => {
    const dir = app();
    const prompter = scripted({ files: [] });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'app/components/add-note.tsx'), MINI_APP['app/components/add-note.tsx'] + '// wip\n');
    const r = await review(dir, prompter);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('app/components/add-note.tsx');
    expect(prompter.asked).toEqual([]);
  });

  it('to-route: picks actions, then writes their routes', async () => {
    const dir = miniApp({
      'app/actions/notes.ts':
        "'use server';\n\nexport async function archiveNote(id: string) {\n  return { archived: id };\n}\n\nexport async function pinNote(id: string) {\n  return { pinned: id };\n}\n",
    });
    gitInit(dir);
    const prompter = scripted({
      pick: (choices) => choices.filter((c) => c.name.startsWith('pinNote')).map((c) => c.value),
      files: ['y'],
    });
    const r = await runCli(['to-route', '.'], { cwd: dir, tty: true, prompter, env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(prompter.asked).toEqual(['Which actions should get a route?', 'Create app/api/pin-note/route.ts?']);
    expect(existsSync(join(dir, 'app/api/pin-note/route.ts'))).toBe(true);
    expect(existsSync(join(dir, 'app/api/archive-note/route.ts'))).toBe(false);
  });
});
