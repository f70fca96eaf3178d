// The disk side of the CLI: discovery (ignores, build output, symlink loops), reading (size,
// binary, encoding, BOM) and atomic writes (mode, parents, deletes, nothing on a failure).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { discover, discoverFiles } from '../runner/discover.js';
import { MAX_FILE_BYTES, readFiles } from '../runner/read.js';
import { writeChanges } from '../runner/write.js';
import { MINI_APP, miniApp, runCli, tempDir, removeTempDirs } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';
import { importsOf, summarize } from '../transforms/model/snapshot.js';

afterAll(removeTempDirs);

describe('discoverFiles', () => {
  it('skips node_modules, caches and build output at package roots, honours nested .gitignore with negation', () => {
    const dir = tempDir();
    writeTree(dir, {
      '.gitignore': 'secret/\n*.log\n',
      'package.json': '{}',
      'app/page.tsx': '',
      'app/api/build/route.ts': '', // a route named like a build folder is still a route
      'app/out/page.tsx': '',
      'node_modules/next/index.js': '',
      'packages/ui/node_modules/x.js': '',
      '.next/server.js': '',
      'dist/main.js': '',
      'out/index.html': '',
      'secret/a.ts': '',
      'debug.log': '',
      'lib/.gitignore': 'gen/*\n!gen/keep.ts\n',
      'lib/gen/drop.ts': '',
      'lib/gen/keep.ts': '',
    });
    expect(discoverFiles(['.'], { cwd: dir })).toEqual([
      '.gitignore',
      'app/api/build/route.ts',
      'app/out/page.tsx',
      'app/page.tsx',
      'lib/.gitignore',
      'lib/gen/keep.ts',
      'package.json',
    ]);
  });

  it('applies --ignore patterns and returns paths relative to cwd for a sub-path', () => {
    const dir = tempDir();
    writeTree(dir, { 'apps/web/app/a.ts': '', 'apps/web/app/a.test.ts': '', 'apps/web/app/b.ts': '' });
    expect(discoverFiles(['apps/web'], { cwd: dir, ignore: ['*.test.ts'] })).toEqual([
      'apps/web/app/a.ts',
      'apps/web/app/b.ts',
    ]);
    expect(discoverFiles(['web/app/b.ts'], { cwd: join(dir, 'apps') })).toEqual(['web/app/b.ts']);
    expect(discoverFiles(['..'], { cwd: join(dir, 'apps', 'web') })).toContain('app/a.test.ts');
  });

  it('honours .gitignore files above the given path inside a git work tree only', () => {
    const dir = tempDir();
    writeTree(dir, { '.gitignore': 'generated/\n', 'apps/web/generated/x.ts': '', 'apps/web/y.ts': '' });
    expect(discoverFiles(['apps/web'], { cwd: dir })).toEqual(['apps/web/generated/x.ts', 'apps/web/y.ts']);
    mkdirSync(join(dir, '.git'));
    expect(discoverFiles(['apps/web'], { cwd: dir })).toEqual(['apps/web/y.ts']);
  });

  it('walks a symlinked directory once and survives a symlink loop', () => {
    const dir = tempDir();
    writeTree(dir, { 'src/a.ts': '' });
    symlinkSync(join(dir, 'src'), join(dir, 'src', 'loop'));
    symlinkSync(join(dir, 'missing'), join(dir, 'dangling'));
    expect(discoverFiles(['.'], { cwd: dir })).toEqual(['src/a.ts']);
  });
});

