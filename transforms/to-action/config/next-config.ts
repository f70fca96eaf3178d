// Next.js 13.4 and 13.5 run Server Actions only with `experimental: { serverActions: true }` in
// next.config: an app of those versions that gets actions gets the flag too, by a text edit of
// the config's object literal, or keeps its call sites when that literal cannot be found. The
// config is code we must not run, so only shapes read off the text are trusted.
import type { Expression, File, Node, ObjectExpression, Statement } from '@babel/types';
import type { App, Change, ProjectSnapshot, RouteFile, Site } from '../../model/types.js';
import { predatesServerActions, serverActionSupport } from '../../model/next-version.js';
import { isInside, isSourceFile, join } from '../../model/paths.js';
import { parseJsonc } from '../../model/jsonc.js';
import { checkParses, parseErrorMessage, parseForAnalysis } from '../../ast/parse.js';
import { declarationOf, detectStyle, memberProp, staticKey, unwrap, type CodeStyle } from '../../ast/nodes.js';
import { TextEdits, indentAt, lineStart } from '../../ast/text-edits.js';
import { visitNodes } from '../../ast/walk.js';

/** The names Next.js looks for, those 13.x reads (js, then mjs) first: the file edited is the one it reads. */
const CONFIG_NAMES = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.cjs', 'next.config.mts'];

export type ServerActionsFlag = { file: string; change: Change | null } | { file: string; reason: string };

/** The app's next.config, or the file a new one would be (`.mjs` in a `"type": "module"` package, where `.js` is ESM too). */
export function configFileOf(snapshot: ProjectSnapshot, app: App): string {
  const existing = CONFIG_NAMES.map((name) => join(app.dir, name)).find((file) => snapshot.files.has(file));
  if (existing) return existing;
  return join(app.dir, isEsmPackage(snapshot, app) ? 'next.config.mjs' : 'next.config.js');
}

function isEsmPackage(snapshot: ProjectSnapshot, app: App): boolean {
  const pkg = parseJsonc(snapshot.files.get(join(app.dir, 'package.json')) ?? '') as { type?: unknown } | null;
  return pkg?.type === 'module';
}

/**
 * The change that turns the flag on in the app's next.config (null when it is on already), or
 * why it cannot be made: then the app's call sites stay, and the reason tells what to add by hand.
 */
export function serverActionsFlag(snapshot: ProjectSnapshot, app: App): ServerActionsFlag {
  const file = configFileOf(snapshot, app);
  const text = snapshot.files.get(file);
  const why = (reason: string): ServerActionsFlag => ({
    file,
    reason: `the app depends on next ${app.next}, whose Server Actions need \`experimental: { serverActions: true }\` in ${file}, which could not be added (${reason}): add it by hand, or upgrade to Next.js 14`,
  });
  const after = text === undefined ? newConfig(snapshot, app, file) : flagged(file, text);
  if (typeof after === 'object') return why(after.why);
  if (after === text) return { file, change: null };
  try {
    checkParses(file, after);
  } catch (error) {
    return why(`the edited config would not parse (${parseErrorMessage(error)})`);
  }
  return { file, change: { file, kind: text === undefined ? 'create' : 'modify', before: text ?? null, after } };
}

/**
 * Why no route of the app can become an action because of its Next.js version, or null: for
 * verdicts on routes (scan), in the words to-action gives their call sites.
 */
export function versionBlock(snapshot: ProjectSnapshot, app: App): string | null {
  const support = serverActionSupport(app.next);
  if (support === 'none') return predatesServerActions(app.next);
  if (support === 'stable') return null;
  const flag = serverActionsFlag(snapshot, app);
  return 'reason' in flag ? flag.reason : null;
}

/**
 * Call sites whose app needs the flag where it cannot be added stay, with the reason: decided
 * before any handler is read, so no action is planned for them.
 */
export function gateOnConfig<C extends { app: App; site: Site }>(snapshot: ProjectSnapshot, candidates: C[]): C[] {
  const verdicts = new Map<string, ServerActionsFlag>();
  return candidates.filter((c) => {
    if (serverActionSupport(c.app.next) !== 'experimental') return true;
    let verdict = verdicts.get(c.app.dir);
    if (!verdict) verdicts.set(c.app.dir, (verdict = serverActionsFlag(snapshot, c.app)));
    if (!('reason' in verdict)) return true;
    Object.assign(c.site, { status: 'skipped', reason: 'next-version', message: verdict.reason });
    return false;
  });
}

/**
 * The config changes the apps of these migrations need. Each app's action modules require its
 * config change, so review does not keep actions whose flag was declined.
 */
