// Actions that redirect to a location taken from their input (docs/reasons.md, `open-redirect`).
// Behind a form the app chose the value; a public route lets any link choose it, and a path such
// as `` `/${countryCode}/account` `` becomes `//evil.example/account` for `countryCode=/evil.example`.
import type { File, Node } from '@babel/types';
import { visitNodes } from '../ast/walk.js';
import { unwrap } from '../ast/nodes.js';
import { carriesInput, inputNames } from './action-inputs.js';

const REDIRECTS = new Set(['redirect', 'permanentRedirect']);

/** Local names that call Next.js's redirects: imported under any name, or an app's own `redirect` (next-intl's navigation). */
function redirectNames(ast: File): Set<string> {
  const out = new Set(REDIRECTS);
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ImportDeclaration') continue;
    for (const spec of stmt.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
      if (REDIRECTS.has(imported)) out.add(spec.local.name);
      else out.delete(spec.local.name);
    }
  }
  return out;
}

/**
 * The redirect call whose location comes from the action's input, as written (for the skip
 * message), or null. `ast`: the module the function is declared in, for its imports.
 */
export function redirectFromInput(fn: Node, ast: File, source: string): string | null {
  const body = (fn as { body?: Node }).body;
  if (!body) return null;
  const redirects = redirectNames(ast);
  const inputs = inputNames(fn, 'controlled');
  let found: string | null = null;
  visitNodes(body, (n) => {
    if (found) return false;
    if (n.type !== 'CallExpression') return;
    const callee = unwrap(n.callee);
    const target = n.arguments[0];
    if (
      callee.type === 'Identifier' &&
      redirects.has(callee.name) &&
      target &&
      carriesInput(target, inputs, 'controlled')
    )
      found = source.slice(n.start!, n.end!);
  });
  return found;
}
