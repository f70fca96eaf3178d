// scan's verdicts on route methods: each names the internal call sites of that method.
import { describe, expect, it } from 'vitest';
import { scan } from '../transforms/scan/index.js';
import { snapshotFrom } from '../transforms/model/snapshot.js';

const ROUTE = `import { NextResponse } from 'next/server';

export async function GET() {
  return NextResponse.json([]);
}

export async function POST(request: Request) {
  const { text } = await request.json();
  return NextResponse.json({ text });
}

export async function DELETE() {
  return NextResponse.json({ deleted: true });
}
`;

const CALLER = `'use client';

export function Notes() {
  async function add(text: string) {
    await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ text }) });
  }
  async function addTwice(text: string) {
    await fetch('/api/notes', { method: 'POST', body: JSON.stringify({ text }) });
  }
  async function clear() {
    await fetch('/api/notes', { method: 'DELETE' });
  }
  return <button onClick={() => add('x')}>Add</button>;
}
`;

describe('scan', () => {
  it('counts the internal callers of each route method, not of the route file', () => {
    const snapshot = snapshotFrom([
      ['package.json', JSON.stringify({ dependencies: { next: '15.1.0', react: '19.0.0' } })],
      ['app/api/notes/route.ts', ROUTE],
      ['app/notes.tsx', CALLER],
    ]);
    const routes = scan(snapshot).sites.filter((s) => s.kind === 'route');
    const message = (method: string) => routes.find((s) => s.method === method)?.message;
    expect(message('POST')).toMatch(/\b2 internal caller\(s\)$/);
    expect(message('DELETE')).toMatch(/\b1 internal caller\(s\)$/);
    expect(message('GET')).toMatch(/\b0 internal caller\(s\)$/);
  });
});