describe('readFiles', () => {
  it('reads sources and configs only, keeps a BOM, and reports oversized, binary and non-UTF-8 files', () => {
    const dir = tempDir();
    writeTree(dir, {
      'package.json': '{"dependencies":{"next":"15.0.0"}}',
      'app/bom.ts': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("fetch('/api/x');\r\n")]),
      'app/big.ts': Buffer.alloc(MAX_FILE_BYTES + 1, 0x20),
      'app/nul.ts': Buffer.from([0x61, 0, 0x62]),
      'app/latin1.ts': Buffer.from([0x2f, 0x2f, 0xe9]),
      // A UTF-16 surrogate written as UTF-8 (CESU-8): well-formed bytes, not UTF-8.
      'app/surrogate.ts': Buffer.from([0x2f, 0x2f, 0xed, 0xa0, 0x80]),
      'image.png': Buffer.from([0x89, 0x50, 0, 0]),
    });
    const files = discoverFiles(['.'], { cwd: dir });
    const r = readFiles(files, dir);
    expect(r.filesScanned).toBe(6);
    expect(r.snapshot.files.get('app/bom.ts')).toBe("\uFEFFfetch('/api/x');\r\n");
    expect(r.snapshot.files.has('package.json')).toBe(true);
    expect(r.errors.map((e) => [e.file, e.message.split(':')[0]])).toEqual([
      ['app/big.ts', 'skipped'],
      ['app/latin1.ts', 'skipped'],
      ['app/nul.ts', 'skipped'],
      ['app/surrogate.ts', 'skipped'],
    ]);
    expect(r.errors.map((e) => e.message).join('|')).toMatch(/2 MB.*UTF-8.*binary.*UTF-8/);
    expect(r.errors[0]!.message).toBe(`skipped: larger than 2 MB (${MAX_FILE_BYTES + 1} bytes)`);
  });

  it('reads whole files of every size up to the limit, a large one between small ones included', () => {
    const dir = tempDir();
    // Texts of distinct lengths and content: a file read into the shared buffer must not carry bytes of another.
    const text = (n: number, c: string) => `// ${c}\n${`export const ${c} = 'é';\n`.repeat(n)}`;
    const sizes: Record<string, string> = {
      'app/a.ts': text(1, 'a'),
      'app/b.ts': text(40_000, 'b'),
      'app/c.ts': text(3, 'c'),
      'app/d.ts': text(80_000, 'd'),
      'app/e.ts': '',
    };
    writeTree(dir, {
      'package.json': '{"dependencies":{"next":"15.0.0"}}',
      ...Object.fromEntries(Object.entries(sizes).map(([f, t]) => [f, `'use server';\n${t}`])),
    });
    const r = readFiles(discoverFiles(['.'], { cwd: dir }), dir);
    expect(r.errors).toEqual([]);
    for (const [file, t] of Object.entries(sizes)) expect(r.snapshot.files.get(file), file).toBe(`'use server';\n${t}`);
    expect(r.snapshot.files.get('app/d.ts')!.length).toBeGreaterThan(1_000_000);
  });

  it('holds the right bytes for each file across the blocks it reads into, past large and skipped files', () => {
    const dir = tempDir();
    const texts: Record<string, string> = {};
    const other: Record<string, Buffer> = {};
    // Over three MiB of modules the cheap test rules out, so their bytes are held, in blocks of a MiB.
    for (let i = 0; i < 600; i++) {
      const name = `lib/m${String(i).padStart(3, '0')}.ts`;
      const body = `export const v${i} = '${'é'.repeat((i * 37) % 4000)}';\n`;
      texts[name] = `${i % 7 === 0 ? "'use client';\n" : ''}import { v${i + 1} } from './m${i + 1}';\n${body}`;
      if (i === 100) texts[`${name}.big.ts`] = `import { big } from './big';\n// ${'x'.repeat(1_500_000)}\n`;
      if (i === 200) other[`${name}.nul.ts`] = Buffer.from('import { nul } from "./nul";\0');
      if (i === 300) other[`${name}.bad.ts`] = Buffer.from([0x2f, 0x2f, 0xe9]);
      if (i === 400) other[`${name}.huge.ts`] = Buffer.alloc(MAX_FILE_BYTES + 10, 0x20);
    }
    writeTree(dir, { ...texts, ...other });
    const r = readFiles(discoverFiles(['.'], { cwd: dir }), dir);
    expect(r.errors.map((e) => e.file)).toEqual(Object.keys(other));
    expect(r.snapshot.files.size).toBe(0);
    for (const [file, text] of Object.entries(texts)) {
      const summary = r.snapshot.summaries.get(file)!;
      expect(summary.source, file).toBeInstanceOf(Uint8Array);
      expect({ directive: summary.directive, ...importsOf(summary) }, file).toEqual(summarize(text));
    }
  });
});

