// Edits of a source text at @babel/parser offsets, applied in one pass. A rewrite that only
// replaces, inserts and removes pieces of a file needs no printer: everything it does not touch
// stays byte for byte, and parsing with recast and printing cost most of a caller's rewrite.
import type { Node } from '@babel/types';

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

/** An edit's new text: written code and stretches of the source. */
export type Code = string | Moved | Code[];

interface Edit {
  start: number;
  end: number;
  code: Code;
  /** Order among edits at the same place: insertions keep the order they were made in. */
  seq: number;
}

export class TextEdits {
  private readonly edits: Edit[] = [];

  constructor(readonly source: string) {}

  get size(): number {
    return this.edits.length;
  }

  replace(start: number, end: number, code: Code): void {
    if (!(start >= 0 && start <= end && end <= this.source.length)) throw new Error(`edit out of range: ${start}-${end}`);
    this.edits.push({ start, end, code, seq: this.edits.length });
  }

  insert(at: number, code: Code): void {
    this.replace(at, at, code);
  }

  /** All the source text the edits replace (moved stretches included), for cheap tests of what they may remove. */
  replacedText(): string {
    return this.edits.map((e) => this.source.slice(e.start, e.end)).join('\n');
  }

  /** Replaces a node's own text (not the parentheses around it). */
  replaceNode(node: Node, code: Code): void {
    this.replace(node.start!, node.end!, code);
  }

  /**
   * Removes a statement with its leading comments; when they fill whole lines, the lines go too,
   * so no blank indentation is left behind.
   */
  removeStatement(node: Node): void {
    const s = this.source;
    const comments = node.leadingComments ?? [];
    let start = comments.length > 0 ? Math.min(node.start!, comments[0]!.start!) : node.start!;
    let end = node.end!;
    const lineStart = s.lastIndexOf('\n', start - 1) + 1;
    const after = /^[ \t]*(\r?\n|$)/.exec(s.slice(end));
    if (/^[ \t]*$/.test(s.slice(lineStart, start)) && after) {
      start = lineStart;
      end += after[0].length;
      // Between two blank lines, one of them goes too: the statements around were one blank line apart.
      const blankBefore = start === 0 || /(^|\n)[ \t]*\r?\n$/.test(s.slice(Math.max(0, start - 200), start));
      const blankAfter = /^[ \t]*\r?\n/.exec(s.slice(end));
      if (blankBefore && blankAfter) end += blankAfter[0].length;
    } else {
      // Sharing its line: take the spaces after it, so `a; b;` becomes `a;`.
      end += /^[ \t]*/.exec(s.slice(end))![0].length;
    }
    this.replace(start, end, '');
  }

  /**
   * The edited text. An edit inside another one's range is applied where the outer one copies
   * that part of the source; crossing edits, or one inside text that goes away, are a bug in the
   * rewrite: they throw rather than guess.
   */
  apply(): string {
    // At one offset an insertion goes before a replacement starting there, and an outer range before an inner one.
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || Number(b.end === b.start) - Number(a.end === a.start) || b.end - a.end || a.seq - b.seq);
    const done = new Set<Edit>();
    const out = this.render(0, this.source.length, sorted, done);
    if (done.size !== sorted.length) throw new Error('an edit inside text another edit replaces');
    return out;
  }

  /** The source from start to end with the edits inside it applied. */
  private render(start: number, end: number, sorted: Edit[], done: Set<Edit>): string {
    let out = '';
    let at = start;
    let last: Edit | null = null;
    for (const edit of sorted) {
      if (edit.start < start || edit.end > end) continue;
      if (last && edit.start < last.end) {
        // Inside the edit taken last: applied where that edit's code copies the source, if it does.
        if (edit.end <= last.end) continue;
        throw new Error(`overlapping edits at ${edit.start}`);
      }
      out += this.source.slice(at, edit.start) + this.code(edit.code, sorted, done);
      done.add(edit);
      at = edit.end;
      if (edit.end > edit.start) last = edit;
    }
    return out + this.source.slice(at, end);
  }

  private code(code: Code, sorted: Edit[], done: Set<Edit>): string {
    if (typeof code === 'string') return code;
    if (Array.isArray(code)) return code.map((c) => this.code(c, sorted, done)).join('');
    return reindent(this.render(code.start, code.end, sorted, done), indentAt(this.source, code.start), code.indent);
  }
}

/** The indentation of the line holding offset `at`. */
export function indentAt(source: string, at: number): string {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))![0];
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
  // A template literal's lines are its value: they stay as they are.
  if (fromIndent === toIndent || !text.includes('\n') || text.includes('`')) return text;
  return text.replace(/\n([ \t]*)(?=[^\r\n])/g, (_, ws: string) => `\n${ws.startsWith(fromIndent) ? toIndent + ws.slice(fromIndent.length) : ws}`);
}
