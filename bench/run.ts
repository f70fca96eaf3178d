// `npm run bench`: generates a synthetic monorepo (sparse: 10 apps, 10,000 components, 1 in 100
// a call site), a dense tree (1 app, 1,000 components, every one a call site) and a wide one
// (1,000 apps of 20 components), then times, in one run, `actionshift to-action --dry --json`,
// the jscodeshift runner finding the same fetch calls (bench/find-fetch.cjs; not on wide), a
// babel floor (bench/babel-floor.mjs: read every file, parse the callers and routes once) and a
// `grep -rl` floor over each; prints medians, peak memory, ratios and the targets, and writes
// bench/results.md (and results.json).
//
//   npm run bench [-- --quick] [--keep] [--only sparse|dense|wide] [--repeats N] [--seed N]
//                 [--prefilter] [--actionshift-args "--jobs 2"] [--node-options "--v8-pool-size=1"]
//                 [--out FILE.md]
// --node-options sets NODE_OPTIONS for both Node tools (jscodeshift's workers inherit it), to
// measure a Node setting on both sides alike; the default run sets none.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTree, type TreeManifest, type TreeOptions } from './generate.js';
import { GNU_TIME, hasGnuTime, measure, type Measurement } from './measure.js';
import {
  fmtKb,
  fmtMs,
  machine,
  markdown,
  stat,
  textTable,
  type Run,
  type ToolName,
  type ToolResult,
  type TreeName,
  type TreeResult,
} from './tables.js';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH_DIR, '..');
const CLI = path.join(REPO, 'dist/cli/main.js');
const JSCODESHIFT = path.join(REPO, 'node_modules/.bin/jscodeshift');
const FIND_FETCH = path.join(BENCH_DIR, 'find-fetch.cjs');
const BABEL_FLOOR = path.join(BENCH_DIR, 'babel-floor.mjs');
const SLOW_TOOL_MS = 20_000;
const SLOW_TOOL_REPEATS = 3;

interface Args {
  quick: boolean;
  keep: boolean;
  only: TreeName | null;
  repeats: number;
  seed: number;
  prefilter: boolean;
  actionshiftArgs: string[];
  /** NODE_OPTIONS for actionshift and jscodeshift; empty: left as the environment has it. */
  nodeOptions: string;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    quick: false,
    keep: false,
    only: null,
    repeats: 5,
    seed: 20240601,
    prefilter: false,
    actionshiftArgs: [],
    nodeOptions: '',
    out: path.join(BENCH_DIR, 'results.md'),
  };
  let repeatsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    switch (flag) {
      case '--quick':
        args.quick = true;
        break;
      case '--keep':
        args.keep = true;
        break;
      case '--prefilter':
        args.prefilter = true;
        break;
      case '--only': {
        const v = value();
        if (v !== 'sparse' && v !== 'dense' && v !== 'wide') fail('--only takes sparse, dense or wide');
        args.only = v as TreeName;
        break;
      }
      case '--repeats':
        args.repeats = Number(value());
        repeatsGiven = true;
        if (!Number.isInteger(args.repeats) || args.repeats < 1) fail('--repeats takes a positive integer');
        break;
      case '--seed':
        args.seed = Number(value());
        break;
      case '--actionshift-args':
        args.actionshiftArgs = value().split(/\s+/).filter(Boolean);
        break;
      case '--node-options':
        args.nodeOptions = value().trim();
        break;
      case '--out':
        args.out = path.resolve(value());
        break;
      case '--help':
      case '-h':
        process.stdout.write(
          readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .filter((l) => l.startsWith('//'))
            .map((l) => l.slice(3))
            .join('\n') + '\n',
        );
        process.exit(0);
        break;
      default:
        fail(`unknown option ${a}`);
    }
  }
  if (args.quick && !repeatsGiven) args.repeats = 1;
  return args;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function treeOptions(name: TreeName, quick: boolean, seed: number): TreeOptions {
  if (name === 'sparse')
    return quick ? { apps: 3, files: 1000, callEvery: 100, seed } : { apps: 10, files: 10_000, callEvery: 100, seed };
  // Many small apps: what grows with apps times files shows here (jscodeshift does not care about apps).
  if (name === 'wide')
    return quick
      ? { apps: 50, files: 1000, callEvery: 100, seed: seed + 2 }
      : { apps: 1000, files: 20_000, callEvery: 100, seed: seed + 2 };
  return quick
    ? { apps: 1, files: 100, callEvery: 1, seed: seed + 1 }
    : { apps: 1, files: 1000, callEvery: 1, seed: seed + 1 };
}

