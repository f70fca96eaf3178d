// What a call site sends, read the same way for fetch, axios and ky: FormData bodies,
// JSON.stringify bodies, and request options an action call cannot reproduce.
import type { Expression, Identifier, Node, ObjectExpression } from '@babel/types';
import { walk, type Path } from '../ast/walk.js';
import { isIdent, memberProp, staticKey } from '../ast/nodes.js';
import type { CallBody } from './call-sites.js';

/** `JSON.stringify(x)`: the body is `x`. */
function stringified(n: Node): Expression | null {
  return n.type === 'CallExpression' && isIdent((n.callee as { object?: Node }).object, 'JSON') && memberProp(n.callee) === 'stringify' && n.arguments.length === 1 ? (n.arguments[0] as Expression) : null;
}

/** A body sent as `JSON.stringify(x)` (JSON of `x`) or as a FormData; null for anything else. */
export function sentBody(body: Expression, fn: Path | null): CallBody | null {
  const json = stringified(body);
  if (json) return { kind: 'json', expr: json };
  return isFormDataExpr(body, fn) ? { kind: 'form', expr: body } : null;
}

function isFormDataExpr(expr: Expression, fn: Path | null): boolean {
  if (expr.type === 'NewExpression' && expr.callee.type === 'Identifier' && expr.callee.name === 'FormData') return true;
  if (expr.type !== 'Identifier' || !fn) return false;
  let found = false;
  walk(fn.node, (p) => {
    const n = p.node;
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === expr.name && n.init?.type === 'NewExpression' && n.init.callee.type === 'Identifier' && n.init.callee.name === 'FormData')
      found = true;
    if ((n.type === 'Identifier' && n.name === expr.name && p.key === 'params') || (n.type === 'Identifier' && n.name === expr.name && p.parent?.node.type === 'AssignmentPattern')) {
      const ann = (n as Identifier).typeAnnotation;
      if (ann?.type === 'TSTypeAnnotation' && ann.typeAnnotation.type === 'TSTypeReference' && ann.typeAnnotation.typeName.type === 'Identifier' && ann.typeAnnotation.typeName.name === 'FormData') found = true;
    }
  });
  return found;
}

const HARMLESS_HEADERS = new Set(['content-type', 'accept']);
const HARMLESS_INIT = new Set(['method', 'body', 'headers', 'cache', 'credentials', 'mode', 'next', 'keepalive', 'redirect', 'referrerPolicy']);

export function readUnsupportedInit(init: ObjectExpression | null, harmless = HARMLESS_INIT): string | null {
  if (!init) return null;
  for (const p of init.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) return 'builds its request options dynamically';
    const key = staticKey(p) ?? '?';
    if (!harmless.has(key)) return `passes \`${key}\`, which an action call cannot take`;
    if (key === 'headers') {
      if (p.value.type !== 'ObjectExpression') return 'sends headers built at run time';
      for (const h of p.value.properties) {
        const name = staticKey(h);
        if (!name) return 'sends headers built at run time';
        if (!HARMLESS_HEADERS.has(name.toLowerCase())) return `sends the \`${name}\` header, which an action does not receive`;
      }
    }
  }
  return null;
}
