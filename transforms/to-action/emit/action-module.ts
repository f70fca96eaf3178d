// Builds one `'use server'` resource module (docs/pipeline.md): the actions made from handlers, with
// the imports and module-level helpers they need moved along, and no name collisions.
import type { File, ImportDeclaration, Node, Statement } from '@babel/types';
import { contains, walk } from '../../ast/walk.js';
import {
  boundNames,
  declaredNames,
  freshName,
  isIdent,
  quoted,
  referencedNames,
  words,
  type CodeStyle,
} from '../../ast/nodes.js';
import { indentAt, moveText, nextLineStart, templateLines, TextEdits, type Code } from '../../ast/text-edits.js';
import { dirname, join } from '../../model/paths.js';
import path from 'node:path';
import type { Guard, HandlerPlan } from '../handler/plan.js';
import type { App } from '../../model/types.js';
import { importSpecifier } from '../../shared/import-path.js';

interface ImportNeed {
  source: string;
  kind: 'default' | 'namespace' | 'named';
  imported: string;
  local: string;
  typeOnly: boolean;
}

/**
 * Rebases a relative specifier written in `fromFile` so it works from `toFile`, through the
 * app's path alias when one covers the target (so `../../lib/db` and `@/lib/db` meet as one).
 */
export function rebaseSpecifier(spec: string, fromFile: string, toFile: string, app: App): string {
  if (!spec.startsWith('.')) return spec;
  const target = join(dirname(fromFile), spec);
  const viaAlias = importSpecifier(app, toFile, target);
  if (!viaAlias.startsWith('.')) return viaAlias;
  const rel = path.posix.relative(dirname(toFile), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Renames a module-level name in the text of a function or statement: `{ a }` becomes `{ a: b }`. */
function renameIn(edits: TextEdits, root: Node, from: string, to: string): void {
  walk(root, (p) => {
    const n = p.node;
    if (n.type === 'ObjectProperty' && n.shorthand && isIdent(n.key, from)) {
      edits.replace(n.key.start!, n.key.end!, `${from}: ${to}`);
      return false;
    }
    if (n.type !== 'Identifier' || n.name !== from) return;
    const parent = p.parent?.node;
    if (
      parent &&
      (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') &&
      p.key === 'property' &&
      !parent.computed
    )
      return;
    if (parent?.type === 'ObjectProperty' && p.key === 'key' && !parent.computed) return;
    // The name alone: an identifier's range takes in its type annotation.
    edits.replace(n.start!, n.start! + from.length, to);
  });
}

export class ActionModule {
  private readonly imports: ImportNeed[] = [];
  private readonly helpers: Array<{ name: string[]; text: string }> = [];
  private readonly functions: string[] = [];
  private readonly taken: Set<string>;

  constructor(
    readonly file: string,
    private readonly existing: { text: string; ast: File } | null,
    private readonly style: CodeStyle,
    private readonly typescript: boolean,
  ) {
    this.taken = existing ? boundNames(existing.ast) : new Set();
  }

  /** Actions the module already holds as this run would write them: their callers call them, nothing is added. */
  private readonly reused = new Set<string>();

  get isEmpty(): boolean {
    return this.functions.length === 0 && this.reused.size === 0;
  }

  /**
   * Turns a handler plan into an exported action; returns the action's final name. A failure
   * leaves the module as it was, so the run can go on without this action. An action the module
   * already holds, written as this run would write it (an earlier run's module accepted without
   * its callers and route), is used as it is.
   */
  add(plan: HandlerPlan, source: string, names: string[], envelope: boolean): string {
    const before = {
      imports: this.imports.length,
      helpers: this.helpers.length,
      functions: this.functions.length,
      taken: new Set(this.taken),
    };
    const restore = () => {
      this.imports.length = before.imports;
      this.helpers.length = before.helpers;
      this.functions.length = before.functions;
      this.taken.clear();
      before.taken.forEach((n) => this.taken.add(n));
    };
    try {
      const built = this.build(plan, source, names, envelope);
      // What it would bring along (imports, helpers) came with it the first time.
      if (built.reused) restore();
      return built.name;
    } catch (error) {
      restore();
      throw error;
    }
  }

  /** The module's own exported async functions, by name, with their text. */
  private existingActions(): Map<string, string> {
    const out = new Map<string, string>();
    for (const stmt of this.existing?.ast.program.body ?? []) {
      const d = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : null;
      if (d?.type === 'FunctionDeclaration' && d.async && d.id)
        out.set(d.id.name, this.existing!.text.slice(stmt.start!, stmt.end!));
    }
    return out;
  }

  private build(
    plan: HandlerPlan,
    source: string,
    names: string[],
    envelope: boolean,
  ): { name: string; reused: boolean } {
    const edits = new TextEdits(source, templateLines(plan.ast));
    applyPlan(plan, envelope, edits, this.style);
    const guard = plan.guard ? guardEdits(plan.guard, envelope, this.style) : null;
    // A helper of the route's own file is part of its program: its names move as the handler's do.
    const sameFileGuard = guard !== null && plan.guard!.file === plan.route.file;
    const renameEverywhere = (from: string, to: string) => {
      renameIn(edits, fn, from, to);
      if (sameFileGuard) renameIn(guard.edits, plan.guard!.fn.body, from, to);
    };
    const fn = plan.fn;
    const program = plan.ast.program;
    const moduleBindings = new Map<string, Statement>();
    for (const stmt of program.body) for (const name of declaredNames(stmt)) moduleBindings.set(name, stmt);

    const typeNames = [...words(plan.inputs.map((i) => i.type).join(' '))];
    const needed = new Set<Statement>();
    // What the body uses once rewritten (a NextResponse it no longer builds is not imported).
    const kept = edits.keptRanges(bodyCode(plan, edits, this.style));
    const queue = [
      ...referencedNames(fn.body, (id) => kept.some(([a, b]) => a <= id.start! && id.end! <= b)),
      ...typeNames,
      ...(sameFileGuard ? guard.names : []),
    ];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const stmt = moduleBindings.get(name);
      if (!stmt || isHandlerExport(stmt, fn)) continue;
      if (!needed.has(stmt) && stmt.type !== 'ImportDeclaration') queue.push(...referencedNames(stmt));
      needed.add(stmt);
    }
    const imports: ImportNeed[] = [];
    for (const need of [...plan.needs].sort())
      imports.push({ source: 'next/headers', kind: 'named', imported: need, local: need, typeOnly: false });
    const helperStmts: Statement[] = [];
    for (const stmt of program.body) {
      if (!needed.has(stmt)) continue;
      if (stmt.type === 'ImportDeclaration')
        imports.push(...importNeeds(stmt, seen, plan.route.file, this.file, plan.route.app));
      else helperStmts.push(stmt);
    }

    // A helper from another module brings its imports, and its own exports, from there.
    if (guard && !sameFileGuard) {
      const g = plan.guard!;
      const guardImports: ImportNeed[] = [];
      for (const stmt of g.ast.program.body)
        if (stmt.type === 'ImportDeclaration')
          guardImports.push(...importNeeds(stmt, guard.names, g.file, this.file, plan.route.app));
      for (const n of g.exports)
        if (guard.names.has(n))
          guardImports.push({
            source: importSpecifier(plan.route.app, this.file, g.file),
            kind: 'named',
            imported: n,
            local: n,
            typeOnly: false,
          });
      for (const imp of guardImports) {
        const same = [...imports, ...this.imports].find((i) => i.local === imp.local);
        if (same && (same.source !== imp.source || same.imported !== imp.imported || same.kind !== imp.kind)) {
          const to = freshName(
            imp.local,
            new Set([
              ...this.taken,
              ...this.imports.map((i) => i.local),
              ...imports.map((i) => i.local),
              ...seen,
              ...guard.names,
            ]),
          );
          renameIn(guard.edits, g.fn.body, imp.local, to);
          imp.local = to;
        }
        if (!imports.some((i) => i.local === imp.local)) imports.push(imp);
      }
    }

    // Resolve collisions with what the module already holds, renaming on our side.
    for (const imp of imports) {
      const same = this.imports.find((i) => i.local === imp.local);
      if (same && (same.source !== imp.source || same.imported !== imp.imported || same.kind !== imp.kind)) {
        const to = freshName(imp.local, new Set([...this.taken, ...this.imports.map((i) => i.local), ...seen]));
        renameEverywhere(imp.local, to);
        helperStmts.forEach((s) => renameIn(edits, s, imp.local, to));
        imp.local = to;
      }
    }
    const helpers = helperStmts.map((stmt) => ({ names: declaredNames(stmt), stmt }));
    for (const h of helpers) {
      const text = helperText(h.stmt, edits);
      const clash = this.helpers.find((x) => x.name.some((n) => h.names.includes(n)));
      if (clash && clash.text !== text) {
        for (const n of h.names) {
          const to = freshName(n, new Set([...this.taken, ...this.helpers.flatMap((x) => x.name), ...seen]));
          renameEverywhere(n, to);
          helperStmts.forEach((s) => renameIn(edits, s, n, to));
          h.names = h.names.map((x) => (x === n ? to : x));
        }
      }
    }
    for (const h of helpers) {
      const text = helperText(h.stmt, edits);
      if (!this.helpers.some((x) => x.text === text)) this.helpers.push({ name: h.names, text });
    }
    for (const imp of imports) if (!this.imports.some((i) => i.local === imp.local)) this.imports.push(imp);

    const avoid = new Set([
      ...this.taken,
      ...seen,
      ...this.imports.map((i) => i.local),
      ...this.helpers.flatMap((h) => h.name),
    ]);
    // The first free name of the preferred ones, else the last one numbered.
    const name = names.find((n) => !avoid.has(n)) ?? freshName(names[names.length - 1]!, avoid);
    this.taken.add(name);
    const params = plan.inputs.map((i) => (this.typescript ? `${i.name}: ${i.type}` : i.name)).join(', ');
    // Callers read `data` as they read `await res.json()`: untyped, so their code type-checks as before.
    const returns = envelope && this.typescript ? `: Promise<{ ok: boolean; status: number; data: any }>` : '';
    const body = edits.renderCode(
      guard
        ? wrappedBodyCode(plan, edits, guard.edits.renderCode(guard.code), this.style)
        : bodyCode(plan, edits, this.style),
    );
    const action = (n: string) => `export async function ${n}(${params})${returns} ${body}`;
    // One of the names this run would give it (numbered ones included), holding the same code.
    const ours = (n: string) =>
      names.includes(n) ||
      (n.startsWith(names[names.length - 1]!) && /^\d+$/.test(n.slice(names[names.length - 1]!.length)));
    for (const [n, text] of this.existingActions()) {
      if (ours(n) && !this.reused.has(n) && sameCode(text, action(n))) {
        this.reused.add(n);
        return { name: n, reused: true };
      }
    }
    this.functions.push(action(name));
    return { name, reused: false };
  }

  render(): string {
    const { eol } = this.style;
    // Only actions it already held: the module stays as it is (an unchanged file is no change).
    if (this.existing && this.functions.length === 0) return this.existing.text;
    const semi = this.style.semi ? ';' : '';
    const importLines = renderImports(this.imports, this.style);
    const blocks = [...this.helpers.map((h) => h.text), ...this.functions].map((b) => b.replace(/\r?\n/g, eol));
    if (!this.existing) {
      const head = [`${quoted('use server', this.style)}${semi}`, importLines.join(eol)]
        .filter(Boolean)
        .join(eol + eol);
      return head + eol + eol + joinBlocks(blocks, this.helpers.length, eol) + eol;
    }
    // Appending to a module the app already has: new imports after its last import.
    let text = this.existing.text;
    const have = new Set(
      this.existing.ast.program.body.flatMap((s) =>
        s.type === 'ImportDeclaration' ? s.specifiers.map((x) => x.local.name) : [],
      ),
    );
    const missing = renderImports(
      this.imports.filter((i) => !have.has(i.local)),
      this.style,
    );
    if (missing.length > 0) {
      const lastImport = [...this.existing.ast.program.body]
        .reverse()
        .find((s): s is ImportDeclaration => s.type === 'ImportDeclaration');
      const at = lastImport ? lastImport.end! : directiveEnd(this.existing.ast);
      text = text.slice(0, at) + eol + missing.join(eol) + text.slice(at);
    }
    const trimmed = text.replace(/(\r?\n)*$/, '');
    return trimmed + eol + eol + joinBlocks(blocks, this.helpers.length, eol) + eol;
  }
}

/**
 * Whether two texts of an action are the same code: spacing, line ends, quotes, semicolons and
 * trailing commas aside (a formatter may have run over the module since it was written).
 */
function sameCode(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .replace(/\s+/g, '')
      .replace(/'/g, '"')
      .replace(/;/g, '')
      .replace(/,(?=[}\])])/g, '');
  return norm(a) === norm(b);
}

