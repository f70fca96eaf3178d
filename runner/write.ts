// Atomic, all-or-nothing writes (docs/safety.md). Every new text goes to a temp file beside its
// target and every original gets a backup (a hard link) first, checking the disk still holds what
// was read; only then are the temp files renamed over their targets. A failed rename puts the
// backups back. A journal (runner/journal.ts) names all of it, so a killed run is undone by the next.
import {
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Change, FileError } from '../transforms/model/types.js';
import { outsideRepository } from './containment.js';
import { encodeLike } from './encoding.js';
import {
  backupName,
  createJournal,
  journalPath,
  pruneEmptyDirs,
  setPhase,
  tempName,
  undoJournal,
  type Journal,
  type JournalEntry,
} from './journal.js';

export interface WriteResult {
  /** Files created, modified or deleted: every change, or none. */
  written: string[];
  errors: FileError[];
  /** A signal stopped the run: before the renames (nothing written) or during them (all written). */
  interrupted: { signal: NodeJS.Signals; completed: boolean } | null;
}

export interface WriteOptions {
  /** The journal file; by default the one for `cwd` (see journalPath). */
  journal?: string;
  /** The signal that asked the run to stop, if one did; looked at between staged files. */
  stopRequested?: () => NodeJS.Signals | null;
  /** Tests only: called after each staged file and after each rename (cli/interrupt.ts). */
  afterStep?: (phase: 'stage' | 'rename', count: number) => void;
}

/** The file to write: a symlinked file is written through its link, not replaced by a copy (links out of the repository are refused before). */
function resolveTarget(abs: string): string {
  try {
    return lstatSync(abs).isSymbolicLink() ? realpathSync(abs) : abs;
  } catch {
    return abs;
  }
}

/** The bytes of `target` now, for writing in its encoding (runner/encoding.ts); null when it is new. */
const onDisk = (target: string): Buffer | null => (existsSync(target) ? readFileSync(target) : null);

function checkDisk(change: Change, target: string): string | null {
  const current = existsSync(target) ? readFileSync(target) : null;
  if (change.kind === 'create') return current === null ? null : 'already exists on disk; not overwritten';
  if (current === null) return change.kind === 'delete' ? null : 'no longer exists on disk';
  return current.equals(encodeLike(change.before ?? '', current))
    ? null
    : 'changed on disk since it was read; run again';
}

/** Folders a write into each of `targets` would create, shallowest first. */
function missingDirs(targets: string[]): string[] {
  const missing = new Set<string>();
  for (const target of targets) {
    for (let dir = path.dirname(target); !missing.has(dir) && !existsSync(dir); dir = path.dirname(dir))
      missing.add(dir);
  }
  return [...missing].sort((a, b) => a.length - b.length);
}

/** The original, kept until every rename is done: a hard link costs nothing and keeps the mode. */
function backUp(target: string, backup: string): void {
  try {
    linkSync(target, backup);
  } catch {
    copyFileSync(target, backup, constants.COPYFILE_EXCL); // a file system without hard links
  }
}

/** Lets signal handlers run: Node calls them only between turns of the event loop. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stages everything, then renames. A problem or a signal while staging writes nothing. The renames
 * run without a break, so a signal during them is seen once they are all done (the run is then
 * complete); a rename that fails puts back the ones before it.
 */
