// Builds the snapshot transforms read: one pass over file texts, a cheap text test per file,
// full text kept only for files that can matter (SPEC 8).
import type { FileSummary, ProjectSnapshot } from './types.js';
import { basename, isSourceFile } from './paths.js';

const CONFIG_FILE = /(^|\/)(package\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|next\.config\.(js|mjs|cjs|ts|mts)|pnpm-workspace\.yaml)$/;
const ROUTE_FILE = /(^|\/)(app\/(.+\/)?route\.(ts|js|tsx|jsx|mjs)|pages\/api\/.+\.(ts|js|tsx|jsx|mjs))$/;
/** A file can matter only if it might hold a call site, a handler or an action. */
const CANDIDATE_TEXT = /fetch\s*\(|\/api\/|use server|axios|ky['"]/;
/**
 * CANDIDATE_TEXT loosened so that it holds on a text's UTF-8 read a byte a character: every text
 * CANDIDATE_TEXT passes holds one of these ASCII words (a space before the `(` may be non-ASCII).
 */
const CANDIDATE_HINT = /fetch|\/api\/|use server|axios|ky['"]/;

const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s*)?['"]([^'"\n]+)['"]|\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Whitespace and comments, from `lastIndex` on. */
const TRIVIA = /(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/y;
const DIRECTIVE = /(['"])(use client|use server)\1/y;

/** Where a module's code starts: after a BOM (as `bom` spells it), whitespace and comments. */
function codeStart(text: string, bom: string): number {
  TRIVIA.lastIndex = text.startsWith(bom) ? bom.length : 0;
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

/**
 * readDirective of a text given as its UTF-8 read a byte a character, or undefined when only
 * the decoded text can tell: code that starts with a non-ASCII character, which may be a space.
 */
function directiveOfBytes(latin1: string): FileSummary['directive'] | undefined {
  const at = codeStart(latin1, '\u00EF\u00BB\u00BF');
  return at < latin1.length && latin1.charCodeAt(at) > 0x7f ? undefined : directiveAt(latin1, at);
}

const PLAIN_NAME = /^[\w$]+$/;
const NAMED_IMPORT = /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s+as\s+[\w$]+)?\s*from\s*['"]([^'"\n]+)['"]/g;

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
    if (m[2]) for (const part of m[2].split(',')) {
      const imported = part.trim();
      // Most specifiers are a bare name; only the others need the regexes.
      if (PLAIN_NAME.test(imported)) list.push(intern(imported));
      else {
        const name = imported.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
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
const ARENA_BLOCK = 2 ** 20;
// The text as the reader decoded it, a leading BOM kept (cli/read.ts).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Copies of byte strings in blocks of a MiB: one allocation per block instead of one per file,
 * and outside the JS heap, so the collector neither copies nor scans them.
 */
class ByteArena {
  private block = new Uint8Array(0);
  private used = 0;

  hold(bytes: Uint8Array): Uint8Array {
    if (this.used + bytes.length > this.block.length) {
      this.block = new Uint8Array(Math.max(ARENA_BLOCK, bytes.length));
      this.used = 0;
    }
    const copy = this.block.subarray(this.used, this.used + bytes.length);
    copy.set(bytes);
    this.used += bytes.length;
    return copy;
  }
}

/** Whether a file's text is worth keeping for the transforms. */
export function isCandidate(file: string, text: string): boolean {
  if (CONFIG_FILE.test(file)) return true;
  if (!isSourceFile(file)) return false;
  return ROUTE_FILE.test(file) || CANDIDATE_TEXT.test(text);
}

export class SnapshotBuilder {
  readonly snapshot: ProjectSnapshot = { files: new Map(), summaries: new Map() };
  private deferred = 0;
  private readonly arena = new ByteArena();

  /** `deferBudget` 0 reads every import at once: where the summaries are posted to another thread, which would copy every text held. */
  constructor(private readonly deferBudget = DEFERRED_IMPORTS_BUDGET) {}

  /**
   * `bytes`: the text's UTF-8, when at hand (copied: the caller may reuse its buffer). Held
   * instead of the text, it takes half the memory or less, off the collector's heap.
   */
  add(file: string, text: string, bytes?: Uint8Array): void {
    const keep = isCandidate(file, text);
    if (isSourceFile(file)) {
      // A kept text costs nothing more to hold.
      const cost = keep ? 0 : (bytes?.length ?? text.length);
      if (this.canDefer(cost)) {
        this.deferred += cost;
        this.snapshot.summaries.set(file, { directive: readDirective(text), source: keep || !bytes ? text : this.arena.hold(bytes) });
      } else this.snapshot.summaries.set(file, summarize(text));
    }
    if (keep) this.snapshot.files.set(file, text);
  }

  /**
   * Adds a file from its UTF-8, which the reader found valid; `latin1` is the same bytes, one
   * character each. A source file the cheap test rules out even on that is never decoded: its
   * directive is read off the bytes and its bytes held for its imports. Decoding every file took
   * 60-90 ms of a sparse bench run (its components decode to two bytes a character), the one-byte
   * view 20-35 ms. Returns the text, if decoded.
   */
  addUtf8(file: string, bytes: Uint8Array, latin1: string): string | null {
    const config = CONFIG_FILE.test(file);
    if (!config && !isSourceFile(file)) return null;
    const mayKeep = config || ROUTE_FILE.test(file) || CANDIDATE_HINT.test(latin1);
    const directive = mayKeep || !this.canDefer(bytes.length) ? undefined : directiveOfBytes(latin1);
    if (directive === undefined) {
      const text = utf8.decode(bytes);
      this.add(file, text, bytes);
      return text;
    }
    this.deferred += bytes.length;
    this.snapshot.summaries.set(file, { directive, source: this.arena.hold(bytes) });
    return null;
  }

  private canDefer(cost: number): boolean {
    return this.deferBudget > 0 && this.deferred + cost <= this.deferBudget;
  }
}

/**
 * Builds a snapshot from in-memory files (tests, the programmatic API). `keep` names files whose
 * text a transform needs although the cheap filter would drop it (importers of action modules).
 */
export function snapshotFrom(files: Iterable<[string, string]>, keep?: (snapshot: ProjectSnapshot) => string[]): ProjectSnapshot {
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
