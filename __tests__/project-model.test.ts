// The project model's lookups that runs make per file: they must answer as their plain
// definitions do, whatever the shape of the monorepo.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOf, findApps } from '../transforms/model/project.js';
import { SnapshotBuilder, snapshotFrom, summarize } from '../transforms/model/snapshot.js';
import { toRoute } from '../transforms/to-route/index.js';
import { ImportGraph } from '../transforms/model/import-graph.js';
import { importersOfServerModules } from '../transforms/to-route/callers.js';
import { isInside } from '../transforms/model/paths.js';
import type { App, FileSummary, ProjectSnapshot } from '../transforms/model/types.js';
import { random, testApp } from './helpers/model.js';

/** The definition: of the apps containing the file, the one with the longest folder. */
function deepestApp<T extends { dir: string }>(apps: readonly T[], file: string): T | null {
  let best: T | null = null;
  for (const app of apps) if (isInside(file, app.dir) && (!best || app.dir.length > best.dir.length)) best = app;
  return best;
}

describe('appOf', () => {
  const dirs = [
    '.',
    'apps',
    'apps/web',
    'apps/web/app',
    'apps/webshop',
    'apps/admin',
    'packages/ui',
    'apps/web/nested/app2',
    '../outside',
  ];
  const segments = [
    'apps',
    'web',
    'webshop',
    'admin',
    'app',
    'nested',
    'app2',
    'packages',
    'ui',
    'page.tsx',
    'x.ts',
    '..',
    'outside',
  ];

  it('answers as the deepest containing app on random files and app sets', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const apps = dirs.filter(() => next() < 0.5).map((dir) => ({ dir }));
      for (let i = 0; i < 20; i++) {
        const depth = 1 + Math.floor(next() * 5);
        const file = Array.from({ length: depth }, () => segments[Math.floor(next() * segments.length)]).join('/');
        expect(appOf(apps, file), `${file} among ${apps.map((a) => a.dir).join(', ')}`).toBe(deepestApp(apps, file));
      }
    }
  });

  it('sees apps added to a list it has already looked through', () => {
    const apps = [{ dir: 'apps/web' }];
    expect(appOf(apps, 'apps/admin/page.tsx')).toBeNull();
    apps.push({ dir: 'apps/admin' });
    expect(appOf(apps, 'apps/admin/page.tsx')).toBe(apps[1]);
  });

  it('keeps files outside the working directory out of the root app', () => {
    const root = { dir: '.' };
    expect(appOf([root], 'app/page.tsx')).toBe(root);
    expect(appOf([root], '../other/app/page.tsx')).toBeNull();
  });
});

/** The definition sideOf keeps to: every importer, direct or through others, walked one by one. */
function sideByWalking(graph: ImportGraph, snapshot: ProjectSnapshot, file: string, app: App): string {
  const inPages = (f: string) => app.pagesDir !== null && isInside(f, app.pagesDir);
  if (inPages(file)) return 'pages';
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    for (const imp of graph.importersOf(queue.pop()!)) {
      if (!seen.has(imp) && imp !== file) {
        seen.add(imp);
        queue.push(imp);
      }
    }
  }
  const ancestors = [...seen];
  const roots = ancestors.filter((f) => graph.importersOf(f).length === 0);
  if (roots.length > 0 && roots.every(inPages)) return 'pages';
  const isClient = (f: string) => snapshot.summaries.get(f)?.directive === 'use client';
  if (isClient(file) || ancestors.some(isClient)) return 'app-client';
  return ancestors.length > 0 ? 'server' : 'unknown';
}

