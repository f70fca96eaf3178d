// Reads every discovered file that can matter once, into the snapshot; what cannot be read
// safely (too large, binary, not UTF-8, I/O error) is reported and skipped. A UTF-16 file with a
// BOM is read as its UTF-8 (runner/encoding.ts).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { decodeUtf16, utf16Of } from './encoding.js';
import { withSep } from './paths.js';
import { SnapshotBuilder, type FileRange } from '../transforms/model/snapshot.js';
import { isSourceFile } from '../transforms/model/paths.js';
import type { FileError, FileSummary, ProjectSnapshot } from '../transforms/model/types.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
// ignoreBOM keeps a leading BOM in the text, so a rewritten file keeps it too.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export interface ReadResult {
  snapshot: ProjectSnapshot;
  errors: FileError[];
  /** Files read (sources and configs); others are never opened. */
  filesScanned: number;
}

const CONFIG_NAMES =
  /(^|\/)(package\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|next\.config\.[cm]?[jt]s|pnpm-workspace\.yaml)$/;

export const isReadable = (file: string): boolean => isSourceFile(file) || CONFIG_NAMES.test(file);

/** Bytes of files appended one after another; a block that fills is replaced by a larger or fresh one. */
class ByteSink {
  block: Buffer;
  used = 0;

  /** `onReplace`: called before a block is left, while the bytes in it are still where they were. */
  constructor(
    private readonly size: number,
    private readonly onReplace?: () => void,
  ) {
    this.block = Buffer.allocUnsafeSlow(size);
  }

  /** A new block, with `from`..`used` of the old one copied to its start. */
  makeRoom(from: number): void {
    this.onReplace?.();
    const length = this.used - from;
    const next = Buffer.allocUnsafeSlow(Math.max(this.size, Math.min(length * 2, MAX_FILE_BYTES + 1)));
    this.block.copy(next, 0, from, this.used);
    this.block = next;
    this.used = length;
  }

  /** Puts `bytes` in place of `start`..`used`, in a fresh block if they do not fit: where they start. */
  replace(start: number, bytes: Buffer): number {
    this.used = start;
    if (this.block.length - start < bytes.length) {
      this.onReplace?.();
      this.block = Buffer.allocUnsafeSlow(Math.max(this.size, bytes.length));
      start = 0;
    }
    bytes.copy(this.block, start);
    this.used = start + bytes.length;
    return start;
  }
}