export function flagChanges(
  snapshot: ProjectSnapshot,
  migrations: Array<{ route: RouteFile; moduleFile: string }>,
  changes: Change[],
): Change[] {
  const out: Change[] = [];
  const done = new Set<string>();
  for (const { route } of migrations) {
    const app = route.app;
    if (done.has(app.dir) || serverActionSupport(app.next) !== 'experimental') continue;
    done.add(app.dir);
    // gateOnConfig kept no candidate of an app whose config cannot take the flag.
    const flag = serverActionsFlag(snapshot, app);
    if (!('change' in flag) || !flag.change) continue;
    out.push(flag.change);
    const modules = new Set(migrations.filter((m) => m.route.app.dir === app.dir).map((m) => m.moduleFile));
    for (const c of changes)
      if (modules.has(c.file)) c.requires = [...new Set([...(c.requires ?? []), flag.change.file])];
  }
  return out;
}

/** A minimal config in the app's style: a new file is one a reviewer reads whole. */
function newConfig(snapshot: ProjectSnapshot, app: App, file: string): string {
  const style = appStyle(snapshot, app);
  const q = style.quote === 'single' ? "'" : '"';
  const semi = style.semi ? ';' : '';
  const i = style.indent;
  const exported = file.endsWith('.mjs') ? `export default nextConfig${semi}` : `module.exports = nextConfig${semi}`;
  return [
    `/** @type {import(${q}next${q}).NextConfig} */`,
    'const nextConfig = {',
    `${i}experimental: {`,
    `${i}${i}serverActions: true,`,
    `${i}},`,
    `}${semi}`,
    '',
    exported,
    '',
  ].join(style.eol);
}

/** The style of the app's first source file, in path order, so the choice does not depend on reading order. */
function appStyle(snapshot: ProjectSnapshot, app: App): CodeStyle {
  let first: string | null = null;
  for (const file of snapshot.files.keys())
    if (isSourceFile(file) && isInside(file, app.dir) && (first === null || file < first)) first = file;
  return detectStyle(first === null ? '' : snapshot.files.get(first)!);
}

type Why = { why: string };

/** The config text with the flag on, or why the config cannot be edited. */
function flagged(file: string, text: string): string | Why {
  let ast: File;
  try {
    ast = parseForAnalysis(file, text);
  } catch (error) {
    return { why: `the config ${parseErrorMessage(error)}` };
  }
  const body = ast.program.body;
  const exported = exportedConfig(body);
  if (!exported) return { why: 'the config exports no object it can be read from' };
  const obj = configObject(ast, exported, 1);
  if ('why' in obj) return obj;
  const edits = new TextEdits(text);
  const style = detectStyle(text);
  if (hasMethod(obj, 'experimental')) return { why: 'its `experimental` setting is not an object literal' };
  const experimental = obj.properties.find((p) => staticKey(p) === 'experimental');
  if (!experimental) {
    if (obj.properties.some((p) => p.type === 'SpreadElement'))
      return {
        why: 'the config spreads another object, whose experimental settings a new `experimental` key would replace',
      };
    insertProperty(edits, text, obj, 'experimental: { serverActions: true }', style);
    return edits.apply();
  }
  const value = experimental.type === 'ObjectProperty' && !experimental.shorthand ? unwrap(experimental.value) : null;
  if (value?.type !== 'ObjectExpression') return { why: 'its `experimental` setting is not an object literal' };
  const current = value.properties.find((p) => staticKey(p) === 'serverActions');
  if (current || hasMethod(value, 'serverActions')) {
    const v = current?.type === 'ObjectProperty' ? unwrap(current.value) : null;
    if (v?.type === 'BooleanLiteral' && v.value) return text;
    return {
      why: `its \`experimental.serverActions\` is set${current ? ` to \`${text.slice(current.start!, current.end!)}\`` : ''}, which is left to the app's authors`,
    };
  }
  insertProperty(edits, text, value, 'serverActions: true', style);
  return edits.apply();
}

/** A method or accessor of that name, which a property of the same name would silently replace. */
const hasMethod = (obj: ObjectExpression, name: string): boolean =>
  obj.properties.some(
    (p) =>
      p.type === 'ObjectMethod' &&
      !p.computed &&
      ((p.key.type === 'Identifier' && p.key.name === name) ||
        (p.key.type === 'StringLiteral' && p.key.value === name)),
  );

/** What `export default` or the last `module.exports =` of the module gives. */
function exportedConfig(body: Statement[]): Node | null {
  let found: Node | null = null;
  for (const stmt of body) {
    if (stmt.type === 'ExportDefaultDeclaration') return stmt.declaration;
    if (
      stmt.type === 'ExpressionStatement' &&
      stmt.expression.type === 'AssignmentExpression' &&
      stmt.expression.operator === '='
    ) {
      const left = stmt.expression.left;
      if (
        left.type === 'MemberExpression' &&
        left.object.type === 'Identifier' &&
        left.object.name === 'module' &&
        memberProp(left) === 'exports'
      )
        found = stmt.expression.right;
    }
  }
  return found;
}

