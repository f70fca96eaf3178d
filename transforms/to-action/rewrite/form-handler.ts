// The submit handler a form rewrite works on, and what reading and rewriting forms take
// (docs/caller-rewrite.md). rewire-form.ts finds the handler and action-state.ts rewrites its
// state; both take these from here, so neither imports the other back.
import type { File, Node } from '@babel/types';
import type { Path } from '../../ast/walk.js';
import type { TextEdits } from '../../ast/text-edits.js';
import type { CodeStyle } from '../../ast/nodes.js';
import type { PendingImports } from '../../shared/imports.js';

/** What finding the forms to rewire reads. */
export interface FormReading {
  ast: File;
  source: string;
  react: string | null;
  /** Local names of the actions this module calls. */
  actions: Set<string>;
}

/** And what rewiring them needs besides: the rewrite is text edits of `source` at `ast`'s offsets. */
export interface FormContext extends FormReading {
  edits: TextEdits;
  imports: PendingImports;
  style: CodeStyle;
  typescript: boolean;
}

export interface SubmitHandler {
  fn: Path;
  /** The statement declaring it, in the component body. */
  decl: Path;
  event: string;
  /** The JSX attribute `onSubmit={...}` that wires it. */
  attribute: Path;
  component: Path;
}

/** Writes a function's parameters: an arrow's one bare parameter gets parentheses once it is more than a name. */
export function writeParams(edits: TextEdits, fn: Node, text: string): void {
  const params = (fn as { params: Node[] }).params;
  const first = params[0]!;
  const last = params[params.length - 1]!;
  const bare = !edits.source.slice(0, first.start!).trimEnd().endsWith('(');
  edits.replace(first.start!, last.end!, bare && !/^[\w$]+$/.test(text) ? `(${text})` : text);
}
