// Edits of a source text at @babel/parser offsets, applied in one pass. A rewrite that only
// replaces, inserts and removes pieces of a file needs no printer: everything it does not touch
// stays byte for byte, and parsing with recast and printing cost most of a caller's rewrite.
import type { Node } from '@babel/types';
import { visitNodes } from './walk.js';

/**
 * A stretch of the source copied into an edit's text, with the edits inside it applied and its
 * later lines moved to `indent` (see moveText): `fetch(url, { body: JSON.stringify(input) })`
 * becomes `addUser(input)` even when `input` holds a fetch rewritten too.
 */
export interface Moved {
  start: number;
  end: number;
  indent: string;
}

/** Whole lines of the source moved to `indent`, the first one included: a block's body taken out of it. */
export interface MovedLines extends Moved {
  lines: true;
}

/** An edit's new text: written code and stretches of the source. */
export type Code = string | Moved | MovedLines | Code[];

interface Edit {
  start: number;
  end: number;
  code: Code;
  /** The text it replaces goes, with any edit inside it that its code does not copy. */
  drops: boolean;
  /** Order among edits at the same place: insertions keep the order they were made in. */
  seq: number;
}

/** At one offset an insertion goes before a replacement starting there, and an outer range before an inner one. */
const EDIT_ORDER = (a: Edit, b: Edit) =>
  a.start - b.start || Number(b.end === b.start) - Number(a.end === a.start) || b.end - a.end || a.seq - b.seq;

/** Marks a line break inside a template literal while text is moved: its lines are the literal's value. */
const FROZEN = '\u0001';

export class TextEdits {
  private readonly edits: Edit[] = [];
  /** Statements removed whole, for code that copies statements one by one. */
  readonly removed = new Set<Node>();
  private frozen: Array<[number, number]> | null = null;
  /** While keptRanges runs: the source stretches rendering copies. */
  private recording: Array<[number, number]> | null = null;
  /** A source holding the marker itself is moved as it is written, reindented nowhere. */
  private readonly plain: boolean;

  /** `templates`: the ranges of the multi-line template literals, asked for only when code that holds one moves. */
  constructor(
    readonly source: string,
    private readonly templates: () => Array<[number, number]> = () => [],
  ) {
    this.plain = source.includes(FROZEN);
  }

  replace(start: number, end: number, code: Code, drops = false): void {
    if (!(start >= 0 && start <= end && end <= this.source.length))
      throw new Error(`edit out of range: ${start}-${end}`);
    this.edits.push({ start, end, code, drops, seq: this.edits.length });
  }

  insert(at: number, code: Code): void {
    this.replace(at, at, code);
  }

  /** All the source text the edits replace (moved stretches included), for cheap tests of what they may remove. */
  replacedText(): string {
    return this.edits.map((e) => this.source.slice(e.start, e.end)).join('\n');
  }

  /** Renders code that copies the source (a Moved stretch) with the edits inside it applied. */
  renderCode(code: Code): string {
    return this.unfreeze(this.code(code, [...this.edits].sort(EDIT_ORDER), new Set()));
  }

  /**
   * The stretches of the source that rendering `code` copies as they are, edits applied: a node
   * lying inside one of them is in the output. A stretch can come back through another edit's
   * code (a response variable's value, returned where the variable was).
   */
  keptRanges(code: Code): Array<[number, number]> {
    this.recording = [];
    try {
      this.renderCode(code);
      return this.recording;
    } finally {
      this.recording = null;
    }
  }

  /** Replaces a node's own text (not the parentheses around it). */
  replaceNode(node: Node, code: Code): void {
    this.replace(node.start!, node.end!, code);
  }

  /** Removes a variable declarator, and its declaration (see removeStatements) when it was the only one. */
  removeDeclarator(declarator: Node, declaration: Node): void {
    const list = (declaration as { declarations: Node[] }).declarations;
    if (list.length === 1) return this.removeStatement(declaration);
    const i = list.indexOf(declarator);
    if (i + 1 < list.length) this.replace(declarator.start!, list[i + 1]!.start!, '');
    else this.replace(list[i - 1]!.end!, declarator.end!, '');
  }

  /** Removes a statement with its leading comments (see removeStatements). */
  removeStatement(node: Node): void {
    this.removeStatements([node]);
  }

  /**
   * Removes statements with their leading comments. Where they fill whole lines the lines go,
   * and neighbouring removals are taken as one, so that the blank lines left read as if the
   * statements had never been there: none doubled, none just inside a brace.
   */
  removeStatements(nodes: Node[]): void {
    const s = this.source;
    for (const node of nodes) this.removed.add(node);
    const ranges: Array<[number, number]> = [];
    for (const node of [...nodes].sort((a, b) => a.start! - b.start!)) {
      const comments = node.leadingComments ?? [];
      let start = comments.length > 0 ? Math.min(node.start!, comments[0]!.start!) : node.start!;
      let end = node.end!;
      const after = /^[ \t]*(\r?\n|$)/.exec(s.slice(end));
      if (/^[ \t]*$/.test(s.slice(lineStart(s, start), start)) && after) {
        start = lineStart(s, start);
        end += after[0].length;
      } else {
        // Sharing its line: take the spaces after it, so `a; b;` becomes `a;`.
        end += /^[ \t]*/.exec(s.slice(end))![0].length;
        ranges.push([start, end]);
        continue;
      }
      const previous = ranges[ranges.length - 1];
      if (previous && previous[1] === start) previous[1] = end;
      else ranges.push([start, end]);
    }
    for (const [start, end] of ranges) {
      let from = start;
      let to = end;
      if (from === lineStart(s, from) && (to === s.length || s[to - 1] === '\n')) {
        const before = s.slice(lineStart(s, Math.max(0, from - 1)), from);
        const blankBefore = from === 0 || /^[ \t]*\r?\n$/.test(before);
        const blankAfter = /^[ \t]*\r?\n/.exec(s.slice(to));
        const opensBlock = /[{(\[][ \t]*\r?\n$/.test(before);
        const closesBlock = /^[ \t]*[})\]]/.test(s.slice(to));
        if (blankAfter && (blankBefore || opensBlock)) to += blankAfter[0].length;
        else if (blankBefore && closesBlock && from > 0) from = lineStart(s, from - 1);
      }
      this.replace(from, to, '');
    }
  }