/**
 * Helpers, then actions, a blank line apart; one-line helpers that follow each other
 * (`const COOKIE = 'cart';`, `const MAX_AGE = 60 * 60;`) stay together as they were written.
 */
function joinBlocks(blocks: string[], helperCount: number, eol: string): string {
  const oneLine = (i: number) => i < helperCount && !blocks[i]!.includes(eol);
  return blocks.map((b, i) => (i === 0 ? b : (oneLine(i - 1) && oneLine(i) ? eol : eol + eol) + b)).join('');
}

function directiveEnd(ast: File): number {
  const d = ast.program.directives[ast.program.directives.length - 1];
  return d ? d.end! : 0;
}

function isHandlerExport(stmt: Statement, fn: Node): boolean {
  if (contains(stmt, fn)) return true;
  return (
    stmt.type === 'ExportNamedDeclaration' &&
    /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(declaredNames(stmt)[0] ?? '')
  );
}

/** A module-level helper as it will read in the action module: never exported from there. */
function helperText(stmt: Statement, edits: TextEdits): string {
  const inner = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
  return edits.renderCode(moveText(inner, ''));
}

function importNeeds(
  decl: ImportDeclaration,
  used: Set<string>,
  fromFile: string,
  toFile: string,
  app: App,
): ImportNeed[] {
  const source = rebaseSpecifier(decl.source.value, fromFile, toFile, app);
  const typeOnly = decl.importKind === 'type';
  return decl.specifiers
    .filter((s) => used.has(s.local.name))
    .map((s) => ({
      source,
      kind:
        s.type === 'ImportDefaultSpecifier' ? 'default' : s.type === 'ImportNamespaceSpecifier' ? 'namespace' : 'named',
      imported:
        s.type === 'ImportSpecifier'
          ? s.imported.type === 'Identifier'
            ? s.imported.name
            : s.imported.value
          : s.local.name,
      local: s.local.name,
      typeOnly: typeOnly || (s.type === 'ImportSpecifier' && s.importKind === 'type'),
    }));
}

