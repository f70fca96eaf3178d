// What a call site sends, read the same way for fetch, axios and ky: FormData bodies,
// JSON.stringify bodies, and request options an action call cannot reproduce.
import type { Expression, Identifier, Node, ObjectExpression } from '@babel/types';
import { walk, type Path } from '../../ast/walk.js';
import { isIdent, memberProp, staticKey } from '../../ast/nodes.js';
import type { CallBody } from './fetch-call.js';

/** `JSON.stringify(x)`: the body is `x`. */
function stringified(n: Node): Expression | null {
  return n.type === 'CallExpression' &&
    isIdent((n.callee as { object?: Node }).object, 'JSON') &&
    memberProp(n.callee) === 'stringify' &&
    n.arguments.length === 1
    ? (n.arguments[0] as Expression)
    : null;
}

/** A body sent as `JSON.stringify(x)` (JSON of `x`) or as a FormData; null for anything else. */
export function sentBody(body: Expression, fn: Path | null): CallBody | null {
  const json = stringified(body);
  if (json) return { kind: 'json', expr: json };
  const constructed =
    body.type === 'NewExpression' && isIdent(body.callee, 'FormData') ? body : fn ? formDataInit(fn.node, body) : null;
  if (!constructed && !isFormDataParam(body, fn)) return null;
  return { kind: 'form', expr: body, file: uploadedFile(body, constructed, fn) };
}

/** Names that say a value is a file (`file`, `image`, `avatarFile`, `files[0]`). */
const FILE_NAME = /(^|[a-z_])(files?|images?|blob|photo|avatar|attachment|upload|document|video|audio)([A-Z_]|$)/i;
const FILE_TYPES = new Set(['File', 'Blob']);

/**
 * What puts a file into a FormData body, or null: a value appended from a file input (`files[0]`),
 * typed `File`/`Blob` or named as one, or a form read whole (`new FormData(form)`) that has an
 * `<input type="file">` in the module. Actions take 1 MB bodies unless the app raises the limit.
 */
function uploadedFile(
  body: Expression,
  constructed: (Node & { arguments: Node[] }) | null,
  fn: Path | null,
): string | null {
  if (constructed && constructed.arguments.length > 0)
    return moduleHasFileInput(fn) ? 'sends a form with an <input type="file">' : null;
  if (body.type !== 'Identifier' || !fn) return null;
  let why: string | null = null;
  walk(fn.node, (p) => {
    const n = p.node;
    if (why || n.type !== 'CallExpression' || !isIdent((n.callee as { object?: Node }).object, body.name)) return;
    const method = memberProp(n.callee);
    const value = n.arguments[1];
    if ((method === 'append' || method === 'set') && value && isFileValue(value, fn.node))
      why = `appends a file to its FormData (${describe(value)})`;
  });
  return why;
}

function formDataInit(fn: Node, name: Node): (Node & { arguments: Node[] }) | null {
  if (name.type !== 'Identifier') return null;
  let init: (Node & { arguments: Node[] }) | null = null;
  walk(fn, (p) => {
    const n = p.node;
    if (
      n.type === 'VariableDeclarator' &&
      isIdent(n.id, name.name) &&
      n.init?.type === 'NewExpression' &&
      isIdent(n.init.callee, 'FormData')
    )
      init = n.init;
  });
  return init;
}

function isFileValue(value: Node, fn: Node): boolean {
  let v = value;
  while (v.type === 'TSAsExpression' || v.type === 'TSNonNullExpression') {
    // `value as File`
    if (
      v.type === 'TSAsExpression' &&
      v.typeAnnotation.type === 'TSTypeReference' &&
      v.typeAnnotation.typeName.type === 'Identifier' &&
      FILE_TYPES.has(v.typeAnnotation.typeName.name)
    )
      return true;
    v = v.expression;
  }
  // `event.target.files[0]`, `input.files?.[0]`, `files[i]`
  if ((v.type === 'MemberExpression' || v.type === 'OptionalMemberExpression') && v.computed)
    return FILE_NAME.test(describe(v.object));
  if (v.type === 'MemberExpression' || v.type === 'OptionalMemberExpression')
    return FILE_NAME.test(memberProp(v) ?? '');
  if (v.type !== 'Identifier') return false;
  if (FILE_NAME.test(v.name)) return true;
  let typed = false;
  walk(fn, (p) => {
    const n = p.node;
    if (n.type === 'Identifier' && n.name === v.name && n.typeAnnotation?.type === 'TSTypeAnnotation') {
      const t = n.typeAnnotation.typeAnnotation;
      if (t.type === 'TSTypeReference' && t.typeName.type === 'Identifier' && FILE_TYPES.has(t.typeName.name))
        typed = true;
    }
  });
  return typed;
}

const describe = (n: Node): string =>
  n.type === 'Identifier'
    ? n.name
    : n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression'
      ? `${describe(n.object)}.${memberProp(n) ?? '[…]'}`
      : n.type === 'TSNonNullExpression' || n.type === 'TSAsExpression'
        ? describe(n.expression)
        : '…';

function moduleHasFileInput(fn: Path | null): boolean {
  let root = fn;
  while (root?.parent) root = root.parent;
  if (!root) return false;
  let found = false;
  walk(root.node, (p) => {
    const n = p.node;
    if (found) return false;
    if (
      n.type === 'JSXAttribute' &&
      n.name.type === 'JSXIdentifier' &&
      n.name.name === 'type' &&
      n.value?.type === 'StringLiteral' &&
      n.value.value === 'file'
    )
      found = true;
  });
  return found;
}

/** A parameter typed `FormData` (a form action's, or a helper's). */
function isFormDataParam(expr: Expression, fn: Path | null): boolean {
  if (expr.type !== 'Identifier' || !fn) return false;
  let found = false;
  walk(fn.node, (p) => {
    const n = p.node;
    if (
      (n.type === 'Identifier' && n.name === expr.name && p.key === 'params') ||
      (n.type === 'Identifier' && n.name === expr.name && p.parent?.node.type === 'AssignmentPattern')
    ) {
      const ann = (n as Identifier).typeAnnotation;
      if (
        ann?.type === 'TSTypeAnnotation' &&
        ann.typeAnnotation.type === 'TSTypeReference' &&
        ann.typeAnnotation.typeName.type === 'Identifier' &&
        ann.typeAnnotation.typeName.name === 'FormData'
      )
        found = true;
    }
  });
  return found;
}

const HARMLESS_HEADERS = new Set(['content-type', 'accept']);
const HARMLESS_INIT = new Set([
  'method',
  'body',
  'headers',
  'cache',
  'credentials',
  'mode',
  'next',
  'keepalive',
  'redirect',
  'referrerPolicy',
]);

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
        if (!HARMLESS_HEADERS.has(name.toLowerCase()))
          return `sends the \`${name}\` header, which an action does not receive`;
      }
    }
  }
  return null;
}
