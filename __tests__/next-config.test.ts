// The `experimental.serverActions` flag a Next.js 13.4/13.5 app gets with its first actions: an
// edit of the config's object literal, a new config when there is none, or a reason to stay.
import { describe, expect, it } from 'vitest';
import { serverActionsFlag } from '../transforms/to-action/config/next-config.js';
import { snapshotFrom } from '../transforms/model/snapshot.js';
import { findApps } from '../transforms/model/project.js';
import { DEFAULT_TO_ACTION_OPTIONS, toAction } from '../transforms/to-action/index.js';

const PKG = JSON.stringify({ name: 'app', dependencies: { next: '13.4.19', react: '18.2.0' } });

function flag(files: Record<string, string>) {
  const snapshot = snapshotFrom(
    Object.entries({
      'package.json': PKG,
      'app/page.tsx': 'export default function Page() {\n  return null;\n}\n',
      ...files,
    }),
  );
  return serverActionsFlag(snapshot, findApps(snapshot)[0]!);
}

/** The config after the edit, or the reason, for compact expectations. */
function edited(name: string, text: string): string {
  const result = flag({ [name]: text });
  if ('reason' in result) return `reason: ${result.reason}`;
  return result.change === null ? 'unchanged' : result.change.after!;
}

describe('serverActionsFlag', () => {
  it('adds experimental to a one-line module.exports object', () => {
    expect(edited('next.config.js', 'module.exports = { reactStrictMode: true };\n')).toBe(
      'module.exports = { reactStrictMode: true, experimental: { serverActions: true } };\n',
    );
  });

  it('adds a line of its own to a multi-line const exported by module.exports, trailing comma as the file writes it', () => {
    expect(
      edited(
        'next.config.js',
        "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n};\n\nmodule.exports = nextConfig;\n",
      ),
    ).toBe(
      "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n  experimental: { serverActions: true },\n};\n\nmodule.exports = nextConfig;\n",
    );
    expect(
      edited(
        'next.config.js',
        'const nextConfig = {\n  reactStrictMode: true // strict\n}\nmodule.exports = nextConfig\n',
      ),
    ).toBe(
      'const nextConfig = {\n  reactStrictMode: true, // strict\n  experimental: { serverActions: true }\n}\nmodule.exports = nextConfig\n',
    );
  });

  it('edits export default of a typed const (next.config.ts) and of an empty object', () => {
    expect(
      edited(
        'next.config.ts',
        "import type { NextConfig } from 'next';\n\nconst nextConfig: NextConfig = {\n  images: { domains: ['a.b'] },\n};\n\nexport default nextConfig;\n",
      ),
    ).toBe(
      "import type { NextConfig } from 'next';\n\nconst nextConfig: NextConfig = {\n  images: { domains: ['a.b'] },\n  experimental: { serverActions: true },\n};\n\nexport default nextConfig;\n",
    );
    expect(edited('next.config.mjs', 'export default {}\n')).toBe(
      'export default { experimental: { serverActions: true } }\n',
    );
  });

  it('joins an existing experimental object, and leaves a config that has the flag', () => {
    expect(
      edited('next.config.js', 'module.exports = {\r\n  experimental: {\r\n    appDir: true,\r\n  },\r\n};\r\n'),
    ).toBe(
      'module.exports = {\r\n  experimental: {\r\n    appDir: true,\r\n    serverActions: true,\r\n  },\r\n};\r\n',
    );
    expect(edited('next.config.js', 'module.exports = { experimental: { appDir: true } };\n')).toBe(
      'module.exports = { experimental: { appDir: true, serverActions: true } };\n',
    );
    expect(edited('next.config.js', 'module.exports = { experimental: {} };\n')).toBe(
      'module.exports = { experimental: { serverActions: true } };\n',
    );
    expect(edited('next.config.js', 'module.exports = { experimental: { serverActions: true } };\n')).toBe('unchanged');
  });

  it('follows one wrapper into its object literal or local const', () => {
    expect(
      edited(
        'next.config.js',
        "const withPWA = require('next-pwa')({ dest: 'public' });\nconst nextConfig = { reactStrictMode: true };\nmodule.exports = withPWA(nextConfig);\n",
      ),
    ).toBe(
      "const withPWA = require('next-pwa')({ dest: 'public' });\nconst nextConfig = { reactStrictMode: true, experimental: { serverActions: true } };\nmodule.exports = withPWA(nextConfig);\n",
    );
    expect(
      edited(
        'next.config.js',
        'module.exports = withPlugins([[withImages, { inlineImageLimit: 0 }]], { reactStrictMode: true });\n',
      ),
    ).toBe(
      'module.exports = withPlugins([[withImages, { inlineImageLimit: 0 }]], { reactStrictMode: true, experimental: { serverActions: true } });\n',
    );
    expect(
      edited(
        'next.config.mjs',
        "const config = withAnalyzer({ enabled: false })({ output: 'standalone' });\nexport default config;\n",
      ),
    ).toBe(
      "const config = withAnalyzer({ enabled: false })({ output: 'standalone', experimental: { serverActions: true } });\nexport default config;\n",
    );
  });

  it('gives a reason where the config object cannot be read as a literal', () => {
    const reasons = [
      ['next.config.js', "module.exports = withPlugins(require('./x'));\n", 'built by `withPlugins(...)`'],
      ['next.config.js', 'module.exports = withA(withB({ reactStrictMode: true }));\n', 'built by `withA(...)`'],
      ['next.config.js', 'module.exports = (phase) => ({ reactStrictMode: true });\n', 'is a function'],
      [
        'next.config.js',
        "const base = require('./base');\nmodule.exports = { ...base, reactStrictMode: true };\n",
        'spreads another object',
      ],
      [
        'next.config.js',
        'const nextConfig = {};\nnextConfig.experimental = { appDir: true };\nmodule.exports = nextConfig;\n',
        'changed after it is declared',
      ],
      ['next.config.js', 'module.exports = { experimental: { serverActions: false } };\n', '`serverActions: false`'],
      ['next.config.js', 'module.exports = { experimental: shared };\n', 'not an object literal'],
      ['next.config.mjs', "import config from './config.mjs';\nexport default config;\n", 'not a top-level constant'],
      ['next.config.js', 'module.exports = {\n', 'could not parse'],
    ] as const;
    for (const [name, text, why] of reasons) {
      const result = edited(name, text);
      expect(result, text).toContain('reason: the app depends on next 13.4.19');
      expect(result, text).toContain(why);
      expect(result, text).toContain('add it by hand');
    }
  });

  it('creates next.config.js when there is none, in the app style, and next.config.mjs in an ESM package', () => {
    const created = flag({});
    expect(created).toEqual({
      file: 'next.config.js',
      change: {
        file: 'next.config.js',
        kind: 'create',
        before: null,
        after:
          "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  experimental: {\n    serverActions: true,\n  },\n};\n\nmodule.exports = nextConfig;\n",
      },
    });
    // The style is read off the kept sources (a call site's file in a real run), so this one calls fetch.
    const esm = flag({
      'package.json': JSON.stringify({ type: 'module', dependencies: { next: '13.5.6' } }),
      'app/page.tsx':
        'import { title } from "./title"\n\nexport default function Page() {\n    const text = "hi"\n    fetch("/api/hits")\n    return title + text\n}\n',
    });
    expect('change' in esm && esm.change).toMatchObject({
      file: 'next.config.mjs',
      kind: 'create',
      after:
        '/** @type {import("next").NextConfig} */\nconst nextConfig = {\n    experimental: {\n        serverActions: true,\n    },\n}\n\nexport default nextConfig\n',
    });
  });
});