export function renderImports(needs: ImportNeed[], style: CodeStyle): string[] {
  const semi = style.semi ? ';' : '';
  const bySource = new Map<string, ImportNeed[]>();
  for (const n of needs) bySource.set(n.source, [...(bySource.get(n.source) ?? []), n]);
  const lines: string[] = [];
  for (const [source, list] of bySource) {
    const from = quoted(source, style);
    const allTypes = list.every((n) => n.typeOnly);
    const def = list.find((n) => n.kind === 'default');
    const ns = list.find((n) => n.kind === 'namespace');
    const named = list
      .filter((n) => n.kind === 'named')
      .map(
        (n) =>
          `${n.typeOnly && !allTypes ? 'type ' : ''}${n.imported === n.local ? n.local : `${n.imported} as ${n.local}`}`,
      );
    const typeKw = allTypes ? 'type ' : '';
    if (ns) lines.push(`import ${typeKw}${def ? `${def.local}, ` : ''}* as ${ns.local} from ${from}${semi}`);
    const head = [def && !ns ? def.local : null, named.length > 0 ? `{ ${named.join(', ')} }` : null]
      .filter(Boolean)
      .join(', ');
    if (head) lines.push(`import ${typeKw}${head} from ${from}${semi}`);
  }
  return lines;
}

