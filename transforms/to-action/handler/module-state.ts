// `module-state-split` (docs/reasons.md): module-level state that a moved handler reaches through
// the app's own imports and that a server component imports too. Next.js loads such a module once
// for actions called from client code and once for server components (vercel/next.js#55910): after
// the move the action changes one copy and the page reads the other.
import type { Node, Program } from '@babel/types';
import type { App, ProjectSnapshot, RouteFile } from '../../model/types.js';
import type { Migration } from '../migration.js';
import { ProjectModel } from '../../model/model.js';
import { basename, isInside } from '../../model/paths.js';
import { importsOf } from '../../model/snapshot.js';
import { parseForAnalysis } from '../../ast/parse.js';
import { boundNames, memberProp, unwrap } from '../../ast/nodes.js';
import { walk, type Path } from '../../ast/walk.js';

/** State a moved action would split from the page that reads it. */
export interface StateSplit {
  /** The module holding the state. */
  module: string;
  /** Its top-level bindings that its functions change. */
  names: string[];
  /** A page or layout (a server component) that imports it too, directly or through others. */
  reader: string;
}

export const stateSplitMessage = (s: StateSplit): string =>
  `the action reaches module state (${s.names.map((n) => `\`${n}\``).join(', ')} in ${s.module}) that ${s.reader} also imports; Next.js loads a separate copy of that module for actions called from client code, so the page may stop seeing the action's changes: keep the state on globalThis or in a database`;

/**
 * A top-level declaration that may be mutable state, as a cheap test on the text: the cheap
 * filter passed over most state modules, and only texts this matches are worth reading for them.
 */
const STATE_HINT =
  /^(?:export\s+)?(?:(?:const|var)\s+[\w$]+\s*(?::(?:[^=\n]|=>)+)?=\s*(?:new\s+(?:Map|Set|WeakMap|WeakSet|Array|Object)\b|[[{])|let\s)/m;

/** Whether a module's text may declare module state (the CLI reads such modules for this check). */
export const mayHoldModuleState = (text: string): boolean => STATE_HINT.test(text);

const CONTAINERS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object']);
const MUTATORS = new Set([
  'set',
  'add',
  'delete',
  'clear',
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);
/** Database and cache clients: the state lives outside the process, and a second client shares it. */
const CLIENT_CLASS = /(?:Client|Pool|Redis|Kysely|Sequelize|DataSource|Database)$/;
const CLIENT_FACTORY = /^(?:drizzle|createClient|createPool|createConnection|postgres|neon|knex|connect)$/;
const SERVER_COMPONENT = /^(?:page|layout|template|default|not-found)\.(?:tsx|jsx|ts|js|mjs)$/;

const isFunction = (n: Node): boolean =>
  n.type === 'FunctionDeclaration' ||
  n.type === 'FunctionExpression' ||
  n.type === 'ArrowFunctionExpression' ||
  n.type === 'ObjectMethod' ||
  n.type === 'ClassMethod' ||
  n.type === 'ClassPrivateMethod';

/** `new Map()`, `[]`, `{}`: a value that is changed in place. */
function isContainer(init: Node): boolean {
  const n = unwrap(init);
  if (n.type === 'ArrayExpression' || n.type === 'ObjectExpression') return true;
  return n.type === 'NewExpression' && n.callee.type === 'Identifier' && CONTAINERS.has(n.callee.name);
}

/** A value kept outside this module's copy: on globalThis, or a database client. */
function isShared(value: Node): boolean {
  const n = unwrap(value);
  let shared = false;
  walk(n, ({ node }) => {
    if (node.type === 'Identifier' && (node.name === 'globalThis' || node.name === 'global')) shared = true;
    return !shared;
  });
  if (shared) return true;
  if (n.type === 'NewExpression') return n.callee.type === 'Identifier' && CLIENT_CLASS.test(n.callee.name);
  if (n.type === 'CallExpression') {
    const name = n.callee.type === 'Identifier' ? n.callee.name : memberProp(n.callee);
    return name !== null && CLIENT_FACTORY.test(name);
  }
  return false;
}

/** The identifier an expression reads into: `a` of `a.b[c].d`; through calls too when `calls`. */
function rootName(node: Node, calls: boolean): string | null {
  let n = unwrap(node);
  for (;;) {
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') n = unwrap(n.object);
    else if (calls && (n.type === 'CallExpression' || n.type === 'OptionalCallExpression')) n = unwrap(n.callee);
    else break;
  }
  return n.type === 'Identifier' ? n.name : null;
}

/** `if (!x) x = ...`, `if (x == null) ...`: a lazy first assignment, not a change of state. */
function insideGuardOf(path: Path, name: string): boolean {
  for (let p = path.parent; p; p = p.parent) {
    if (isFunction(p.node)) return false;
    if (p.node.type !== 'IfStatement') continue;
    const test = unwrap(p.node.test);
    if (test.type === 'UnaryExpression' && test.operator === '!' && rootName(test.argument, false) === name)
      return true;
    if (test.type === 'BinaryExpression' && /^[!=]==?$/.test(test.operator) && rootName(test.left, false) === name)
      return true;
  }
  return false;
}

interface Binding {
  container: boolean;
  reassignable: boolean;
}

function topLevelBindings(program: Program): Map<string, Binding> {
  const out = new Map<string, Binding>();
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (d.id.type !== 'Identifier') continue;
      const container = d.init != null && isContainer(d.init);
      const reassignable = decl.kind !== 'const' && !(d.init != null && isShared(d.init));
      if (container || reassignable) out.set(d.id.name, { container, reassignable });
    }
  }
  return out;
}

/** What a node inside a function changes of the module's bindings: a name, or null. */
function changed(path: Path, bindings: Map<string, Binding>): string | null {
  const n = path.node;
  const inPlace = (target: Node, calls: boolean) => {
    const name = rootName(target, calls);
    return name !== null && bindings.has(name) ? name : null;
  };
  if (n.type === 'AssignmentExpression') {
    if (n.left.type === 'Identifier') {
      const b = bindings.get(n.left.name);
      if (
        !b?.reassignable ||
        n.operator === '??=' ||
        n.operator === '||=' ||
        isShared(n.right) ||
        insideGuardOf(path, n.left.name)
      )
        return null;
      return n.left.name;
    }
    return n.left.type === 'MemberExpression' || n.left.type === 'OptionalMemberExpression'
      ? inPlace(n.left, true)
      : null;
  }
  if (n.type === 'UpdateExpression') {
    if (n.argument.type === 'Identifier') return bindings.get(n.argument.name)?.reassignable ? n.argument.name : null;
    return inPlace(n.argument, true);
  }
  if (n.type === 'UnaryExpression' && n.operator === 'delete') return inPlace(n.argument, true);
  if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') {
    const method = memberProp(n.callee);
    if (method === null || !MUTATORS.has(method)) return null;
    // `todos.filter(...).sort()` sorts a copy: only a chain of properties reaches the state itself.
    return inPlace((n.callee as { object: Node }).object, false);
  }
  return null;
}

