// A synthetic Next.js monorepo for the benchmark (and for tests that need a big tree): apps with
// package.json, tsconfig.json and app/, .tsx components of realistic size, and one in `callEvery`
// of them posting to an internal route with a fetch shape to-action migrates, plus that route.
// Deterministic: the same options give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  APP_NAMES,
  AREAS,
  componentSource,
  LIB_DB,
  LIB_UTILS,
  NOUNS,
  pascal,
  Random,
  routeSource,
  VERBS,
  type CallShape,
  type ComponentPlan,
} from './sources.js';

export type { CallShape } from './sources.js';

export interface TreeOptions {
  /** Next.js apps under apps/ (1 = still a monorepo root with one app). */
  apps: number;
  /** .tsx component files in total, spread evenly over the apps. */
  files: number;
  /** One component in this many calls an internal route (1 = every one). */
  callEvery: number;
  seed: number;
}

export interface PlantedCall {
  /** Posix path relative to the tree root. */
  file: string;
  line: number;
  route: string;
  method: 'POST';
  shape: CallShape;
}

export interface TreeManifest {
  root: string;
  apps: string[];
  /** .tsx components written (excluding route handlers, lib and config files). */
  components: number;
  /** Every file written. */
  totalFiles: number;
  totalBytes: number;
  calls: PlantedCall[];
  /** Route handler files, one per call. */
  routes: string[];
  /** What a `to-action --json` report should count: one fetch-call and one route site per call. */
  expectedSites: number;
}

/**
 * Writes the tree into `dir` (created if missing; should be empty) and says what was planted.
 * Layout: package.json (workspaces) + apps/<name>/{package.json,tsconfig.json,next.config.ts,
 * lib/, app/layout.tsx, app/page.tsx, app/<area>/page.tsx, app/<area>/_components/*.tsx,
 * components/<area>/*.tsx, app/api/<area>/<verb>-<n>/route.ts}.
 */
export function generateTree(options: TreeOptions, dir: string): TreeManifest {
  const { apps: appCount, files, callEvery, seed } = options;
  if (appCount < 1 || files < 1 || callEvery < 1)
    throw new Error('generateTree: apps, files and callEvery must be >= 1');
  const r = new Random(seed);
  const root = path.resolve(dir);
  let totalFiles = 0;
  let totalBytes = 0;
  const write = (rel: string, text: string) => {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    totalFiles++;
    totalBytes += Buffer.byteLength(text);
  };

  // Which components call a route: exactly one per block of `callEvery`, at a random offset.
  const callers = new Set<number>();
  for (let block = 0; block + callEvery <= files; block += callEvery) callers.add(block + r.int(0, callEvery - 1));

  const appNames = Array.from({ length: appCount }, (_, i) => (i < APP_NAMES.length ? APP_NAMES[i]! : `app-${i}`));
  write(
    'package.json',
    JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['apps/*'] }, null, 2) + '\n',
  );
  const manifest: TreeManifest = {
    root,
    apps: appNames.map((a) => `apps/${a}`),
    components: 0,
    totalFiles: 0,
    totalBytes: 0,
    calls: [],
    routes: [],
    expectedSites: 0,
  };

  let index = 0;
  appNames.forEach((appName, a) => {
    const appDir = `apps/${appName}`;
    const share = Math.floor(files / appCount) + (a < files % appCount ? 1 : 0);
    write(
      `${appDir}/package.json`,
      JSON.stringify(
        {
          name: appName,
          private: true,
          scripts: { dev: 'next dev', build: 'next build' },
          dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' },
        },
        null,
        2,
      ) + '\n',
    );
    write(
      `${appDir}/tsconfig.json`,
      JSON.stringify(
        {
          compilerOptions: { strict: true, jsx: 'preserve', paths: { '@/*': ['./*'] } },
          include: ['**/*.ts', '**/*.tsx'],
        },
        null,
        2,
      ) + '\n',
    );
    write(
      `${appDir}/next.config.ts`,
      "import type { NextConfig } from 'next';\n\nconst config: NextConfig = {};\n\nexport default config;\n",
    );
    write(`${appDir}/lib/db.ts`, LIB_DB);
    write(`${appDir}/lib/utils.ts`, LIB_UTILS);

    // Plan the app's components first so they can import each other.
    const plans: ComponentPlan[] = [];
    const routeCounter = new Map<string, number>();
    for (let k = 0; k < share; k++, index++) {
      const area = AREAS[(k * 7 + a) % AREAS.length]!;
      const noun = NOUNS[(k * 3 + a) % NOUNS.length]!;
      let file: string;
      if (k === 0) file = 'app/layout.tsx';
      else if (k === 1) file = 'app/page.tsx';
      else if (k % 25 === 2) file = `app/${area}/${Math.floor(k / 25)}/page.tsx`;
      else if (k % 2 === 0) file = `app/${area}/_components/${noun}-${k}.tsx`;
      else file = `components/${area}/${noun}-${k}.tsx`;
      const calls = callers.has(index);
      let call: ComponentPlan['call'] = null;
      if (calls) {
        const shape: CallShape = r.pick(['json-post', 'json-post', 'then-json', 'form-data'] as const);
        const verb = r.pick(VERBS);
        const n = (routeCounter.get(area) ?? 0) + 1;
        routeCounter.set(area, n);
        const url =
          shape === 'then-json' ? `/api/${area}/${noun}-${n}/\${item.id}/${verb}` : `/api/${area}/${verb}-${noun}-${n}`;
        call = { url, shape };
      }
      const name = k === 0 ? 'RootLayoutShell' : k === 1 ? 'HomePage' : pascal(`${area}-${noun}-${k}`);
      plans.push({ file, name, client: calls || r.chance(0.45), siblings: [], call });
    }
    for (let k = 2; k < plans.length; k++) {
      const p = plans[k]!;
      const count = r.int(0, 3);
      for (let s = 0; s < count; s++) {
        const other = plans[r.int(2, plans.length - 1)]!;
        if (other === p || p.siblings.some((x) => x.name === other.name) || other.file.endsWith('page.tsx')) continue;
        p.siblings.push({ name: other.name, spec: '@/' + other.file.replace(/\.tsx$/, '') });
      }
    }

    for (const p of plans) {
      const { text, callLine, field } = componentSource(r, p);
      write(`${appDir}/${p.file}`, text);
      manifest.components++;
      if (!p.call) continue;
      const routeDir = p.call.url.replace(/^\/api\//, 'app/api/').replace(/\$\{item\.id\}/, '[id]');
      const routeFile = `${appDir}/${routeDir}/route.ts`;
      write(routeFile, routeSource(r, p.call.shape, field));
      manifest.routes.push(routeFile);
      manifest.calls.push({
        file: `${appDir}/${p.file}`,
        line: callLine,
        route: routeFile,
        method: 'POST',
        shape: p.call.shape,
      });
    }
  });

  manifest.totalFiles = totalFiles;
  manifest.totalBytes = totalBytes;
  manifest.expectedSites = manifest.calls.length + manifest.routes.length;
  return manifest;
}