describe('ImportGraph.sideOf', () => {
  const folders = ['pages', 'pages/admin', 'app', 'app/shop', 'components', 'lib'];

  it('answers as walking every importer does, on random import graphs with cycles and self-imports', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const count = 2 + Math.floor(next() * 14);
      const files = Array.from(
        { length: count },
        (_, i) => `${folders[Math.floor(next() * folders.length)]}/m${i}.tsx`,
      );
      const summaries = new Map<string, FileSummary>();
      for (const from of files) {
        const targets = files.filter(() => next() < 0.2);
        const specifiers = targets.map((to) => {
          const rel = path.posix.relative(path.posix.dirname(from), to.replace(/\.tsx$/, ''));
          return rel.startsWith('.') ? rel : `./${rel}`;
        });
        summaries.set(from, { directive: next() < 0.25 ? 'use client' : null, specifiers, names: {} });
      }
      const snapshot: ProjectSnapshot = { files: new Map(), summaries };
      const app = testApp({ pagesDir: next() < 0.8 ? 'pages' : null });
      const graph = new ImportGraph(snapshot, [app]);
      for (const file of files)
        expect(graph.sideOf(file, app), `${file} in ${JSON.stringify([...summaries])}`).toBe(
          sideByWalking(graph, snapshot, file, app),
        );
    }
  });

  it('tells the sides apart in a small app', () => {
    const summaries = new Map<string, FileSummary>([
      ['pages/index.tsx', { directive: null, specifiers: ['../components/legacy'], names: {} }],
      ['components/legacy.tsx', { directive: null, specifiers: [], names: {} }],
      ['app/page.tsx', { directive: null, specifiers: ['../components/form', '../lib/db'], names: {} }],
      ['components/form.tsx', { directive: 'use client', specifiers: ['./field'], names: {} }],
      ['components/field.tsx', { directive: null, specifiers: [], names: {} }],
      ['lib/db.ts', { directive: null, specifiers: [], names: {} }],
      ['lib/unused.ts', { directive: null, specifiers: [], names: {} }],
    ]);
    const snapshot: ProjectSnapshot = { files: new Map(), summaries };
    const app = testApp();
    const graph = new ImportGraph(snapshot, [app]);
    expect(graph.sideOf('components/legacy.tsx', app)).toBe('pages');
    expect(graph.sideOf('components/field.tsx', app)).toBe('app-client');
    expect(graph.sideOf('lib/db.ts', app)).toBe('server');
    expect(graph.sideOf('lib/unused.ts', app)).toBe('unknown');
  });
});

