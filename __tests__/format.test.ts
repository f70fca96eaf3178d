// The project's own Prettier formats what a migration writes (docs/formatting.md): created files,
// and modified files it accepted before; never a file that was not clean, never with a Prettier or
// a config from outside the repository, never with --no-format.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { keepsUntouchedLines } from '../runner/untouched-lines.js';
import { MINI_APP, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { readTree, writeTree } from './helpers/tree.js';
import { toAction } from '../index.js';

afterAll(removeTempDirs);

const REPO_PRETTIER = join(import.meta.dirname, '..', 'node_modules', 'prettier');
/** Prettier 2 (a devDependency alias): its API answers synchronously and it is CommonJS only. */
const REPO_PRETTIER_2 = join(import.meta.dirname, '..', 'node_modules', 'prettier-2');

/** A style the generator cannot guess from the sources: no spaces inside braces, 60 columns. */
const CONFIG = { semi: false, singleQuote: true, printWidth: 60, bracketSpacing: false };

/** MINI_APP in the project's style, so that Prettier accepts every file before the migration. */
async function styled(files: Record<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [file, text] of Object.entries(files))
    out[file] = /\.tsx?$/.test(file) ? await prettier.format(text, { ...CONFIG, filepath: file }) : text;
  return out;
}

/** The mini app with Prettier installed (a link to this repository's copy, as pnpm links it). */
async function prettierApp(
  extra: Record<string, string> = {},
  config: object | null = CONFIG,
  installed = REPO_PRETTIER,
): Promise<string> {
  const dir = tempDir();
  writeTree(dir, { ...(await styled(MINI_APP)), ...extra });
  if (config) writeFileSync(join(dir, '.prettierrc.json'), JSON.stringify(config) + '\n');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(installed, join(dir, 'node_modules', 'prettier'), 'dir');
  return dir;
}

const migrate = (dir: string, ...flags: string[]) =>
  runCli(['to-action', '.', '--yes', '--force', '--no-color', ...flags], { cwd: dir });

const sources = (dir: string) =>
  new Map([...readTree(dir)].filter(([file]) => file.startsWith('app/') && /\.tsx?$/.test(file)));

