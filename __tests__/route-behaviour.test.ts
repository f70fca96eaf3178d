// Runs the routes to-route writes, with the app's own actions, as an outside caller would
// (docs/to-route.md): failure shapes the action or its wrapper returns answer 400/422, an auth
// guard's throw 401, a form post from another site 403, and good input 200.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../transforms/apply.js';
import { runFixtureCommand } from './helpers/commands.js';
import { readTree } from './helpers/tree.js';
import { moduleLoader, NextResponse } from './helpers/load-modules.js';

const FIXTURES = join(__dirname, '..', '__testfixtures__', 'to-route');
const nodeRequire = createRequire(import.meta.url);

type User = { id: number; email: string; name: string | null } | null;

/** What next/navigation does for a route: redirect() throws an error Next.js recognises by its digest. */
const navigation = {
  redirect(to: string): never {
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  },
  unstable_rethrow(error: unknown) {
    if (
      typeof (error as { digest?: unknown })?.digest === 'string' &&
      (error as { digest: string }).digest.startsWith('NEXT_')
    )
      throw error;
  },
};

/** The fixture's input with to-route's routes written into it. */
function migrated(fixture: string) {
  const before = readTree(join(FIXTURES, fixture, 'input'));
  const result = runFixtureCommand('to-route', before, join(FIXTURES, fixture));
  expect(result.errors).toEqual([]);
  return applyChanges(before, result.changes);
}

/** The app's modules, with Next.js and zod as packages and the session from a stub. */
function app(files: Map<string, string>, user: User) {
  return moduleLoader(
    files,
    { 'next/server': { NextResponse }, 'next/navigation': navigation, zod: nodeRequire('zod') },
    { 'lib/auth/session.ts': { getUser: async () => user } },
  );
}

/** POSTs to a route file of the migrated tree: a JSON value, or form fields; `origin` as a browser sends it. */
async function post(
  files: Map<string, string>,
  route: string,
  body: { json: unknown } | { form: Record<string, string> },
  opts: { user?: User; origin?: string } = {},
) {
  const handler = app(files, opts.user ?? null)(route).POST as (request: Request) => Promise<Response>;
  const headers: Record<string, string> = { host: 'app.example' };
  if (opts.origin) headers.origin = opts.origin;
  let payload: BodyInit;
  if ('json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else {
    const form = new FormData();
    for (const [k, v] of Object.entries(body.form)) form.append(k, v);
    payload = form;
  }
  const res = await handler(new Request('http://app.example/api', { method: 'POST', headers, body: payload }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("routes for an app's own safe-action factory", () => {
  const files = migrated('local-safe-action-factory');

  it('answers 422 with the field errors the factory returns for bad input', async () => {
    const res = await post(files, 'app/api/create-board/route.ts', { json: { title: 'ab' } });
    expect(res.status).toBe(422);
    expect(res.body.fieldErrors).toEqual({ title: ['Title is too short'] });
  });

  it('answers 200 for good input', async () => {
    const res = await post(files, 'app/api/create-board/route.ts', { json: { title: 'Roadmap' } });
    expect(res.status).toBe(200);
    expect((res.body.data as { title: string }).title).toBe('Roadmap');
  });

  it("answers 401 when the handler's auth guard throws, after the factory's schema check (422)", async () => {
    const res = await post(files, 'app/api/delete-board/route.ts', {
      json: { id: '3f1c2a9e-8d4b-4c1e-9a7f-2b6d5e8c0a11' },
    });
    expect(res).toEqual({ status: 401, body: { error: 'Not authenticated' } });
    const bad = await post(files, 'app/api/delete-board/route.ts', { json: { id: 'not-a-uuid' } });
    expect(bad.status).toBe(422);
  });
});

describe('routes for validatedAction form actions', () => {
  const files = migrated('saas-starter-validated-action-state');
  const user: User = { id: 7, email: 'ada@example.com', name: 'Ada' };

  it('answers 400 for input the schema refuses', async () => {
    const res = await post(files, 'app/api/sign-up/route.ts', {
      form: { email: 'not-an-email', password: 'long enough pass' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toBeTruthy();
  });

  it('answers 200 for good input', async () => {
    const res = await post(
      files,
      'app/api/sign-up/route.ts',
      { form: { email: 'ada@example.com', password: 'long enough pass' } },
      { origin: 'http://app.example' },
    );
    expect(res).toEqual({ status: 200, body: { success: 'Welcome, ada@example.com' } });
  });

  it('answers 401 without a session and 200 with one', async () => {
    const form = { name: 'Ada', email: 'ada@example.com' };
    expect((await post(files, 'app/api/update-account/route.ts', { form })).status).toBe(401);
    expect(await post(files, 'app/api/update-account/route.ts', { form }, { user })).toEqual({
      status: 200,
      body: { name: 'Ada', success: 'Account 7 updated successfully.' },
    });
  });

  it('answers 403 to a form post from another site', async () => {
    const res = await post(
      files,
      'app/api/update-account/route.ts',
      { form: { name: 'Ada', email: 'ada@example.com' } },
      { user, origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
  });
});
