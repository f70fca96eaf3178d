// Runs the delegate routes to-action writes, with the actions it writes, against the handlers they
// replace: an outside caller gets the same status, content type and body from both, a plain-text
// 401 as text, an empty 204 empty, and a refused caller is refused before its body is parsed
// (docs/pipeline.md, "The route afterwards").
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAction, DEFAULT_TO_ACTION_OPTIONS } from '../transforms/to-action/index.js';
import { toRoute } from '../transforms/to-route/index.js';
import { snapshotFrom } from '../transforms/model/snapshot.js';
import { applyChanges } from '../transforms/apply.js';
import { readTree } from './helpers/tree.js';
import { moduleLoader, NextResponse } from './helpers/load-modules.js';

const APP = join(
  __dirname,
  '..',
  '__testfixtures__',
  'to-action',
  'delegate-keeps-answer-types-and-guard-order',
  'input',
);

type Session = { user: { id: string; role: 'owner' | 'member' } } | null;
type Handler = (request: Request, context?: unknown) => Promise<Response>;

/** The app's modules, with `next/server` and the session from stubs. A fresh app each call, so both sides start alike. */
function app(files: Map<string, string>, session: Session) {
  return moduleLoader(files, { 'next/server': { NextResponse }, '@/lib/auth': { auth: async () => session } });
}