/**
 * The object literal a config expression stands for: the literal itself, a top-level const
 * holding one, or (`calls` wrappers deep) the first argument of a plugin wrapper that is one:
 * `withPWA(nextConfig)`, `withPlugins([plugins], nextConfig)`, `withAnalyzer(options)(nextConfig)`.
 * Wrappers spread the object they are given, so its flag reaches the config Next.js reads.
 */
function configObject(ast: File, node: Node, calls: number, seen = new Set<string>()): ObjectExpression | Why {
  const expr = unwrap(node);
  if (expr.type === 'ObjectExpression') return expr;
  if (expr.type === 'Identifier') {
    if (seen.has(expr.name)) return { why: `\`${expr.name}\` refers to itself` };
    seen.add(expr.name);
    const init = localInit(ast, expr.name);
    if (!init) return { why: `\`${expr.name}\` is not a top-level constant the config can be read from` };
    if (reassigned(ast, expr.name)) return { why: `\`${expr.name}\` is changed after it is declared` };
    return configObject(ast, init, calls, seen);
  }
  if (expr.type === 'CallExpression' && calls > 0) {
    for (const arg of expr.arguments) {
      if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder') continue;
      const inner = unwrap(arg);
      if (inner.type !== 'ObjectExpression' && inner.type !== 'Identifier') continue;
      const obj = configObject(ast, inner, calls - 1, seen);
      if (!('why' in obj)) return obj;
    }
    return { why: `the config is built by \`${calleeText(expr.callee)}(...)\` from no object literal` };
  }
  if (
    expr.type === 'ArrowFunctionExpression' ||
    expr.type === 'FunctionExpression' ||
    expr.type === 'FunctionDeclaration'
  )
    return { why: 'the config is a function' };
  return { why: 'the config is not an object literal' };
}

function calleeText(callee: Node): string {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'CallExpression') return `${calleeText(callee.callee)}(...)`;
  const prop = memberProp(callee);
  return prop ? `${calleeText((callee as { object: Node }).object)}.${prop}` : 'a call';
}

/** The initialiser of a top-level `const`/`let`/`var` of that name (exported or not). */
function localInit(ast: File, name: string): Expression | null {
  for (const stmt of ast.program.body) {
    const decl = declarationOf(stmt);
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.id.name === name) return d.init ?? null;
  }
  return null;
}

/** Whether the module assigns the name again, or to its `experimental` (where an added flag would be overwritten). */
function reassigned(ast: File, name: string): boolean {
  let found = false;
  visitNodes(ast.program, (node) => {
    if (found) return false;
    if (node.type !== 'AssignmentExpression') return;
    let target: Node = node.left;
    while (target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') target = target.object;
    if (
      target.type === 'Identifier' &&
      target.name === name &&
      (node.left.type === 'Identifier' || memberPath(node.left)[0] === 'experimental')
    )
      found = true;
  });
  return found;
}

/** `a.b.c` -> ['b', 'c']: the properties a member chain reads after its object. */
function memberPath(node: Node): string[] {
  const out: string[] = [];
  while (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    out.unshift(memberProp(node) ?? '*');
    node = node.object;
  }
  return out;
}

/** Adds a property after an object's last one, in the object's layout (one line, or a line of its own). */
function insertProperty(edits: TextEdits, text: string, obj: ObjectExpression, code: string, style: CodeStyle): void {
  const close = obj.end! - 1;
  const last = obj.properties.at(-1);
  const closeLine = lineStart(text, close);
  const braceOwnLine = /^[ \t]*$/.test(text.slice(closeLine, close));
  if (!last) {
    const inner = text.slice(obj.start! + 1, close);
    if (/^\s*$/.test(inner)) edits.replace(obj.start! + 1, close, ` ${code} `);
    // Only comments inside: they stay, the property follows them.
    else if (braceOwnLine && closeLine > obj.start!)
      edits.insert(closeLine, `${indentAt(text, close)}${style.indent}${code},${style.eol}`);
    else edits.insert(close, `${/\s$/.test(inner) ? '' : ' '}${code} `);
    return;
  }
  const comma = commaAfter(text, last.end!, close);
  if (braceOwnLine && closeLine > last.end!) {
    // Before the closing brace's line, so a comment ending the last property's line stays there.
    if (comma === null) edits.insert(last.end!, ',');
    edits.insert(closeLine, `${indentAt(text, last.start!)}${code}${comma === null ? '' : ','}${style.eol}`);
  } else if (comma === null) edits.insert(last.end!, `, ${code}`);
  else edits.insert(comma + 1, ` ${code},`);
}

/** The offset of a trailing comma between `from` and `to` (past whitespace and comments), or null. */
function commaAfter(text: string, from: number, to: number): number | null {
  const trivia = /(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/y;
  trivia.lastIndex = from;
  trivia.exec(text);
  return trivia.lastIndex < to && text[trivia.lastIndex] === ',' ? trivia.lastIndex : null;
}
