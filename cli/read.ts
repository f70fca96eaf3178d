// Reads every discovered file that can matter once, into the snapshot; what cannot be read
// safely (too large, binary, not UTF-8, I/O error) is reported and skipped (SPEC 7).
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { withSep } from './paths.js';
import { SnapshotBuilder } from '../transforms/model/snapshot.js';
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

const CONFIG_NAMES = /(^|\/)(package\.json|tsconfig(\.[\w-]+)?\.json|jsconfig\.json|next\.config\.[cm]?[jt]s|pnpm-workspace\.yaml)$/;

export const isReadable = (file: string): boolean => isSourceFile(file) || CONFIG_NAMES.test(file);

/** One buffer per thread, reused for every file: a fresh one per file was most of reading's cost. */
let scratch = Buffer.allocUnsafe(256 * 1024);

/** The text of a file, or why it is skipped. */
export function readText(abs: string): { text: string } | { error: string } {
  const r = readUtf8(abs);
  return 'bytes' in r ? { text: decoder.decode(r.bytes) } : r;
}

/** A file's UTF-8, checked, or why it is skipped; valid until the next read. */
export function readUtf8(abs: string): { bytes: Buffer } | { error: string } {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (error) {
    return { error: `could not read: ${(error as Error).message}` };
  }
  try {
    // Up to one byte past the limit, so a huge generated bundle is never loaded whole.
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        if (length > MAX_FILE_BYTES) break;
        const larger = Buffer.allocUnsafe(Math.min(scratch.length * 2, MAX_FILE_BYTES + 1));
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_FILE_BYTES) return { error: `skipped: larger than 2 MB (${fstatSync(fd).size} bytes)` };
    const bytes = scratch.subarray(0, length);
    if (bytes.includes(0)) return { error: 'skipped: binary file (contains NUL bytes)' };
    return isUtf8(bytes) ? { bytes } : { error: 'skipped: not valid UTF-8' };
  } catch (error) {
    return { error: `could not read: ${(error as Error).message}` };
  } finally {
    closeSync(fd);
  }
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
export function readChunk(files: string[], cwd: string, { onFile, deferImports = true }: { onFile?: (index: number, apps: number) => void; deferImports?: boolean } = {}): ReadChunk {
  const builder = new SnapshotBuilder(deferImports ? undefined : 0);
  const chunk: ReadChunk = { files: [], summaries: [], errors: [], scanned: 0, apps: 0 };
  // Joined by hand: `files` are already normalized, and path.resolve per file showed in profiles.
  const base = withSep(path.resolve(cwd));
  files.forEach((file, i) => {
    if (isReadable(file)) {
      chunk.scanned++;
      const r = readUtf8(base + file);
      if ('bytes' in r) {
        const text = builder.addUtf8(file, r.bytes, r.bytes.toString('latin1'));
        if (text !== null && file.endsWith('package.json') && /"next"\s*:/.test(text)) chunk.apps++;
      } else chunk.errors.push({ file, message: r.error });
    }
    onFile?.(i, chunk.apps);
  });
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
export function readFiles(files: string[], cwd: string, onProgress?: (done: number, total: number, apps: number) => void): ReadResult {
  return joinChunks([readChunk(files, cwd, { onFile: onProgress && ((i, apps) => onProgress(i + 1, files.length, apps)) })]);
}
