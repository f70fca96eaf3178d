// `actionshift scan`: the decision guide as tables, per app (human, or Markdown for a pull
// request), or the JSON report with --json. Writes nothing.
import type { Io } from './io.js';
import { wantsColor } from './io.js';
import { noAppFound, planFromTerminal, type RunFlags } from './plan-run.js';
import { colorsFor, firstByRank, moreLine, Rank, summaryLimit, type Colors } from './render.js';
import type { Report } from '../transforms/report.js';
import type { FileError, Site } from '../transforms/model/types.js';
import { groupByApp } from '../transforms/model/project.js';

export interface ScanFlags extends RunFlags {
  json?: boolean;
  markdown?: boolean;
  includeGet?: boolean;
  color: boolean;
  /** Every row of the table, not a screenful. */
  verbose?: boolean;
}

/** Each reason in the words of the decision guide. */
const WHY: Record<string, string> = {
  'streaming-response': 'streams its answer (SSE, AI SDK): actions return one value',
  webhook: 'a webhook: reads the raw body or checks a signature for an outside sender',
  'non-json-response': 'answers with a file, text, HTML or a redirect',
  'custom-response-headers': 'sets caching or other headers',
  'external-callers': 'called from other origins (CORS, OPTIONS)',
  'get-request': 'a cacheable read (GET); --include-get to move it anyway',
  'unresolved-route': 'no route of the app answers this URL',
  'external-url': 'an absolute or environment-based URL',
  'dynamic-url': 'the URL is built at run time',
  'pages-router-caller': 'called from Pages Router code, which cannot call actions',
  'response-used-beyond-json': 'the caller reads more of the response than its JSON',
  'unsupported-handler': 'a handler shape the tool does not understand',
  'unsupported-call': 'a call shape the tool does not understand',
  'not-client-code': 'the caller is not client code',
  'no-app-router': 'the app has no App Router',
  'closure-action': 'an inline action closing over component state',
  'inline-action': 'an inline action (not exported)',
  'route-exists': 'a route with its name exists',
  'not-selected': 'left out in interactive review',
  'next-version': "the app's Next.js predates Server Actions (13.4)",
  'file-upload': 'uploads a file, and actions take 1 MB bodies by default; --include-uploads to move it anyway',
  'socket-server': 'runs a Socket.IO server, which lives on the Node server an action cannot reach',
  'rsc-only-result': 'returns what only React can carry (JSX, AI SDK streamable values)',
  'open-redirect': 'redirects to a location taken from its input: a public route would be an open redirect',
};

/** Warnings whose code alone does not say what to do. */
const WARNED: Record<string, string> = {
  'module-state-split':
    'module-state-split: a page reads module state the action changes, from its own copy; keep the state on globalThis or in a database',
};

function verdict(site: Site): string {
  if (site.status !== 'skipped') {
    if (site.kind === 'route') return 'can become an action';
    if (site.kind === 'action') return 'can be exposed as a route';
    return 'can move';
  }
  return `stays: ${WHY[site.reason ?? ''] ?? site.reason}`;
}

function rows(
  sites: Site[],
  appDir: string,
): Array<{ kind: string; what: string; where: string; verdict: string; note: string }> {
  // Paths inside the app read shorter without the app's own folder in front.
  const local = (file: string) =>
    appDir === '.' || !file.startsWith(appDir + '/') ? file : file.slice(appDir.length + 1);
  return sites.map((s) => ({
    kind: s.kind === 'fetch-call' ? 'call' : s.kind,
    what:
      s.kind === 'action'
        ? `${s.name ?? '(inline)'}()`
        : `${s.method ?? ''} ${local(s.kind === 'route' ? s.file : (s.target ?? ''))}`.trim(),
    where: `${local(s.file)}:${s.line}`,
    verdict: verdict(s),
    note: [
      ...(s.warnings ?? []).map((w) => WARNED[w] ?? w),
      s.status === 'skipped'
        ? (s.message ?? '')
        : s.kind === 'route'
          ? (s.message ?? '').replace(/^can become an action; /, '')
          : '',
    ]
      .filter(Boolean)
      .join('; '),
  }));
}

function markdown(report: Report): string {
  const out: string[] = ['# actionshift scan', ''];
  const byApp = groupByApp(report.apps, report.sites, (s) => s.file);
  for (const app of report.apps) {
    out.push(
      `## ${app.dir === '.' ? 'app' : app.dir} (Next ${app.next ?? '?'}, ${app.router} router)`,
      '',
      '| kind | what | where | verdict | notes |',
      '|---|---|---|---|---|',
    );
    for (const r of rows(byApp.get(app)!, app.dir))
      out.push(`| ${r.kind} | \`${r.what}\` | \`${r.where}\` | ${r.verdict} | ${r.note.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}

const siteRank = (s: Site) => (s.status === 'skipped' ? Rank.stays : Rank.moves);

/** `limit`: lines of rows shown at most (two a row); errors first, then what stays, then what can move. */
function table(report: Report, c: Colors, limit: number): string {
  const out: string[] = [];
  const byApp = groupByApp(report.apps, report.sites, (s) => s.file);
  const { shown, hidden } = firstByRank<Site | FileError>(
    [...report.errors, ...report.sites],
    (x) => ('kind' in x ? siteRank(x) : Rank.error),
    Math.floor(limit / 2),
  );
  const visible = new Set(shown);
  for (const app of report.apps) {
    const sites = byApp.get(app)!;
    const list = rows(
      firstByRank(
        sites.filter((s) => visible.has(s)),
        siteRank,
        Infinity,
      ).shown,
      app.dir,
    );
    out.push(c.bold(`${app.dir === '.' ? 'app' : app.dir}  (Next ${app.next ?? '?'}, ${app.router} router)`));
    if (sites.length === 0) out.push('  nothing to migrate: no internal calls, routes or actions found');
    const width = Math.min(48, Math.max(0, ...list.map((r) => r.what.length)));
    for (const r of list) {
      const v = r.verdict.startsWith('stays') ? c.yellow(r.verdict) : c.green(r.verdict);
      out.push(`  ${r.kind.padEnd(6)} ${r.what.padEnd(width)}  ${v}${r.note ? c.dim(`  (${r.note})`) : ''}`);
      out.push(c.dim(`         ${r.where}`));
    }
    out.push('');
  }
  if (hidden > 0) out.push(...moreLine(hidden, c), '');
  const s = report.summary;
  out.push(
    `${s.sites} site(s): ${report.sites.filter((x) => x.status !== 'skipped').length} can move, ${s.skipped} stay${s.errors ? `, ${s.errors} error(s)` : ''}. Nothing was written.`,
  );
  for (const e of report.errors) if (visible.has(e)) out.push(`${c.red('error')} ${e.file}: ${e.message}`);
  return out.join('\n');
}

export async function scanCommand(paths: string[], flags: ScanFlags, io: Io): Promise<number> {
  const roots = paths.length > 0 ? paths : ['.'];
  const plan = await planFromTerminal('scan', roots, flags, io);
  if (plan.result.apps.length === 0) {
    io.stderr.write(`actionshift: ${noAppFound(roots)}\n`);
    return 2;
  }
  const report = plan.report(false);
  if (flags.json) io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (flags.markdown) io.stdout.write(markdown(report) + '\n');
  else
    io.stdout.write(
      table(report, colorsFor(wantsColor(flags.color, io, io.stdout)), summaryLimit(flags.verbose, io.stdout)) + '\n',
    );
  return report.errors.length > 0 ? 1 : 0;
}