/**
 * The top-level bindings of a module that its functions change: a `Map`, `Set`, array or object
 * changed in place, or a `let` assigned again. Code that runs once at the top (seeding) is not a
 * change; state kept on globalThis and database clients are shared, not copied.
 */
export function moduleState(file: string, text: string): string[] {
  if (!mayHoldModuleState(text)) return [];
  let program: Program;
  try {
    program = parseForAnalysis(file, text).program;
  } catch {
    // Not a file this run edits: a module that does not parse simply shows no state.
    return [];
  }
  const bindings = topLevelBindings(program);
  if (bindings.size === 0) return [];
  const found = new Set<string>();
  walk(program, (path) => {
    if (!isFunction(path.node)) return;
    // A function that binds the same name works on its own variable.
    const own = boundNames(path.node);
    const visible = new Map([...bindings].filter(([name]) => !own.has(name)));
    walk(
      path.node,
      (inner) => {
        const name = changed(inner, visible);
        if (name) found.add(name);
      },
      path.parent,
    );
    return false;
  });
  return [...bindings.keys()].filter((n) => found.has(n));
}

/** The app's own modules the files import, directly or through others, themselves left out; client modules are not followed. */
function reachedModules(
  snapshot: ProjectSnapshot,
  model: ProjectModel,
  from: Array<[file: string, app: App]>,
): string[] {
  const seen = new Set(from.map(([file]) => file));
  const queue = [...from];
  const out: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const [file, app] = queue[i]!;
    const summary = snapshot.summaries.get(file);
    if (!summary) continue;
    for (const spec of importsOf(summary).specifiers) {
      const target = model.graph.resolve(file, spec, app);
      if (!target || seen.has(target) || snapshot.summaries.get(target)?.directive === 'use client') continue;
      seen.add(target);
      queue.push([target, app]);
      out.push(target);
    }
  }
  return out;
}

