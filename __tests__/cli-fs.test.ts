// The disk side of the CLI: discovery (ignores, build output, symlink loops), reading (size,
// binary, encoding, BOM) and atomic writes (mode, parents, deletes, nothing on a failure).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { discoverFiles } from '../cli/discover.js';
import { MAX_FILE_BYTES, readFiles } from '../cli/read.js';
import { writeChanges } from '../cli/write.js';
import { tempDir, removeTempDirs } from './helpers/cli.js';
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
    expect(discoverFiles(['apps/web'], { cwd: dir, ignore: ['*.test.ts'] })).toEqual(['apps/web/app/a.ts', 'apps/web/app/b.ts']);
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
    const sizes: Record<string, string> = { 'app/a.ts': text(1, 'a'), 'app/b.ts': text(40_000, 'b'), 'app/c.ts': text(3, 'c'), 'app/d.ts': text(80_000, 'd'), 'app/e.ts': '' };
    writeTree(dir, { 'package.json': '{"dependencies":{"next":"15.0.0"}}', ...Object.fromEntries(Object.entries(sizes).map(([f, t]) => [f, `'use server';\n${t}`])) });
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
  it('creates with parents, modifies keeping the mode, deletes and prunes emptied folders', () => {
    const dir = tempDir();
    writeTree(dir, { 'bin/run.sh': 'old\n', 'app/api/x/route.ts': 'route\n', 'app/keep.ts': '' });
    chmodSync(join(dir, 'bin/run.sh'), 0o755);
    const r = writeChanges(
      [
        { file: 'app/actions/new.ts', kind: 'create', before: null, after: 'new\r\n' },
        { file: 'bin/run.sh', kind: 'modify', before: 'old\n', after: 'new\n' },
        { file: 'app/api/x/route.ts', kind: 'delete', before: 'route\n', after: null },
      ],
      dir,
    );
    expect(r).toEqual({ written: ['app/actions/new.ts', 'bin/run.sh', 'app/api/x/route.ts'], errors: [] });
    expect(readFileSync(join(dir, 'app/actions/new.ts'), 'utf8')).toBe('new\r\n');
    expect(readFileSync(join(dir, 'bin/run.sh'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'bin/run.sh')).mode & 0o777).toBe(0o755);
    expect(existsSync(join(dir, 'app/api'))).toBe(false);
    expect(existsSync(join(dir, 'app/keep.ts'))).toBe(true);
    expect(readdirSync(join(dir, 'bin'))).toEqual(['run.sh']);
  });

  it('writes nothing when a file changed on disk or a created file already exists', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.ts': 'edited meanwhile\n', 'exists.ts': 'mine\n' });
    const r = writeChanges(
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

  it('writes through a symlinked file instead of replacing the link', () => {
    const dir = tempDir();
    writeTree(dir, { 'real.ts': 'a\n' });
    symlinkSync(join(dir, 'real.ts'), join(dir, 'link.ts'));
    expect(writeChanges([{ file: 'link.ts', kind: 'modify', before: 'a\n', after: 'b\n' }], dir).errors).toEqual([]);
    expect(readFileSync(join(dir, 'real.ts'), 'utf8')).toBe('b\n');
  });
});
