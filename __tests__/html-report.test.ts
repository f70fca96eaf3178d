// The --html review page as a reviewer sees it in Chromium: what moves, what stays and why, each
// change as a diff, code shown as text (never markup), and no request leaving the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRows } from '../cli/html-diff.js';
import { renderHtmlReport } from '../cli/html-report.js';
import { unifiedDiff, type Report } from '../transforms/report.js';
import { MINI_APP, miniApp, removeTempDirs, runCli, tempDir } from './helpers/cli.js';

const INJECTED = '<b id="injected">Tom & Jerry</b>';

/** A streaming route: its caller must stay (docs/reasons.md, streaming-response). */
const CHAT_ROUTE = [
  'export async function POST(request: Request) {',
  '  const { prompt } = await request.json();',
  '  const stream = new ReadableStream({',
  '    start(controller) {',
  '      controller.enqueue(new TextEncoder().encode(prompt));',
  '      controller.close();',
  '    },',
  '  });',
  "  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream' } });",
  '}',
  '',
].join('\n');

const CHAT_CALLER = [
  "'use client';",
  '',
  'export async function ask(prompt: string) {',
  "  const res = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ prompt }) });",
  '  return res.json();',
  '}',
  '',
].join('\n');

/** A file name a browser would read as markup if it were not escaped. */
const ODD_NAME = 'app/components/chat<&>.tsx';

let browser: Browser;
let page: Page;
let report: Report;
let html: string;
const requests: string[] = [];

