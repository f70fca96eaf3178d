// Runs over an app that an earlier run migrated in part, or in full before new callers appeared:
// the later run finishes the job with the actions already there (docs/pipeline.md, step 7).
import { describe, expect, it } from 'vitest';
import { toAction, DEFAULT_TO_ACTION_OPTIONS } from '../transforms/to-action/index.js';
import { toRoute } from '../transforms/to-route/index.js';
import { snapshotFrom } from '../transforms/model/snapshot.js';
import { applyChanges } from '../transforms/apply.js';
import { selectionKey, type ToActionOptions } from '../transforms/model/types.js';
import { narrowSnapshot } from '../runner/scope.js';
import { parseForAnalysis } from '../transforms/ast/parse.js';

const APP: Record<string, string> = {
  'package.json':
    JSON.stringify(
      { name: 'rerun', dependencies: { next: '15.1.0', react: '19.0.0', 'react-dom': '19.0.0' } },
      null,
      2,
    ) + '\n',
  'app/api/notes/route.ts': [
    `import { NextResponse } from 'next/server';`,
    '',
    'export async function POST(request: Request) {',
    '  const body = await request.json();',
    `  if (!body.title) return NextResponse.json({ error: 'Title required' }, { status: 400 });`,
    '  return NextResponse.json({ id: 1, title: body.title }, { status: 201 });',
    '}',
    '',
  ].join('\n'),
  'app/api/notes/[id]/route.ts': [
    'export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {',
    '  const { id } = await params;',
    '  return Response.json({ deleted: id });',
    '}',
    '',
  ].join('\n'),
  'app/api/contact/route.ts': [
    'export async function POST(request: Request) {',
    '  const formData = await request.formData();',
    `  return Response.json({ sent: String(formData.get('email')).includes('@') });`,
    '}',
    '',
  ].join('\n'),
  'app/notes/editor.tsx': [
    `'use client';`,
    '',
    'export function Editor({ id }: { id: string }) {',
    '  async function save(title: string) {',
    `    const res = await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ title }) });`,
    '    const data = await res.json();',
    '    return res.ok ? data.title : data.error;',
    '  }',
    '  async function remove() {',
    '    const res = await fetch(`/api/notes/${id}`, { method: `DELETE` });',
    '    return (await res.json()).deleted;',
    '  }',
    `  return <button onClick={() => save('x').then(remove)}>Save</button>;`,
    '}',
    '',
  ].join('\n'),
  'app/notes/list.tsx': [
    `'use client';`,
    '',
    'export function List({ ids }: { ids: string[] }) {',
    '  async function clear() {',
    `    for (const id of ids) await fetch(\`/api/notes/\${id}\`, { method: 'DELETE' });`,
    '  }',
    '  return <button onClick={clear}>Clear</button>;',
    '}',
    '',
  ].join('\n'),
  'app/contact/contact-button.tsx': [
    `'use client';`,
    '',
    'export function ContactButton({ email }: { email: string }) {',
    '  async function send() {',
    '    const formData = new FormData();',
    `    formData.append('email', email);`,
    `    const response = await fetch('/api/contact', { method: 'POST', body: formData });`,
    '    const { sent } = await response.json();',
    '    return sent;',
    '  }',
    '  return <button onClick={send}>Send</button>;',
    '}',
    '',
  ].join('\n'),
};

const OPTIONS: ToActionOptions = { ...DEFAULT_TO_ACTION_OPTIONS };
const tree = (files: Record<string, string>) => new Map(Object.entries(files));

/** One run over `files`, its changes applied; `only`: the folders in scope, as a path argument gives them. */
function run(files: Map<string, string>, options: ToActionOptions = OPTIONS, only?: string[]) {
  const snapshot = snapshotFrom(files);
  if (only) narrowSnapshot(snapshot, only);
  const result = toAction(snapshot, options);
  return { result, after: applyChanges(files, result.changes) };
}

/**
 * The files that differ between two trees, for a readable failure. An action module is compared
 * by its statements in any order: a later run appends its actions to the module an earlier one wrote.
 */
