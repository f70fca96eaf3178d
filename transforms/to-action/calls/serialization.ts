// What a JSON body held that JSON flattened and an action keeps: a Date reached the route as a
// string, a Map or Set as `{}`, an `undefined` field not at all; a Server Action receives each as
// it is. The handler then sees other values than before: the site moves with the warning
// `serialization-differs` (docs/reasons.md).
import type { Node } from '@babel/types';
import { isFunction, walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, unwrap } from '../../ast/nodes.js';
import { annotationOf, moduleTypes, resolveType } from '../../ast/module-types.js';

/** Classes JSON turns into something else. */
const FLATTENED = new Set(['Date', 'Map', 'Set']);
/** Schema builders of values JSON flattens (`z.date()`, `z.coerce.date()`, `z.map()`, `z.set()`). */
const FLATTENED_SCHEMA: Record<string, string> = { date: 'Date', map: 'Map', set: 'Set' };

/** What in the body JSON would have flattened, or null when nothing the code shows. */
export function jsonFlattens(body: Node, at: Path): string | null {
  const b = unwrap(body);
  if (b.type === 'ObjectExpression') {
    for (const p of b.properties) {
      const value = p.type === 'ObjectProperty' ? unwrap(p.value) : null;
      if (value?.type === 'NewExpression' && value.callee.type === 'Identifier' && FLATTENED.has(value.callee.name))
        return `a ${value.callee.name}`;
      if (value && isIdent(value, 'undefined')) return 'an undefined field';
    }
    return null;
  }
  if (b.type !== 'Identifier') return null;
  let root = at;
  while (root.parent) root = root.parent;
  const types = moduleTypes(root.node);
  const declared = declaredType(b.name, at);
  return declared ? typeFlattens(declared, types, root.node, 0) : null;
}

/** The type annotation of the nearest parameter or variable that binds `name`. */
function declaredType(name: string, at: Path): Node | null {
  for (let p = at.parent; p; p = p.parent) {
    if (!isFunction(p.node)) continue;
    let found: Node | null = null;
    walk(p.node, (q) => {
      if (found || (q.node !== p.node && isFunction(q.node))) return false;
      if (q.node.type === 'Identifier' && q.node.name === name && (q.key === 'params' || q.key === 'id'))
        found = annotationOf(q.node);
    });
    if (found) return found;
  }
  return null;
}

function typeFlattens(type: Node, types: Map<string, Node>, file: Node, depth: number): string | null {
  const t = resolveType(type, types);
  if (!t || depth > 4) return null;
  if (t.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && FLATTENED.has(t.typeName.name))
    return `a ${t.typeName.name}`;
  if (t.type === 'TSUndefinedKeyword') return 'an undefined field';
  // `z.infer<typeof schema>`: the schema the module declares.
  if (
    t.type === 'TSTypeReference' &&
    t.typeName.type === 'TSQualifiedName' &&
    t.typeParameters?.params[0]?.type === 'TSTypeQuery'
  ) {
    const query = t.typeParameters.params[0].exprName;
    return query.type === 'Identifier' ? schemaFlattens(query.name, file) : null;
  }
  const members = t.type === 'TSTypeLiteral' ? t.members : t.type === 'TSInterfaceBody' ? t.body : [];
  for (const m of members) {
    if (m.type !== 'TSPropertySignature') continue;
    const inner = annotationOf(m);
    const found = inner && typeFlattens(inner, types, file, depth + 1);
    if (found) return found;
  }
  if (t.type === 'TSUnionType' || t.type === 'TSIntersectionType') {
    for (const x of t.types) {
      const found = typeFlattens(x, types, file, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** A module-level schema built with a date, map or set. */
function schemaFlattens(name: string, file: Node): string | null {
  if (file.type !== 'File') return null;
  for (const stmt of file.program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' && stmt.declaration ? stmt.declaration : stmt;
    if (decl.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (!isIdent(d.id, name) || !d.init) continue;
      let found: string | null = null;
      walk(d.init, (p) => {
        const n = p.node;
        if (!found && n.type === 'CallExpression') {
          const prop = memberProp(n.callee);
          if (prop && prop in FLATTENED_SCHEMA) found = `a ${FLATTENED_SCHEMA[prop]} (the schema's ${prop}())`;
        }
      });
      return found;
    }
  }
  return null;
}