  /**
   * The edited text. An edit inside another one's range is applied where the outer one copies
   * that part of the source; crossing edits, or one inside text that goes away, are a bug in the
   * rewrite: they throw rather than guess.
   */
  apply(): string {
    const sorted = [...this.edits].sort(EDIT_ORDER);
    const done = new Set<Edit>();
    const out = this.render(0, this.source.length, sorted, done, false);
    if (done.size !== sorted.length) throw new Error('an edit inside text another edit replaces');
    return this.unfreeze(out);
  }

  /** Rendered text without the FROZEN marks its moves left. */
  private unfreeze(text: string): string {
    return !this.plain && text.includes(FROZEN) ? text.replaceAll(`\n${FROZEN}`, '\n') : text;
  }

  /** The source from start to end with the edits inside it applied. */
  private render(start: number, end: number, sorted: Edit[], done: Set<Edit>, moving: boolean): string {
    let out = '';
    let at = start;
    let last: Edit | null = null;
    for (const edit of sorted) {
      if (edit.start < start || edit.end > end) continue;
      if (last && edit.start < last.end) {
        // Inside the edit taken last: applied where that edit's code copies the source, if it does.
        if (edit.end <= last.end) {
          if (last.drops) done.add(edit);
          continue;
        }
        throw new Error(`overlapping edits at ${edit.start}`);
      }
      out += this.slice(at, edit.start, moving) + this.code(edit.code, sorted, done);
      done.add(edit);
      at = edit.end;
      if (edit.end > edit.start) last = edit;
    }
    return out + this.slice(at, end, moving);
  }

  /** Source text; when it is being moved, the line breaks inside template literals marked FROZEN. */
  private slice(start: number, end: number, moving: boolean): string {
    if (this.recording && end > start) this.recording.push([start, end]);
    const text = this.source.slice(start, end);
    if (!moving || this.plain || !text.includes('\n') || !this.source.includes('`')) return text;
    this.frozen ??= this.templates();
    const inside = this.frozen.filter(([a, b]) => a < end && b > start);
    if (inside.length === 0) return text;
    return text.replace(/\n/g, (nl, i: number) =>
      inside.some(([a, b]) => start + i >= a && start + i < b) ? nl + FROZEN : nl,
    );
  }

  private code(code: Code, sorted: Edit[], done: Set<Edit>): string {
    if (typeof code === 'string') return code;
    if (Array.isArray(code)) return code.map((c) => this.code(c, sorted, done)).join('');
    const text = this.render(code.start, code.end, sorted, done, true);
    if (this.plain) return text;
    const from = indentAt(this.source, code.start);
    return 'lines' in code ? reindent(`\n${text}`, from, code.indent).slice(1) : reindent(text, from, code.indent);
  }
}

/** The offset where the line holding `at` starts. */
export function lineStart(source: string, at: number): number {
  return source.lastIndexOf('\n', at - 1) + 1;
}

/** The offset just past the end of the line holding `at`, its line break included. */
export function nextLineStart(source: string, at: number): number {
  const nl = source.indexOf('\n', at);
  return nl === -1 ? source.length : nl + 1;
}

/** The indentation of the line holding offset `at`. */
export function indentAt(source: string, at: number): string {
  return /^[ \t]*/.exec(source.slice(lineStart(source, at)))![0];
}

/**
 * A node's source text for a new place: its later lines keep their indentation relative to the
 * line it starts on, moved to the indentation of the line it goes to (as recast reprints a node
 * it reuses).
 */
export function moveText(node: Node, toIndent: string): Moved {
  return { start: node.start!, end: node.end!, indent: toIndent };
}

function reindent(text: string, fromIndent: string, toIndent: string): string {
  if (fromIndent === toIndent || !text.includes('\n')) return text;
  // Blank lines, and lines inside template literals (marked FROZEN), stay as they are.
  return text.replace(
    /\n([ \t]*)(?=[^\r\n\u0001])/g,
    (_, ws: string) => `\n${ws.startsWith(fromIndent) ? toIndent + ws.slice(fromIndent.length) : ws}`,
  );
}

/** The multi-line template literal texts of a tree, as TextEdits asks for them. */
export function templateLines(root: Node): () => Array<[number, number]> {
  return () => {
    const out: Array<[number, number]> = [];
    visitNodes(root, (n) => {
      if (n.type === 'TemplateElement' && n.value.raw.includes('\n')) out.push([n.start!, n.end!]);
    });
    return out;
  };
}