function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const statements = (file: string, text: string) =>
    parseForAnalysis(file, text)
      .program.body.map((s) => text.slice(s.start!, s.end!))
      .sort();
  const same = (file: string, x: string | undefined, y: string | undefined) =>
    x === y ||
    (x !== undefined &&
      y !== undefined &&
      file.startsWith('app/actions/') &&
      JSON.stringify(statements(file, x)) === JSON.stringify(statements(file, y)));
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => !same(f, a.get(f), b.get(f))).sort();
}

describe('a run after a partial migration', () => {
  const whole = run(tree(APP));

  it('migrates everything at once to begin with', () => {
    expect(whole.result.errors).toEqual([]);
    expect(whole.result.sites.filter((s) => s.kind === 'fetch-call').map((s) => s.status)).toEqual([
      'planned',
      'planned',
      'planned',
      'planned',
    ]);
  });

  for (const only of [['app/contact'], ['app/notes/editor.tsx'], ['app/notes/list.tsx']]) {
    it(`ends where one run over the whole app ends, after a first run over ${only.join(', ')}`, () => {
      const first = run(tree(APP), OPTIONS, only);
      expect(first.result.errors).toEqual([]);
      expect(first.result.changes.length).toBeGreaterThan(0);
      const second = run(first.after);
      expect(second.result.errors).toEqual([]);
      expect(differing(second.after, whole.after)).toEqual([]);
      // No action is built twice: each name is declared once in its module.
      for (const [file, text] of second.after)
        if (file.startsWith('app/actions/'))
          for (const name of text.match(/export async function \w+/g) ?? [])
            expect(text.split(name).length, `${file}: ${name}`).toBe(2);
    });
  }

  it('ends where one run ends after a first run that left routes out (interactive `q`)', () => {
    const exclude = [
      selectionKey({ kind: 'route', file: 'app/api/notes/[id]/route.ts', method: 'DELETE' }),
      selectionKey({ kind: 'route', file: 'app/api/contact/route.ts', method: 'POST' }),
    ];
    const first = run(tree(APP), { ...OPTIONS, exclude });
    expect(first.result.errors).toEqual([]);
    const second = run(first.after);
    expect(second.result.errors).toEqual([]);
    expect(differing(second.after, whole.after)).toEqual([]);
  });
});

describe('a run after a review that accepted only the action module', () => {
  // The caller and the route were declined (or never reached): the module holds the action, the
  // route is still the original handler. The next run must call that action, not write a second.
  const whole = run(tree(APP));
  const declinedRoute = [selectionKey({ kind: 'route', file: 'app/api/notes/[id]/route.ts', method: 'DELETE' })];
  for (const [label, options] of [
    ['every action', OPTIONS],
    ['one action of the module', { ...OPTIONS, exclude: declinedRoute }],
  ] as const) {
    it(`ends where one run ends, with no second action, when the module holds ${label}`, () => {
      const planned = run(tree(APP), options);
      const modules = planned.result.changes.filter((c) => c.file.startsWith('app/actions/'));
      expect(modules.map((c) => c.file)).toContain('app/actions/notes.ts');
      const accepted = applyChanges(tree(APP), modules);
      expect(accepted.get('app/api/notes/route.ts')).toBe(APP['app/api/notes/route.ts']);

      const second = run(accepted);
      expect(second.result.errors).toEqual([]);
      expect(second.result.sites.filter((s) => s.kind === 'fetch-call').map((s) => [s.status, s.name])).toEqual(
        whole.result.sites.filter((s) => s.kind === 'fetch-call').map((s) => [s.status, s.name]),
      );
      const notes = second.after.get('app/actions/notes.ts')!;
      expect(notes.match(/export async function \w+/g)).toEqual([
        'export async function createNote',
        'export async function deleteNote',
      ]);
      expect(second.after.get('app/notes/editor.tsx')).toContain(
        `import { createNote, deleteNote } from '../actions/notes';`,
      );
      expect(second.after.get('app/api/notes/route.ts')).toContain('await createNote(');
      expect(differing(second.after, whole.after)).toEqual([]);
    });
  }
});

