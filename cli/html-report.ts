// The `--html FILE` review page: one self-contained file (inline CSS, no script, no network asset)
// that shows a reviewer, per app, what moves, what stays and why, and every change as a diff.
import type { Report, ReportChange } from '../transforms/report.js';
import { groupByApp } from '../transforms/model/project.js';
import type { Site, Warning } from '../transforms/model/types.js';
import { diffRows, type DiffRow } from './html-diff.js';
import { summaryHeadline } from './render.js';

export type HtmlReportMode = 'dry' | 'applied' | 'reviewed';

export interface HtmlReportOptions {
  /** `dry`: nothing was written (--dry, --json alone); `applied`: --yes; `reviewed`: interactive review. */
  mode: HtmlReportMode;
  /** Shown as given, so the page stays a pure function of its inputs. */
  generatedAt?: string;
  /**
   * The files actually written. A review can decline changes that the report still lists; with
   * this, those are marked "not written". Left out, every listed change counts as written.
   */
  written?: Iterable<string>;
}

type App = Report['apps'][number];

const MODE_WORDS: Record<HtmlReportMode, string> = {
  dry: 'Preview, nothing written.',
  applied: 'Applied: the changes below were written.',
  reviewed: 'Reviewed and applied: the changes accepted in review were written.',
};

const COMMAND_WORDS: Record<Report['command'], string> = {
  'to-action': 'API routes and their client calls become Server Actions',
  'to-route': 'exported Server Actions get API routes for callers outside the app',
  scan: 'what can move and what must stay; nothing is written',
};

/** Words for each warning code, after docs/reasons.md ("Warnings on a site that moved"). */
const WARNING_WORDS: Record<Warning, string> = {
  'unvalidated-input': 'the action validates nothing at run time, and the route opens it to any client',
  'form-resets-after-action':
    'React 19 resets uncontrolled fields after a form action, and the handler did not reset the form itself',
  'body-size-limit': 'actions take 1 MB bodies unless serverActions.bodySizeLimit is raised',
  'exposed-without-caller': 'no client code calls this exported action, yet it is a public endpoint',
  'route-kept-delegated': 'the route stays as a delegate for outside callers',
  'response-headers-dropped': 'the handler set headers no moved caller reads; the action cannot send them',
  'serialization-differs': 'the body holds values JSON flattens but an action keeps (Date, Map, Set, undefined)',
  'module-state-split':
    'a page reads module state the action changes, from its own copy; keep the state on globalThis or in a database',
};

