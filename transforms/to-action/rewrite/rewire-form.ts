// Form rewiring (docs/caller-rewrite.md): a `<form onSubmit={h}>` whose handler reads the form becomes a
// form action. When the handler only turns the result into state, that state moves into
// `useActionState` (React 19) or `useFormState` (React 18), the pending flag included.
import type { File, Node } from '@babel/types';
import type { Site } from '../../model/types.js';
import { enclosingFunction, walk, walkOwnBody, type Path } from '../../ast/walk.js';
import type { TextEdits } from '../../ast/text-edits.js';
import { isIdent, memberProp, unwrap } from '../../ast/nodes.js';
import { findStateVars, toActionState, type StatePlan, type StateVar } from './action-state.js';
import { writeParams, type FormContext, type FormReading, type SubmitHandler } from './form-handler.js';

/** Finds `<form onSubmit={h}>` for the handler enclosing a call site. */
function findSubmitHandler(ast: File, call: Path): SubmitHandler | null {
  const fn = enclosingFunction(call);
  if (!fn) return null;
  const param = (fn.node as { params: Node[] }).params[0];
  if (!param || param.type !== 'Identifier' || (fn.node as { params: Node[] }).params.length !== 1) return null;
  let name: string | null = null;
  let decl: Path | null = null;
  if (fn.node.type === 'FunctionDeclaration' && fn.node.id) {
    name = fn.node.id.name;
    decl = fn;
  } else if (
    fn.parent?.node.type === 'VariableDeclarator' &&
    fn.key === 'init' &&
    fn.parent.node.id.type === 'Identifier'
  ) {
    name = fn.parent.node.id.name;
    decl = fn.parent.parent;
  }
  const component = decl ? enclosingFunction(decl) : enclosingFunction(fn);
  if (!component) return null;
  const attrs: Path[] = [];
  let otherUses = 0;
  walk(component.node, (p) => {
    const n = p.node;
    if (
      n.type === 'JSXAttribute' &&
      n.name.type === 'JSXIdentifier' &&
      n.name.name === 'onSubmit' &&
      n.value?.type === 'JSXExpressionContainer'
    ) {
      const e = n.value.expression;
      if ((name && isIdent(e, name)) || e === fn.node) attrs.push(p);
    }
    if (name && isIdent(n, name) && p.key !== 'id' && p.parent?.node.type !== 'JSXExpressionContainer') otherUses++;
  });
  const attribute = attrs[0];
  if (!attribute || attrs.length !== 1 || otherUses > 0) return null;
  const opening = attribute.parent!.node;
  if (opening.type !== 'JSXOpeningElement' || opening.name.type !== 'JSXIdentifier' || opening.name.name !== 'form')
    return null;
  if (opening.attributes.some((a) => a.type === 'JSXAttribute' && a.name.name === 'action')) return null;
  return { fn, decl: decl ?? fn, event: param.name, attribute, component };
}

interface EventUses {
  preventDefault: Path[];
  formData: Path[];
  resets: Path[];
}

/** The event may only be used to stop the submit, read the form and reset it. */
function readEventUses(handler: SubmitHandler): EventUses | null {
  const uses: EventUses = { preventDefault: [], formData: [], resets: [] };
  let ok = true;
  walk((handler.fn.node as { body: Node }).body, (p) => {
    if (!isIdent(p.node, handler.event) || (p.key === 'property' && memberProp(p.parent?.node) !== null)) return;
    const member = p.parent!;
    const prop = p.key === 'object' ? memberProp(member.node) : null;
    const call = member.parent;
    if (
      prop === 'preventDefault' &&
      call?.node.type === 'CallExpression' &&
      call.parent?.node.type === 'ExpressionStatement'
    )
      uses.preventDefault.push(call.parent);
    else if ((prop === 'currentTarget' || prop === 'target') && isFormDataCtor(call?.node ?? null, member.node))
      uses.formData.push(call!);
    else if (
      (prop === 'currentTarget' || prop === 'target') &&
      memberProp(call?.node) === 'reset' &&
      call!.parent?.node.type === 'CallExpression' &&
      call!.parent.parent?.node.type === 'ExpressionStatement'
    )
      uses.resets.push(call!.parent.parent);
    else ok = false;
  });
  return ok && uses.formData.length > 0 ? uses : null;
}

function isFormDataCtor(node: Node | null, arg: Node): boolean {
  if (!node) return false;
  let n = node;
  if (n.type === 'TSAsExpression') n = n.expression;
  return (
    n.type === 'NewExpression' &&
    isIdent(n.callee, 'FormData') &&
    n.arguments.length === 1 &&
    unwrap(n.arguments[0]!) === arg
  );
}

