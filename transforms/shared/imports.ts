// Adding an import and removing the imports and helpers a change left unused (SPEC 4.3).
import type { File, ImportDeclaration, Node, Statement } from '@babel/types';
import { declaredNames, quoted, referencedNames, type CodeStyle } from '../ast/nodes.js';
import { parseForAnalysis } from '../ast/parse.js';
import { scanHeader, type Header } from './import-header.js';

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
 * Imports to add to a module. A source it already imports gets the specifier in the tree;
 * a new import line is added as text after printing, because recast reprints the whole
 * program around an inserted statement (blank lines moved, directives doubled).
 */
export class PendingImports {
  private readonly lines = new Map<string, Array<{ imported: string; local: string }>>();

  constructor(private readonly ast: File) {}

  add(source: string, imported: string, local: string): void {
    const existing = this.ast.program.body.find(
      (s): s is ImportDeclaration => s.type === 'ImportDeclaration' && s.source.value === source && s.importKind !== 'type' && !s.specifiers.some((x) => x.type === 'ImportNamespaceSpecifier'),
    );
    if (existing) {
      if (existing.specifiers.some((x) => x.local.name === local)) return;
      (existing.specifiers as Node[]).push({ type: 'ImportSpecifier', imported: { type: 'Identifier', name: imported }, local: { type: 'Identifier', name: local } } as Node);
      return;
    }
    const list = this.lines.get(source) ?? [];
    if (!list.some((x) => x.local === local)) list.push({ imported, local });
    this.lines.set(source, list);
  }

  /** Inserts the new import lines into printed code: after the last import, else after the directives. */
  apply(printed: string, file: string, style: CodeStyle): string {
    if (this.lines.size === 0) return printed;
    const semi = style.semi ? ';' : '';
    const text = [...this.lines].map(([source, names]) => `import { ${names.map((n) => (n.imported === n.local ? n.local : `${n.imported} as ${n.local}`)).join(', ')} } from ${quoted(source, style)}${semi}`).join(style.eol);
    const { lastImportEnd, lastDirectiveEnd } = scanHeader(printed) ?? headerOf(parseForAnalysis(file, printed));
    if (lastImportEnd !== null) return printed.slice(0, lastImportEnd) + style.eol + text + printed.slice(lastImportEnd);
    if (lastDirectiveEnd !== null) return printed.slice(0, lastDirectiveEnd) + style.eol + style.eol + text + printed.slice(lastDirectiveEnd);
    const bom = printed.startsWith('\uFEFF') ? 1 : 0;
    return printed.slice(0, bom) + text + style.eol + style.eol + printed.slice(bom);
  }
}

/** The same answer from a parsed module (the fallback, and the scanner's test oracle). */
export function headerOf(ast: File): Header {
  const imports = ast.program.body.filter((s) => s.type === 'ImportDeclaration');
  const directives = ast.program.directives;
  return { lastImportEnd: imports[imports.length - 1]?.end ?? null, lastDirectiveEnd: directives[directives.length - 1]?.end ?? null };
}

/**
 * Removes import specifiers and module-level declarations that were used before the change
 * and are not now: what the change orphaned, never what the author left unused.
 */
export function removeOrphans(ast: File, usedBefore: Set<string>, usedByInsertedText: Set<string> = new Set()): void {
  for (let round = 0; round < 5; round++) {
    const used = usedNames(ast);
    for (const n of usedByInsertedText) used.add(n);
    const body = ast.program.body;
    let removed = false;
    for (let i = body.length - 1; i >= 0; i--) {
      const stmt = body[i]!;
      if (stmt.type === 'ImportDeclaration') {
        if (stmt.specifiers.length === 0) continue;
        const keep = stmt.specifiers.filter((s) => used.has(s.local.name) || !usedBefore.has(s.local.name));
        if (keep.length === stmt.specifiers.length) continue;
        removed = true;
        if (keep.length === 0) body.splice(i, 1);
        else stmt.specifiers = keep;
      } else if (stmt.type !== 'ExportNamedDeclaration' && stmt.type !== 'ExportDefaultDeclaration') {
        const names = declaredNames(stmt);
        if (names.length > 0 && names.every((n) => !used.has(n) && usedBefore.has(n)) && isPure(stmt)) {
          body.splice(i, 1);
          removed = true;
        }
      }
    }
    if (!removed) return;
  }
}

/** Declarations whose removal cannot drop a side effect. */
function isPure(stmt: Statement): boolean {
  if (stmt.type === 'FunctionDeclaration' || stmt.type === 'TSInterfaceDeclaration' || stmt.type === 'TSTypeAliasDeclaration') return true;
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