/** Applies the recorded edits, then rewrites every response into the action's return value. */
function applyPlan(plan: HandlerPlan, envelope: boolean, edits: TextEdits, style: CodeStyle): void {
  for (const edit of plan.edits) edit(edits);
  applyResponses(plan.responses, envelope, edits, style);
}

/** Stands where the helper called the handler, until the handler's statements take its place. */
const HANDLER_MARK = '\u0000handler\u0000';

/**
 * The guard's text as edits of its module: request reads moved, answers made return values, its
 * call of the handler marked. `names`: what the rewritten guard uses, for its imports.
 */
function guardEdits(
  guard: Guard,
  envelope: boolean,
  style: CodeStyle,
): { edits: TextEdits; code: Code; names: Set<string> } {
  const edits = new TextEdits(guard.source, templateLines(guard.ast));
  for (const edit of guard.edits) edit(edits);
  applyResponses(guard.responses, envelope, edits, style);
  edits.replaceNode(guard.call, HANDLER_MARK);
  const code = moveText(guard.fn.body, '');
  const kept = edits.keptRanges(code);
  const names = referencedNames(guard.fn.body, (id) => kept.some(([a, b]) => a <= id.start! && id.end! <= b));
  return { edits, code, names };
}

/**
 * The action's body for a wrapped handler: the guard's statements, the handler's own where the
 * guard called it, at that place's indentation, after `const user = session;` for the values
 * the guard handed it.
 */
