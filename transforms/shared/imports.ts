// Adding an import and removing the imports and helpers a change left unused (docs/pipeline.md).
import type { File, ImportDeclaration, Node, Statement } from '@babel/types';
import { declaredNames, quoted, referencedNames, words, type CodeStyle } from '../ast/nodes.js';
import { parseForAnalysis } from '../ast/parse.js';
import { scanHeader, type Header } from './import-header.js';
import { indentAt, type TextEdits } from '../ast/text-edits.js';

/** Names referenced by a program outside its import declarations. */
export function usedNames(ast: File): Set<string> {
  const used = new Set<string>();
  for (const stmt of ast.program.body) {
    if (stmt.type === 'ImportDeclaration') continue;
    // A declaration naming itself (its id, a recursive call) is not a use.
    const own = new Set(declaredNames(stmt));
    for (const n of referencedNames(stmt)) if (!own.has(n) || stmt.type === 'ExportNamedDeclaration') used.add(n);
  }
  return used;
}

/**
 * Imports to add to a module. A source it already imports gets the specifier there: in the tree
 * for a module recast prints, or as a text edit for one rewritten by splicing text. A new import
 * line is added as text after printing, because recast reprints the whole program around an
 * inserted statement (blank lines moved, directives doubled).
 */
export class PendingImports {
  private readonly lines = new Map<string, Array<{ imported: string; local: string }>>();
  private readonly added = new Map<ImportDeclaration, Array<{ imported: string; local: string }>>();

  /** With `edits`, specifiers for imports already there are text edits; without, tree edits. */
  constructor(
    private readonly ast: File,
    private readonly edits?: TextEdits,
  ) {}

  add(source: string, imported: string, local: string): void {
    // A bare `import 'x'` is there for its side effects and stays as written.
    const existing = this.ast.program.body.find(
      (s): s is ImportDeclaration =>
        s.type === 'ImportDeclaration' &&
        s.source.value === source &&
        s.importKind !== 'type' &&
        s.specifiers.length > 0 &&
        !s.specifiers.some((x) => x.type === 'ImportNamespaceSpecifier'),
    );
    if (existing) {
      const added = this.added.get(existing) ?? [];
      if (existing.specifiers.some((x) => x.local.name === local) || added.some((x) => x.local === local)) return;
      this.added.set(existing, [...added, { imported, local }]);
      if (this.edits) addSpecifierText(this.edits, existing, imported, local);
      else
        (existing.specifiers as Node[]).push({
          type: 'ImportSpecifier',
          imported: { type: 'Identifier', name: imported },
          local: { type: 'Identifier', name: local },
        } as Node);
      return;
    }
    const list = this.lines.get(source) ?? [];
    if (!list.some((x) => x.local === local)) list.push({ imported, local });
    this.lines.set(source, list);
  }

  /**
   * Removes what a change orphaned (removeOrphans' account of it) from a text rewritten with
   * these imports' edits, after the additions. An import that loses specifiers and gains one is
   * rewritten once with both, so the two edits of one declaration never collide: `import {
   * NextRequest }` the handler used becomes `import { NextResponse }` the delegate uses.
   */
  removeOrphans(orphans: Orphan[]): void {
    const edits = this.edits;
    if (!edits) throw new Error('removeOrphans edits text: PendingImports needs its TextEdits');
    const merged = orphans.filter((o) => o.stmt.type === 'ImportDeclaration' && this.added.has(o.stmt));
    removeOrphansText(
      edits,
      orphans.filter((o) => !merged.includes(o)),
    );
    for (const { stmt, keep } of merged) {
      const decl = stmt as ImportDeclaration;
      const added = this.added.get(decl)!.map((x) => specifierText(x.imported, x.local));
      removeSpecifiersText(edits, decl, new Set(keep ?? []), added);
    }
  }

