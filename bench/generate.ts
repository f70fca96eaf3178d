// A synthetic Next.js monorepo for the benchmark (and for tests that need a big tree): apps with
// package.json, tsconfig.json and app/, .tsx components of realistic size, and one in `callEvery`
// of them posting to an internal route with a fetch shape to-action migrates, plus that route.
// Deterministic: the same options give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

export type CallShape = 'json-post' | 'then-json' | 'form-data';

/** mulberry32: small, fast, good enough for shuffling names. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  some<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

const APP_NAMES = ['web', 'admin', 'docs', 'dashboard', 'marketing', 'checkout', 'studio', 'support', 'partners', 'mobile-web', 'blog', 'status'];
const AREAS = ['account', 'billing', 'projects', 'team', 'settings', 'analytics', 'inbox', 'search', 'catalog', 'orders', 'reports', 'onboarding', 'files', 'comments', 'profile', 'integrations'];
const NOUNS = ['panel', 'card', 'list', 'table', 'dialog', 'form', 'header', 'toolbar', 'row', 'badge', 'menu', 'summary', 'chart', 'empty-state', 'filter', 'picker', 'banner', 'sidebar', 'tabs', 'tile'];
const FIELDS: Array<[string, string, string]> = [
  ['title', 'string', "'Untitled'"],
  ['description', 'string', "''"],
  ['count', 'number', '0'],
  ['owner', 'string', "'me'"],
  ['createdAt', 'string', "new Date(0).toISOString()"],
  ['tags', 'string[]', '[]'],
  ['archived', 'boolean', 'false'],
  ['priority', "'low' | 'medium' | 'high'", "'low'"],
  ['amount', 'number', '0'],
  ['email', 'string', "''"],
  ['status', "'draft' | 'active' | 'done'", "'draft'"],
  ['slug', 'string', "''"],
];
const VERBS = ['save', 'archive', 'invite', 'publish', 'rename', 'duplicate', 'assign', 'approve', 'subscribe', 'share', 'restore', 'sync'];
const LABELS = ['Save changes', 'Continue', 'Add item', 'Show more', 'Apply filters', 'Try again', 'Open details', 'Export', 'Refresh', 'Done'];

const pascal = (s: string): string => s.split(/[^a-zA-Z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const camel = (s: string): string => {
  const p = pascal(s);
  return p[0]!.toLowerCase() + p.slice(1);
};

interface ComponentPlan {
  file: string; // relative to the app
  name: string;
  client: boolean;
  siblings: Array<{ name: string; spec: string }>;
  call: { url: string; shape: CallShape } | null;
}

/** One component's source; returns the line of the fetch call when there is one. */
function componentSource(r: Random, plan: ComponentPlan): { text: string; callLine: number; field: string } {
  const lines: string[] = [];
  const push = (...ls: string[]) => lines.push(...ls);
  const client = plan.client;
  const fields = r.some(FIELDS, r.int(3, 6));
  const item = `${plan.name}Item`;
  const hooks = client ? r.some(['useState', 'useEffect', 'useMemo', 'useCallback', 'useRef'], r.int(2, 5)) : [];
  if (client && !hooks.includes('useState')) hooks.push('useState');
  if (plan.call && !hooks.includes('useState')) hooks.push('useState');

  if (client) push("'use client';", '');
  if (hooks.length > 0) push(`import { ${hooks.sort().join(', ')} } from 'react';`);
  if (plan.call?.shape === 'form-data') push("import type { FormEvent } from 'react';");
  const usesLink = r.chance(0.5);
  if (usesLink) push("import Link from 'next/link';");
  const usesRouter = client && r.chance(0.4);
  if (usesRouter) push("import { useRouter } from 'next/navigation';");
  push("import { cn } from '@/lib/utils';");
  for (const s of plan.siblings) push(`import { ${s.name} } from '${s.spec}';`);
  push('');

  push(`export interface ${item} {`, '  id: string;');
  for (const [f, t] of fields) push(`  ${f}: ${t};`);
  push('}', '');
  push(`interface ${plan.name}Props {`, `  items: ${item}[];`, '  className?: string;');
  if (r.chance(0.5)) push('  compact?: boolean;');
  push(`  onSelect?: (item: ${item}) => void;`, '}', '');

  const f0 = fields[0]![0];
  push(`const EMPTY_${camel(plan.name).toUpperCase()}: ${item} = {`, "  id: '',");
  for (const [f, , d] of fields) push(`  ${f}: ${d},`);
  push('};', '');

  // Helpers: pure functions of various shapes.
  const helpers = r.int(1, 3);
  for (let h = 0; h < helpers; h++) {
    const kind = r.int(0, 3);
    if (kind === 0) {
      push(`function sortBy${pascal(f0)}${h}(items: ${item}[]): ${item}[] {`, `  return [...items].sort((a, b) => String(a.${f0}).localeCompare(String(b.${f0})));`, '}', '');
    } else if (kind === 1) {
      push(`function groupItems${h}(items: ${item}[], size = ${r.int(2, 8)}): ${item}[][] {`, `  const groups: ${item}[][] = [];`, '  for (let i = 0; i < items.length; i += size) {', '    groups.push(items.slice(i, i + size));', '  }', '  return groups;', '}', '');
    } else if (kind === 2) {
      push(
        `function describe${h}(item: ${item}): string {`,
        `  const parts = [item.id, String(item.${f0})];`,
        `  if (parts.join('').length > ${r.int(20, 80)}) {`,
        "    return parts.join(' · ').slice(0, 40) + '…';",
        '  }',
        "  return parts.join(' · ');",
        '}',
        '',
      );
    } else {
      push(
        `const formatter${h} = new Intl.NumberFormat('en-US', { maximumFractionDigits: ${r.int(0, 2)} });`,
        '',
        `function total${h}(items: ${item}[]): string {`,
        '  let sum = 0;',
        '  for (const it of items) sum += it.id.length;',
        `  return formatter${h}.format(sum);`,
        '}',
        '',
      );
    }
  }

  push(`export function ${plan.name}({ items, className, onSelect }: ${plan.name}Props) {`);
  let callLine = 0;
  if (client) {
    push(`  const [selected, setSelected] = useState<string | null>(null);`);
    push(`  const [query, setQuery] = useState('');`);
    if (plan.call) push('  const [pending, setPending] = useState(false);', '  const [message, setMessage] = useState<string | null>(null);');
    if (usesRouter) push('  const router = useRouter();');
    if (hooks.includes('useRef')) push('  const inputRef = useRef<HTMLInputElement>(null);');
    if (hooks.includes('useMemo')) {
      push(
        '  const visible = useMemo(',
        `    () => items.filter((it) => String(it.${f0}).toLowerCase().includes(query.toLowerCase())),`,
        '    [items, query],',
        '  );',
      );
    } else {
      push(`  const visible = items.filter((it) => String(it.${f0}).includes(query));`);
    }
    if (hooks.includes('useEffect')) {
      push(
        '  useEffect(() => {',
        '    function onKey(event: KeyboardEvent) {',
        "      if (event.key === 'Escape') setSelected(null);",
        '    }',
        "    window.addEventListener('keydown', onKey);",
        "    return () => window.removeEventListener('keydown', onKey);",
        '  }, []);',
      );
    }
    if (hooks.includes('useCallback')) {
      push(
        '  const choose = useCallback(',
        `    (item: ${item}) => {`,
        '      setSelected(item.id);',
        '      onSelect?.(item);',
        usesRouter ? `      router.push(\`/${plan.file.split('/')[1] ?? 'items'}/\${item.id}\`);` : '      console.debug(item.id);',
        '    },',
        usesRouter ? '    [onSelect, router],' : '    [onSelect],',
        '  );',
      );
    } else {
      push(`  function choose(item: ${item}) {`, '    setSelected(item.id);', '    onSelect?.(item);', '  }');
    }
    if (plan.call) {
      push('');
      const verb = 'on-' + plan.call.url.split('/').pop()!;
      if (plan.call.shape === 'json-post') {
        push(
          `  async function ${camel(verb)}(item: ${item}) {`,
          '    setPending(true);',
        );
        callLine = lines.length + 1;
        push(
          `    const res = await fetch('${plan.call.url}', {`,
          "      method: 'POST',",
          "      headers: { 'Content-Type': 'application/json' },",
          `      body: JSON.stringify({ id: item.id, ${f0}: item.${f0} }),`,
          '    });',
          '    const data = await res.json();',
          '    setPending(false);',
          '    if (!res.ok) {',
          '      setMessage(data.error);',
          '      return;',
          '    }',
          '    setMessage(`Saved ${data.id}`);',
          '  }',
        );
      } else if (plan.call.shape === 'then-json') {
        push(`  function ${camel(verb)}(item: ${item}) {`, '    setPending(true);');
        callLine = lines.length + 1;
        push(
          `    fetch(\`${plan.call.url}\`, { method: 'POST' })`,
          '      .then((res) => res.json())',
          '      .then((data: { id: string }) => {',
          '        setPending(false);',
          '        setMessage(data.id);',
          '      });',
          '  }',
        );
      } else {
        push(
          `  async function handleSubmit(event: FormEvent<HTMLFormElement>) {`,
          '    event.preventDefault();',
          '    setPending(true);',
          '    const formData = new FormData(event.currentTarget);',
        );
        callLine = lines.length + 1;
        push(
          `    const res = await fetch('${plan.call.url}', { method: 'POST', body: formData });`,
          '    const data = await res.json();',
          '    setPending(false);',
          '    if (!res.ok) {',
          '      setMessage(data.error);',
          '      return;',
          '    }',
          '    setMessage(data.message);',
          '  }',
        );
      }
    }
  } else {
    push(`  const visible = items.filter((it) => it.id !== '');`, `  const first = visible[0] ?? EMPTY_${camel(plan.name).toUpperCase()};`);
  }

  // JSX
  push('', '  return (', `    <section className={cn('${camel(plan.name)}', className)}>`);
  push(`      <header className="flex items-center justify-between gap-${r.int(1, 6)}">`, `        <h2 className="text-${r.pick(['sm', 'base', 'lg', 'xl'])} font-semibold">${pascal(plan.file.split('/').slice(-2, -1)[0] ?? 'items')}</h2>`);
  if (client) {
    push(
      '        <input',
      hooks.includes('useRef') ? '          ref={inputRef}' : '          type="search"',
      '          value={query}',
      '          onChange={(event) => setQuery(event.target.value)}',
      `          placeholder="${r.pick(['Search', 'Filter', 'Find'])}…"`,
      '        />',
    );
  } else {
    push(`        <span className="text-muted">{first.${f0} ? String(first.${f0}) : '—'}</span>`);
  }
  push('      </header>');
  for (const s of plan.siblings.slice(0, 2)) push(`      <${s.name} items={[]} />`);
  if (plan.call?.shape === 'form-data') {
    push(
      '      <form onSubmit={handleSubmit}>',
      `        <input name="${f0}" />`,
      '        <button disabled={pending}>{pending ? \'Sending…\' : \'Send\'}</button>',
      '        {message && <p role="status">{message}</p>}',
      '      </form>',
    );
  }
  push('      {visible.length === 0 ? (', `        <p className="empty">${r.pick(['Nothing here yet.', 'No results.', 'Empty.'])}</p>`, '      ) : (');
  push(`        <ul className="${r.pick(['grid', 'divide-y', 'space-y-2', 'flex flex-col'])}">`, '          {visible.map((item) => (');
  push(`            <li key={item.id}${client ? " className={item.id === selected ? 'active' : undefined}" : ''}>`);
  if (usesLink) push(`              <Link href={\`/${plan.file.split('/')[1] ?? 'items'}/\${item.id}\`}>{String(item.${f0})}</Link>`);
  else push(`              <span>{String(item.${f0})}</span>`);
  for (const [f, t] of fields.slice(1, r.int(2, fields.length))) {
    if (t === 'boolean') push(`              {item.${f} && <span className="badge">${f}</span>}`);
    else if (t === 'string[]') push(`              {item.${f}.map((x) => (`, '                <span key={x}>{x}</span>', '              ))}');
    else push(`              <small>{String(item.${f})}</small>`);
  }
  if (client) {
    push(`              <button type="button" onClick={() => choose(item)}>`, `                ${r.pick(LABELS)}`, '              </button>');
    if (plan.call && plan.call.shape !== 'form-data') {
      const verb = 'on-' + plan.call.url.split('/').pop()!;
      push(`              <button type="button" disabled={pending} onClick={() => ${camel(verb)}(item)}>`, `                ${pascal(verb.slice(3))}`, '              </button>');
    }
  }
  push('            </li>', '          ))}', '        </ul>', '      )}');
  if (plan.call && plan.call.shape !== 'form-data') push('      {message && <p role="status">{message}</p>}');
  push('    </section>', '  );', '}', '');

  // Pad short components with a small sub-component, as real files often have.
  let extra = 0;
  while (lines.length < 60 + r.int(0, 40) && extra < 4) {
    const sub = `${plan.name}${['Footer', 'Hint', 'Stat', 'Meta'][extra]!}`;
    push(
      `export function ${sub}({ label = '${r.pick(LABELS)}', value }: { label?: string; value?: number }) {`,
      `  const shown = typeof value === 'number' ? value.toFixed(${r.int(0, 2)}) : '—';`,
      '  return (',
      `    <div className="${r.pick(['text-xs', 'text-sm', 'mt-2', 'p-4'])}">`,
      '      <span>{label}</span>',
      '      <strong>{shown}</strong>',
      '    </div>',
      '  );',
      '}',
      '',
    );
    extra++;
  }
  return { text: lines.join('\n'), callLine, field: f0 };
}

