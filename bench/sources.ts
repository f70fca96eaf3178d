// The texts of the synthetic monorepo (bench/generate.ts lays them out): seeded names, .tsx
// components of realistic size with one of the fetch shapes to-action migrates, their route
// handlers, and the lib files they import.
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

export class Random {
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

export const APP_NAMES = [
  'web',
  'admin',
  'docs',
  'dashboard',
  'marketing',
  'checkout',
  'studio',
  'support',
  'partners',
  'mobile-web',
  'blog',
  'status',
];
export const AREAS = [
  'account',
  'billing',
  'projects',
  'team',
  'settings',
  'analytics',
  'inbox',
  'search',
  'catalog',
  'orders',
  'reports',
  'onboarding',
  'files',
  'comments',
  'profile',
  'integrations',
];
export const NOUNS = [
  'panel',
  'card',
  'list',
  'table',
  'dialog',
  'form',
  'header',
  'toolbar',
  'row',
  'badge',
  'menu',
  'summary',
  'chart',
  'empty-state',
  'filter',
  'picker',
  'banner',
  'sidebar',
  'tabs',
  'tile',
];
const FIELDS: Array<[string, string, string]> = [
  ['title', 'string', "'Untitled'"],
  ['description', 'string', "''"],
  ['count', 'number', '0'],
  ['owner', 'string', "'me'"],
  ['createdAt', 'string', 'new Date(0).toISOString()'],
  ['tags', 'string[]', '[]'],
  ['archived', 'boolean', 'false'],
  ['priority', "'low' | 'medium' | 'high'", "'low'"],
  ['amount', 'number', '0'],
  ['email', 'string', "''"],
  ['status', "'draft' | 'active' | 'done'", "'draft'"],
  ['slug', 'string', "''"],
];
export const VERBS = [
  'save',
  'archive',
  'invite',
  'publish',
  'rename',
  'duplicate',
  'assign',
  'approve',
  'subscribe',
  'share',
  'restore',
  'sync',
];
const LABELS = [
  'Save changes',
  'Continue',
  'Add item',
  'Show more',
  'Apply filters',
  'Try again',
  'Open details',
  'Export',
  'Refresh',
  'Done',
];

export const pascal = (s: string): string =>
  s
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
const camel = (s: string): string => {
  const p = pascal(s);
  return p[0]!.toLowerCase() + p.slice(1);
};

export interface ComponentPlan {
  file: string; // relative to the app
  name: string;
  client: boolean;
  siblings: Array<{ name: string; spec: string }>;
  call: { url: string; shape: CallShape } | null;
}

/** One component's source; returns the line of the fetch call when there is one. */
export function componentSource(r: Random, plan: ComponentPlan): { text: string; callLine: number; field: string } {
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
      push(
        `function sortBy${pascal(f0)}${h}(items: ${item}[]): ${item}[] {`,
        `  return [...items].sort((a, b) => String(a.${f0}).localeCompare(String(b.${f0})));`,
        '}',
        '',
      );
    } else if (kind === 1) {
      push(
        `function groupItems${h}(items: ${item}[], size = ${r.int(2, 8)}): ${item}[][] {`,
        `  const groups: ${item}[][] = [];`,
        '  for (let i = 0; i < items.length; i += size) {',
        '    groups.push(items.slice(i, i + size));',
        '  }',
        '  return groups;',
        '}',
        '',
      );
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
    if (plan.call)
      push(
        '  const [pending, setPending] = useState(false);',
        '  const [message, setMessage] = useState<string | null>(null);',
      );
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
        usesRouter
          ? `      router.push(\`/${plan.file.split('/')[1] ?? 'items'}/\${item.id}\`);`
          : '      console.debug(item.id);',
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
        push(`  async function ${camel(verb)}(item: ${item}) {`, '    setPending(true);');
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
    push(
      `  const visible = items.filter((it) => it.id !== '');`,
      `  const first = visible[0] ?? EMPTY_${camel(plan.name).toUpperCase()};`,
    );
  }

  // JSX
  push('', '  return (', `    <section className={cn('${camel(plan.name)}', className)}>`);
  push(
    `      <header className="flex items-center justify-between gap-${r.int(1, 6)}">`,
    `        <h2 className="text-${r.pick(['sm', 'base', 'lg', 'xl'])} font-semibold">${pascal(plan.file.split('/').slice(-2, -1)[0] ?? 'items')}</h2>`,
  );
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
      "        <button disabled={pending}>{pending ? 'Sending…' : 'Send'}</button>",
      '        {message && <p role="status">{message}</p>}',
      '      </form>',
    );
  }
  push(
    '      {visible.length === 0 ? (',
    `        <p className="empty">${r.pick(['Nothing here yet.', 'No results.', 'Empty.'])}</p>`,
    '      ) : (',
  );
  push(
    `        <ul className="${r.pick(['grid', 'divide-y', 'space-y-2', 'flex flex-col'])}">`,
    '          {visible.map((item) => (',
  );
  push(`            <li key={item.id}${client ? " className={item.id === selected ? 'active' : undefined}" : ''}>`);
  if (usesLink)
    push(
      `              <Link href={\`/${plan.file.split('/')[1] ?? 'items'}/\${item.id}\`}>{String(item.${f0})}</Link>`,
    );
  else push(`              <span>{String(item.${f0})}</span>`);
  for (const [f, t] of fields.slice(1, r.int(2, fields.length))) {
    if (t === 'boolean') push(`              {item.${f} && <span className="badge">${f}</span>}`);
    else if (t === 'string[]')
      push(`              {item.${f}.map((x) => (`, '                <span key={x}>{x}</span>', '              ))}');
    else push(`              <small>{String(item.${f})}</small>`);
  }
  if (client) {
    push(
      `              <button type="button" onClick={() => choose(item)}>`,
      `                ${r.pick(LABELS)}`,
      '              </button>',
    );
    if (plan.call && plan.call.shape !== 'form-data') {
      const verb = 'on-' + plan.call.url.split('/').pop()!;
      push(
        `              <button type="button" disabled={pending} onClick={() => ${camel(verb)}(item)}>`,
        `                ${pascal(verb.slice(3))}`,
        '              </button>',
      );
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

export function routeSource(r: Random, shape: CallShape, field: string): string {
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

export const LIB_DB = `export interface Row {
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

export const LIB_UTILS = `export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
`;