  /** Inserts the new import lines into printed code: after the last import, else after the directives. */
  apply(printed: string, file: string, style: CodeStyle): string {
    if (this.lines.size === 0) return printed;
    const semi = style.semi ? ';' : '';
    const text = [...this.lines]
      .map(
        ([source, names]) =>
          `import { ${names.map((n) => (n.imported === n.local ? n.local : `${n.imported} as ${n.local}`)).join(', ')} } from ${quoted(source, style)}${semi}`,
      )
      .join(style.eol);
    const { lastImportEnd, lastDirectiveEnd } = scanHeader(printed) ?? headerOf(parseForAnalysis(file, printed));
    if (lastImportEnd !== null)
      return printed.slice(0, lastImportEnd) + style.eol + text + printed.slice(lastImportEnd);
    if (lastDirectiveEnd !== null)
      return printed.slice(0, lastDirectiveEnd) + style.eol + style.eol + text + printed.slice(lastDirectiveEnd);
    const bom = printed.startsWith('\uFEFF') ? 1 : 0;
    return printed.slice(0, bom) + text + style.eol + style.eol + printed.slice(bom);
  }
}

/** The same answer from a parsed module (the fallback, and the scanner's test oracle). */
export function headerOf(ast: File): Header {
  const imports = ast.program.body.filter((s) => s.type === 'ImportDeclaration');
  const directives = ast.program.directives;
  return {
    lastImportEnd: imports[imports.length - 1]?.end ?? null,
    lastDirectiveEnd: directives[directives.length - 1]?.end ?? null,
  };
}

/**
 * Whether replacing text can leave a name these module-level statements declare unused: only
 * when the replaced text names one. Every other use is still there, so the walks that find
 * orphans can be skipped otherwise.
 */
export function mayOrphan(statements: Statement[], replacedText: string): boolean {
  const replaced = words(replacedText);
  return statements.some((s) => declaredNames(s).some((n) => replaced.has(n)));
}

/** A top-level statement a change orphaned: removed whole, or an import that keeps some specifiers. */
export interface Orphan {
  stmt: Statement;
  /** The specifiers an import keeps; null when the statement goes. */
  keep: ImportDeclaration['specifiers'] | null;
}

/**
 * Import specifiers and module-level declarations that were used before the change and are
 * not now: what the change orphaned, never what the author left unused. Last statement first.
 */
export function findOrphans(ast: File, usedBefore: Set<string>, usedByInsertedText: Set<string> = new Set()): Orphan[] {
  const used = usedNames(ast);
  for (const n of usedByInsertedText) used.add(n);
  const body = ast.program.body;
  const out: Orphan[] = [];
  for (let i = body.length - 1; i >= 0; i--) {
    const stmt = body[i]!;
    if (stmt.type === 'ImportDeclaration') {
      if (stmt.specifiers.length === 0) continue;
      const keep = stmt.specifiers.filter((s) => used.has(s.local.name) || !usedBefore.has(s.local.name));
      if (keep.length < stmt.specifiers.length) out.push({ stmt, keep: keep.length === 0 ? null : keep });
    } else if (stmt.type !== 'ExportNamedDeclaration' && stmt.type !== 'ExportDefaultDeclaration') {
      const names = declaredNames(stmt);
      if (names.length > 0 && names.every((n) => !used.has(n) && usedBefore.has(n)) && isPure(stmt))
        out.push({ stmt, keep: null });
    }
  }
  return out;
}

/**
 * Removes what a change orphaned from a tree; a removal can orphan more, so it goes round again.
 * Returns what became of each statement touched, for a text to follow (removeOrphansText).
 */
export function removeOrphans(
  ast: File,
  usedBefore: Set<string>,
  usedByInsertedText: Set<string> = new Set(),
): Orphan[] {
  const fates = new Map<Statement, Orphan['keep']>();
  for (let round = 0; round < 5; round++) {
    const orphans = findOrphans(ast, usedBefore, usedByInsertedText);
    if (orphans.length === 0) break;
    const body = ast.program.body;
    for (const { stmt, keep } of orphans) {
      fates.set(stmt, keep);
      if (keep) (stmt as ImportDeclaration).specifiers = keep;
      else body.splice(body.indexOf(stmt), 1);
    }
  }
  return [...fates].map(([stmt, keep]) => ({ stmt, keep }));
}