function wrappedBodyCode(plan: HandlerPlan, edits: TextEdits, guardText: string, style: CodeStyle): Code {
  const semi = style.semi ? ';' : '';
  const at = guardText.indexOf(HANDLER_MARK);
  const lineAt = guardText.lastIndexOf('\n', at) + 1;
  const indent = guardText.slice(lineAt, at);
  const after = guardText.slice(at + HANDLER_MARK.length);
  const bindings = plan.guard!.bindings.map(([param, value]) => `const ${param} = ${value}${semi}`);
  const src = edits.source;
  const body = plan.fn.body;
  if (body.type !== 'BlockStatement')
    return [
      guardText.slice(0, at),
      ...bindings.map((b) => b + style.eol + indent),
      'return ',
      moveText(body, indent),
      semi,
      after,
    ];
  const open = body.start! + 1;
  const close = body.end! - 1;
  const lastBreak = src.lastIndexOf('\n', close - 1);
  if (/^[ \t]*\r?\n/.test(src.slice(open)) && lastBreak >= open && /^[ \t]*$/.test(src.slice(lastBreak + 1, close))) {
    // Whole lines, so that the edits removing a first or last statement with its line stay inside.
    const start = nextLineStart(src, open);
    const end = lastBreak + 1;
    const lines: Code = start < end ? { start, end, indent, lines: true } : '';
    return [
      guardText.slice(0, lineAt),
      ...bindings.map((b) => indent + b + style.eol),
      lines,
      after.replace(/^\r?\n/, ''),
    ];
  }
  const first = body.body[0];
  const last = body.body[body.body.length - 1];
  const statements: Code = first && last ? { start: first.start!, end: last.end!, indent } : '';
  return [guardText.slice(0, at), ...bindings.map((b) => b + style.eol + indent), statements, after];
}

/** Rewrites each answer into the action's return value. */
function applyResponses(
  responses: HandlerPlan['responses'],
  envelope: boolean,
  edits: TextEdits,
  style: CodeStyle,
): void {
  const semi = style.semi ? ';' : '';
  for (const { path: ret, shape, folds } of responses) {
    const at = ret.node;
    const indent = indentAt(edits.source, at.start!);
    const value = shape.body;
    if (shape.appResponse) {
      appResponseAnswer(ret, shape, envelope, edits, style, indent);
      continue;
    }
    const code: Code | null = envelope ? envelopeCode(shape, indent, style) : value ? moveText(value, indent) : null;
    if (folds) {
      // `res.status(400).json(e); return;` is one `return`.
      edits.replaceNode(folds[0]!, code === null ? `return${semi}` : ['return ', code, semi]);
      if (folds[1]) edits.removeStatement(folds[1]);
    } else if (at.type === 'ReturnStatement') {
      const arg = at.argument;
      if (!arg) {
        if (code !== null) edits.insert(at.start! + 'return'.length, [' ', code]);
      } else if (code === null) edits.replace(at.start! + 'return'.length, arg.end!, '');
      else edits.replaceNode(arg, code);
    } else edits.replaceNode(at, code ?? 'undefined');
    for (const c of shape.cleanup) c(edits);
  }
}