/**
 * Texts a run needs to judge module state that the cheap filter passed over: the modules route
 * handlers reach that may declare state. `read` gives a file's text (null when it cannot be read);
 * the transform itself reads nothing.
 */
export function moduleStateTexts(
  snapshot: ProjectSnapshot,
  read: (file: string) => string | null,
  model = new ProjectModel(snapshot),
): Array<[string, string]> {
  const reached = reachedModules(
    snapshot,
    model,
    model.project.routes.map((r) => [r.file, r.app]),
  );
  const out: Array<[string, string]> = [];
  for (const file of reached.filter((f) => !snapshot.files.has(f)).sort()) {
    const text = read(file);
    if (text !== null && mayHoldModuleState(text)) out.push([file, text]);
  }
  return out;
}

/** Finds, per moved route, the module state its action would split from a page; each module is read once. */
export class StateSplits {
  private readonly state = new Map<string, string[]>();
  private readonly pageReach = new Map<App, Map<string, string>>();
  private routeFiles: Set<string> | null = null;

  constructor(private readonly model: ProjectModel) {}

  /** For a route's handlers (or the action module a delegate calls, `from`): the first split they reach. */
  of(route: RouteFile, from = route.file): StateSplit | null {
    const { snapshot } = this.model;
    for (const module of reachedModules(snapshot, this.model, [[from, route.app]])) {
      const names = this.stateOf(module);
      if (names.length === 0) continue;
      const reader = this.readerOf(module, route.app);
      if (reader) return { module, names, reader };
    }
    return null;
  }

  private stateOf(file: string): string[] {
    let names = this.state.get(file);
    if (names === undefined) {
      const text = this.model.snapshot.files.get(file);
      names = text === undefined ? [] : moduleState(file, text);
      this.state.set(file, names);
    }
    return names;
  }

  /**
   * A page or layout of the app that imports `file` through server code: up its importers,
   * stopping at client modules (their imports run in the browser) and route handlers.
   */
  /**
   * The page or layout that imports `file` through server code. Searched forward from the app's
   * server pages once per app: a reverse search would index every import of every file first.
   */
  private readerOf(file: string, app: App): string | null {
    let reached = this.pageReach.get(app);
    if (!reached) this.pageReach.set(app, (reached = this.reachedFromPages(app)));
    return reached.get(file) ?? null;
  }

  private reachedFromPages(app: App): Map<string, string> {
    const { snapshot, graph, project } = this.model;
    const routes = (this.routeFiles ??= new Set(project.routes.map((r) => r.file)));
    const reached = new Map<string, string>();
    if (app.appDir === null) return reached;
    const isClient = (f: string) => snapshot.summaries.get(f)?.directive === 'use client';
    const pages = [...snapshot.summaries.keys()]
      .filter((f) => isInside(f, app.appDir!) && SERVER_COMPONENT.test(basename(f)) && !isClient(f))
      .sort();
    for (const page of pages) {
      const queue = [page];
      for (let i = 0; i < queue.length; i++) {
        const summary = snapshot.summaries.get(queue[i]!);
        if (!summary) continue;
        for (const spec of importsOf(summary).specifiers) {
          const target = graph.resolve(queue[i]!, spec, app);
          if (!target || target === page || reached.has(target) || routes.has(target) || isClient(target)) continue;
          reached.set(target, page);
          queue.push(target);
        }
      }
    }
    return reached;
  }
}

/** Adds `module-state-split` to the moving sites of each written migration whose action splits state from a page. */
export function warnStateSplits(model: ProjectModel, written: Migration[]): void {
  const splits = new StateSplits(model);
  for (const m of written) {
    // A route that already delegates: its callers now call that action, which reaches what its module imports.
    const split = splits.of(m.route, m.delegates ? m.moduleFile : m.route.file);
    if (!split) continue;
    const moving = [...m.candidates.map((c) => c.site), m.routeSite].filter((s) => s.status !== 'skipped');
    for (const site of moving) site.warnings = [...(site.warnings ?? []), 'module-state-split'];
    if (m.routeSite.status !== 'skipped')
      m.routeSite.message = m.routeSite.message
        ? `${m.routeSite.message}; ${stateSplitMessage(split)}`
        : stateSplitMessage(split);
  }
}
