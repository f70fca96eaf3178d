// The end-to-end proof (__testfixtures__/README.md, "Apps"): every app under __testfixtures__/apps
// is copied, built with `next build`, started with `next start`, and its scenario played in
// Chromium; then the built actionshift CLI migrates the copy, `tsc --noEmit` and `next build` must
// pass, and the same scenario (plus its after-migration requests) is played again.
//
//   npm run test:e2e [-- app-name ...]
//
// Environment: E2E_CHROMIUM (default /usr/bin/chromium), ACTIONSHIFT_E2E_CACHE (dependency sets,
// default ~/.cache/actionshift-e2e), E2E_KEEP=1 keeps every app copy (failed ones are always kept),
// E2E_NO_BUILD=1 uses dist/ as it is instead of running `npm run build` first.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { depsFor, repo, type DepsSet } from './deps.js';
import { play, StepError, type Scenario, type Step } from './scenario.js';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const appsDir = join(repo, '__testfixtures__', 'apps');
const cli = join(repo, 'dist', 'cli', 'main.js');
const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const keepAll = process.env.E2E_KEEP === '1';
const runId = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;
const log = (line: string) => process.stderr.write(`[e2e ${seconds(started).padStart(7)}] ${line}\n`);

/** A failure at a named stage of one app, with the log worth showing. */
class AppFailure extends Error {
  constructor(
    readonly stage: string,
    message: string,
    readonly logFile?: string,
  ) {
    super(message);
  }
}

// ---- processes ---------------------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  port: number;
  logFile: string;
  exited: Promise<number | null>;
}
const running = new Set<Server>();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a command to completion, its output in `logFile`; rejects with the stage on failure. */
function runLogged(
  stage: string,
  command: string,
  args: string[],
  cwd: string,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const fd = openSync(logFile, 'a');
    writeFileSync(fd, `$ ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd, stdio: ['ignore', fd, fd], env: process.env, detached: true });
    closeSync(fd);
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new AppFailure(stage, error.message, logFile));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new AppFailure(
            stage,
            signal ? `killed by ${signal} (timeout ${timeoutMs / 1000}s?)` : `exit code ${code}`,
            logFile,
          ),
        );
    });
  });
}

async function startServer(deps: DepsSet, cwd: string, logFile: string, stage: string): Promise<Server> {
  const port = await freePort();
  const fd = openSync(logFile, 'a');
  writeFileSync(fd, `$ next start -H 127.0.0.1 -p ${port}\n`);
  // The real binary (not npx), in its own process group: the PID we stop is the server's.
  const child = spawn(deps.nextBin, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    stdio: ['ignore', fd, fd],
    env: process.env,
    detached: true,
  });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const server: Server = { child, port, logFile, exited };
  running.add(server);
  let dead = false;
  void exited.then(() => (dead = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (dead) throw new AppFailure(stage, 'next start exited before answering', logFile);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(5_000) });
      return server;
    } catch {
      if (Date.now() > deadline)
        throw new AppFailure(stage, `nothing answered on 127.0.0.1:${port} within 60s`, logFile);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function stopServer(server: Server): Promise<void> {
  if (!running.delete(server)) return;
  const pid = server.child.pid;
  if (pid === undefined || server.child.exitCode !== null) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const stopped = await Promise.race([
    server.exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 5_000)),
  ]);
  if (!stopped) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
    await server.exited;
  }
}

function stopAllNow(): void {
  for (const server of running) {
    try {
      if (server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  running.clear();
}
process.on('exit', stopAllNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAllNow();
    process.exit(130);
  });
}

// ---- one app -----------------------------------------------------------------------------------

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function tail(file: string | undefined, lines = 40): string {
  if (!file || !existsSync(file)) return '';
  const text = readFileSync(file, 'utf8').trimEnd().split('\n');
  return text.slice(-lines).join('\n');
}

/** Copies an app without build output or installed dependencies. */
function copyApp(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !/(^|\/)(node_modules|\.next|out)(\/|$)|\.tsbuildinfo$/.test(relative(from, src)),
  });
}

interface SiteLike {
  kind: string;
  file: string;
  status: string;
  reason?: string;
  [key: string]: unknown;
}
interface ReportLike {
  sites: SiteLike[];
  changes: Array<{ file: string; kind: string }>;
  errors: Array<{ file: string; message: string }>;
  summary: { migrated: number; skipped: number };
}

function checkMigration(scenario: Scenario, original: string, copy: string, report: ReportLike): string[] {
  const problems: string[] = [];
  const m = scenario.migration;
  if (report.errors.length > 0) problems.push(`the report has errors: ${JSON.stringify(report.errors)}`);
  if (report.changes.length === 0) problems.push('the migration changed nothing');
  for (const expected of m.sites ?? []) {
    const found = report.sites.some((s) =>
      Object.entries(expected).every(([k, v]) => JSON.stringify(s[k] ?? null) === JSON.stringify(v)),
    );
    if (!found) problems.push(`no site matches ${JSON.stringify(expected)}`);
  }
  const read = (root: string, file: string) =>
    existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null;
  for (const file of m.changed ?? []) {
    if (read(copy, file) === null) problems.push(`${file} was deleted`);
    else if (read(copy, file) === read(original, file)) problems.push(`${file} did not change`);
  }
  for (const file of m.created ?? []) {
    if (read(original, file) !== null) problems.push(`${file} existed before`);
    if (read(copy, file) === null) problems.push(`${file} was not created`);
  }
  for (const file of m.unchanged ?? []) {
    if (read(copy, file) !== read(original, file)) problems.push(`${file} changed but must stay as it was`);
  }
  for (const [file, needles] of Object.entries(m.contains ?? {})) {
    const text = read(copy, file) ?? '';
    for (const needle of needles) if (!text.includes(needle)) problems.push(`${file} lacks ${JSON.stringify(needle)}`);
  }
  return problems;
}

async function playScenario(
  browser: Browser,
  deps: DepsSet,
  copy: string,
  logFile: string,
  phase: string,
  steps: Step[],
  extra: Step[],
): Promise<void> {
  const stage = `next start (${phase})`;
  const server = await startServer(deps, copy, logFile, stage);
  try {
    const baseURL = `http://127.0.0.1:${server.port}`;
    try {
      await play(browser, baseURL, [...steps, ...extra]);
    } catch (error) {
      if (error instanceof StepError) {
        const where = `scenario (${phase}) step ${error.index} ${JSON.stringify(error.step)}`;
        const page = error.pageText ? `\n  page text: ${error.pageText.replace(/\s+/g, ' ').slice(0, 600)}` : '';
        throw new AppFailure(where, `${error.message}${page}`, logFile);
      }
      throw new AppFailure(`scenario (${phase})`, error instanceof Error ? error.message : String(error), logFile);
    }
  } finally {
    await stopServer(server);
  }
}