describe('SnapshotBuilder, deferring import summaries', () => {
  const texts: Array<[string, string]> = [
    ['package.json', '{ "dependencies": { "next": "15.0.0", "react": "19.0.0" } }'],
    [
      'pages/index.tsx',
      "import Legacy from '../components/legacy';\nexport default function Home() { return <Legacy />; }\n",
    ],
    ['components/legacy.tsx', 'export default function Legacy() { return null; }\n'],
    [
      'app/page.tsx',
      "import { Form } from '../components/form';\nimport { db } from '../lib/db';\nexport default function Page() { return <Form />; }\n",
    ],
    [
      'components/form.tsx',
      "'use client';\nimport { Field } from './field';\nexport function Form() { return <Field />; }\n",
    ],
    ['components/field.tsx', "export function Field() { return fetch('/api/x', { method: 'POST' }), null; }\n"],
    ['components/lazy.tsx', "'use client';\nexport const load = () => import('./field');\n"],
    ['lib/db.ts', 'export const db = {};\n'],
  ];
  const build = (budget: number) => {
    const builder = new SnapshotBuilder(budget);
    for (const [file, text] of texts) builder.add(file, text);
    return builder.snapshot;
  };
  const answers = (snapshot: ProjectSnapshot) => {
    const app = findApps(snapshot)[0]!;
    const graph = new ImportGraph(snapshot, [app]);
    return texts.map(([file]) => [
      file,
      graph.sideOf(file, app),
      graph.importersOf(file),
      graph.isImported(file, 'Field'),
      graph.isImported(file, 'default'),
    ]);
  };

  it('holds the texts and reads the imports when the graph first asks, with the answers of reading them at once', () => {
    const eager = build(0);
    const deferred = build(Infinity);
    expect([...eager.summaries.values()].some((s) => s.source !== undefined)).toBe(false);
    expect(deferred.summaries.get('lib/db.ts')).toEqual({ directive: null, source: 'export const db = {};\n' });
    expect(deferred.summaries.get('components/form.tsx')?.directive).toBe('use client');
    const expected = answers(eager);
    expect(expected).toContainEqual([
      'components/field.tsx',
      'app-client',
      ['components/form.tsx', 'components/lazy.tsx'],
      true,
      false,
    ]);
    expect(answers(deferred)).toEqual(expected);
    // Read once, then the same summaries as reading at once, the texts let go.
    for (const [file, text] of texts)
      if (file.endsWith('x') || file.endsWith('.ts')) expect(deferred.summaries.get(file)).toEqual(summarize(text));
  });

  it('holds the UTF-8 it is given instead of the text', () => {
    const encoder = new TextEncoder();
    const all: Array<[string, string]> = [
      ...texts,
      ['components/naïve.tsx', "import { Field } from './field';\nexport const label = 'café';\n"],
    ];
    const builder = new SnapshotBuilder();
    const eager = new SnapshotBuilder(0);
    for (const [file, text] of all) {
      builder.add(file, text, encoder.encode(text));
      eager.add(file, text);
    }
    const snapshot = builder.snapshot;
    expect(snapshot.summaries.get('lib/db.ts')?.source).toBeInstanceOf(Uint8Array);
    // A kept text (it fetches) is held as the text the snapshot keeps anyway.
    expect(snapshot.summaries.get('components/field.tsx')?.source).toBe(snapshot.files.get('components/field.tsx'));
    expect(answers(snapshot)).toEqual(answers(eager.snapshot));
    expect(new ImportGraph(snapshot, findApps(snapshot)).importersOf('components/field.tsx')).toContain(
      'components/naïve.tsx',
    );
  });

  it('builds from runs of UTF-8 the snapshot it builds from text, decoding only the files that may matter', () => {
    const all: Array<[string, string]> = [
      ...texts,
      ['app/bom.tsx', "\uFEFF'use client';\nimport { Field } from '../components/field';\n"],
      ['app/accented-comment.tsx', "// café\n/* naïve */ 'use client';\nexport const x = 1;\n"],
      // Non-ASCII before the code, one of them a space the decoded text skips: read from the text.
      ['app/nbsp.tsx', "\u00A0'use client';\nexport const y = 2;\n"],
      ['app/line-separator.tsx', "\u2028\uFEFF'use server';\n"],
      ['app/identifier.tsx', 'ñ = 1;\n'],
      // The cheap test's `\s` takes a no-break space; read a byte a character it would not.
      ['app/spaced-call.tsx', "'use client';\nexport const go = () => fetch\u00A0('/api/x');\n"],
      ['app/prefetch.tsx', "import { prefetch } from './router';\nexport const z = prefetch;\n"],
      ['app/api/x/route.ts', 'export async function POST() { return Response.json({}); }\n'],
      ['tsconfig.json', '{ "compilerOptions": {} }'],
      ['styles.css', 'a { color: red }'],
      // Read back to back, a file's trivia, directive or BOM must not run on into the next file's.
      ['app/blank.tsx', '\n\n'],
      ['app/after-blank.tsx', "'use client';\nexport const a = 1;\n"],
      ['app/open-comment.tsx', 'export const b = 2; // no newline'],
      ['app/line-comment.tsx', '// only a comment, no newline'],
      ['app/after-comment.tsx', "\n'use client';\nexport const c = 3;\n"],
      ['app/unclosed.tsx', '/* never closed'],
      ['app/closes.tsx', "*/ 'use client';\n"],
      ['app/half-directive.tsx', "'use cli"],
      ['app/rest-of-it.tsx', "ent';\n"],
      ['app/empty.tsx', ''],
      ['app/bom-next.tsx', "\uFEFF'use client';\n"],
      // A cheap-test word split across two files marks both; neither holds it alone.
      ['app/ends-fet.tsx', 'export const fet = 1;\nfet'],
      ['app/starts-ch.tsx', 'ch;\nexport const d = 4;\n'],
    ];
    const fromText = new SnapshotBuilder();
    for (const [file, text] of all) fromText.add(file, text, Buffer.from(text, 'utf8'));
    const byRuns = (runs: Array<Array<[string, string]>>) => {
      const builder = new SnapshotBuilder();
      const decoded: string[] = [];
      for (const run of runs) {
        const parts = run.map(([, text]) => Buffer.from(text, 'utf8'));
        const bytes = Buffer.concat(parts);
        let at = 0;
        const ranges = run.map(([file], i) => ({ file, start: at, end: (at += parts[i]!.length) }));
        decoded.push(...builder.addUtf8Run(bytes, bytes.toString('latin1'), ranges));
      }
      return { snapshot: builder.snapshot, decoded: decoded.sort() };
    };
    const oneRun = byRuns([all]);
    expect(oneRun.snapshot).toEqual(fromText.snapshot);
    expect(byRuns(all.map((entry) => [entry])).snapshot).toEqual(fromText.snapshot);
    expect(byRuns([all.slice(0, 7), all.slice(7, 20), all.slice(20)]).snapshot).toEqual(fromText.snapshot);
    const { summaries, files } = oneRun.snapshot;
    expect(files.has('app/spaced-call.tsx')).toBe(true);
    expect(summaries.get('app/nbsp.tsx')?.directive).toBe('use client');
    expect(summaries.get('app/line-separator.tsx')?.directive).toBe('use server');
    expect(summaries.get('app/accented-comment.tsx')?.directive).toBe('use client');
    expect(
      ['app/blank.tsx', 'app/line-comment.tsx', 'app/unclosed.tsx', 'app/half-directive.tsx', 'app/empty.tsx'].map(
        (f) => summaries.get(f)?.directive,
      ),
    ).toEqual([null, null, null, null, null]);
    expect(
      ['app/after-blank.tsx', 'app/after-comment.tsx', 'app/bom-next.tsx'].map((f) => summaries.get(f)?.directive),
    ).toEqual(['use client', 'use client', 'use client']);
    expect(oneRun.decoded).toEqual([
      'app/api/x/route.ts',
      'app/ends-fet.tsx',
      'app/identifier.tsx',
      'app/line-separator.tsx',
      'app/nbsp.tsx',
      'app/prefetch.tsx',
      'app/spaced-call.tsx',
      'app/starts-ch.tsx',
      'components/field.tsx',
      'package.json',
      'tsconfig.json',
    ]);
    // Held views into the run, not copies.
    const held = summaries.get('lib/db.ts')?.source;
    expect(held).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(held as Uint8Array).toString()).toBe('export const db = {};\n');
  });

  it('reads imports at once past its budget of held text, counting only texts the snapshot does not keep anyway', () => {
    const snapshot = build(60);
    // field.tsx is kept (it fetches), so holding it is free; a text is held while it fits in what is left.
    const held = [...snapshot.summaries].filter(([, s]) => s.source !== undefined).map(([file]) => file);
    expect(held).toEqual(['components/legacy.tsx', 'components/field.tsx']);
    expect(answers(snapshot)).toEqual(answers(build(0)));
  });
});

