// `--shard K/N` with fewer apps than shards: the shards split one app's files by component, so
// together they do exactly the whole run, never write the same file, and report each thing once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { miniApp, runCli, removeTempDirs } from './helpers/cli.js';
import { readBytes } from './helpers/tree.js';
import type { Report } from '../transforms/report.js';

afterAll(removeTempDirs);

const post = (body: string) =>
  `export async function POST(request: Request) {\n  const data = await request.json();\n  ${body}\n  return Response.json({ ok: true, data });\n}\n`;
const caller = (name: string, calls: string[]) =>
  [
    `'use client';`,
    '',
    `export function ${name}() {`,
    '  async function go() {',
    ...calls.map((c) => `    await fetch(${c});`),
    '  }',
    '  return <button onClick={go}>go</button>;',
    '}',
    '',
  ].join('\n');
const json = (url: string, method = 'POST') => `'${url}', { method: '${method}', body: JSON.stringify({ v: 1 }) }`;

/** One app: a shared action module (notes and notes/[id]), a caller of two routes, a skipped GET, a broken file, a binary file. */
const APP: Record<string, string | Buffer> = {
  'app/api/notes/[id]/route.ts':
    'export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = await params;\n  return Response.json({ id });\n}\n',
  'app/components/delete-note.tsx': caller('DeleteNote', ["'/api/notes/1', { method: 'DELETE' }"]),
  'app/api/todos/route.ts': post('console.log(data);'),
  'app/api/likes/route.ts': post('console.info(data);'),
  'app/components/todo-and-like.tsx': caller('TodoAndLike', [json('/api/todos'), json('/api/likes')]),
  'app/api/echo/route.ts': post('console.warn(data);'),
  'app/components/echo.tsx': caller('Echo', [json('/api/echo')]),
  'app/api/stats/route.ts': 'export async function GET() {\n  return Response.json({ n: 1 });\n}\n',
  'app/components/stats.tsx': caller('Stats', ["'/api/stats'"]),
  'app/components/broken.tsx':
    "'use client';\nexport function Broken() {\n  fetch('/api/echo', { method: 'POST' }\n}\n",
  'app/data.ts': Buffer.from([0x66, 0x65, 0x74, 0x63, 0x68, 0x00]),
};

const sorted = <T>(list: T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const N = 3;

async function reports(command: string[], dir: string) {
  const run = async (...extra: string[]) =>
    JSON.parse((await runCli([...command, '--json', ...extra], { cwd: dir })).stdout) as Report;
  const whole = await run();
  const shards: Report[] = [];
  for (let k = 1; k <= N; k++) shards.push(await run('--shard', `${k}/${N}`));
  return { whole, shards };
}

describe('--shard inside one app', () => {
  it('to-action: the shards together plan exactly the whole run, each file in one shard', async () => {
    const dir = miniApp(APP);
    const { whole, shards } = await reports(['to-action', '--dry', '--route', 'remove'], dir);
    expect(whole.changes.length).toBeGreaterThan(6);
    expect(whole.errors.map((e) => e.file).sort()).toEqual(['app/components/broken.tsx', 'app/data.ts']);
    expect(sorted(shards.flatMap((r) => r.sites))).toEqual(sorted(whole.sites));
    expect(sorted(shards.flatMap((r) => r.changes))).toEqual(sorted(whole.changes));
    expect(sorted(shards.flatMap((r) => r.errors))).toEqual(sorted(whole.errors));
    expect(shards.filter((r) => r.changes.length > 0).length).toBeGreaterThanOrEqual(2);
    // What one migration ties together stays together: the shared module and both its routes,
    // the caller of two routes and both routes.
    const shardOf = (file: string) => shards.findIndex((r) => r.changes.some((c) => c.file === file));
    expect(shardOf('app/api/notes/route.ts')).toBe(shardOf('app/api/notes/[id]/route.ts'));
    expect(shardOf('app/api/notes/route.ts')).toBe(shardOf('app/actions/notes.ts'));
    expect(shardOf('app/api/todos/route.ts')).toBe(shardOf('app/api/likes/route.ts'));
  });

  it('to-action --yes: writing the shards one after another gives the --yes tree', async () => {
    const sharded = miniApp(APP);
    const codes: number[] = [];
    for (let k = 1; k <= N; k++)
      codes.push(
        (await runCli(['to-action', '--yes', '--force', '--route', 'remove', '--shard', `${k}/${N}`], { cwd: sharded }))
          .code,
      );
    // The broken and binary files make exit 1 in the shards that report them, and only there.
    expect(codes.filter((c) => c === 1).length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 0 || c === 1)).toBe(true);
    const whole = miniApp(APP);
    await runCli(['to-action', '--yes', '--route', 'remove'], { cwd: whole });
    expect(readBytes(sharded)).toEqual(readBytes(whole));
    expect(readFileSync(join(whole, 'app/components/echo.tsx'), 'utf8')).not.toContain('fetch(');
  });

  it('scan and to-route split the same way', async () => {
    const dir = miniApp({
      ...APP,
      'app/actions/a.ts':
        "'use server';\n\nexport async function renameNote(id: string) {\n  return { id };\n}\n\nexport async function pinNote(id: string) {\n  return { id };\n}\n",
      'app/actions/b.ts': "'use server';\n\nexport async function archive(id: string) {\n  return { id };\n}\n",
    });
    for (const command of [['scan'], ['to-route', '--dry']]) {
      const { whole, shards } = await reports(command, dir);
      expect(sorted(shards.flatMap((r) => r.sites))).toEqual(sorted(whole.sites));
      expect(sorted(shards.flatMap((r) => r.changes))).toEqual(sorted(whole.changes));
      expect(sorted(shards.flatMap((r) => r.errors))).toEqual(sorted(whole.errors));
    }
  });

  it('says how it split, and refuses a bad K/N', async () => {
    const dir = miniApp();
    const r = await runCli(['scan', '--shard', '2/2'], { cwd: dir });
    expect(r.stderr).toContain("shard 2/2: fewer apps (1) than shards, so the shards split the apps' files");
    for (const bad of ['0/2', '3/2', 'x', '1/0'])
      expect((await runCli(['scan', '--shard', bad], { cwd: dir })).code).toBe(2);
  });
});