/** `prettier --check .` with the dependency set's Prettier, which is what the app resolves. */
function checkPrettier(deps: DepsSet, copy: string, stage: string, when: string): void {
  const bin = join(deps.dir, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  if (!existsSync(bin)) throw new AppFailure(stage, `the ${deps.name} dependency set has no prettier`);
  const check = spawnSync(process.execPath, [bin, '--check', '.'], { cwd: copy, encoding: 'utf8' });
  if (check.status !== 0)
    throw new AppFailure(stage, `prettier --check fails ${when}:\n${(check.stdout + check.stderr).trim()}`);
}

interface AppResult {
  name: string;
  ok: boolean;
  line: string;
}

async function runApp(name: string, workDir: string, getBrowser: () => Promise<Browser>): Promise<AppResult> {
  const appStarted = performance.now();
  const original = join(appsDir, name);
  const scenario = readJson<Scenario>(join(original, 'scenario.json'));
  const pkg = readJson<{ dependencies?: Record<string, string> }>(join(original, 'package.json'));
  const declared = pkg.dependencies?.next ?? '?';
  let stage = 'dependencies';
  const logs = join(workDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const buildLog = (n: number) => join(logs, `${name}.build${n}.log`);
  const serverLog = (n: number) => join(logs, `${name}.server${n}.log`);
  const step = (s: string) => {
    stage = s;
    log(`${name}: ${s}`);
  };
  let copy = '';
  try {
    const deps = depsFor(declared, log);
    if (deps.nextVersion !== declared)
      throw new AppFailure(stage, `the app wants next ${declared}, the ${deps.name} set has ${deps.nextVersion}`);
    copy = join(workDir, name);
    step(`copy to ${copy}`);
    copyApp(original, copy);

    // An app with a Prettier config must be clean before, and stay clean after (docs/formatting.md).
    const prettierChecked = existsSync(join(copy, '.prettierrc.json'));
    if (prettierChecked) {
      step('prettier --check (before)');
      checkPrettier(deps, copy, stage, 'before the migration');
    }

    step('next build (before)');
    await runLogged(stage, deps.nextBin, ['build'], copy, buildLog(1), 300_000);
    step('scenario (before)');
    await playScenario(await getBrowser(), deps, copy, serverLog(1), 'before migration', scenario.steps, []);

    step(`actionshift ${scenario.command}`);
    const args = [cli, scenario.command, copy, '--yes', '--force', '--json', '--no-color', ...(scenario.flags ?? [])];
    const migrated = spawnSync(process.execPath, args, {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    writeFileSync(join(logs, `${name}.actionshift.json`), migrated.stdout);
    writeFileSync(join(logs, `${name}.actionshift.log`), migrated.stderr);
    if (migrated.status !== 0) throw new AppFailure(stage, `exit code ${migrated.status}\n${migrated.stderr.trim()}`);
    let report: ReportLike;
    try {
      report = JSON.parse(migrated.stdout) as ReportLike;
    } catch {
      throw new AppFailure(stage, `stdout is not the JSON report:\n${migrated.stdout.slice(0, 800)}`);
    }
    const problems = checkMigration(scenario, original, copy, report);
    if (problems.length > 0) throw new AppFailure(stage, problems.join('\n'));
    const summary = `${report.summary.migrated} migrated, ${report.summary.skipped} skipped`;

    step('actionshift again (--dry: nothing left to change)');
    const again = spawnSync(
      process.execPath,
      [cli, scenario.command, copy, '--dry', '--json', '--force', ...(scenario.flags ?? [])],
      { cwd: copy, encoding: 'utf8' },
    );
    const againReport = JSON.parse(again.stdout || '{"changes":["<no report>"]}') as ReportLike;
    if (again.status !== 0 || againReport.changes.length > 0) {
      throw new AppFailure(
        stage,
        `a second run is not a no-op (exit ${again.status}): ${againReport.changes.map((c) => `${c.kind} ${c.file}`).join(', ')}`,
      );
    }

    if (prettierChecked) {
      step('prettier --check (after)');
      checkPrettier(deps, copy, stage, 'after the migration');
    }

    step('tsc --noEmit');
    const tsc = spawnSync(process.execPath, [deps.tscJs, '--noEmit', '-p', copy], { cwd: copy, encoding: 'utf8' });
    if (tsc.status !== 0)
      throw new AppFailure(stage, `type errors after the migration:\n${(tsc.stdout + tsc.stderr).trim()}`);

    step('next build (after)');
    await runLogged(stage, deps.nextBin, ['build'], copy, buildLog(2), 300_000);
    step('scenario (after)');
    await playScenario(
      await getBrowser(),
      deps,
      copy,
      serverLog(2),
      'after migration',
      scenario.steps,
      scenario.afterMigration ?? [],
    );

    if (!keepAll) rmSync(copy, { recursive: true, force: true });
    return {
      name,
      ok: true,
      line: `PASS ${name.padEnd(22)} next ${deps.nextVersion.padEnd(8)} react ${deps.reactVersion.padEnd(7)} ${scenario.command.padEnd(9)} ${summary}  ${seconds(appStarted)}`,
    };
  } catch (error) {
    const failure =
      error instanceof AppFailure
        ? error
        : new AppFailure(stage, error instanceof Error ? (error.stack ?? error.message) : String(error));
    const lines = [`FAIL ${name} at ${failure.stage}: ${failure.message}`];
    const shown = failure.logFile ?? [serverLog(2), buildLog(2), serverLog(1), buildLog(1)].find((f) => existsSync(f));
    const logTail = tail(shown);
    if (logTail) lines.push(`---- tail of ${shown}`, logTail, '----');
    if (copy) lines.push(`(app copy kept in ${copy})`);
    return { name, ok: false, line: lines.join('\n') };
  }
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const all = readdirSync(appsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(appsDir, e.name, 'scenario.json')))
    .map((e) => e.name)
    .sort();
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length > 0) {
    console.error(`e2e: no such app: ${unknown.join(', ')} (have ${all.join(', ')})`);
    return 2;
  }
  const names = wanted.length > 0 ? wanted : all;
  if (!existsSync(chromiumPath)) {
    console.error(`e2e: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set E2E_CHROMIUM)`);
    return 2;
  }

  if (process.env.E2E_NO_BUILD !== '1' || !existsSync(cli)) {
    log('building the CLI (npm run build)');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repo, encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(`e2e: npm run build failed\n${build.stdout}${build.stderr}`);
      return 1;
    }
  }

  let browser: Browser | undefined;
  const getBrowser = async () =>
    (browser ??= await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }));

  const results: AppResult[] = [];
  const workDirs = new Set<string>();
  try {
    for (const name of names) {
      // Each dependency set holds its own runs/ folder, so the copies resolve its node_modules.
      const declared =
        readJson<{ dependencies?: Record<string, string> }>(join(appsDir, name, 'package.json')).dependencies?.next ??
        '?';
      let workDir: string;
      try {
        workDir = join(depsFor(declared, log).dir, 'runs', runId);
      } catch (error) {
        results.push({
          name,
          ok: false,
          line: `FAIL ${name} at dependencies: ${error instanceof Error ? error.message : String(error)}`,
        });
        continue;
      }
      workDirs.add(workDir);
      const result = await runApp(name, workDir, getBrowser);
      results.push(result);
      log(result.ok ? `${name}: passed` : `${name}: FAILED`);
      if (!result.ok) console.log(result.line);
    }
  } finally {
    await browser?.close();
    stopAllNow();
  }

  const failed = results.filter((r) => !r.ok);
  if (!keepAll && failed.length === 0) for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
  console.log('');
  for (const r of results) console.log(r.ok ? r.line : `FAIL ${r.name}`);
  console.log(`e2e time: ${seconds(started)}`);
  console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    stopAllNow();
    process.exit(1);
  },
);
