// The bench's results as tables: medians, peak memory, ratios, the issue's targets (met or not),
// for the terminal and for bench/results.md.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TreeManifest, TreeOptions } from './generate.js';
import { GNU_TIME, hasGnuTime, type Measurement } from './measure.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type TreeName = 'sparse' | 'dense' | 'wide';
export type ToolName = 'actionshift' | 'jscodeshift' | 'jscodeshift-prefilter' | 'babel-floor' | 'grep';

export interface Run extends Measurement {
  /** What the tool found, checked against what the generator planted. */
  found: number | null;
  ok: boolean;
  note: string;
}

export interface ToolResult {
  tool: ToolName;
  command: string;
  runs: Run[];
}

export interface TreeResult {
  name: TreeName;
  options: TreeOptions;
  manifest: Omit<TreeManifest, 'calls' | 'routes'> & { calls: number; routes: number };
  generateMs: number;
  tools: ToolResult[];
  report: {
    sites: number;
    planned: number;
    skipped: number;
    errors: number;
    filesScanned: number;
    filesParsed: number;
  } | null;
}

/** A tree's results for one tool, when the bench ran it on that tree. */
const toolOf = (t: TreeResult, tool: ToolName): ToolResult | undefined => t.tools.find((x) => x.tool === tool);

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const fmtMs = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
export const fmtKb = (kb: number | null): string => (kb === null ? 'n/a' : `${Math.round(kb / 1024)} MB`);
const fmtX = (x: number): string => (x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(1)}x`);
/** CPU time, and the cores it kept busy on average over the wall time. */
const fmtCpu = (s: Stat): string =>
  s.cpuMs === null ? 'n/a' : `${fmtMs(s.cpuMs)} (${(s.cpuMs / s.ms).toFixed(2)} cores)`;

export function machine(): Record<string, string> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: String(os.availableParallelism()),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

interface Stat {
  ms: number;
  minMs: number;
  maxMs: number;
  treeRssKb: number | null;
  maxProcRssKb: number | null;
  peakRssKb: number | null;
  cpuMs: number | null;
  ok: boolean;
}

export function stat(t: ToolResult): Stat {
  const nums = (f: (r: Run) => number | null) => {
    const xs = t.runs.map(f).filter((x): x is number => x !== null);
    return xs.length > 0 ? median(xs) : null;
  };
  const ms = t.runs.map((r) => r.ms);
  return {
    ms: median(ms),
    minMs: Math.min(...ms),
    maxMs: Math.max(...ms),
    treeRssKb: nums((r) => r.treeRssKb),
    maxProcRssKb: nums((r) => r.maxProcRssKb),
    peakRssKb: nums((r) => r.peakRssKb),
    cpuMs: nums((r) => r.cpuMs),
    ok: t.runs.every((r) => r.ok),
  };
}

interface Target {
  tree: TreeName;
  what: string;
  goal: string;
  actual: string;
  met: boolean;
}

function targets(trees: TreeResult[]): Target[] {
  const out: Target[] = [];
  for (const t of trees) {
    const get = (tool: ToolName) => {
      const r = toolOf(t, tool);
      return r ? stat(r) : null;
    };
    const as = get('actionshift')!;
    if (t.name === 'wide') {
      // Ours, not the issue's: time per file may not grow with the number of apps.
      const sparse = trees.find((x) => x.name === 'sparse');
      if (!sparse) continue;
      const perFile = (tree: TreeResult) => stat(toolOf(tree, 'actionshift')!).ms / tree.manifest.totalFiles;
      const ratio = perFile(t) / perFile(sparse);
      out.push({
        tree: 'wide',
        what: 'time per file, against sparse (no growth with apps)',
        goal: '<= 2x',
        actual: fmtX(ratio),
        met: ratio <= 2,
      });
      continue;
    }
    const js = get('jscodeshift')!;
    const gr = get('grep')!;
    const speedup = js.ms / as.ms;
    if (t.name === 'sparse') {
      out.push({
        tree: 'sparse',
        what: 'faster than jscodeshift',
        goal: '>= 50x',
        actual: fmtX(speedup),
        met: speedup >= 50,
      });
      const overGrep = as.ms / gr.ms;
      out.push({ tree: 'sparse', what: 'within grep', goal: '<= 5x grep', actual: fmtX(overGrep), met: overGrep <= 5 });
      const mb = (as.peakRssKb ?? Infinity) / 1024;
      out.push({
        tree: 'sparse',
        what: 'actionshift peak RSS',
        goal: '<= 250 MB',
        actual: fmtKb(as.peakRssKb),
        met: mb <= 250,
      });
    } else {
      out.push({
        tree: 'dense',
        what: 'faster than jscodeshift',
        goal: '>= 2x',
        actual: fmtX(speedup),
        met: speedup >= 2,
      });
    }
  }
  return out;
}

/**
 * jscodeshift's time over ours, per repetition: each of its runs against our run just before it.
 * The VM's speed drifts within a bench run, and the ratio of two medians mixes runs taken minutes
 * apart (jscodeshift's three against our five); these pairs do not. Shown beside the targets,
 * which stay on the medians.
 */
export function pairedRatios(t: TreeResult): number[] {
  const ours = toolOf(t, 'actionshift')?.runs ?? [];
  const theirs = toolOf(t, 'jscodeshift')?.runs ?? [];
  return theirs.flatMap((run, i) => (ours[i] ? [run.ms / ours[i]!.ms] : []));
}

/**
 * What the babel floor says of a tree's targets: the floor against grep and against jscodeshift
 * is the best any Node tool that parses with babel could reach here, and actionshift against
 * the floor is what its own work adds.
 */
export function floorLine(t: TreeResult): string | null {
  const floor = toolOf(t, 'babel-floor');
  const grep = toolOf(t, 'grep');
  if (!floor || !grep) return null;
  const f = stat(floor).ms;
  const js = toolOf(t, 'jscodeshift');
  const parts = [`${fmtMs(f)}, ${fmtX(f / stat(grep).ms)} grep`];
  if (js) parts.push(`${fmtX(stat(js).ms / f)} faster than jscodeshift`);
  parts.push(`actionshift takes ${fmtX(stat(toolOf(t, 'actionshift')!).ms / f)} its time`);
  return `${t.name}: babel floor ${parts.join('; ')}`;
}

function describeTree(t: TreeResult): string {
  const m = t.manifest;
  return `${m.apps.length} app(s), ${m.components.toLocaleString('en-US')} components (${m.totalFiles.toLocaleString('en-US')} files, ${(m.totalBytes / 1e6).toFixed(1)} MB), ${m.calls.toLocaleString('en-US')} call sites + ${m.routes.toLocaleString('en-US')} routes`;
}

export function markdown(
  trees: TreeResult[],
  args: { quick: boolean; repeats: number; nodeOptions: string },
  load: { before: number[]; after: number[] },
): string {
  const mc = machine();
  const lines: string[] = [];
  lines.push(
    `Benchmark (\`npm run bench${args.quick ? ' -- --quick' : ''}${args.nodeOptions ? `${args.quick ? '' : ' --'} --node-options "${args.nodeOptions}"` : ''}\`), median of ${args.repeats} run(s) each (at most 3 for a command whose first run took over 20 s), ${new Date().toISOString().slice(0, 10)}.`,
  );
  lines.push(
    `Machine: ${mc.cpu}, ${mc.cores} cores, ${mc.memory}, Node ${mc.node}, ${mc.os}; load average ${load.before.map((x) => x.toFixed(2)).join(' ')} before, ${load.after.map((x) => x.toFixed(2)).join(' ')} after.`,
  );
  lines.push('');
  lines.push(
    '| tree | tool | wall (median) | min – max | CPU, user + sys | peak RSS, process tree | largest process | vs actionshift | found |',
  );
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const t of trees) {
    const as = stat(toolOf(t, 'actionshift')!);
    for (const tool of t.tools) {
      const s = stat(tool);
      const found = tool.runs[tool.runs.length - 1]?.found;
      const rel =
        tool.tool === 'actionshift'
          ? '1x'
          : s.ms >= as.ms
            ? `${fmtX(s.ms / as.ms)} slower`
            : `${fmtX(as.ms / s.ms)} faster`;
      lines.push(
        `| ${t.name} | ${tool.tool} | ${fmtMs(s.ms)} | ${fmtMs(s.minMs)} – ${fmtMs(s.maxMs)} | ${fmtCpu(s)} | ${fmtKb(s.peakRssKb)} | ${fmtKb(s.maxProcRssKb)} | ${rel} | ${found ?? 'n/a'}${s.ok ? '' : ' (check failed)'} |`,
      );
    }
  }
  lines.push('');
  for (const t of trees) {
    lines.push(
      `- **${t.name}**: ${describeTree(t)}.${t.report ? ` actionshift read ${t.report.filesScanned.toLocaleString('en-US')} files, parsed ${t.report.filesParsed.toLocaleString('en-US')}; ${t.report.planned} sites planned, ${t.report.skipped} skipped, ${t.report.errors} errors.` : ''}`,
    );
  }
  lines.push('');
  lines.push('| target | goal | actual | met |');
  lines.push('|---|--:|--:|:-:|');
  for (const g of targets(trees))
    lines.push(`| ${g.tree}: ${g.what} | ${g.goal} | ${g.actual} | ${g.met ? 'yes' : '**no**'} |`);
  lines.push('');
  const paired = trees.map((t) => [t.name, pairedRatios(t)] as const).filter(([, r]) => r.length > 0);
  if (paired.length > 0) {
    lines.push(
      `Against jscodeshift, paired by repetition (each of its runs against actionshift's run just before it): ${paired.map(([name, r]) => `${name} ${r.map(fmtX).join(', ')} (median ${fmtX(median(r))})`).join('; ')}.`,
    );
    lines.push('');
  }
  const floors = trees.map(floorLine).filter((x): x is string => x !== null);
  if (floors.length > 0) {
    lines.push(
      `The babel floor reads every file and parses the callers and routes once each with @babel/parser, cold, and does nothing else: no Node tool built on babel does less. ${floors.join('. ')}.`,
    );
    lines.push('');
  }
  lines.push(
    `Commands, run in the tree's root${args.nodeOptions ? ` (actionshift and jscodeshift with NODE_OPTIONS=${args.nodeOptions})` : ''}:`,
  );
  lines.push('');
  const seen = new Set<string>();
  for (const t of trees) {
    for (const tool of t.tools) {
      if (seen.has(tool.tool)) continue;
      seen.add(tool.tool);
      lines.push(
        `- ${tool.tool}: \`${tool.command.replace(process.execPath, 'node').replace(REPO + '/', '')}\`${tool.tool === 'jscodeshift-prefilter' ? ' with FIND_FETCH_PREFILTER=1 (skips files without `fetch` before parsing)' : ''}`,
      );
    }
  }
  lines.push('');
  lines.push(
    `Wall time is spawn to exit. "Peak RSS, process tree" is the peak of the summed RSS of every process the command started (polled from /proc every 5 ms, then 25 ms; shared pages count once per process), or GNU time's figure when that is higher; "largest process" is GNU time's %M, the peak RSS of the single largest process (exact, but for jscodeshift it leaves out the other workers). CPU is GNU time's user + system time over every thread of the command and the children it waited for, and the cores figure is that over the wall time: a run on one JavaScript thread still keeps more than one core busy with V8's compiler and garbage-collector threads.${hasGnuTime() ? '' : ` (${GNU_TIME} was not found: largest-process figures are n/a.)`}`,
  );
  return lines.join('\n') + '\n';
}