describe('writeChanges', () => {
  it('creates with parents, modifies keeping the mode, deletes and prunes emptied folders', async () => {
    const dir = tempDir();
    writeTree(dir, { 'bin/run.sh': 'old\n', 'app/api/x/route.ts': 'route\n', 'app/keep.ts': '' });
    chmodSync(join(dir, 'bin/run.sh'), 0o755);
    const r = await writeChanges(
      [
        { file: 'app/actions/new.ts', kind: 'create', before: null, after: 'new\r\n' },
        { file: 'bin/run.sh', kind: 'modify', before: 'old\n', after: 'new\n' },
        { file: 'app/api/x/route.ts', kind: 'delete', before: 'route\n', after: null },
      ],
      dir,
    );
    expect(r).toEqual({
      written: ['app/actions/new.ts', 'bin/run.sh', 'app/api/x/route.ts'],
      errors: [],
      interrupted: null,
    });
    expect(readFileSync(join(dir, 'app/actions/new.ts'), 'utf8')).toBe('new\r\n');
    expect(readFileSync(join(dir, 'bin/run.sh'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'bin/run.sh')).mode & 0o777).toBe(0o755);
    expect(existsSync(join(dir, 'app/api'))).toBe(false);
    expect(existsSync(join(dir, 'app/keep.ts'))).toBe(true);
    expect(readdirSync(join(dir, 'bin'))).toEqual(['run.sh']);
  });

  it('writes nothing when a file changed on disk or a created file already exists', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.ts': 'edited meanwhile\n', 'exists.ts': 'mine\n' });
    const r = await writeChanges(
      [
        { file: 'new/b.ts', kind: 'create', before: null, after: 'b\n' },
        { file: 'a.ts', kind: 'modify', before: 'a\n', after: 'A\n' },
        { file: 'exists.ts', kind: 'create', before: null, after: 'theirs\n' },
      ],
      dir,
    );
    expect(r.written).toEqual([]);
    expect(r.errors.map((e) => e.file)).toEqual(['a.ts', 'exists.ts']);
    expect(r.errors[0]!.message).toContain('changed on disk');
    expect(readFileSync(join(dir, 'exists.ts'), 'utf8')).toBe('mine\n');
    expect(readdirSync(dir).sort()).toEqual(['a.ts', 'exists.ts']); // no temp files, no new folder
  });

  it('writes through a symlinked file instead of replacing the link', async () => {
    const dir = tempDir();
    writeTree(dir, { 'real.ts': 'a\n' });
    symlinkSync(join(dir, 'real.ts'), join(dir, 'link.ts'));
    expect(
      (await writeChanges([{ file: 'link.ts', kind: 'modify', before: 'a\n', after: 'b\n' }], dir)).errors,
    ).toEqual([]);
    expect(readFileSync(join(dir, 'real.ts'), 'utf8')).toBe('b\n');
  });
});