beforeAll(async () => {
  const dir = miniApp({
    'app/api/chat/route.ts': CHAT_ROUTE,
    [ODD_NAME]: CHAT_CALLER,
    // Markup in the moved call's body shows up in both sides of the client's diff.
    'app/components/add-note.tsx': MINI_APP['app/components/add-note.tsx']!.replace("'hello'", `'${INJECTED}'`),
    // No final newline: the route's diff ends with git's marker.
    'app/api/notes/route.ts': MINI_APP['app/api/notes/route.ts']!.trimEnd(),
  });
  const run = await runCli(['to-action', dir, '--dry', '--json', '--force'], { cwd: dir });
  expect(run.code).toBe(0);
  report = JSON.parse(run.stdout) as Report;
  html = renderHtmlReport(report, { mode: 'dry', generatedAt: '2026-01-02 03:04' });

  const file = join(tempDir('html-'), 'report.html');
  writeFileSync(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage();
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  removeTempDirs();
});

/** The row of the diff table in the section of `file` whose code cell contains `text`. */
const diffRow = (file: string, kind: 'add' | 'del' | 'ctx', text: string) =>
  page
    .locator('section.change', { has: page.locator('summary code.file', { hasText: file }) })
    .locator(`tr.${kind}`, { has: page.locator('td.code', { hasText: text }) });

describe('HTML report in a browser', () => {
  it('asks for nothing over the network', async () => {
    await page.waitForLoadState('load');
    expect(requests).toEqual([]);
  });

  it('says what the run did and counts what moves and what stays', async () => {
    // Counted as the terminal summary counts: call sites, the routes they reach, what moves and stays.
    const calls = report.sites.filter((s) => s.kind === 'fetch-call');
    const moving = calls.filter((s) => s.status === 'planned').length;
    const staying = report.sites.filter((s) => s.status === 'skipped').length;
    expect(moving).toBeGreaterThan(0);
    expect(staying).toBe(1);
    expect(await page.locator('#mode').innerText()).toMatch(/nothing written/i);
    const totals = await page.locator('#totals').innerText();
    expect(totals).toContain(`${calls.length} call site(s) to ${calls.length} route(s) in 1 app(s)`);
    expect(totals).toContain(`${moving} can move, 1 stay`);
    expect(totals).toContain(`${report.changes.length} files to change`);
    expect(totals).toContain('0 errors');
  });

  it('shows the call that moves, where it is and the action it becomes', async () => {
    const call = report.sites.find((s) => s.kind === 'fetch-call' && s.status === 'planned')!;
    expect(call.name).toBeTruthy();
    const row = page.locator('tr.site', { hasText: `${call.file}:${call.line}` });
    expect(await row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain(`${call.name}()`);
    expect(text).toContain('moves');
  });

  it('shows the call that stays with its reason in words and its code', async () => {
    const stays = report.sites.find((s) => s.status === 'skipped')!;
    expect(stays.reason).toBe('streaming-response');
    const row = page.locator('tr.site', { hasText: `${ODD_NAME}:${stays.line}` });
    expect(await row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('stays');
    // The message quotes code in backticks; the page sets it as code, so compare the words.
    expect(text).toContain(stays.message!.replace(/`/g, ''));
    expect(text).toContain('streaming-response');
  });

  it("shows the created action module as added lines, starting with 'use server'", async () => {
    const created = report.changes.find((c) => c.kind === 'create')!;
    const section = page.locator('section.change', { has: page.locator('summary', { hasText: created.file }) });
    expect(await section.locator('summary').innerText()).toContain('created');
    expect(await diffRow(created.file, 'add', "'use server'").count()).toBe(1);
    expect(await diffRow(created.file, 'add', "'use server'").locator('td.ln').nth(1).innerText()).toBe('1');
    // The file list links to the section.
    await page.locator('#files a', { hasText: created.file }).click();
    expect(new URL(page.url()).hash).toBe(`#${await section.getAttribute('id')}`);
  });

  it('shows the removed fetch in the client file at the line the site names', async () => {
    const call = report.sites.find((s) => s.kind === 'fetch-call' && s.status === 'planned')!;
    const removed = diffRow(call.file, 'del', "fetch('/api/notes'");
    expect(await removed.count()).toBe(1);
    expect(await removed.locator('td.ln').first().innerText()).toBe(String(call.line));
  });

  it('marks a missing final newline', async () => {
    const route = page.locator('section.change', {
      has: page.locator('summary', { hasText: 'app/api/notes/route.ts' }),
    });
    expect(await route.locator('tr.nonl td.code').first().innerText()).toBe('\\ No newline at end of file');
  });

  it('shows markup from file names and code as text', async () => {
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await diffRow('app/components/add-note.tsx', 'del', INJECTED).count()).toBe(1);
    expect(await diffRow('app/components/add-note.tsx', 'add', INJECTED).count()).toBe(1);
    expect(await page.locator('tr.site code', { hasText: ODD_NAME }).count()).toBe(1);
  });
});

describe('HTML report as text', () => {
  it('loads nothing from the network: no remote src, href or @import', () => {
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link/i);
    expect(html).toContain('<meta name="generator" content="actionshift">');
  });

  it('escapes every character that could start markup or end an attribute', () => {
    expect(html).toContain('chat&lt;&amp;&gt;.tsx');
    expect(html).toContain('&lt;b id=&quot;injected&quot;&gt;Tom &amp; Jerry&lt;/b&gt;');
    expect(html).not.toContain(INJECTED);
  });

  it('says so plainly when there is nothing to change', () => {
    const empty: Report = { ...report, sites: [], changes: [], errors: [], summary: { ...report.summary, sites: 0 } };
    const text = renderHtmlReport(empty, { mode: 'dry' });
    expect(text).toContain('Nothing to change');
    expect(text).not.toContain('<table');
  });

  it('after a review, marks a listed change that was not written', () => {
    const [first, ...rest] = report.changes.map((c) => c.file);
    const text = renderHtmlReport(report, { mode: 'reviewed', written: rest });
    expect(text).toContain('Reviewed and applied');
    const section = text.slice(text.indexOf('<section class="change"'));
    const firstSection = section.slice(0, section.indexOf('</section>'));
    expect(firstSection).toContain(first);
    expect(firstSection).toContain('not written');
    expect(section.slice(section.indexOf('</section>'))).not.toContain('not written');
  });
});

describe('diff rows', () => {
  it('reads a removed line that looks like a file header as a removed line, numbered', () => {
    const before = ['select 1;', '-- old note', '++ counter', 'select 2;', ''].join('\n');
    const after = ['select 1;', 'select 2;', ''].join('\n');
    const { rows, added, removed } = diffRows(unifiedDiff({ file: 'q.sql', kind: 'modify', before, after }));
    expect({ added, removed }).toEqual({ added: 0, removed: 2 });
    expect(rows.filter((r) => r.kind === 'del')).toEqual([
      { kind: 'del', oldLine: 2, text: '-- old note' },
      { kind: 'del', oldLine: 3, text: '++ counter' },
    ]);
    expect(rows.at(-1)).toEqual({ kind: 'context', oldLine: 4, newLine: 2, text: 'select 2;' });
  });

  it('shows a CRLF line end as a mark, not as a lost character', () => {
    const html = renderHtmlReport(
      {
        ...report,
        changes: [
          {
            file: 'w.ts',
            kind: 'create',
            diff: unifiedDiff({ file: 'w.ts', kind: 'create', before: null, after: 'a\r\n' }),
          },
        ],
      },
      { mode: 'dry' },
    );
    expect(html).toMatch(/<td class="code">a<span class="cr"/);
  });
});