export function textTable(trees: TreeResult[]): string {
  const rows: string[][] = [
    ['tree', 'tool', 'wall (median)', 'min-max', 'CPU (cores)', 'peak RSS tree', 'largest proc', 'found'],
  ];
  for (const t of trees) {
    for (const tool of t.tools) {
      const s = stat(tool);
      rows.push([
        t.name,
        tool.tool,
        fmtMs(s.ms),
        `${fmtMs(s.minMs)}-${fmtMs(s.maxMs)}`,
        fmtCpu(s),
        fmtKb(s.peakRssKb),
        fmtKb(s.maxProcRssKb),
        `${tool.runs[tool.runs.length - 1]?.found ?? 'n/a'}${s.ok ? '' : ' CHECK FAILED'}`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const out = rows.map((r) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const lines = [...out, ''];
  for (const t of trees) {
    const get = (tool: ToolName) => stat(toolOf(t, tool)!);
    const as = get('actionshift');
    lines.push(`${t.name}: ${describeTree(t)}`);
    const js = toolOf(t, 'jscodeshift') ? `jscodeshift/actionshift ${fmtX(get('jscodeshift').ms / as.ms)}   ` : '';
    lines.push(`  ${js}actionshift/grep ${fmtX(as.ms / get('grep').ms)}`);
  }
  lines.push('');
  lines.push('targets:');
  for (const g of targets(trees))
    lines.push(`  ${g.met ? 'MET   ' : 'MISSED'}  ${g.tree}: ${g.what} ${g.goal} (actual ${g.actual})`);
  for (const line of trees.map(floorLine)) if (line) lines.push(`  ${line}`);
  return lines.join('\n') + '\n';
}
