// Whether an action checks its input at run time (docs/reasons.md, `unvalidated-input`): a schema
// parse of the input (zod, valibot, yup, superstruct) or a type check of the input's own values.
// Parsing JSON, checking a caught error or `typeof window` checks nothing a caller sent.
import type { Node } from '@babel/types';
import { visitNodes } from '../ast/walk.js';
import { memberProp, unwrap } from '../ast/nodes.js';
import { calleeName, carriesInput, inputNames } from './action-inputs.js';

/** `schema.parse(x)`, yup's `validate`, io-ts/superstruct `is`, superstruct `assert(x, S)`. */
const VALIDATORS = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'validate',
  'validateSync',
  'is',
  'assert',
]);
/** Receivers whose `parse` reads text rather than checking a schema. */
const NOT_SCHEMAS = new Set([
  'JSON',
  'Date',
  'URL',
  'Number',
  'Math',
  'Object',
  'Reflect',
  'Array',
  'String',
  'Buffer',
  'path',
  'qs',
  'querystring',
  'cookie',
  'cookies',
  'console',
]);
const TYPE_CHECKS = new Set([
  'Array.isArray',
  'Number.isInteger',
  'Number.isSafeInteger',
  'Number.isFinite',
  'Number.isNaN',
  'isNaN',
  'isFinite',
]);

/** The identifier a member chain starts from (`z` in `z.object({}).parse`), or null for a call result. */
function rootName(n: Node): string | null {
  let x = unwrap(n);
  while (x.type === 'MemberExpression' || x.type === 'OptionalMemberExpression') x = unwrap(x.object);
  return x.type === 'Identifier' ? x.name : null;
}

export function validatesInput(fn: Node): boolean {
  const body = (fn as { body?: Node }).body;
  if (!body) return false;
  // A schema may be handed anything built from the input; a type check must test the input's own value.
  const derived = inputNames(fn, 'derived');
  const own = inputNames(fn, 'controlled');
  const parsesInput = (args: Node[]) => args.some((a) => carriesInput(a, derived, 'derived'));
  const checksInput = (x: Node | undefined) => !!x && carriesInput(x, own, 'controlled');
  let found = false;
  visitNodes(body, (n) => {
    if (found) return false;
    if (n.type === 'UnaryExpression' && n.operator === 'typeof') found = checksInput(n.argument);
    else if (n.type === 'BinaryExpression' && n.operator === 'instanceof') found = checksInput(n.left);
    else if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') {
      const callee = unwrap(n.callee);
      const args = n.arguments as Node[];
      const name = calleeName(callee);
      const method = memberProp(callee);
      if (name && TYPE_CHECKS.has(name)) found = checksInput(args[0]);
      else if (method && VALIDATORS.has(method))
        found = !NOT_SCHEMAS.has(rootName((callee as { object: Node }).object) ?? '') && parsesInput(args);
      // valibot `parse(schema, x)`, superstruct `assert(x, Schema)`: a free function given the schema beside the value.
      else if (callee.type === 'Identifier' && VALIDATORS.has(callee.name))
        found = args.length >= 2 && parsesInput(args);
      // `isEmail(email)`, `validator.isUUID(id)`: a predicate on the input's value.
      else if (/^is[A-Z]/.test(method ?? (callee.type === 'Identifier' ? callee.name : '')))
        found = checksInput(args[0]);
    }
  });
  return found;
}