/**
 * Turns `(e) => {...}` reading `new FormData(e.currentTarget)` into one reading `formData`: the
 * statements stopping the submit, making the FormData and resetting the form go. Returns the
 * name the handler's FormData parameter takes; the caller writes the parameters.
 */
function takeFormData(handler: SubmitHandler, uses: EventUses, edits: TextEdits): string {
  let name = 'formData';
  for (const ctor of uses.formData) {
    let holder = ctor;
    while (holder.parent?.node.type === 'TSAsExpression') holder = holder.parent;
    const declarator = holder.parent;
    if (
      declarator?.node.type === 'VariableDeclarator' &&
      holder.key === 'init' &&
      declarator.node.id.type === 'Identifier' &&
      uses.formData.length === 1
    ) {
      name = declarator.node.id.name;
      edits.removeDeclarator(declarator.node, declarator.parent!.node);
    } else edits.replaceNode(holder.node, name);
  }
  for (const stmt of [...uses.preventDefault, ...uses.resets]) edits.removeStatement(stmt.node);
  return name;
}

/** A form whose submit handler becomes its action, with or without `useActionState`. */
export interface FormRewire {
  handler: SubmitHandler;
  uses: EventUses;
  /** The state the handler turns into `useActionState`; null to keep it and set `action` only. */
  state: StatePlan | null;
  sites: Site[];
  react18: boolean;
}

/** A migrated call site: where its action call is in the module, and its report line. */
export interface RewiredCall {
  at: Path;
  site: Site;
}

/** The forms the migrated calls of one module can be rewired in. It only reads the tree. */
export function findFormRewires(ctx: FormReading, calls: RewiredCall[]): FormRewire[] {
  const done = new Set<Node>();
  const out: FormRewire[] = [];
  const react18 = ctx.react !== null && /^1[0-8]\./.test(ctx.react);
  for (const call of calls) {
    const handler = findSubmitHandler(ctx.ast, call.at);
    if (!handler || done.has(handler.fn.node)) continue;
    const uses = readEventUses(handler);
    if (!uses) continue;
    const sites = calls.filter((c) => enclosingFunction(c.at)?.node === handler.fn.node).map((c) => c.site);
    const found = findStateVars(handler, ctx);
    const state = found && !(react18 && found.pending) ? found : null;
    // A pending flag set inside a form action would be hidden by React's transition: keep onSubmit.
    if (!state && hasPendingFlag(handler)) continue;
    done.add(handler.fn.node);
    out.push({ handler, uses, state, sites, react18 });
  }
  return out;
}

/** Rewires the forms found, as text edits, and adds warnings to their sites. */
export function rewireForms(ctx: FormContext, rewires: FormRewire[]): void {
  for (const { handler, uses, state, sites, react18 } of rewires) {
    const name = takeFormData(handler, uses, ctx.edits);
    const formData = `${name}${ctx.typescript ? ': FormData' : ''}`;
    if (state) toActionState(handler, state, formData, ctx, react18);
    else {
      writeParams(ctx.edits, handler.fn.node, formData);
      ctx.edits.replaceNode((handler.attribute.node as { name: Node }).name, 'action');
    }
    warnReset(sites, uses, react18);
  }
}

/**
 * React 19 resets a form's uncontrolled fields after its action (`requestFormReset`); React 18,
 * including the canary Next 14 bundles, leaves them filled, so there is nothing to warn about there.
 */
function warnReset(sites: Site[], uses: EventUses, react18: boolean): void {
  if (uses.resets.length > 0 || react18) return;
  for (const site of sites) site.warnings = [...(site.warnings ?? []), 'form-resets-after-action'];
}

/** `setSubmitting(true)` ... `setSubmitting(false)` in the handler's own body. */
function hasPendingFlag(handler: SubmitHandler): boolean {
  const setTrue = new Set<string>();
  const setFalse = new Set<string>();
  walkOwnBody(handler.fn.node, (p) => {
    const n = p.node;
    if (
      n.type === 'CallExpression' &&
      n.callee.type === 'Identifier' &&
      /^set[A-Z]/.test(n.callee.name) &&
      n.arguments.length === 1
    ) {
      const arg = n.arguments[0]!;
      if (arg.type === 'BooleanLiteral') (arg.value ? setTrue : setFalse).add(n.callee.name);
    }
  });
  return [...setTrue].some((s) => setFalse.has(s));
}

export type { SubmitHandler, StateVar };
