// Small shape tests and builders shared by the transforms.
import type { Expression, Node, ObjectExpression, Program, Statement } from '@babel/types';
import { visitNodes } from './walk.js';

export const isIdent = (n: Node | null | undefined, name?: string): boolean =>
  n?.type === 'Identifier' && (name === undefined || n.name === name);

/** `obj.prop` with a plain identifier property; returns the property name. */
export function memberProp(n: Node | null | undefined): string | null {
  if (n?.type !== 'MemberExpression' && n?.type !== 'OptionalMemberExpression') return null;
  if (!n.computed && n.property.type === 'Identifier') return n.property.name;
  if (n.computed && n.property.type === 'StringLiteral') return n.property.value;
  return null;
}

export function unwrap(node: Node): Node {
  while (
    node.type === 'TSAsExpression' ||
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSNonNullExpression' ||
    node.type === 'ParenthesizedExpression'
  )
    node = node.expression;
  return node;
}

/** The name of an object literal's property written `name:` or `'name':`, else null (computed, a method, a spread). */
export function staticKey(p: ObjectExpression['properties'][number]): string | null {
  if (p.type !== 'ObjectProperty' || p.computed) return null;
  return p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : null;
}

export function objectProp(obj: ObjectExpression, name: string): Expression | null {
  for (const p of obj.properties)
    if (p.type === 'ObjectProperty' && staticKey(p) === name) return p.value as Expression;
  return null;
}

/** Every identifier name a subtree refers to (not property keys), types included. */
export function referencedNames(root: Node, kept: (node: Node) => boolean = () => true): Set<string> {
  const names = new Set<string>();
  visitNodes(root, (node, parent, key) => {
    if (node.type !== 'Identifier' && node.type !== 'JSXIdentifier') return;
    if (!kept(node)) return;
    if (
      parent &&
      (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') &&
      key === 'property' &&
      !parent.computed
    )
      return;
    if (
      parent &&
      (parent.type === 'ObjectProperty' ||
        parent.type === 'ObjectMethod' ||
        parent.type === 'ClassProperty' ||
        parent.type === 'TSPropertySignature' ||
        parent.type === 'ClassMethod') &&
      key === 'key' &&
      !(parent as { computed?: boolean }).computed
    ) {
      // `{ a }` shorthand still refers to `a`.
      if (!(parent.type === 'ObjectProperty' && parent.shorthand)) return;
    }
    if (parent?.type === 'JSXAttribute' || (parent?.type === 'JSXMemberExpression' && key === 'property')) return;
    if (parent?.type === 'TSQualifiedName' && key === 'right') return;
    if (node.type === 'JSXIdentifier' && !/^[A-Z]/.test(node.name)) return;
    names.add((node as { name: string }).name);
  });
  return names;
}

/** What a top-level statement declares: the statement, or the declaration an export wraps (null for `export { a }`). */
export function declarationOf(stmt: Statement): Node | null {
  return stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration'
    ? (stmt.declaration as Node | null)
    : stmt;
}

/** Names a top-level statement declares. */
export function declaredNames(stmt: Statement): string[] {
  const s = declarationOf(stmt);
  if (!s) return [];
  switch (s.type) {
    case 'VariableDeclaration':
      return s.declarations.flatMap((d) => patternNames(d.id));
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
      return s.id ? [s.id.name] : [];
    case 'ImportDeclaration':
      return s.specifiers.map((sp) => sp.local.name);
    default:
      return [];
  }
}

export function patternNames(p: Node): string[] {
  switch (p.type) {
    case 'Identifier':
      return [p.name];
    case 'ObjectPattern':
      return p.properties.flatMap((prop) =>
        prop.type === 'RestElement' ? patternNames(prop.argument) : patternNames(prop.value),
      );
    case 'ArrayPattern':
      return p.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(p.left);
    case 'RestElement':
      return patternNames(p.argument);
    default:
      return [];
  }
}

/** Every name bound anywhere in a subtree (declarations, params, imports): for fresh names. */
export function boundNames(root: Node): Set<string> {
  const names = new Set<string>();
  visitNodes(root, (n) => {
    if (n.type === 'VariableDeclarator') patternNames(n.id).forEach((x) => names.add(x));
    else if (
      (n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration' || n.type === 'FunctionExpression') &&
      n.id
    )
      names.add(n.id.name);
    else if (
      n.type === 'ImportSpecifier' ||
      n.type === 'ImportDefaultSpecifier' ||
      n.type === 'ImportNamespaceSpecifier'
    )
      names.add(n.local.name);
    else if (n.type === 'CatchClause' && n.param) patternNames(n.param).forEach((x) => names.add(x));
    if ('params' in n && Array.isArray(n.params))
      for (const param of n.params as Node[]) patternNames(param).forEach((x) => names.add(x));
  });
  return names;
}

/**
 * Whether `source` can bind `name`: a bound name is spelled in the source, or written with a
 * unicode escape (`\u0073ave`). Only then are its bindings worth a walk (boundNames).
 */
export function mayBind(source: string, name: string): boolean {
  return source.includes(name) || source.includes('\\u');
}

/** The identifier-like words of a text: a name a piece of code uses is among them. */
export function words(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

export function freshName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

/** The style of a source file, so generated code matches it. */
export interface CodeStyle {
  quote: 'single' | 'double';
  semi: boolean;
  eol: '\n' | '\r\n';
  indent: string;
}

export function detectStyle(text: string): CodeStyle {
  // A string right after `=` with no space is a JSX attribute (`id="email"`), double-quoted
  // whatever the file's own quote style (Prettier's jsxSingleQuote is off by default): not counted.
  const singles = (text.match(/(^|[\s(,:])'[^'\n]*'/g) ?? []).length;
  const doubles = (text.match(/(^|[\s(,:])"[^"\n]*"/g) ?? []).length;
  const lines = text.split('\n');
  const stmtEnds = lines.filter((l) => /[\w)\]'"`}]\s*;\s*$/.test(l)).length;
  const noSemis = lines.filter(
    (l) =>
      /^\s*(const|let|return|import|await)\b.*[\w)\]'"`}]\s*$/.test(l) || /^\s*(['"])use (client|server)\1\s*$/.test(l),
  ).length;
  const indentMatch = /\n([ \t]+)\S/.exec(text);
  return {
    quote: doubles > singles ? 'double' : 'single',
    semi: stmtEnds >= noSemis,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    indent: indentMatch?.[1]?.startsWith('\t') ? '\t' : indentMatch && indentMatch[1]!.length === 4 ? '    ' : '  ',
  };
}

export function quoted(value: string, style: CodeStyle): string {
  const q = style.quote === 'single' ? "'" : '"';
  return q + value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q) + q;
}

export function programOf(root: Node): Program {
  return root.type === 'File' ? root.program : (root as Program);
}