function routeSource(r: Random, shape: CallShape, field: string): string {
  const lines: string[] = ["import { NextResponse } from 'next/server';"];
  if (r.chance(0.5)) lines.push("import { revalidatePath } from 'next/cache';");
  lines.push("import { db } from '@/lib/db';", '');
  const revalidate = lines[1]!.includes('revalidatePath') ? [`  revalidatePath('/${r.pick(AREAS)}');`] : [];
  if (shape === 'json-post') {
    lines.push(
      'export async function POST(request: Request) {',
      '  const body = await request.json();',
      "  if (typeof body.id !== 'string' || body.id.length === 0) {",
      "    return NextResponse.json({ error: 'Missing id' }, { status: 400 });",
      '  }',
      '  const saved = await db.save(body.id, body);',
      ...revalidate,
      '  return NextResponse.json(saved);',
      '}',
    );
  } else if (shape === 'then-json') {
    lines.push(
      'export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {',
      '  const { id } = await params;',
      '  const saved = await db.save(id, { touched: true });',
      ...revalidate,
      '  return NextResponse.json(saved);',
      '}',
    );
  } else {
    lines.push(
      'export async function POST(request: Request) {',
      '  const formData = await request.formData();',
      `  const value = formData.get('${field}');`,
      "  if (typeof value !== 'string' || value.length === 0) {",
      "    return NextResponse.json({ error: 'Enter a value' }, { status: 422 });",
      '  }',
      '  await db.save(value, { value });',
      ...revalidate,
      '  return NextResponse.json({ message: `Saved ${value}` });',
      '}',
    );
  }
  return lines.join('\n') + '\n';
}