describe('summarize', () => {
  it('reads every import form and the names imported, without parsing', () => {
    const text = [
      `'use client';`,
      `import React, { useState, type FC, useEffect as effect, } from 'react';`,
      `import type { Item } from "@/lib/types";`,
      `import * as db from '../lib/db';`,
      `import './styles.css';`,
      `export { save as default } from './save';`,
      `const lazy = () => import('./lazy');`,
      `const legacy = require("./legacy");`,
      `thing.reimport('./not-a-module');`,
    ].join('\n');
    expect(summarize(text)).toEqual({
      directive: 'use client',
      specifiers: ['react', '@/lib/types', '../lib/db', './styles.css', './save', './lazy', './legacy'],
      names: { react: ['*', 'useState', 'FC', 'useEffect'], '@/lib/types': ['Item'], '../lib/db': ['*'] },
    });
  });
});

describe('importersOfServerModules', () => {
  it("resolves a file's imports through its own (deepest) app's aliases when one app holds another", () => {
    const app = (dir: string, target: string): App => ({
      dir,
      router: 'app',
      next: '15.0.0',
      react: '19.0.0',
      appDir: `${dir === '.' ? '' : dir + '/'}app`,
      pagesDir: null,
      basePath: '',
      aliases: [{ prefix: '@/', wildcard: true, targets: [target] }],
    });
    // The root app's `@/` points at src/, the nested app's at its own folder.
    const apps = [app('.', 'src'), app('apps/web', 'apps/web')];
    const summaries = new Map<string, FileSummary>([
      ['apps/web/lib/actions.ts', { directive: 'use server', specifiers: [], names: {} }],
      ['apps/web/components/form.tsx', { directive: 'use client', specifiers: ['@/lib/actions'], names: {} }],
      ['src/lib/actions.ts', { directive: null, specifiers: [], names: {} }],
      ['src/components/other.tsx', { directive: 'use client', specifiers: ['@/lib/actions'], names: {} }],
    ]);
    expect(importersOfServerModules({ files: new Map(), summaries }, apps)).toEqual(['apps/web/components/form.tsx']);
  });
});