describe('a run after a full migration and a new caller', () => {
  const first = run(tree(APP));
  const newCaller = [
    `'use client';`,
    '',
    'export async function quickDelete(id: string) {',
    '  const res = await fetch(`/api/notes/${id}`, { method: `DELETE` });',
    '  const { deleted } = await res.json();',
    '  return deleted;',
    '}',
    '',
    'export async function quickContact(formData: FormData) {',
    `  const res = await fetch('/api/contact', { method: 'POST', body: formData });`,
    '  return res.json();',
    '}',
    '',
  ].join('\n');
  const withCaller = new Map([...first.after, ['app/notes/quick.ts', newCaller]]);
  const second = run(withCaller);

  it('moves the new caller to the existing actions and changes nothing else', () => {
    expect(second.result.errors).toEqual([]);
    expect(second.result.changes.map((c) => `${c.kind} ${c.file}`)).toEqual(['modify app/notes/quick.ts']);
    const quick = second.after.get('app/notes/quick.ts')!;
    expect(quick).toContain(`import { deleteNote } from '../actions/notes';`);
    expect(quick).toContain(`import { createContact } from '../actions/contact';`);
    expect(quick).toContain('const { deleted } = await deleteNote(id);');
    expect(quick).not.toContain('fetch(');
    expect(second.result.sites.filter((s) => s.kind === 'route')).toMatchObject([
      { file: 'app/api/contact/route.ts', status: 'skipped', reason: 'route-exists', name: 'createContact' },
      { file: 'app/api/notes/[id]/route.ts', status: 'skipped', reason: 'route-exists', name: 'deleteNote' },
    ]);
  });

  it('ends where one run over the app with the caller already there ends', () => {
    const once = run(new Map([...tree(APP), ['app/notes/quick.ts', newCaller]]));
    expect(differing(second.after, once.after)).toEqual([]);
  });

  it('changes nothing on a third run', () => {
    const third = run(second.after);
    expect(third.result.errors).toEqual([]);
    expect(third.result.changes).toEqual([]);
  });

  it('removes a delegate route once its last caller moved, with --route remove', () => {
    const removed = run(withCaller, { ...OPTIONS, route: 'remove' });
    expect(removed.result.errors).toEqual([]);
    expect(removed.result.changes.map((c) => `${c.kind} ${c.file}`).sort()).toEqual([
      'delete app/api/contact/route.ts',
      'delete app/api/notes/[id]/route.ts',
      'modify app/notes/quick.ts',
    ]);
  });

  it('writes no second action for a route that calls one and does more around it', () => {
    const guarded = [
      `import { headers } from 'next/headers';`,
      `import { createContact } from '../../actions/contact';`,
      '',
      'export async function POST(request: Request) {',
      `  if (!(await headers()).get('x-token')) return new Response('Unauthorized', { status: 401 });`,
      '  const formData = await request.formData();',
      '  return Response.json(await createContact(formData));',
      '}',
      '',
    ].join('\n');
    const again = run(new Map([...withCaller, ['app/api/contact/route.ts', guarded]]));
    expect(again.result.errors).toEqual([]);
    expect(again.result.changes.map((c) => `${c.kind} ${c.file}`)).toEqual(['modify app/notes/quick.ts']);
    expect(
      again.result.sites.find((s) => s.kind === 'fetch-call' && s.target === 'app/api/contact/route.ts'),
    ).toMatchObject({ status: 'skipped', reason: 'unsupported-handler' });
  });

  it('is not exposed a second time by to-route', () => {
    const routes = toRoute(snapshotFrom(first.after));
    expect(routes.changes).toEqual([]);
    expect(routes.sites).toMatchObject([
      { name: 'createContact', status: 'skipped', reason: 'route-exists', target: 'app/api/contact/route.ts' },
      { name: 'createNote', status: 'skipped', reason: 'route-exists', target: 'app/api/notes/route.ts' },
      { name: 'deleteNote', status: 'skipped', reason: 'route-exists', target: 'app/api/notes/[id]/route.ts' },
    ]);
  });
});