const LIB_DB = `export interface Row {
  id: string;
  [key: string]: unknown;
}

const rows = new Map<string, Row>();

export const db = {
  async save(id: string, data: Record<string, unknown>): Promise<Row> {
    const row = { ...(rows.get(id) ?? {}), ...data, id };
    rows.set(id, row);
    return row;
  },
  async get(id: string): Promise<Row | undefined> {
    return rows.get(id);
  },
};
`;

const LIB_UTILS = `export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
`;

/**
 * Writes the tree into `dir` (created if missing; should be empty) and says what was planted.
 * Layout: package.json (workspaces) + apps/<name>/{package.json,tsconfig.json,next.config.ts,
 * lib/, app/layout.tsx, app/page.tsx, app/<area>/page.tsx, app/<area>/_components/*.tsx,
 * components/<area>/*.tsx, app/api/<area>/<verb>-<n>/route.ts}.
 */
export function generateTree(options: TreeOptions, dir: string): TreeManifest {
  const { apps: appCount, files, callEvery, seed } = options;
  if (appCount < 1 || files < 1 || callEvery < 1) throw new Error('generateTree: apps, files and callEvery must be >= 1');
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
  write('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['apps/*'] }, null, 2) + '\n');
  const manifest: TreeManifest = { root, apps: appNames.map((a) => `apps/${a}`), components: 0, totalFiles: 0, totalBytes: 0, calls: [], routes: [], expectedSites: 0 };

  let index = 0;
  appNames.forEach((appName, a) => {
    const appDir = `apps/${appName}`;
    const share = Math.floor(files / appCount) + (a < files % appCount ? 1 : 0);
    write(
      `${appDir}/package.json`,
      JSON.stringify({ name: appName, private: true, scripts: { dev: 'next dev', build: 'next build' }, dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' } }, null, 2) + '\n',
    );
    write(`${appDir}/tsconfig.json`, JSON.stringify({ compilerOptions: { strict: true, jsx: 'preserve', paths: { '@/*': ['./*'] } }, include: ['**/*.ts', '**/*.tsx'] }, null, 2) + '\n');
    write(`${appDir}/next.config.ts`, "import type { NextConfig } from 'next';\n\nconst config: NextConfig = {};\n\nexport default config;\n");
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
        const url = shape === 'then-json' ? `/api/${area}/${noun}-${n}/\${item.id}/${verb}` : `/api/${area}/${verb}-${noun}-${n}`;
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
      manifest.calls.push({ file: `${appDir}/${p.file}`, line: callLine, route: routeFile, method: 'POST', shape: p.call.shape });
    }
  });

  manifest.totalFiles = totalFiles;
  manifest.totalBytes = totalBytes;
  manifest.expectedSites = manifest.calls.length + manifest.routes.length;
  return manifest;
}