describe('to-route --callers fetch in an app inside another app', () => {
  it("rewrites a caller importing the action through its own app's `@/` alias", () => {
    const pkg = JSON.stringify({ dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' } });
    const snapshot = snapshotFrom(
      [
        ['package.json', pkg],
        ['tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } })],
        ['src/app/page.tsx', 'export default function Page() {\n  return null;\n}\n'],
        ['apps/web/package.json', pkg],
        ['apps/web/tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./*'] } } })],
        [
          'apps/web/app/actions/notes.ts',
          "'use server';\n\nexport async function renameNote(id: string, title: string) {\n  return { id, title };\n}\n",
        ],
        [
          'apps/web/app/notes/rename.tsx',
          "'use client';\n\nimport { renameNote } from '@/app/actions/notes';\n\nexport async function rename(id: string) {\n  return renameNote(id, 'Renamed');\n}\n",
        ],
      ],
      (s) => importersOfServerModules(s, findApps(s)),
    );
    const result = toRoute(snapshot, { callers: 'fetch', cors: null });
    const caller = result.changes.find((c) => c.file === 'apps/web/app/notes/rename.tsx');
    expect(result.apps.map((a) => a.dir)).toEqual(['.', 'apps/web']);
    expect(caller?.after).toContain("fetch('/api/rename-note'");
    expect(caller?.after).not.toContain("from '@/app/actions/notes'");
  });
});

describe('findApps', () => {
  const pkg = (deps: Record<string, string>) => JSON.stringify({ name: 'x', dependencies: deps });
  const page = 'export default function Page() { return null; }\n';

  it('does not take a package that only provides next to the apps inside it for an app', () => {
    // A repository (or a monorepo root without workspaces) listing next for the apps below it.
    const snapshot = snapshotFrom([
      ['package.json', pkg({ next: '16.0.0' })],
      ['tools/build.ts', 'export const x = 1;\n'],
      ['examples/shop/package.json', pkg({ next: '16.0.0', react: '19.0.0' })],
      ['examples/shop/app/page.tsx', page],
    ]);
    expect(findApps(snapshot).map((a) => a.dir)).toEqual(['examples/shop']);
  });

  it('keeps such a package when it is an app itself: an app folder, a pages folder, a next.config, or no app inside', () => {
    const nested = (extra: Array<[string, string]>) =>
      findApps(
        snapshotFrom([
          ['package.json', pkg({ next: '16.0.0' })],
          ['examples/shop/package.json', pkg({ next: '16.0.0' })],
          ['examples/shop/app/page.tsx', page],
          ...extra,
        ]),
      ).map((a) => a.dir);
    expect(nested([['app/page.tsx', page]])).toEqual(['.', 'examples/shop']);
    expect(nested([['pages/index.tsx', page]])).toEqual(['.', 'examples/shop']);
    expect(nested([['next.config.ts', 'export default {};\n']])).toEqual(['.', 'examples/shop']);
    expect(
      findApps(
        snapshotFrom([
          ['package.json', pkg({ next: '16.0.0' })],
          ['lib/x.ts', 'export const x = 1;\n'],
        ]),
      ).map((a) => a.dir),
    ).toEqual(['.']);
  });
});
