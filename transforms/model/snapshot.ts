// Builds the snapshot transforms read: one pass over file texts, a cheap text test per file,
// full text kept only for files that can matter (bench/README.md).
import type { FileSummary, ProjectSnapshot } from './types.js';
import { basename, isSourceFile } from './paths.js';

const CONFIG_FILE =
  /(^|\/)(package\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|next\.config\.(js|mjs|cjs|ts|mts)|pnpm-workspace\.yaml)$/;
const ROUTE_FILE = /(^|\/)(app\/(.+\/)?route\.(ts|js|tsx|jsx|mjs)|pages\/api\/.+\.(ts|js|tsx|jsx|mjs))$/;
/**
 * A file can matter only if it might hold a call site, a handler, a helper wrapping handlers (it
 * answers through next/server), an app's own answer (`Response.json(...)` in an error class) or an action.
 */
const CANDIDATE_TEXT =
  /fetch\s*\(|\/api\/|use server|axios|ky['"]|next\/server|Response\.json\s*\(|new\s+Response\s*\(/;
/**
 * CANDIDATE_TEXT loosened so that it holds on a text's UTF-8 read a byte a character: every text
 * CANDIDATE_TEXT passes holds one of these ASCII words (a space before the `(` may be non-ASCII).
 */
const CANDIDATE_HINTS = /fetch|\/api\/|use server|axios|ky['"]|next\/server|Response/g;

const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s*)?['"]([^'"\n]+)['"]|\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Whitespace and comments, from `lastIndex` on. */
const TRIVIA = /(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/y;
const DIRECTIVE = /(['"])(use client|use server)\1/y;

/** Where the module at `start` of `text` has its code: after a BOM (as `bom` spells it), whitespace and comments. */
function codeStart(text: string, bom: string, start = 0): number {
  TRIVIA.lastIndex = text.startsWith(bom, start) ? start + bom.length : start;
  TRIVIA.exec(text);
  return TRIVIA.lastIndex;
}

function directiveAt(text: string, at: number): FileSummary['directive'] {
  DIRECTIVE.lastIndex = at;
  const m = DIRECTIVE.exec(text);
  return m ? (m[2] as FileSummary['directive']) : null;
}

/** The module's leading directive, read without parsing: comments and blank lines skipped. */
export function readDirective(text: string): FileSummary['directive'] {
  return directiveAt(text, codeStart(text, '\uFEFF'));
}

/** The BOM's three UTF-8 bytes, read a byte a character. */
const UTF8_BOM_AS_LATIN1 = '\u00EF\u00BB\u00BF';

/**
 * readDirective of the text at `start`..`end` of `latin1` (UTF-8 read a byte a character, where
 * other files may come before and after), or undefined when only the decoded text can tell: code
 * that starts with a non-ASCII character, which may be a space. A directive that ends past `end`
 * was found after trivia that ran into the next file, or is split across two: this file has none.
 */
function directiveOfBytes(latin1: string, start: number, end: number): FileSummary['directive'] | undefined {
  const at = codeStart(latin1, UTF8_BOM_AS_LATIN1, start);
  if (latin1.charCodeAt(at) > 0x7f) return undefined;
  const directive = directiveAt(latin1, at);
  return DIRECTIVE.lastIndex <= end ? directive : null;
}

/** Which of `files` (ranges of `latin1`) CANDIDATE_HINTS may hold: a match marks every file it touches. */
function hintedFiles(latin1: string, files: readonly FileRange[]): Uint8Array {
  const hinted = new Uint8Array(files.length);
  CANDIDATE_HINTS.lastIndex = 0;
  let k = 0;
  for (let m = CANDIDATE_HINTS.exec(latin1); m !== null; m = CANDIDATE_HINTS.exec(latin1)) {
    while (k < files.length && files[k]!.end <= m.index) k++;
    for (let j = k; j < files.length && files[j]!.start < CANDIDATE_HINTS.lastIndex; j++) hinted[j] = 1;
  }
  return hinted;
}

const PLAIN_NAME = /^[\w$]+$/;
const NAMED_IMPORT =
  /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+[\w$]+)?\s*from\s*['"]([^'"\n]+)['"]/g;

/**
 * One flat copy of each specifier and imported name. A regex match is a slice that keeps the whole file's text
 * alive, and summaries of ten thousand files would hold every text that was read.
 */
const interned = new Map<string, string>();
function intern(s: string): string {
  let copy = interned.get(s);
  if (copy === undefined) {
    if (interned.size > 100_000) interned.clear(); // a long-lived process must not grow without end
    copy = (' ' + s).slice(1);
    interned.set(copy, copy);
  }
  return copy;
}

export function summarize(text: string): Required<Omit<FileSummary, 'source'>> {
  return { directive: readDirective(text), ...readImports(text) };
}

type Imports = Required<Pick<FileSummary, 'specifiers' | 'names'>>;

function readImports(text: string): Imports {
  const specifiers: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) specifiers.push(intern((m[1] ?? m[2])!));
  const names: Record<string, string[]> = {};
  for (const m of text.matchAll(NAMED_IMPORT)) {
    const list = (names[m[3]!] ??= []);
    if (m[1] || !m[2]) list.push('*');
    if (m[2])
      for (const part of m[2].split(',')) {
        const imported = part.trim();
        // Most specifiers are a bare name; only the others need the regexes.
        if (PLAIN_NAME.test(imported)) list.push(intern(imported));
        else {
          const name = imported
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!
            .trim();
          if (name) list.push(intern(name));
        }
      }
  }
  return { specifiers, names };
}

/**
 * A module's imports, read from its held source the first time they are asked for (the source
 * then let go). Filling the summary in place is a cache: the snapshot means the same before and after.
 */
export function importsOf(summary: FileSummary): Imports {
  if (summary.specifiers === undefined || summary.names === undefined) {
    const source = summary.source ?? '';
    Object.assign(summary, readImports(typeof source === 'string' ? source : utf8.decode(source)));
    delete summary.source;
  }
  return summary as Imports;
}

/**
 * How much source a snapshot holds for imports not read yet (bytes of UTF-8 when given, else
 * UTF-16 units). A run that never builds the import graph (call sites in `'use client'` modules
 * of apps without a pages folder) then never reads them: they were a third of reading the
 * bench's sparse tree. Past this much a very large tree reads them as it goes, so its memory
 * stays bounded.
 */
export const DEFERRED_IMPORTS_BUDGET = 64 * 2 ** 20;
// The text as the reader decoded it, a leading BOM kept (runner/read.ts).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether a file's text is worth keeping for the transforms. */
export function isCandidate(file: string, text: string): boolean {
  if (CONFIG_FILE.test(file)) return true;
  if (!isSourceFile(file)) return false;
  return ROUTE_FILE.test(file) || CANDIDATE_TEXT.test(text);
}

/** A file read into a run of bytes: its name and where its UTF-8 starts and ends in the run. */
export interface FileRange {
  file: string;
  start: number;
  end: number;
}

export class SnapshotBuilder {
  readonly snapshot: ProjectSnapshot = { files: new Map(), summaries: new Map() };
  private deferred = 0;

  /** `deferBudget` 0 reads every import at once: where the summaries are posted to another thread, which would copy every text held. */
  constructor(private readonly deferBudget = DEFERRED_IMPORTS_BUDGET) {}

  /**
   * `bytes`: the text's UTF-8, when at hand, held as given (the caller must not write over it).
   * Held instead of the text, it takes half the memory or less, off the collector's heap.
   */
  add(file: string, text: string, bytes?: Uint8Array): void {
    const keep = isCandidate(file, text);
    if (isSourceFile(file)) {
      // A kept text costs nothing more to hold.
      const cost = keep ? 0 : (bytes?.length ?? text.length);
      if (this.canDefer(cost)) {
        this.deferred += cost;
        this.snapshot.summaries.set(file, { directive: readDirective(text), source: keep || !bytes ? text : bytes });
      } else this.snapshot.summaries.set(file, summarize(text));
    }
    if (keep) this.snapshot.files.set(file, text);
  }

  /**
   * Adds files read back to back into `bytes` (each valid UTF-8, as the reader checked), in
   * order; `latin1` is the same bytes, one character each. The cheap test runs once over the
   * whole run, on those characters. A source file it rules out is never decoded: its directive
   * is read off the bytes, and its bytes are held for its imports as a view into `bytes`, which
   * the caller must not write over. A run holding any is charged to the budget whole, since the
   * views keep the buffer under it alive. Per file, the cheap test and a one-byte view cost less
   * than holding copies, and far less than decoding every file (bench/HISTORY.md). Returns the
   * files decoded.
   */
  addUtf8Run(bytes: Uint8Array, latin1: string, files: readonly FileRange[]): string[] {
    const hinted = hintedFiles(latin1, files);
    const holding = this.canDefer(bytes.length);
    let held = false;
    const decoded: string[] = [];
    files.forEach(({ file, start, end }, i) => {
      const config = CONFIG_FILE.test(file);
      if (!config && !isSourceFile(file)) return;
      const mayKeep = config || hinted[i] === 1 || ROUTE_FILE.test(file);
      const directive = mayKeep || !holding ? undefined : directiveOfBytes(latin1, start, end);
      const own = bytes.subarray(start, end);
      if (directive === undefined) {
        this.add(file, utf8.decode(own), own);
        decoded.push(file);
        return;
      }
      this.snapshot.summaries.set(file, { directive, source: own });
      held = true;
    });
    if (held) this.deferred += bytes.length;
    return decoded;
  }

  private canDefer(cost: number): boolean {
    return this.deferBudget > 0 && this.deferred + cost <= this.deferBudget;
  }
}

/**
 * Builds a snapshot from in-memory files (tests, the programmatic API). `keep` names files whose
 * text a transform needs although the cheap filter would drop it (importers of action modules).
 */
export function snapshotFrom(
  files: Iterable<[string, string]>,
  keep?: (snapshot: ProjectSnapshot) => string[],
): ProjectSnapshot {
  const builder = new SnapshotBuilder();
  const all = new Map(files);
  for (const [file, text] of all) builder.add(file, text);
  for (const file of keep?.(builder.snapshot) ?? []) {
    const text = all.get(file);
    if (text !== undefined) builder.snapshot.files.set(file, text);
  }
  return builder.snapshot;
}

export const isConfigFile = (file: string): boolean => CONFIG_FILE.test(file) || basename(file) === 'package.json';