describe('to-action on a Next.js 13.4 app', () => {
  const route = (name: string) =>
    [
      `app/api/${name}/route.ts`,
      `export async function POST(request: Request) {\n  const { v } = await request.json();\n  return Response.json({ ${name}: v });\n}\n`,
    ] as const;
  const caller = (name: string) =>
    [
      `app/${name}/button.tsx`,
      `'use client';\n\nexport function Button() {\n  async function go() {\n    const res = await fetch('/api/${name}', { method: 'POST', body: JSON.stringify({ v: 1 }) });\n    console.log(await res.json());\n  }\n  return <button onClick={go}>go</button>;\n}\n`,
    ] as const;
  const names = ['likes', 'todos', 'notes', 'echo', 'stars'];
  const files = new Map<string, string>([
    ['package.json', PKG],
    ['next.config.js', 'module.exports = {\n  reactStrictMode: true,\n};\n'],
    ...names.flatMap((n) => [route(n), caller(n)]),
  ]);

  it('flags the config once, and each action module requires it', () => {
    const result = toAction(snapshotFrom(files));
    const config = result.changes.filter((c) => c.file === 'next.config.js');
    expect(config.map((c) => c.after)).toEqual([
      'module.exports = {\n  reactStrictMode: true,\n  experimental: { serverActions: true },\n};\n',
    ]);
    const modules = result.changes.filter((c) => c.file.startsWith('app/actions/'));
    expect(modules).toHaveLength(names.length);
    for (const m of modules) expect(m.requires).toEqual(['next.config.js']);
  });

  it('puts the config and every migration it enables in one shard', () => {
    const whole = toAction(snapshotFrom(files));
    const shards = [1, 2, 3].map((index) =>
      toAction(snapshotFrom(files), { ...DEFAULT_TO_ACTION_OPTIONS, shard: { index, count: 3 } }),
    );
    const changed = (r: typeof whole) => r.changes.map((c) => c.file);
    expect(shards.flatMap(changed).sort()).toEqual(changed(whole).sort());
    expect(shards.filter((s) => changed(s).includes('next.config.js'))).toHaveLength(1);
    expect(shards.flatMap((s) => s.sites).length).toBe(whole.sites.length);
  });
});