export async function writeChanges(changes: Change[], cwd: string, options: WriteOptions = {}): Promise<WriteResult> {
  const stopRequested = options.stopRequested ?? (() => null);
  // Checked before anything is staged: a file the repository cannot see is never written (docs/safety.md).
  const outside = outsideRepository(changes, cwd);
  if (outside.length > 0)
    return {
      written: [],
      errors: outside.map((e) => ({ ...e, message: `${e.message} (so nothing was written)` })),
      interrupted: null,
    };
  const targets = changes.map((change) => resolveTarget(path.resolve(cwd, change.file)));
  const entries: JournalEntry[] = changes.map((change, i) => ({
    kind: change.kind,
    target: targets[i]!,
    temp: change.after === null ? null : tempName(targets[i]!, i),
    backup: change.kind === 'create' ? null : backupName(targets[i]!, i),
  }));
  const journalFile = options.journal ?? journalPath(cwd);
  const journal: Journal = {
    pid: process.pid,
    phase: 'staging',
    root: path.resolve(cwd),
    entries,
    dirs: missingDirs(targets),
  };
  try {
    createJournal(journalFile, journal);
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EEXIST';
    const message = busy
      ? `${journalFile} exists: another actionshift run is writing here (or was killed; run again to clean up)`
      : `could not write ${journalFile}: ${(error as Error).message}`;
    return { written: [], errors: [{ file: '', message: `${message} (so nothing was written)` }], interrupted: null };
  }
  const nothingWritten = (errors: FileError[], signal: NodeJS.Signals | null): WriteResult => {
    const undone = undoJournal(journal);
    if (undone.failed.length === 0) rmSync(journalFile, { force: true });
    const notUndone = undone.failed.map((f) => ({
      file: path.relative(cwd, f.file),
      message: `could not put back: ${f.message}`,
    }));
    return {
      written: [],
      errors: [...errors.map((e) => ({ ...e, message: `${e.message} (so nothing was written)` })), ...notUndone],
      interrupted: signal ? { signal, completed: false } : null,
    };
  };

  const errors: FileError[] = [];
  for (const [i, change] of changes.entries()) {
    const entry = entries[i]!;
    try {
      const problem = checkDisk(change, entry.target);
      if (problem) {
        errors.push({ file: change.file, message: `not written: ${problem}` });
        continue;
      }
      if (errors.length > 0) continue; // still checking the rest, but staging is over
      if (entry.backup && existsSync(entry.target)) backUp(entry.target, entry.backup);
      if (entry.temp) {
        mkdirSync(path.dirname(entry.target), { recursive: true });
        const mode = existsSync(entry.target) ? statSync(entry.target).mode & 0o7777 : null;
        writeFileSync(entry.temp, encodeLike(change.after ?? '', onDisk(entry.target)), { flag: 'wx' });
        if (mode !== null) chmodSync(entry.temp, mode);
      }
    } catch (error) {
      errors.push({ file: change.file, message: `could not write: ${(error as Error).message}` });
    }
    options.afterStep?.('stage', i + 1);
    await nextTurn();
    const signal = stopRequested();
    if (signal) return nothingWritten([], signal);
  }
  if (errors.length > 0) return nothingWritten(errors, null);

  // From here the targets change; until 'done', their backups can still put them back.
  setPhase(journalFile, journal, 'renaming');
  for (const [i, entry] of entries.entries()) {
    try {
      if (entry.temp) renameSync(entry.temp, entry.target);
      else rmSync(entry.target, { force: true });
    } catch (error) {
      return nothingWritten(
        [{ file: changes[i]!.file, message: `could not write: ${(error as Error).message}` }],
        null,
      );
    }
    options.afterStep?.('rename', i + 1);
  }
  setPhase(journalFile, journal, 'done');
  for (const entry of entries) if (entry.backup) rmSync(entry.backup, { force: true });
  for (const entry of entries) if (entry.kind === 'delete') pruneEmptyDirs(path.dirname(entry.target), journal.root);
  rmSync(journalFile, { force: true });

  await nextTurn();
  const signal = stopRequested();
  return { written: changes.map((c) => c.file), errors: [], interrupted: signal ? { signal, completed: true } : null };
}

/**
 * Puts back what writeChanges wrote (`--verify` found type errors it added): created files go,
 * with the folders made for them; modified and deleted files get their text back.
 */
export function undoChanges(changes: Change[], written: string[], cwd: string): FileError[] {
  const errors: FileError[] = [];
  const done = new Set(written);
  for (const change of changes) {
    if (!done.has(change.file)) continue;
    const target = resolveTarget(path.resolve(cwd, change.file));
    try {
      if (change.kind === 'create') {
        rmSync(target, { force: true });
        pruneEmptyDirs(path.dirname(target), path.resolve(cwd));
      } else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, encodeLike(change.before ?? '', onDisk(target)));
      }
    } catch (error) {
      errors.push({ file: change.file, message: `could not roll back: ${(error as Error).message}` });
    }
  }
  return errors;
}