const KIND_WORDS: Record<Site['kind'], string> = { 'fetch-call': 'call', route: 'route', action: 'action' };
const CHANGE_WORDS: Record<ReportChange['kind'], string> = {
  create: 'created',
  modify: 'modified',
  delete: 'deleted',
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A site message in words, its `code` spans (the messages quote code in backticks) set as code. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function renderHtmlReport(report: Report, options: HtmlReportOptions): string {
  const written = options.written ? new Set(options.written) : null;
  const anchors = new Map(report.changes.map((c, i) => [c.file, `change-${i + 1}`]));
  const page = new Page(report, options.mode, written, anchors);
  const title = `actionshift ${report.command}: ${options.mode === 'dry' ? 'preview' : 'applied'}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="actionshift">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    page.header(options.generatedAt),
    page.empty()
      ? '<p class="empty" id="nothing">Nothing to change: no call site, route or action was found to move.</p>'
      : '',
    page.apps(),
    page.errors(),
    page.changes(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

class Page {
  constructor(
    private readonly report: Report,
    private readonly mode: HtmlReportMode,
    private readonly written: ReadonlySet<string> | null,
    private readonly anchors: ReadonlyMap<string, string>,
  ) {}

  empty(): boolean {
    return this.report.sites.length === 0 && this.report.changes.length === 0 && this.report.errors.length === 0;
  }

  private isWritten(change: ReportChange): boolean {
    return this.mode !== 'dry' && (this.written === null || this.written.has(change.file));
  }

  /** moves (a preview), moved, not written (planned but not written in a run that wrote), stays. */
  private outcome(site: Site): { word: string; css: string } {
    if (site.status === 'skipped') return { word: 'stays', css: 'stays' };
    if (this.mode === 'dry') return { word: 'moves', css: 'moves' };
    return site.status === 'migrated' ? { word: 'moved', css: 'moves' } : { word: 'not written', css: 'unwritten' };
  }

  /** What moves (or moved, and what was not written) and what stays, in words. */
  private tally(sites: Site[]): string[] {
    const stays = sites.filter((s) => s.status === 'skipped').length;
    const moving = sites.length - stays;
    const moved = sites.filter((s) => s.status === 'migrated').length;
    return [
      this.mode === 'dry' ? `${moving} can move` : `${moved} moved`,
      ...(this.mode !== 'dry' && moved < moving ? [`${moving - moved} not written`] : []),
      `${stays} ${stays === 1 ? 'stays' : 'stay'}`,
    ];
  }

  header(generatedAt: string | undefined): string {
    const { report, mode } = this;
    const files = report.changes.filter((c) => mode === 'dry' || this.isWritten(c)).length;
    // The terminal summary's own line, so the page and the run it documents count alike.
    const totals = [
      summaryHeadline({ ...report, errors: [] }, mode !== 'dry'),
      `${plural(files, 'file')} ${mode === 'dry' ? 'to change' : 'changed'}`,
      plural(report.errors.length, 'error'),
    ];
    return [
      '<header>',
      `<h1>actionshift <span class="cmd">${escapeHtml(report.command)}</span></h1>`,
      `<p class="what">${escapeHtml(COMMAND_WORDS[report.command] ?? '')}</p>`,
      `<p class="mode mode-${mode}" id="mode">${escapeHtml(MODE_WORDS[mode])}</p>`,
      `<ul class="totals" id="totals">${totals.map((t, i) => `<li${i === totals.length - 1 && report.errors.length ? ' class="bad"' : ''}>${escapeHtml(t)}</li>`).join('')}</ul>`,
      `<p class="meta">${[
        plural(report.apps.length, 'app'),
        report.root === '.' ? '' : `under <code>${escapeHtml(report.root)}</code>`,
        generatedAt ? `generated ${escapeHtml(generatedAt)}` : '',
      ]
        .filter(Boolean)
        .join(' · ')}</p>`,
      '</header>',
    ].join('\n');
  }

  apps(): string {
    const { report } = this;
    const out: string[] = [];
    for (const [app, sites] of groupByApp(report.apps, report.sites, (s) => s.file)) {
      if (!app && sites.length === 0) continue;
      out.push(this.app(app, sites));
    }
    return out.join('\n');
  }

  private app(app: App | null, sites: Site[]): string {
    const name = app ? (app.dir === '.' ? '. (the current directory)' : app.dir) : 'outside any app';
    const about = app
      ? `Next ${app.next ?? 'version unknown'}, React ${app.react ?? 'version unknown'}, ${app.router === 'both' ? 'App and Pages' : app.router === 'app' ? 'App' : 'Pages'} Router`
      : '';
    const counts = `${plural(sites.length, 'site')}: ${this.tally(sites).join(', ')}`;
    const body =
      sites.length === 0
        ? '<p class="empty">Nothing found to move or keep in this app.</p>'
        : `<div class="scroll"><table class="sites"><thead><tr><th>kind</th><th>where</th><th>method</th><th>target</th><th>name</th><th>outcome</th><th>why it stays, notes, warnings</th></tr></thead><tbody>\n${sites.map((s) => this.siteRow(app, s)).join('\n')}\n</tbody></table></div>`;
    return [
      '<section class="app">',
      `<h2>${escapeHtml(name)}</h2>`,
      `<p class="summary">${[about, counts].filter(Boolean).map(escapeHtml).join(' · ')}</p>`,
      body,
      '</section>',
    ].join('\n');
  }

  /** A path inside the app without the app's folder in front, linked to its diff when it changes. */
  private path(app: App | null, file: string, suffix = ''): string {
    const local = app && app.dir !== '.' && file.startsWith(`${app.dir}/`) ? file.slice(app.dir.length + 1) : file;
    const text = `<code title="${escapeHtml(file)}">${escapeHtml(local + suffix)}</code>`;
    const anchor = this.anchors.get(file);
    return anchor ? `<a href="#${anchor}">${text}</a>` : text;
  }

  private siteRow(app: App | null, s: Site): string {
    const { word, css } = this.outcome(s);
    // A site that stays says why in words, its reason code beside them; one that moves may have a note.
    const why =
      s.status === 'skipped'
        ? `<div class="why">${s.message ? prose(s.message) : ''}${s.reason ? ` <span class="code-tag">${escapeHtml(s.reason)}</span>` : ''}</div>`
        : s.message
          ? `<div class="note">${prose(s.message)}</div>`
          : '';
    const warnings = (s.warnings ?? [])
      .map(
        (w) =>
          `<div class="warning"><span class="code-tag warn">${escapeHtml(w)}</span> ${escapeHtml(WARNING_WORDS[w] ?? '')}</div>`,
      )
      .join('');
    const cells = [
      escapeHtml(KIND_WORDS[s.kind] ?? s.kind),
      this.path(app, s.file, `:${s.line}`),
      escapeHtml(s.method ?? ''),
      s.target ? this.path(app, s.target) : '',
      s.name ? `<code>${escapeHtml(s.name)}()</code>` : '',
      `<span class="outcome ${css}">${escapeHtml(word)}</span>`,
      why + warnings,
    ];
    return `<tr class="site ${css}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  }

  errors(): string {
    const { errors } = this.report;
    if (errors.length === 0) return '';
    return [
      '<section class="errors" id="errors">',
      `<h2>Errors (${errors.length})</h2>`,
      '<ul>',
      ...errors.map((e) => `<li><code>${escapeHtml(e.file)}</code>: ${prose(e.message)}</li>`),
      '</ul>',
      '</section>',
    ].join('\n');
  }

  changes(): string {
    const { changes } = this.report;
    if (changes.length === 0) {
      return this.empty() ? '' : '<section id="files"><h2>Changes</h2><p class="empty">No file changes.</p></section>';
    }
    const parsed = changes.map((c) => ({ change: c, diff: diffRows(c.diff) }));
    const list = parsed.map(({ change, diff }) => {
      const anchor = this.anchors.get(change.file)!;
      return `<li><span class="kind ${change.kind}">${CHANGE_WORDS[change.kind]}</span> <a href="#${anchor}"><code>${escapeHtml(change.file)}</code></a> <span class="stat"><span class="plus">+${diff.added}</span> <span class="minus">−${diff.removed}</span></span>${this.unwrittenTag(change)}</li>`;
    });
    return [
      '<section id="files">',
      `<h2>Changes (${plural(changes.length, 'file')})</h2>`,
      `<ul class="files">${list.join('\n')}</ul>`,
      '</section>',
      ...parsed.map(({ change, diff }) => this.change(change, diff.rows)),
    ].join('\n');
  }

  private unwrittenTag(change: ReportChange): string {
    return this.mode !== 'dry' && !this.isWritten(change) ? ' <span class="outcome unwritten">not written</span>' : '';
  }

  private change(change: ReportChange, rows: DiffRow[]): string {
    const anchor = this.anchors.get(change.file)!;
    const table =
      rows.length === 0
        ? '<p class="empty">No lines: the file is empty.</p>'
        : `<div class="scroll"><table class="diff"><tbody>\n${rows.map(diffRow).join('\n')}\n</tbody></table></div>`;
    return [
      `<section class="change" id="${anchor}">`,
      `<details open><summary><span class="kind ${change.kind}">${CHANGE_WORDS[change.kind]}</span> <code class="file">${escapeHtml(change.file)}</code>${this.unwrittenTag(change)} <a class="top" href="#files">files</a></summary>`,
      table,
      '</details>',
      '</section>',
    ].join('\n');
  }
}

/** CRLF stays inside a diff's lines: shown as a mark rather than lost. */
function codeCell(text: string): string {
  const cr = text.endsWith('\r');
  return `<td class="code">${escapeHtml(cr ? text.slice(0, -1) : text)}${cr ? '<span class="cr" title="carriage return">␍</span>' : ''}</td>`;
}

function diffRow(row: DiffRow): string {
  switch (row.kind) {
    case 'hunk':
      return `<tr class="hunk"><td class="ln"></td><td class="ln"></td><td class="sign"></td><td class="code">${escapeHtml(row.text)}</td></tr>`;
    case 'context':
      return `<tr class="ctx"><td class="ln">${row.oldLine}</td><td class="ln">${row.newLine}</td><td class="sign"></td>${codeCell(row.text)}</tr>`;
    case 'add':
      return `<tr class="add"><td class="ln"></td><td class="ln">${row.newLine}</td><td class="sign">+</td>${codeCell(row.text)}</tr>`;
    case 'del':
      return `<tr class="del"><td class="ln">${row.oldLine}</td><td class="ln"></td><td class="sign">-</td>${codeCell(row.text)}</tr>`;
    case 'no-newline':
      return `<tr class="nonl"><td class="ln"></td><td class="ln"></td><td class="sign"></td><td class="code">${escapeHtml(row.text)}</td></tr>`;
  }
}

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-soft: #f6f8fa;
  --add: #e6ffec; --add-ln: #ccffd8; --del: #ffebe9; --del-ln: #ffd7d5; --hunk: #ddf4ff;
  --ok: #1a7f37; --stay: #9a6700; --bad: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; color: var(--fg); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code, .code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h1 .cmd { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
h2 { font-size: 17px; margin: 28px 0 4px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
header p { margin: 4px 0; }
.what, .meta, .summary, .note { color: var(--muted); }
.mode { font-weight: 600; }
.mode-dry { color: var(--stay); }
.mode-applied, .mode-reviewed { color: var(--ok); }
.totals { list-style: none; padding: 0; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 8px; }
.totals li { border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; background: var(--bg-soft); }
.totals li.bad { color: var(--bad); border-color: var(--bad); }
.empty { color: var(--muted); font-style: italic; }
#nothing { font-size: 16px; font-style: normal; color: var(--fg); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
.sites { font-size: 13px; }
.sites th, .sites td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
.sites th { background: var(--bg-soft); font-weight: 600; white-space: nowrap; }
.sites td:nth-child(-n+6) { white-space: nowrap; }
.sites td:nth-child(7) { min-width: 20em; }
a { color: #0969da; text-decoration: none; }
a:hover { text-decoration: underline; }
.outcome { font-weight: 600; white-space: nowrap; }
.outcome.moves { color: var(--ok); }
.outcome.stays, .outcome.unwritten { color: var(--stay); }
.code-tag { display: inline-block; white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px;
  color: var(--muted); background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
.code-tag.warn { color: var(--stay); }
.warning { margin-top: 4px; }
.warning:first-child { margin-top: 0; }
.errors li { color: var(--bad); }
.files { list-style: none; padding: 0; margin: 8px 0; }
.files li { padding: 2px 0; }
.kind { display: inline-block; min-width: 5.5em; font-size: 12px; font-weight: 600; }
.kind.create { color: var(--ok); }
.kind.modify { color: #0969da; }
.kind.delete { color: var(--bad); }
.stat { font-size: 12px; margin-left: 6px; }
.plus { color: var(--ok); }
.minus { color: var(--bad); }
.change { margin-top: 16px; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.change summary { padding: 8px 12px; background: var(--bg-soft); cursor: pointer; border-bottom: 1px solid var(--line); }
.change summary .top { float: right; font-size: 12px; }
.diff td { padding: 0 8px; vertical-align: top; line-height: 20px; font-size: 12.5px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.diff .ln { width: 1%; min-width: 3.5em; text-align: right; color: var(--muted); font-size: 12px; user-select: none; }
.diff .sign { width: 1%; padding: 0 4px; user-select: none; }
.diff .code { white-space: pre-wrap; overflow-wrap: anywhere; }
.diff tr.add td { background: var(--add); }
.diff tr.add td.ln { background: var(--add-ln); }
.diff tr.del td { background: var(--del); }
.diff tr.del td.ln { background: var(--del-ln); }
.diff tr.hunk td { background: var(--hunk); color: var(--muted); padding-top: 2px; padding-bottom: 2px; }
.diff tr.nonl td.code { color: var(--muted); font-style: italic; }
.cr { color: var(--muted); }
`;