describe('UTF-16 sources with a BOM', () => {
  const utf16 = (text: string, order: 'le' | 'be') => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return order === 'le' ? le : le.swap16();
  };

  it('are read as text, BOM kept; malformed ones and NUL characters are skipped', () => {
    const dir = tempDir();
    writeTree(dir, {
      'app/le.ts': utf16("fetch('/api/é');\r\n", 'le'),
      'app/be.ts': utf16("fetch('/api/x');\n", 'be'),
      'app/odd.ts': Buffer.concat([utf16('x', 'le'), Buffer.from([0x41])]),
      'app/nul.ts': utf16('a\0b', 'le'),
    });
    const r = readFiles(discoverFiles(['.'], { cwd: dir }), dir);
    expect(r.snapshot.files.get('app/le.ts')).toBe("\uFEFFfetch('/api/é');\r\n");
    expect(r.snapshot.files.get('app/be.ts')).toBe("\uFEFFfetch('/api/x');\n");
    expect(r.errors).toEqual([
      { file: 'app/nul.ts', message: 'skipped: binary file (contains NUL characters)' },
      { file: 'app/odd.ts', message: 'skipped: not valid UTF-16LE' },
    ]);
  });

  it('are written back in their own encoding, BOM included', async () => {
    const dir = tempDir();
    writeTree(dir, { 'le.ts': utf16('a\n', 'le'), 'be.ts': utf16('a\n', 'be') });
    const r = await writeChanges(
      [
        { file: 'le.ts', kind: 'modify', before: '\uFEFFa\n', after: '\uFEFFb\n' },
        { file: 'be.ts', kind: 'modify', before: '\uFEFFa\n', after: '\uFEFFb\n' },
      ],
      dir,
    );
    expect(r.errors).toEqual([]);
    expect(readFileSync(join(dir, 'le.ts'))).toEqual(utf16('b\n', 'le'));
    expect(readFileSync(join(dir, 'be.ts'))).toEqual(utf16('b\n', 'be'));
  });

  it('migrates a UTF-16 caller and keeps it UTF-16, exiting 0', async () => {
    const dir = miniApp({ 'app/components/add-note.tsx': utf16(MINI_APP['app/components/add-note.tsx']!, 'le') });
    const r = await runCli(['to-action', '--yes'], { cwd: dir });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'app/components/add-note.tsx'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = bytes.toString('utf16le');
    expect(text).not.toContain('fetch(');
    expect(text).toContain('createNote(');
  });
});

describe('symlinks and the repository', () => {
  it('finds a file reached directly and through a link once, by its real path, and returns links that leave', () => {
    const base = tempDir();
    const dir = join(base, 'repo');
    writeTree(dir, { 'lib/a.ts': '', 'app/b.ts': '' });
    writeTree(base, { 'elsewhere/c.ts': '' });
    symlinkSync('../lib/a.ts', join(dir, 'app/a-link.ts'));
    symlinkSync(join(base, 'elsewhere'), join(dir, 'app/shared'));
    symlinkSync(join(base, 'elsewhere/c.ts'), join(dir, 'app/c.ts'));
    const found = discover(['.'], { cwd: dir });
    expect(found.files).toEqual(['app/b.ts', 'lib/a.ts']);
    expect(found.outside.map((e) => e.link).sort()).toEqual(['app/c.ts', 'app/shared']);
    // Outside git the repository is the working directory; a path given above it is its own root.
    const above = discover(['..'], { cwd: dir });
    expect(above.outside).toEqual([]);
    expect(above.files).toEqual(['../elsewhere/c.ts', 'app/b.ts', 'lib/a.ts']);
  });

  it('refuses to write through a folder linked out of the repository, and writes nothing else', async () => {
    const base = tempDir();
    const dir = join(base, 'repo');
    writeTree(dir, { 'a.ts': 'a\n' });
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync(join(base, 'elsewhere'), join(dir, 'actions'));
    const r = await writeChanges(
      [
        { file: 'a.ts', kind: 'modify', before: 'a\n', after: 'b\n' },
        { file: 'actions/x.ts', kind: 'create', before: null, after: 'x\n' },
      ],
      dir,
    );
    expect(r.written).toEqual([]);
    expect(r.errors).toEqual([
      {
        file: 'actions/x.ts',
        message: `not written: actions is a symlink to ${realpathSync(join(base, 'elsewhere'))}, outside the repository (so nothing was written)`,
      },
    ]);
    expect(readdirSync(join(base, 'elsewhere'))).toEqual([]);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('a\n');
  });
});
