// Actions whose result only React can carry (docs/reasons.md, `rsc-only-result`): JSX, and the
// AI SDK's RSC values (`createStreamableValue(...).value`, `createStreamableUI(...).value`,
// `streamUI(...)`, `render(...)`). Over a route they would reach the client as `{}` or not at all.
import type { File, Node } from '@babel/types';
import { isFunction, visitNodes } from '../ast/walk.js';
import { isIdent, memberProp, unwrap } from '../ast/nodes.js';

const RSC_PACKAGES = new Set(['ai/rsc', '@ai-sdk/rsc']);
const RSC_CALLS = new Set(['createStreamableValue', 'createStreamableUI', 'streamUI', 'render']);
/** Names distinctive enough to read without their import (re-exported through an app module). */
const RSC_OWN_NAMES = new Set(['createStreamableValue', 'createStreamableUI', 'streamUI']);

/** Local names of the AI SDK's RSC helpers, mapped to what they are. */
function rscImports(ast: File): Map<string, string> {
  const out = new Map<string, string>();
  for (const stmt of ast.program.body) {
    if (stmt.type !== 'ImportDeclaration') continue;
    for (const spec of stmt.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
      if (RSC_CALLS.has(imported) && (RSC_PACKAGES.has(stmt.source.value) || RSC_OWN_NAMES.has(imported)))
        out.set(spec.local.name, imported);
    }
  }
  return out;
}

/** The local variables of a function and what they are first set to. */
function initializers(fn: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const body = (fn as { body?: Node }).body;
  if (body)
    visitNodes(body, (n) => {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && !out.has(n.id.name))
        out.set(n.id.name, n.init);
    });
  return out;
}

function returnedValues(fn: Node): Node[] {
  const body = (fn as { body?: Node }).body;
  if (!body) return [];
  if (body.type !== 'BlockStatement') return [body];
  const out: Node[] = [];
  visitNodes(body, (n) => {
    if (n !== body && isFunction(n)) return false;
    if (n.type === 'ReturnStatement' && n.argument) out.push(n.argument);
  });
  return out;
}

/** Parameter types only React can hand in: streamables (`ReturnType<typeof createStreamableUI>`) and elements. */
const RSC_TYPES =
  /\b(createStreamableUI|createStreamableValue|StreamableValue|StreamableUI|ReactNode|ReactElement)\b|\bJSX\.Element\b/;

/**
 * A parameter only React can pass (ai/rsc's `workflow(uiState: { uiStream: ReturnType<typeof
 * createStreamableUI> }, ...)`, called from `createAI` code), in words for the skip message, or null.
 */
function rscOnlyParam(fn: Node, source: string): string | null {
  for (const param of (fn as { params?: Node[] }).params ?? []) {
    const inner = param.type === 'AssignmentPattern' ? param.left : param;
    const ann = (inner as { typeAnnotation?: Node | null }).typeAnnotation;
    if (ann?.type !== 'TSTypeAnnotation' || !RSC_TYPES.test(source.slice(ann.start!, ann.end!))) continue;
    return inner.type === 'Identifier' ? `\`${inner.name}\`` : 'a parameter';
  }
  return null;
}

/** What about an action only React can carry, as a phrase (`returns a JSX element, ...`), or null. */
export function rscOnly(fn: Node, ast: File, source: string): string | null {
  const result = rscOnlyResult(fn, ast, source);
  if (result) return `returns ${result}, which only React can carry`;
  const param = rscOnlyParam(fn, source);
  return param ? `takes ${param}, a streamable or element only React can hand in` : null;
}

/**
 * What in the action's result only React can carry, in words for the skip message, or null.
 * `ast`: the module the function is declared in, for its imports.
 */
function rscOnlyResult(fn: Node, ast: File, source: string): string | null {
  const helpers = rscImports(ast);
  const locals = initializers(fn);
  const seen = new Set<string>();
  const text = (n: Node) => source.slice(n.start!, n.end!);
  const rscCall = (n: Node): string | null => {
    const x = unwrap(n.type === 'AwaitExpression' ? n.argument : n);
    if (x.type !== 'CallExpression') return null;
    const callee = unwrap(x.callee);
    if (callee.type === 'Identifier' && helpers.has(callee.name)) return helpers.get(callee.name)!;
    if (memberProp(callee) === 'createElement' && isIdent((callee as { object: Node }).object, 'React'))
      return 'React.createElement';
    return null;
  };
  const find = (node: Node, depth: number): string | null => {
    if (depth > 8) return null;
    const n = unwrap(node);
    switch (n.type) {
      case 'JSXElement':
      case 'JSXFragment':
        return 'a JSX element';
      case 'AwaitExpression':
        return find(n.argument, depth + 1);
      case 'Identifier': {
        const init = locals.get(n.name);
        if (!init || seen.has(n.name)) return null;
        seen.add(n.name);
        return find(init, depth + 1);
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        // `stream.value`, `result.value`: the object React reads from the streamable.
        const object = unwrap(n.object);
        const made =
          rscCall(object) ??
          (object.type === 'Identifier' && locals.has(object.name) ? rscCall(locals.get(object.name)!) : null);
        return made ? `\`${text(n)}\` (from \`${made}(...)\`)` : null;
      }
      case 'CallExpression': {
        const made = rscCall(n);
        return made ? `the result of \`${made}(...)\`` : null;
      }
      case 'ObjectExpression':
        for (const p of n.properties) {
          const inner =
            p.type === 'ObjectProperty'
              ? find(p.value, depth + 1)
              : p.type === 'SpreadElement'
                ? find(p.argument, depth + 1)
                : null;
          if (inner) return inner;
        }
        return null;
      case 'ArrayExpression':
        for (const e of n.elements) {
          const inner = e ? find(e, depth + 1) : null;
          if (inner) return inner;
        }
        return null;
      case 'ConditionalExpression':
        return find(n.consequent, depth + 1) ?? find(n.alternate, depth + 1);
      case 'LogicalExpression':
        return find(n.left, depth + 1) ?? find(n.right, depth + 1);
      default:
        return null;
    }
  };
  for (const value of returnedValues(fn)) {
    const found = find(value, 0);
    if (found) return found;
  }
  return null;
}