/** Removes orphans (removeOrphans' account of them) from a text with edits at the tree's offsets. */
export function removeOrphansText(edits: TextEdits, orphans: Orphan[]): void {
  const whole = orphans.filter((o) => !o.keep).map((o) => o.stmt);
  edits.removeStatements(whole);
  for (const { stmt, keep } of orphans) if (keep) removeSpecifiersText(edits, stmt as ImportDeclaration, new Set(keep));
}

/** Declarations whose removal cannot drop a side effect. */
function isPure(stmt: Statement): boolean {
  if (
    stmt.type === 'FunctionDeclaration' ||
    stmt.type === 'TSInterfaceDeclaration' ||
    stmt.type === 'TSTypeAliasDeclaration'
  )
    return true;
  if (stmt.type !== 'VariableDeclaration') return false;
  return stmt.declarations.every((d) => !d.init || isPureInit(d.init));
}

/** A module-level initializer a handler's helper constant typically has (schemas, limits, `60 * 60 * 24 * 30`). */
function isPureInit(node: Node): boolean {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'BigIntLiteral':
    case 'RegExpLiteral':
    case 'Identifier':
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'CallExpression':
    case 'TemplateLiteral':
      return true;
    case 'UnaryExpression':
      return node.operator !== 'delete' && isPureInit(node.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return node.left.type !== 'PrivateName' && isPureInit(node.left) && isPureInit(node.right);
    case 'ConditionalExpression':
      return isPureInit(node.test) && isPureInit(node.consequent) && isPureInit(node.alternate);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ParenthesizedExpression':
      return isPureInit(node.expression);
    default:
      return false;
  }
}

const specifierText = (imported: string, local: string) => (imported === local ? local : `${imported} as ${local}`);

/** `import { a } from 'x'` -> `import { a, b } from 'x'`; `import A from 'x'` -> `import A, { b } from 'x'`. */
function addSpecifierText(edits: TextEdits, decl: ImportDeclaration, imported: string, local: string): void {
  const named = decl.specifiers.filter((s) => s.type === 'ImportSpecifier');
  const last = named[named.length - 1];
  const text = specifierText(imported, local);
  if (!last) {
    edits.insert(decl.specifiers[decl.specifiers.length - 1]!.end!, `, { ${text} }`);
    return;
  }
  // A list written one per line with a trailing comma gets a line of its own.
  const s = edits.source;
  const close = s.indexOf('}', last.end!);
  const tail = s.slice(last.end!, close);
  const comma = tail.indexOf(',');
  if (comma >= 0 && tail.includes('\n')) edits.insert(last.end! + comma + 1, `\n${indentAt(s, last.start!)}${text},`);
  else edits.insert(last.end!, `, ${text}`);
}

/**
 * Rewrites an import to the specifiers it keeps, on one line as recast prints an import it
 * changed: `import A, { b, c } from 'x'` keeping c is `import { c } from 'x'`. `added`: named
 * specifiers written into it as well; the edit then takes the place of addSpecifierText's.
 */
function removeSpecifiersText(
  edits: TextEdits,
  decl: ImportDeclaration,
  keep: Set<ImportDeclaration['specifiers'][number]>,
  added: string[] = [],
): void {
  const s = edits.source;
  const kept = decl.specifiers.filter((x) => keep.has(x));
  const slice = (x: Node) => s.slice(x.start!, x.end!);
  const unbraced = kept.filter((x) => x.type !== 'ImportSpecifier').map(slice);
  const named = [...kept.filter((x) => x.type === 'ImportSpecifier').map(slice), ...added];
  const parts = [...unbraced, ...(named.length > 0 ? [`{ ${named.join(', ')} }`] : [])];
  const kind = decl.importKind === 'type' ? 'type ' : '';
  edits.replace(decl.start!, decl.source.start!, `import ${kind}${parts.join(', ')} from `, added.length > 0);
}