describe('formatting with the project Prettier', () => {
  it('formats created and cleanly formatted modified files, so prettier --check passes after the migration', async () => {
    const dir = await prettierApp();
    const run = await migrate(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("formatted 3 changed file(s) with the project's Prettier");
    // The wait for the project's tools is said before it starts, once.
    expect(run.stderr.match(/formatting the changes with the project's Prettier…/g)).toHaveLength(1);
    const after = sources(dir);
    expect([...after.keys()]).toContain('app/actions/notes.ts');
    for (const [file, text] of after)
      expect(await prettier.check(text, { ...CONFIG, filepath: file }), `${file} is formatted`).toBe(true);
    // The project's style, not the generator's: no spaces inside braces, a call folded at 60 columns.
    expect(after.get('app/api/notes/route.ts')).toMatch(/^import \{createNote\} from '.*actions\/notes'$/m);
    expect(after.get('app/api/notes/route.ts')).toContain(
      ['    return NextResponse.json(', "      {error: 'Malformed JSON body'},", '      {status: 400},', '    )'].join(
        '\n',
      ),
    );
    // A second run finds nothing left to change in the formatted code.
    const again = await runCli(['to-action', '.', '--dry', '--json', '--force'], { cwd: dir });
    expect((JSON.parse(again.stdout) as { changes: unknown[] }).changes).toEqual([]);
  });

  it('formats with a project on Prettier 2 as with Prettier 3', async () => {
    const dir = await prettierApp({}, CONFIG, REPO_PRETTIER_2);
    const run = await migrate(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("formatted 3 changed file(s) with the project's Prettier");
    const v2 = (await import(join(REPO_PRETTIER_2, 'index.js'))) as {
      default: { check(s: string, o: object): boolean };
    };
    for (const [file, text] of sources(dir))
      expect(v2.default.check(text, { ...CONFIG, filepath: file }), `${file} is formatted`).toBe(true);
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toMatch(/^import \{createNote\}/m);
  });

  it('--no-format writes the generated text, as in a project without Prettier', async () => {
    const formatted = await prettierApp();
    const plain = await prettierApp({}, null);
    const off = await prettierApp();
    await migrate(formatted);
    await migrate(plain);
    await migrate(off, '--no-format');
    expect(sources(off)).toEqual(sources(plain));
    expect(sources(off)).not.toEqual(sources(formatted));
  });

  it('leaves a modified file Prettier did not accept before as generated, its untouched lines byte for byte', async () => {
    // The client file is hand-formatted against the config (spaces in braces, long lines).
    const messy = MINI_APP['app/components/add-note.tsx']!.replace(
      '    console.log(note.id);',
      "    console.log(   note.id, { where: 'the add button of the note list', when: Date.now() }   );",
    );
    const dir = await prettierApp({ 'app/components/add-note.tsx': messy });
    const run = await migrate(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /left app\/components\/add-note\.tsx as generated for the project's Prettier: it did not accept the file before/,
    );
    const client = readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8');
    const generated = await prettierApp({ 'app/components/add-note.tsx': messy });
    await migrate(generated, '--no-format');
    expect(client).toBe(readFileSync(join(generated, 'app/components/add-note.tsx'), 'utf8'));
    expect(client).toContain(
      "console.log(   note.id, { where: 'the add button of the note list', when: Date.now() }   );",
    );
    // The other files were clean, so they are formatted.
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toContain('{createNote}');
  });

  it('does nothing without a config, or with one above the repository', async () => {
    const noConfig = await prettierApp({}, null);
    const plain = await migrate(noConfig);
    expect(plain.stderr).not.toContain("project's Prettier");

    // A git repository inside a folder with a stray config: the config is not the project's.
    const outer = tempDir();
    writeFileSync(join(outer, '.prettierrc.json'), JSON.stringify(CONFIG));
    const inner = join(outer, 'repo');
    mkdirSync(join(inner, '.git'), { recursive: true });
    writeTree(inner, await styled(MINI_APP));
    mkdirSync(join(inner, 'node_modules'));
    symlinkSync(REPO_PRETTIER, join(inner, 'node_modules', 'prettier'), 'dir');
    const run = await migrate(inner);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("project's Prettier");
    expect(readFileSync(join(inner, 'app/api/notes/route.ts'), 'utf8')).toContain('{ createNote }');
  });

  it('does nothing when Prettier is not installed, even with a config', async () => {
    const dir = tempDir();
    writeTree(dir, { ...(await styled(MINI_APP)), '.prettierrc.json': JSON.stringify(CONFIG) });
    const run = await migrate(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("project's Prettier");
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toContain('{ createNote }');
  });

  it('honours .prettierignore and a config in package.json', async () => {
    const pkg = JSON.parse(MINI_APP['package.json']!) as Record<string, unknown>;
    const app = async () =>
      prettierApp(
        {
          'package.json': JSON.stringify({ ...pkg, prettier: CONFIG }, null, 2) + '\n',
          '.prettierignore': 'app/api/\n',
        },
        null,
      );
    const dir = await app();
    const generated = await app();
    const run = await migrate(dir);
    await migrate(generated, '--no-format');
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'app/components/add-note.tsx'), 'utf8')).toMatch(/^import \{createNote\}/m);
    // Ignored: written as generated, with the generator's spaces inside braces.
    const route = readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8');
    expect(route).toBe(readFileSync(join(generated, 'app/api/notes/route.ts'), 'utf8'));
    expect(route).toMatch(/^import \{ createNote \}/m);
  });

  it('reports a Prettier that fails (a plugin it cannot load) and writes the files as generated', async () => {
    const dir = await prettierApp({}, { ...CONFIG, plugins: ['prettier-plugin-that-is-not-installed'] });
    const run = await migrate(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /could not format .*app\/actions\/notes\.ts.* with the project's Prettier; left as generated by it/,
    );
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toContain('{ createNote }');
  });

  it('the library API formats too, unless format: false', async () => {
    const dir = await prettierApp();
    const on = await toAction({ cwd: dir });
    const off = await toAction({ cwd: dir, format: false });
    const diffOf = (r: typeof on, file: string) => r.changes.find((c) => c.file === file)!.diff;
    expect(diffOf(on, 'app/api/notes/route.ts')).toContain('+import {createNote}');
    expect(diffOf(off, 'app/api/notes/route.ts')).toContain('+import { createNote }');
  });
});

describe('keepsUntouchedLines', () => {
  const before = ['a', '{', '  b', '}', 'c', ''].join('\n');
  it('accepts a formatting that changes only the lines the rewrite changed', () => {
    const raw = ['a', '{', '  b', '  x(1,2)', '}', 'c', ''].join('\n');
    const formatted = ['a', '{', '  b', '  x(1, 2)', '}', 'c', ''].join('\n');
    expect(keepsUntouchedLines(before, raw, formatted)).toBe(true);
  });
  it('refuses one that also changes a line the rewrite kept', () => {
    const raw = ['a', '{', '  b', '  x(1,2)', '}', 'c', ''].join('\n');
    const formatted = ['a', '{', '  b;', '  x(1, 2)', '}', 'c', ''].join('\n');
    expect(keepsUntouchedLines(before, raw, formatted)).toBe(false);
  });
  it('counts equal lines by text, wherever the diff matches them', () => {
    const twice = ['{', '}', '{', '}', ''].join('\n');
    const raw = ['{', 'x', '}', '{', '}', ''].join('\n');
    const formatted = ['{', '}', '{', 'x', '}', ''].join('\n');
    expect(keepsUntouchedLines(twice, raw, formatted)).toBe(true);
  });
});

describe("formatting with the project's ESLint --fix", () => {
  const REPO_MODULES = join(import.meta.dirname, '..', 'node_modules');
  /** A rule the generator's own style does not follow: no spaces inside braces. */
  const RULES = { 'object-curly-spacing': ['error', 'never'], curly: 'error' };
  const FLAT_CONFIG = [
    "import tseslint from 'typescript-eslint';",
    '',
    'export default [',
    `  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, rules: ${JSON.stringify(
      RULES,
    )} },`,
    '];',
    '',
  ].join('\n');

  /** The mini app with ESLint installed (links to this repository's copies) and sources it accepts. */
  async function eslintApp(config: Record<string, string>, links: string[], extra: Record<string, string> = {}) {
    const dir = tempDir();
    writeTree(dir, { ...MINI_APP, ...config, ...extra });
    mkdirSync(join(dir, 'node_modules', '@typescript-eslint'), { recursive: true });
    for (const link of links) symlinkSync(join(REPO_MODULES, link), join(dir, 'node_modules', link), 'dir');
    // The sources as the project keeps them: fixed by its own ESLint first.
    const { ESLint } = (await import(join(REPO_MODULES, 'eslint', 'lib', 'api.js'))) as typeof import('eslint');
    await ESLint.outputFixes(await new ESLint({ cwd: dir, fix: true }).lintFiles(['app']));
    return dir;
  }

  /** What the project's `eslint app` reports after the migration. */
  async function problems(dir: string): Promise<string[]> {
    const { ESLint } = (await import(join(REPO_MODULES, 'eslint', 'lib', 'api.js'))) as typeof import('eslint');
    const results = await new ESLint({ cwd: dir }).lintFiles(['app']);
    return results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
  }

  it('fixes created and clean modified files with a flat config, so `eslint .` passes after the migration', async () => {
    const dir = await eslintApp({ 'eslint.config.mjs': FLAT_CONFIG }, ['eslint', 'typescript-eslint']);
    expect(await problems(dir)).toEqual([]);
    const run = await migrate(dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("formatting the changes with the project's ESLint (--fix)…");
    expect(run.stderr).toContain("formatted 3 changed file(s) with the project's ESLint (--fix)");
    expect(await problems(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'app/api/notes/route.ts'), 'utf8')).toMatch(/^import \{createNote\} from/m);
    const again = await runCli(['to-action', '.', '--dry', '--json', '--force'], { cwd: dir });
    expect((JSON.parse(again.stdout) as { changes: unknown[] }).changes).toEqual([]);
  });

  it('--no-format leaves the ESLint problems of the generated code to the user', async () => {
    const dir = await eslintApp({ 'eslint.config.mjs': FLAT_CONFIG }, ['eslint', 'typescript-eslint']);
    await migrate(dir, '--no-format');
    expect((await problems(dir)).join('\n')).toMatch(/object-curly-spacing/);
  });

  it('leaves a modified file with fixable problems before as generated, and says so', async () => {
    const dir = await eslintApp({ 'eslint.config.mjs': FLAT_CONFIG }, ['eslint', 'typescript-eslint']);
    const client = join(dir, 'app/components/add-note.tsx');
    writeFileSync(
      client,
      readFileSync(client, 'utf8').replace('console.log(note.id);', 'if (note) console.log({ id: note.id });'),
    );
    const run = await migrate(dir);
    expect(run.stderr).toMatch(
      /left app\/components\/add-note\.tsx as generated for the project's ESLint \(--fix\): it did not accept the file before/,
    );
    const after = readFileSync(client, 'utf8');
    expect(after).toContain('if (note) console.log({ id: note.id });');
    expect(after).toMatch(/^import \{ createNote \} from/m);
  });

  it('uses an eslintrc config, as ESLint 8 apps (next lint) have it', async () => {
    const dir = tempDir();
    const eslintrc = { root: true, parser: '@typescript-eslint/parser', rules: RULES };
    writeTree(dir, { ...MINI_APP, '.eslintrc.json': JSON.stringify(eslintrc, null, 2) + '\n' });
    mkdirSync(join(dir, 'node_modules', '@typescript-eslint'), { recursive: true });
    for (const link of ['eslint', '@typescript-eslint/parser'])
      symlinkSync(join(REPO_MODULES, link), join(dir, 'node_modules', link), 'dir');
    const run = await migrate(dir);
    expect(run.code, run.stderr).toBe(0);
    // The generated module follows the eslintrc's rule; the modified files broke it before, so stay as generated.
    expect(readFileSync(join(dir, 'app/actions/notes.ts'), 'utf8')).toContain('const {title} = input;');
    expect(run.stderr).toMatch(
      /left app\/api\/notes\/route\.ts, app\/components\/add-note\.tsx as generated for the project's ESLint \(--fix\): it did not accept them before/,
    );
  });

  it('runs ESLint before Prettier, so Prettier decides the layout in a project that has both', async () => {
    const dir = await eslintApp({ 'eslint.config.mjs': FLAT_CONFIG }, ['eslint', 'typescript-eslint']);
    writeFileSync(join(dir, '.prettierrc.json'), JSON.stringify({ ...CONFIG, bracketSpacing: true }));
    symlinkSync(REPO_PRETTIER, join(dir, 'node_modules', 'prettier'), 'dir');
    // Prettier must accept the sources too: format them (ESLint's brace rule then fails, as it would for the team).
    for (const file of ['app/api/notes/route.ts', 'app/components/add-note.tsx']) {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), await prettier.format(text, { ...CONFIG, bracketSpacing: true, filepath: file }));
    }
    const run = await migrate(dir);
    expect(run.code, run.stderr).toBe(0);
    for (const [file, text] of sources(dir))
      expect(await prettier.check(text, { ...CONFIG, bracketSpacing: true, filepath: file }), file).toBe(true);
  });
});
