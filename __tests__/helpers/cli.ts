// Runs the CLI in-process with captured output, and builds small throwaway projects for it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';
import type { Io } from '../../cli/io.js';
import type { Prompter } from '../../cli/prompts.js';
import { writeTree } from './tree.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliEnv {
  cwd: string;
  /** Pretend stdin and stdout are terminals. */
  tty?: boolean;
  env?: Record<string, string | undefined>;
  /** Scripted answers for interactive review. */
  prompter?: Prompter;
}

export async function runCli(args: string[], { cwd, tty = false, env = {}, prompter }: CliEnv): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    env: { ...env },
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
    stdinIsTTY: tty,
    ...(prompter ? { prompter } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

let scratch: string | null = null;

/** A temp dir outside any git work tree (the repo's own tree would make it dirty or ignored). */
export function tempDir(prefix = 'case-'): string {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'actionshift-test-'));
  }
  return mkdtempSync(join(scratch, prefix));
}

/** Removes every tempDir of this test file: `afterAll(removeTempDirs)`. */
export function removeTempDirs(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

/** The smallest app with one movable call site: a client button posting JSON to /api/notes. */
export const MINI_APP: Record<string, string> = {
  'package.json':
    JSON.stringify(
      { name: 'mini', private: true, dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' } },
      null,
      2,
    ) + '\n',
  'tsconfig.json': '{ "compilerOptions": { "strict": true, "paths": { "@/*": ["./*"] } } }\n',
  'app/api/notes/route.ts': [
    "import { NextResponse } from 'next/server';",
    '',
    'export async function POST(request: Request) {',
    '  const { title } = (await request.json()) as { title: string };',
    '  return NextResponse.json({ id: 1, title });',
    '}',
    '',
  ].join('\n'),
  'app/components/add-note.tsx': [
    "'use client';",
    '',
    'export function AddNote() {',
    '  async function add() {',
    "    const res = await fetch('/api/notes', {",
    "      method: 'POST',",
    "      headers: { 'Content-Type': 'application/json' },",
    "      body: JSON.stringify({ title: 'hello' }),",
    '    });',
    '    const note = await res.json();',
    '    console.log(note.id);',
    '  }',
    '  return <button onClick={add}>Add</button>;',
    '}',
    '',
  ].join('\n'),
};

export function miniApp(extra: Record<string, string | Buffer> = {}): string {
  const dir = tempDir();
  writeTree(dir, { ...MINI_APP, ...extra });
  return dir;
}

export function gitInit(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
}