/** `{ ok, status, data }`, laid out as recast prints a new object: a property a line. */
function envelopeCode(shape: HandlerPlan['responses'][number]['shape'], indent: string, style: CodeStyle): Code {
  const inner = indent + style.indent;
  const eol = style.eol;
  const s = shape.statusExpr;
  // A comparison binds tighter than `a ? b : c` or `a || b`: those need parentheses.
  const operand: Code = s
    ? /^(Identifier|(Optional)?(Member|Call)Expression|NumericLiteral)$/.test(s.type)
      ? moveText(s, inner)
      : ['(', moveText(s, inner), ')']
    : '';
  const ok: Code = s
    ? [operand, ' >= 200 && ', operand, ' < 300']
    : String(shape.status! >= 200 && shape.status! < 300);
  const status: Code = s ? moveText(s, inner) : String(shape.status ?? 200);
  const data: Code = shape.body ? moveText(shape.body, inner) : 'null';
  return [
    '{',
    eol,
    inner,
    'ok: ',
    ok,
    ',',
    eol,
    inner,
    'status: ',
    status,
    ',',
    eol,
    inner,
    'data: ',
    data,
    eol,
    indent,
    '}',
  ];
}

/**
 * An answer the app's code builds as a Response (`new AppError(...).toResponse()`): the action
 * returns its JSON, `await x.json()`, written around the call where it stands. In the envelope,
 * a status known before the run is written out; one known only at run time is read from the
 * Response kept in a variable (`return x;` becomes two statements, in braces when it stood
 * alone, as in `if (...) return x;`).
 */
function appResponseAnswer(
  ret: HandlerPlan['responses'][number]['path'],
  shape: HandlerPlan['responses'][number]['shape'],
  envelope: boolean,
  edits: TextEdits,
  style: CodeStyle,
  indent: string,
): void {
  const semi = style.semi ? ';' : '';
  const eol = style.eol;
  const at = ret.node;
  const call = shape.body!;
  const inner = indent + style.indent;
  const known = shape.status !== null ? String(shape.status >= 200 && shape.status < 300) : null;
  if (at.type !== 'ReturnStatement') {
    // An arrow's expression body is the call itself: written around it, in place.
    if (!envelope) edits.insert(call.start!, 'await ');
    else if (known === null)
      edits.insert(
        call.start!,
        'await (async (response) => ({ ok: response.ok, status: response.status, data: await response.json() }))(',
      );
    else edits.insert(call.start!, `{ ok: ${known}, status: ${shape.status}, data: await `);
    edits.insert(call.end!, !envelope ? '.json()' : known === null ? ')' : '.json() }');
    return;
  }
  if (!envelope) return edits.replaceNode(at, ['return await ', moveText(call, indent), '.json()', semi]);
  if (known !== null) {
    edits.replaceNode(at, [
      'return {',
      eol,
      inner,
      'ok: ',
      known,
      ',',
      eol,
      inner,
      'status: ',
      String(shape.status),
      ',',
      eol,
      inner,
      'data: await ',
      moveText(call, inner),
      '.json()',
      eol,
      indent,
      '}',
      semi,
    ]);
    return;
  }
  const name = freshName('response', words(bodyText(ret, edits.source)));
  const inBlock = ret.parent?.node.type === 'BlockStatement';
  const line = inBlock ? indent : inner;
  const result: Code = [
    '{',
    eol,
    line,
    style.indent,
    'ok: ',
    name,
    '.ok,',
    eol,
    line,
    style.indent,
    'status: ',
    name,
    '.status,',
    eol,
    line,
    style.indent,
    'data: await ',
    name,
    '.json()',
    eol,
    line,
    '}',
  ];
  const statements: Code = ['const ', name, ' = ', moveText(call, line), semi, eol, line, 'return ', result, semi];
  edits.replaceNode(at, inBlock ? statements : ['{', eol, line, statements, eol, indent, '}']);
}

/** The text of the body a path was found in (the handler's), for the names it already uses. */
function bodyText(path: HandlerPlan['responses'][number]['path'], source: string): string {
  let root = path;
  while (root.parent) root = root.parent;
  return source.slice(root.node.start!, root.node.end!);
}

/**
 * The action's body as code over the route's text: the handler's block; an arrow's expression
 * body as a block returning it; for a Pages API handler, the statements of its method's branch.
 */
function bodyCode(plan: HandlerPlan, edits: TextEdits, style: CodeStyle): Code {
  const eol = style.eol;
  const body = plan.fn.body;
  if (plan.statements) {
    const kept = plan.statements.filter((st) => !edits.removed.has(st));
    return ['{', ...kept.map((st): Code => [eol, style.indent, moveText(st, style.indent)]), eol, '}'];
  }
  if (body.type === 'BlockStatement') return moveText(body, '');
  return ['{', eol, style.indent, 'return ', moveText(body, style.indent), style.semi ? ';' : '', eol, '}'];
}