/** What an outside caller sees of one request, or the error the handler threw. */
async function call(
  files: Map<string, string>,
  session: Session,
  file: string,
  method: string,
  init: { body?: string; params?: Record<string, string>; invite?: string },
) {
  const load = app(files, session);
  if (init.invite)
    await (load('lib/invites.ts').invites as { create(owner: string, email: string): Promise<unknown> }).create(
      'u1',
      init.invite,
    );
  const handler = load(file)[method] as Handler;
  const request = new Request('http://localhost/api', {
    method,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  try {
    const res = await handler(request, { params: Promise.resolve(init.params ?? {}) });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  } catch (error) {
    return { threw: (error as Error).name };
  }
}

const before = readTree(APP);
const migration = toAction(snapshotFrom(before), DEFAULT_TO_ACTION_OPTIONS);
const after = applyChanges(before, migration.changes);
const owner: Session = { user: { id: 'u1', role: 'owner' } };
const member: Session = { user: { id: 'u2', role: 'member' } };

describe('a delegate route answers outside callers as the handler did', () => {
  it('migrates the three routes and rewrites them into delegates', () => {
    expect(migration.errors).toEqual([]);
    expect(migration.changes.filter((c) => c.file.startsWith('app/api/')).map((c) => `${c.kind} ${c.file}`)).toEqual([
      'modify app/api/invites/[inviteId]/route.ts',
      'modify app/api/invites/resend/route.ts',
      'modify app/api/invites/route.ts',
    ]);
    expect(after.get('app/api/invites/route.ts')).toContain('createInvite(input)');
  });

  const cases: Array<
    [string, Session, string, string, { body?: string; params?: Record<string, string>; invite?: string }]
  > = [
    [
      'a text 401 to a caller without a session, whatever its body',
      null,
      'app/api/invites/route.ts',
      'POST',
      { body: 'not json' },
    ],
    [
      'a text 401 to a caller without a session',
      null,
      'app/api/invites/route.ts',
      'POST',
      { body: '{"email":"a@b.co"}' },
    ],
    ['a JSON 403 to a member, before a body it cannot parse', member, 'app/api/invites/route.ts', 'POST', { body: '' }],
    ['a JSON 422 for a bad email', owner, 'app/api/invites/route.ts', 'POST', { body: '{"email":"nope"}' }],
    ['the JSON invite', owner, 'app/api/invites/route.ts', 'POST', { body: '{"email":"a@b.co"}' }],
    ['an empty 401', null, 'app/api/invites/[inviteId]/route.ts', 'DELETE', { params: { inviteId: '1' } }],
    ['a JSON 404', owner, 'app/api/invites/[inviteId]/route.ts', 'DELETE', { params: { inviteId: '9' } }],
    [
      'an empty 204',
      owner,
      'app/api/invites/[inviteId]/route.ts',
      'DELETE',
      { params: { inviteId: '1' }, invite: 'a@b.co' },
    ],
    ['an empty 200', null, 'app/api/invites/resend/route.ts', 'POST', { body: '{"inviteId":"1"}' }],
    ['a text 200', null, 'app/api/invites/resend/route.ts', 'POST', { body: '{"inviteId":"1"}', invite: 'a@b.co' }],
  ];
  for (const [what, session, file, method, init] of cases) {
    it(`sends ${what}`, async () => {
      const original = await call(before, session, file, method, init);
      expect(original).not.toHaveProperty('threw');
      expect(await call(after, session, file, method, init)).toEqual(original);
    });
  }

  it('answers 400, not the handler’s throw, for a malformed body from a caller the checks let through', async () => {
    expect(await call(before, owner, 'app/api/invites/route.ts', 'POST', { body: 'not json' })).toEqual({
      threw: 'SyntaxError',
    });
    expect(await call(after, owner, 'app/api/invites/route.ts', 'POST', { body: 'not json' })).toEqual({
      status: 400,
      type: 'application/json',
      body: '{"error":"Malformed JSON body"}',
    });
  });
});

describe('the checks a delegate runs first', () => {
  const limited = [
    `import { auth } from '@/lib/auth';`,
    `import { invites } from '@/lib/invites';`,
    `import { ratelimit } from '@/lib/ratelimit';`,
    '',
    'export async function POST(req: Request) {',
    `  const { success } = await ratelimit.limit('invites');`,
    `  if (!success) return new Response('Slow down', { status: 429 });`,
    '  const session = await auth();',
    `  if (!session) return new Response('Unauthorized', { status: 401 });`,
    '  const { email } = await req.json();',
    '  return Response.json(await invites.create(session.user.id, email));',
    '}',
    '',
  ].join('\n');

  it('are not taken past a check that does more than read, such as a rate limit, which a second run would count twice', () => {
    const files = new Map([
      ...before,
      ['app/api/invites/route.ts', limited],
      [
        'lib/ratelimit.ts',
        'export const ratelimit = { async limit(key: string) { return { success: key !== "" }; } };\n',
      ],
    ]);
    const result = toAction(snapshotFrom(files), DEFAULT_TO_ACTION_OPTIONS);
    const route = result.changes.find((c) => c.file === 'app/api/invites/route.ts')!.after!;
    expect(route).toContain('createInvite(input)');
    expect(route).not.toContain('ratelimit');
    expect(route).not.toContain('auth()');
  });
});

describe('a delegate that runs the checks first is still known as one', () => {
  const caller = [
    `'use client';`,
    '',
    'export async function quickInvite(email: string) {',
    `  const res = await fetch('/api/invites', { method: 'POST', body: JSON.stringify({ email }) });`,
    '  return res.ok;',
    '}',
    '',
  ].join('\n');

  it('moves a later caller to the action the delegate calls, and writes nothing else', () => {
    const again = toAction(
      snapshotFrom(new Map([...after, ['app/team/quick-invite.ts', caller]])),
      DEFAULT_TO_ACTION_OPTIONS,
    );
    expect(again.errors).toEqual([]);
    expect(again.changes.map((c) => `${c.kind} ${c.file}`)).toEqual(['modify app/team/quick-invite.ts']);
    expect(again.sites.find((s) => s.kind === 'route' && s.file === 'app/api/invites/route.ts')).toMatchObject({
      status: 'skipped',
      reason: 'route-exists',
      name: 'createInvite',
    });
  });

  it('is route-exists for to-route', () => {
    const routes = toRoute(snapshotFrom(after));
    expect(routes.sites.find((s) => s.name === 'createInvite')).toMatchObject({
      status: 'skipped',
      reason: 'route-exists',
      target: 'app/api/invites/route.ts',
    });
  });

  it('is not one when the action does not make the route’s checks itself', () => {
    // The same route over an action without the session check: its callers must keep the route's check.
    const action = [
      `'use server';`,
      '',
      `import { invites } from '@/lib/invites';`,
      '',
      'export async function createInvite(input: { email?: any }) {',
      `  const invite = await invites.create('u1', String(input.email));`,
      '  return { ok: true, status: 200, data: invite };',
      '}',
      '',
    ].join('\n');
    const files = new Map([...after, ['app/actions/invites.ts', action], ['app/team/quick-invite.ts', caller]]);
    const again = toAction(snapshotFrom(files), DEFAULT_TO_ACTION_OPTIONS);
    expect(again.changes.some((c) => c.file === 'app/team/quick-invite.ts')).toBe(false);
    expect(again.sites.find((s) => s.file === 'app/team/quick-invite.ts')).toMatchObject({
      status: 'skipped',
      reason: 'unsupported-handler',
    });
    expect(toRoute(snapshotFrom(files)).sites.find((s) => s.name === 'createInvite')).toMatchObject({
      status: 'planned',
    });
  });
});
