// The TypeScript types a module declares, read without a type checker: its interfaces and type
// aliases by name, aliases followed, and the members of object types. Enough to tell what a
// caller's value is (an object body, a string id) from the code as written.
import type { Node, TSPropertySignature } from '@babel/types';
import { isIdent } from './nodes.js';

const cache = new WeakMap<Node, Map<string, Node>>();

/** The module's interfaces and type aliases, by name; `root` is the module's File. */
export function moduleTypes(root: Node): Map<string, Node> {
  let types = cache.get(root);
  if (types) return types;
  types = new Map();
  for (const stmt of root.type === 'File' ? root.program.body : []) {
    const decl = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (decl.type === 'TSInterfaceDeclaration') types.set(decl.id.name, decl.body);
    if (decl.type === 'TSTypeAliasDeclaration') types.set(decl.id.name, decl.typeAnnotation);
  }
  cache.set(root, types);
  return types;
}

/** The type an annotation (`x: T`) holds, or null. */
export function annotationOf(n: Node | null | undefined): Node | null {
  const a = (n as { typeAnnotation?: Node | null } | null | undefined)?.typeAnnotation;
  return a?.type === 'TSTypeAnnotation' ? a.typeAnnotation : null;
}

/** A type named in the module, followed through aliases (a few steps: aliases can loop). */
export function resolveType(type: Node | null, types: Map<string, Node>): Node | null {
  if (type?.type === 'TSTypeAnnotation') type = type.typeAnnotation;
  for (
    let i = 0;
    i < 5 && type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && types.has(type.typeName.name);
    i++
  )
    type = types.get(type.typeName.name)!;
  if (type?.type === 'TSParenthesizedType') type = type.typeAnnotation;
  return type;
}

/** The member `key` of an object type (a literal, an interface, or an alias of one), or null. */
export function propertySignature(
  type: Node | null,
  key: string,
  types: Map<string, Node>,
): TSPropertySignature | null {
  const t = resolveType(type, types);
  const members = t?.type === 'TSTypeLiteral' ? t.members : t?.type === 'TSInterfaceBody' ? t.body : [];
  for (const m of members)
    if (
      m.type === 'TSPropertySignature' &&
      (isIdent(m.key, key) || (m.key.type === 'StringLiteral' && m.key.value === key))
    )
      return m;
  return null;
}