async function benchTree(name: TreeName, args: Args, scratch: string): Promise<TreeResult> {
  const options = treeOptions(name, args.quick, args.seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), `actionshift-bench-${name}-`));
  log(
    `${name}: generating ${options.files} components in ${options.apps} app(s), 1 in ${options.callEvery} a call site, into ${dir}`,
  );
  const g0 = performance.now();
  const manifest = generateTree(options, dir);
  const generateMs = performance.now() - g0;
  log(
    `${name}: ${manifest.totalFiles} files, ${(manifest.totalBytes / 1e6).toFixed(1)} MB, ${manifest.calls.length} call sites, ${manifest.routes.length} routes (${(generateMs / 1000).toFixed(1)} s)`,
  );
  const callFiles = new Set(manifest.calls.map((c) => c.file)).size;
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const nodeEnv = args.nodeOptions
    ? { ...env, NODE_OPTIONS: [process.env.NODE_OPTIONS, args.nodeOptions].filter(Boolean).join(' ') }
    : env;
  const cores = os.availableParallelism();
  let report: TreeResult['report'] = null;
  // The jscodeshift runner does not care how files group into apps: the wide tree leaves it out.
  const withJscodeshift = name !== 'wide';
  const jscodeshiftArgv = [
    '--dry',
    '--no-babel',
    '--parser=tsx',
    '-c',
    String(cores),
    '-t',
    FIND_FETCH,
    '.',
    '--extensions=tsx,ts',
    '--ignore-pattern=**/node_modules/**',
  ];

  const tools: Array<{
    tool: ToolName;
    cmd: string;
    argv: string[];
    env: NodeJS.ProcessEnv;
    check: (code: number | null, stdout: string) => Omit<Run, keyof Measurement>;
  }> = [
    {
      tool: 'actionshift',
      cmd: process.execPath,
      argv: [CLI, 'to-action', '.', '--dry', '--json', ...args.actionshiftArgs],
      env: nodeEnv,
      check: (code, stdout) => {
        if (code !== 0 && code !== 1) return { found: null, ok: false, note: `exit ${code}` };
        let r: {
          sites: Array<{ kind: string; status: string }>;
          summary: { sites: number; filesScanned: number; filesParsed: number };
          errors: unknown[];
        };
        try {
          r = JSON.parse(readFileSync(stdout, 'utf8'));
        } catch (e) {
          return { found: null, ok: false, note: `no JSON report: ${(e as Error).message}` };
        }
        const calls = r.sites.filter((s) => s.kind === 'fetch-call').length;
        report = {
          sites: r.summary.sites,
          planned: r.sites.filter((s) => s.status === 'planned').length,
          skipped: r.sites.filter((s) => s.status === 'skipped').length,
          errors: r.errors.length,
          filesScanned: r.summary.filesScanned,
          filesParsed: r.summary.filesParsed,
        };
        const ok = r.summary.sites === manifest.expectedSites && calls === manifest.calls.length;
        return {
          found: calls,
          ok,
          note: ok
            ? ''
            : `report has ${r.summary.sites} sites (${calls} fetch calls), planted ${manifest.expectedSites} (${manifest.calls.length} calls + ${manifest.routes.length} routes)`,
        };
      },
    },
    ...(withJscodeshift
      ? [
          {
            tool: 'jscodeshift' as const,
            cmd: JSCODESHIFT,
            argv: jscodeshiftArgv,
            env: nodeEnv,
            check: (code: number | null, stdout: string) => jscodeshiftCheck(code, stdout, manifest),
          },
        ]
      : []),
    ...(args.prefilter && withJscodeshift
      ? [
          {
            tool: 'jscodeshift-prefilter' as const,
            cmd: JSCODESHIFT,
            argv: jscodeshiftArgv,
            env: { ...nodeEnv, FIND_FETCH_PREFILTER: '1' },
            check: (code: number | null, stdout: string) => jscodeshiftCheck(code, stdout, manifest),
          },
        ]
      : []),
    {
      // What any Node tool built on babel pays at least: what bounds the sparse targets.
      tool: 'babel-floor',
      cmd: process.execPath,
      argv: [BABEL_FLOOR, '.'],
      env: nodeEnv,
      check: (code, stdout) => {
        const m = /^parsed (\d+)$/m.exec(readFileSync(stdout, 'utf8'));
        const found = m ? Number(m[1]) : null;
        const planted = callFiles + manifest.routes.length;
        const ok = code === 0 && found === planted;
        return {
          found,
          ok,
          note: ok
            ? ''
            : `exit ${code}, parsed ${found ?? 'n/a'}, planted ${callFiles} callers + ${manifest.routes.length} routes`,
        };
      },
    },
    {
      tool: 'grep',
      cmd: 'grep',
      argv: ['-rl', 'fetch(', '.'],
      env,
      check: (code, stdout) => {
        const found = readFileSync(stdout, 'utf8').split('\n').filter(Boolean).length;
        const ok = code === 0 && found === callFiles;
        return { found, ok, note: ok ? '' : `exit ${code}, ${found} files, planted ${callFiles}` };
      },
    },
  ];

  // Every run starts with the tree in the page cache. Reading it once up front is not enough:
  // this VM's kernel (DAMON reclaim) evicts nearly a third of an idle tree's pages within 45 s, so a
  // run after a minute of jscodeshift read part of the tree from disk, and timed slower (and
  // grep 110-150 ms against 63-65 ms) than the same run after a short one.
  const warmTree = () =>
    measure('grep', ['-rl', 'fetch(', '.'], { cwd: dir, stdout: '/dev/null', stderr: '/dev/null' });
  // The tools themselves (their modules) warmed once.
  await measure(process.execPath, [CLI, '--version'], { cwd: dir, stdout: '/dev/null', stderr: '/dev/null' });
  if (withJscodeshift)
    await measure(JSCODESHIFT, ['--version'], { cwd: dir, stdout: '/dev/null', stderr: '/dev/null' });

  const results: ToolResult[] = tools.map((t) => ({
    tool: t.tool,
    command: [path.basename(t.cmd), ...t.argv].map(shellQuote).join(' '),
    runs: [],
  }));
  // Interleaved, so load that comes and goes hits every tool alike.
  for (let rep = 1; rep <= args.repeats; rep++) {
    for (const [i, t] of tools.entries()) {
      // A tool that takes minutes (jscodeshift on sparse) gets the issue's three runs; the
      // others more, since the VM's noise moves a median of three by 10-20%.
      if (rep > SLOW_TOOL_REPEATS && results[i]!.runs[0]!.ms > SLOW_TOOL_MS) continue;
      const stdout = path.join(scratch, `${name}-${t.tool}.out`);
      const stderr = path.join(scratch, `${name}-${t.tool}.err`);
      await warmTree();
      const m = await measure(t.cmd, t.argv, { cwd: dir, stdout, stderr, env: t.env });
      const c = t.check(m.code, stdout);
      if (!c.ok) {
        const tail = readFileSync(stderr, 'utf8').trim().split('\n').slice(-5).join('\n');
        if (tail) c.note += `\n    stderr: ${tail.replace(/\n/g, '\n    ')}`;
      }
      results[i]!.runs.push({ ...m, ...c });
      log(
        `${name} ${rep}/${args.repeats} ${t.tool.padEnd(21)} ${fmtMs(m.ms).padStart(9)}  ${(m.cpuMs === null ? 'n/a' : fmtMs(m.cpuMs) + ' CPU').padStart(12)}  ${fmtKb(m.peakRssKb).padStart(8)}  ${c.ok ? 'found ' + c.found : 'CHECK FAILED: ' + c.note}`,
      );
    }
  }

  if (args.keep) log(`${name}: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return {
    name,
    options,
    manifest: { ...manifest, calls: manifest.calls.length, routes: manifest.routes.length },
    generateMs,
    tools: results,
    report,
  };
}

const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function jscodeshiftCheck(code: number | null, stdout: string, manifest: TreeManifest): Omit<Run, keyof Measurement> {
  const text = readFileSync(stdout, 'utf8');
  const m = /^fetch-sites: (\d+)$/m.exec(text);
  const found = m ? Number(m[1]) : 0;
  const errors = /^(\d+) errors$/m.exec(text);
  const ok = code === 0 && found === manifest.calls.length && (errors === null || errors[1] === '0');
  return {
    found,
    ok,
    note: ok
      ? ''
      : `exit ${code}, found ${found}, planted ${manifest.calls.length}${errors ? `, ${errors[1]} errors` : ''}`,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) fail(`${path.relative(process.cwd(), CLI)} is missing: run \`npm run build\` first.`);
  if (!existsSync(JSCODESHIFT)) fail(`${JSCODESHIFT} is missing: run \`npm ci\` first.`);
  if (!hasGnuTime())
    log(
      `${GNU_TIME} (GNU time) not found: the largest-process RSS column is n/a (apt-get install time); process-tree RSS is still polled from /proc.`,
    );
  const load = { before: os.loadavg(), after: [] as number[] };
  if (load.before[0]! > os.availableParallelism() / 2)
    log(`load average is ${load.before[0]!.toFixed(2)} on ${os.availableParallelism()} cores: timings will be noisy.`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'actionshift-bench-out-'));
  const names: TreeName[] = args.only ? [args.only] : ['sparse', 'dense', 'wide'];
  const trees: TreeResult[] = [];
  try {
    for (const name of names) trees.push(await benchTree(name, args, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  load.after = os.loadavg();

  process.stdout.write('\n' + textTable(trees) + '\n');
  const md = markdown(trees, args, load);
  process.stdout.write(md);
  writeFileSync(args.out, md);
  writeFileSync(
    args.out.replace(/\.md$/, '') + '.json',
    JSON.stringify({ machine: machine(), load, args, trees }, null, 2) + '\n',
  );
  log(
    `wrote ${path.relative(process.cwd(), args.out)} and ${path.relative(process.cwd(), args.out.replace(/\.md$/, '') + '.json')}`,
  );
  const allOk = trees.every((t) => t.tools.every((x) => stat(x).ok));
  if (!allOk)
    log(
      'some runs did not find what the generator planted (see "found"): the numbers above may not compare like with like.',
    );
  return allOk ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