/** Appends a file's UTF-8 to `sink`, checked: where it starts, or why it is skipped (the sink left as it was). */
function appendFile(abs: string, sink: ByteSink): number | { error: string } {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (error) {
    return { error: `could not read: ${(error as Error).message}` };
  }
  let start = sink.used;
  try {
    for (;;) {
      if (sink.used === sink.block.length) {
        // Up to one byte past the limit, so a huge generated bundle is never loaded whole.
        if (sink.used - start > MAX_FILE_BYTES) break;
        sink.makeRoom(start);
        start = 0;
      }
      const n = readSync(fd, sink.block, sink.used, sink.block.length - sink.used, null);
      if (n === 0) break;
      sink.used += n;
    }
    const bytes = sink.block.subarray(start, sink.used);
    const utf16 = bytes.length > MAX_FILE_BYTES ? null : utf16Of(bytes);
    if (utf16) {
      const text = decodeUtf16(bytes, utf16);
      if (text !== null && !text.includes('\0')) return sink.replace(start, Buffer.from(text, 'utf8'));
      sink.used = start;
      return {
        error:
          text === null
            ? `skipped: not valid ${utf16.toUpperCase()}`
            : 'skipped: binary file (contains NUL characters)',
      };
    }
    const why =
      bytes.length > MAX_FILE_BYTES
        ? `skipped: larger than 2 MB (${fstatSync(fd).size} bytes)`
        : bytes.includes(0)
          ? 'skipped: binary file (contains NUL bytes)'
          : isUtf8(bytes)
            ? null
            : 'skipped: not valid UTF-8';
    if (why === null) return start;
    sink.used = start;
    return { error: why };
  } catch (error) {
    sink.used = start;
    return { error: `could not read: ${(error as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

/** One buffer per thread, reused for every file: a fresh one per file was most of reading's cost. */
const scratch = new ByteSink(256 * 1024);

/** The text of a file, or why it is skipped. */
export function readText(abs: string): { text: string } | { error: string } {
  scratch.used = 0;
  const start = appendFile(abs, scratch);
  return typeof start === 'number' ? { text: decoder.decode(scratch.block.subarray(start, scratch.used)) } : start;
}

/** Files are read back to back into blocks this large. */
const BLOCK_BYTES = 2 ** 20;
/**
 * ...and handed on in runs of about this much. The snapshot makes a one-byte string of each run;
 * one of a MiB is a large object, which V8 frees only in a full collection, so runs of a
 * whole block raised a sparse run's peak memory (bench/HISTORY.md).
 */
const RUN_BYTES = 64 * 1024;

/**
 * Reads `files` (absolute once prefixed with `base`) in order, back to back into blocks of a
 * MiB. `run` gets each run of files read, in order (`ranges` within `bytes`), and owns them: the
 * reader never writes over bytes it handed on. `file` is called after each file.
 */
export function readRuns(
  files: string[],
  base: string,
  to: {
    run(bytes: Buffer, ranges: FileRange[]): void;
    error(file: string, message: string): void;
    file?(index: number): void;
  },
): void {
  let pending: FileRange[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const from = pending[0]!.start;
    const bytes = sink.block.subarray(from, pending[pending.length - 1]!.end);
    to.run(
      bytes,
      from === 0 ? pending : pending.map((r) => ({ file: r.file, start: r.start - from, end: r.end - from })),
    );
    pending = [];
  };
  const sink: ByteSink = new ByteSink(BLOCK_BYTES, flush);
  files.forEach((file, i) => {
    const start = appendFile(base + file, sink);
    if (typeof start === 'number') {
      pending.push({ file, start, end: sink.used });
      if (sink.used - pending[0]!.start >= RUN_BYTES) flush();
    } else to.error(file, start.error);
    to.file?.(i);
  });
  flush();
}

/** What reading some files gives: texts kept by the cheap filter, summaries, errors (in file order). */
export interface ReadChunk {
  files: Array<[string, string]>;
  summaries: Array<[string, FileSummary]>;
  errors: FileError[];
  scanned: number;
  /** package.json files naming next, for the progress line only (the project model decides). */
  apps: number;
}

/**
 * Reads `files` (posix, relative to `cwd`) in order; runs in the CLI or in a worker thread. A
 * worker reads imports at once (`deferImports` false): the source held for later would be copied
 * back with its reply, and then to every worker running to-action.
 */
export function readChunk(
  files: string[],
  cwd: string,
  { onFile, deferImports = true }: { onFile?: (index: number, apps: number) => void; deferImports?: boolean } = {},
): ReadChunk {
  const builder = new SnapshotBuilder(deferImports ? undefined : 0);
  const chunk: ReadChunk = { files: [], summaries: [], errors: [], scanned: 0, apps: 0 };
  // Where each readable file is in `files`, which onFile counts in.
  const at = files.flatMap((file, i) => (isReadable(file) ? [i] : []));
  const readable = at.map((i) => files[i]!);
  chunk.scanned = readable.length;
  // Joined by hand: `files` are already normalized, and path.resolve per file showed in profiles.
  readRuns(readable, withSep(path.resolve(cwd)), {
    run: (bytes, ranges) => {
      for (const file of builder.addUtf8Run(bytes, bytes.toString('latin1'), ranges))
        if (file.endsWith('package.json') && /"next"\s*:/.test(builder.snapshot.files.get(file) ?? '')) chunk.apps++;
    },
    error: (file, message) => chunk.errors.push({ file, message }),
    // The apps found so far, as of the last block handed on.
    file: onFile && ((i) => onFile(at[i]!, chunk.apps)),
  });
  if (onFile && files.length > 0) onFile(files.length - 1, chunk.apps);
  chunk.files = [...builder.snapshot.files];
  chunk.summaries = [...builder.snapshot.summaries];
  return chunk;
}

/** Chunks read in order (by this thread or by workers) as one snapshot, as if read in one pass. */
export function joinChunks(chunks: ReadChunk[]): ReadResult {
  const snapshot: ProjectSnapshot = { files: new Map(), summaries: new Map() };
  const errors: FileError[] = [];
  let scanned = 0;
  for (const c of chunks) {
    for (const [file, text] of c.files) snapshot.files.set(file, text);
    for (const [file, summary] of c.summaries) snapshot.summaries.set(file, summary);
    errors.push(...c.errors);
    scanned += c.scanned;
  }
  return { snapshot, errors, filesScanned: scanned };
}

/** `files` are posix paths relative to `cwd` (as discoverFiles returns them). */
export function readFiles(
  files: string[],
  cwd: string,
  onProgress?: (done: number, total: number, apps: number) => void,
): ReadResult {
  return joinChunks([
    readChunk(files, cwd, { onFile: onProgress && ((i, apps) => onProgress(i + 1, files.length, apps)) }),
  ]);
}
