// Where `to-action` spends its time on the benchmark's sparse tree: phase timings in one process
// (bench/phases.mjs), then a V8 CPU profile of the real CLI run, with samples grouped by phase
// (innermost phase on the stack wins) and the top self-time functions and modules.
//
//   npx tsx bench/profile.ts [--tree DIR] [--quick] [--dense] [--keep] [--seed N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTree, type TreeOptions } from './generate.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH_DIR, '..');
const CLI = path.join(REPO, 'dist/cli/main.js');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Phase of one frame, or null to keep looking further up the stack. */
function phaseOf(f: CallFrame): string | null {
  const u = f.url;
  const fn = f.functionName;
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'V8 / native, unattributed';
  if (u.includes('/node_modules/diff/')) return 'diff (unified patches)';
  if (u.includes('/node_modules/@babel/parser/')) return 'parse (@babel/parser)';
  if (u.endsWith('/dist/transforms/ast/print.js'))
    return fn === 'parseForPrint' ? 'parse (recast copy of the babel AST)' : 'print (recast)';
  if (u.endsWith('/dist/transforms/ast/text-edits.js')) return 'print (text edits)';
  if (u.endsWith('/dist/transforms/ast/recast-parse.js')) return 'parse (recast copy of the babel AST)';
  if (u.endsWith('/dist/transforms/ast/unchanged.js')) return 'print (finding unchanged subtrees)';
  if (/\/node_modules\/recast\/lib\/(printer|patcher|fast-path|lines|comments)\.js$/.test(u)) return 'print (recast)';
  if (u.endsWith('/dist/transforms/model/snapshot.js')) return 'summaries + cheap filter';
  if (u.endsWith('/dist/runner/read.js')) return 'read';
  if (u.endsWith('/dist/runner/discover.js') || u.includes('/node_modules/ignore/')) return 'discover';
  if (u.endsWith('/dist/transforms/report.js') || u.endsWith('/dist/cli/apply-command.js')) return 'report + JSON';
  if (u.includes('/dist/transforms/')) return 'transform logic (find calls, analyse, build, rewrite)';
  if (u.startsWith('node:internal/modules') || u.includes('cjs-module-lexer')) return 'module loading';
  return null;
}

function analyse(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const phases = new Map<string, number>();
  const fns = new Map<string, number>();
  const mods = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const short = (u: string) =>
    u
      .replace(/^file:\/\//, '')
      .replace(REPO + '/', '')
      .replace(/^.*node_modules\//, '');
  for (const [id, us] of self) {
    let phase: string | null = null;
    for (let cur: number | undefined = id; cur !== undefined && phase === null; cur = parent.get(cur))
      phase = phaseOf(byId.get(cur)!.callFrame);
    add(phases, phase ?? 'other', us);
    const f = byId.get(id)!.callFrame;
    add(fns, `${f.functionName || '(anonymous)'}  ${short(f.url) || '(native)'}:${f.lineNumber + 1}`, us);
    const u = short(f.url);
    const mod = !u
      ? f.functionName
      : f.url.includes('/node_modules/')
        ? u
            .split('/')
            .slice(0, u.startsWith('@') ? 2 : 1)
            .join('/')
        : u;
    add(mods, mod, us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    phases: sorted(phases),
    fns: sorted(fns),
    mods: sorted(mods),
  };
}

function main(): void {
  const argv = process.argv.slice(2);
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(value('--seed') ?? 20240601);
  let tree = value('--tree');
  let generated: string | null = null;
  if (!tree) {
    const options: TreeOptions = flag('--dense')
      ? { apps: 1, files: flag('--quick') ? 100 : 1000, callEvery: 1, seed: seed + 1 }
      : { apps: flag('--quick') ? 3 : 10, files: flag('--quick') ? 1000 : 10_000, callEvery: 100, seed };
    generated = tree = mkdtempSync(path.join(os.tmpdir(), 'actionshift-profile-'));
    const m = generateTree(options, tree);
    process.stderr.write(`profile: generated ${m.totalFiles} files, ${m.calls.length} call sites in ${tree}\n`);
  }
  tree = path.resolve(tree);

  const ph = spawnSync(process.execPath, [path.join(BENCH_DIR, 'phases.mjs'), tree], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (ph.status !== 0) throw new Error(`phases.mjs failed: ${ph.stderr}`);
  const phases = JSON.parse(ph.stdout) as {
    summary: Record<string, number>;
    phases: Array<{ name: string; ms: number; rssMb: number } & Record<string, number | string>>;
  };
  process.stdout.write(`\nPhases, one process (bench/phases.mjs), ${tree}\n`);
  process.stdout.write(`report summary: ${JSON.stringify(phases.summary)}\n`);
  const total = phases.phases.reduce((s, p) => s + p.ms, 0);
  for (const p of phases.phases) {
    const extra = Object.entries(p)
      .filter(([k]) => !['name', 'ms', 'rssMb'].includes(k))
      .map(([k, v]) => `${k} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : v}`)
      .join(', ');
    process.stdout.write(
      `  ${p.ms.toFixed(0).padStart(7)} ms  ${((100 * p.ms) / total).toFixed(0).padStart(3)}%  rss ${p.rssMb.toFixed(0).padStart(4)} MB  ${p.name}${extra ? `  (${extra})` : ''}\n`,
    );
  }
  process.stdout.write(`  ${total.toFixed(0).padStart(7)} ms  total (without node start-up)\n`);

  const profDir = mkdtempSync(path.join(os.tmpdir(), 'actionshift-cpuprof-'));
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=250', CLI, 'to-action', '.', '--dry', '--json'],
    { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const wall = performance.now() - t0;
  if (run.status !== 0 && run.status !== 1) throw new Error(`to-action exited ${run.status}: ${run.stderr}`);
  const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  const a = analyse(JSON.parse(readFileSync(path.join(profDir, file), 'utf8')) as CpuProfile);
  rmSync(profDir, { recursive: true, force: true });
  const row = (ms: number, of: number, label: string) =>
    `  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / of).toFixed(0).padStart(3)}%  ${label}\n`;
  process.stdout.write(
    `\nCPU profile of \`node dist/cli/main.js to-action . --dry --json\` (wall ${(wall / 1000).toFixed(2)} s with the profiler, ${a.totalMs.toFixed(0)} ms profiled)\n`,
  );
  process.stdout.write("By phase (the innermost phase on each sample's stack):\n");
  for (const [k, us] of a.phases) process.stdout.write(row(us / 1000, a.totalMs, k));
  process.stdout.write('Top modules by self time:\n');
  for (const [k, us] of a.mods.slice(0, 12)) process.stdout.write(row(us / 1000, a.totalMs, k));
  process.stdout.write('Top functions by self time:\n');
  for (const [k, us] of a.fns.slice(0, 20)) process.stdout.write(row(us / 1000, a.totalMs, k));

  if (generated) {
    if (flag('--keep')) process.stderr.write(`profile: kept ${generated}\n`);
    else rmSync(generated, { recursive: true, force: true });
  }
}

main();
