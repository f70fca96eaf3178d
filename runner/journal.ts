// The write journal (docs/safety.md): what a run is writing, kept on disk so that a run killed
// mid-write (SIGKILL, power loss) can be undone by the next one. It names every temp file, every
// backup of an original and every folder the run creates, and the phase the write had reached.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import path from 'node:path';

/**
 * `staging`: temp files and backups are being made, no target is touched yet.
 * `renaming`: targets are being replaced; each one can be put back from its backup.
 * `done`: every target is written; only backups remain to be removed.
 */
export type Phase = 'staging' | 'renaming' | 'done';

export interface JournalEntry {
  kind: 'create' | 'modify' | 'delete';
  target: string;
  /** The new text, renamed over `target`; null for a deletion. */
  temp: string | null;
  /** A hard link to (or copy of) the original; null for a created file. */
  backup: string | null;
}

export interface Journal {
  pid: number;
  phase: Phase;
  /** Emptied folders are pruned up to here, never above. */
  root: string;
  entries: JournalEntry[];
  /** Folders that did not exist before the run, deepest last. */
  dirs: string[];
}

/** How a temp file of ours is named: `.<name>.actionshift-<pid>-<n>.tmp` beside its target. */
export const TEMP_NAME = /^\..+\.actionshift-\d+-\d+\.tmp$/;
export const tempName = (target: string, index: number) =>
  path.join(path.dirname(target), `.${path.basename(target)}.actionshift-${process.pid}-${index}.tmp`);
/** Backups do not end in `.tmp`: without a journal nobody knows whether they are needed. */
export const backupName = (target: string, index: number) =>
  path.join(path.dirname(target), `.${path.basename(target)}.actionshift-${process.pid}-${index}.orig`);

/**
 * Where the journal of a run over `dir` lives: inside the git directory, where `git status` does
 * not see it and every later run in the same repository does; beside `dir` outside git. Found by
 * looking up the folders for `.git` rather than asking git, which would cost a process per run.
 */
export function journalPath(dir: string): string {
  const start = existsSync(dir) && !statSync(dir).isDirectory() ? path.dirname(dir) : dir;
  for (let d = start; ; d = path.dirname(d)) {
    const dotGit = path.join(d, '.git');
    if (existsSync(dotGit)) return path.join(gitDirOf(dotGit), 'actionshift-journal.json');
    if (path.dirname(d) === d) break;
  }
  return path.join(start, '.actionshift-journal.json');
}

/** `.git` is the git directory, or (worktrees, submodules) a file saying `gitdir: <path>`. */
function gitDirOf(dotGit: string): string {
  if (statSync(dotGit).isDirectory()) return dotGit;
  const match = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  return match ? path.resolve(path.dirname(dotGit), match[1]!.trim()) : path.dirname(dotGit);
}

/** Creates the journal; fails when one exists (another run writing, or a killed one not cleaned). */
export function createJournal(file: string, journal: Journal): void {
  writeFileSync(file, JSON.stringify(journal), { flag: 'wx' });
}

/** Moves the journal to a new phase, atomically: a kill leaves the old phase or the new, whole. */
export function setPhase(file: string, journal: Journal, phase: Phase): void {
  journal.phase = phase;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(journal));
  renameSync(temp, file);
}

export function readJournal(file: string): Journal | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as Journal;
  } catch {
    // Killed while creating it: nothing was staged yet, since staging starts after the write.
    return { pid: 0, phase: 'staging', root: path.dirname(file), entries: [], dirs: [] };
  }
}

export interface Undone {
  /** Targets put back as they were before the run. */
  restored: number;
  /** Temp files and backups removed. */
  removed: number;
  /** Files that could not be put back (the journal is then kept, to try again). */
  failed: { file: string; message: string }[];
}

/**
 * Undoes a write that stopped at `journal.phase`, or finishes one that was `done`. Every step is
 * safe to repeat, so a run killed while undoing is undone again by the next one.
 */
export function undoJournal(journal: Journal): Undone {
  const result: Undone = { restored: 0, removed: 0, failed: [] };
  const remove = (file: string | null) => {
    if (file && existsSync(file)) {
      rmSync(file, { force: true });
      result.removed++;
    }
  };
  for (const entry of journal.entries) {
    try {
      if (journal.phase === 'done') {
        remove(entry.temp);
        remove(entry.backup);
        continue;
      }
      const renamed = journal.phase === 'renaming' && entry.temp !== null && !existsSync(entry.temp);
      remove(entry.temp);
      if (entry.backup && existsSync(entry.backup)) {
        // Over a replaced or deleted target the backup goes back; over one not replaced yet it is
        // the same file, so the rename does nothing and the backup is removed.
        const wasWritten = !existsSync(entry.target) || !sameFile(entry.backup, entry.target);
        mkdirSync(path.dirname(entry.target), { recursive: true });
        renameSync(entry.backup, entry.target);
        if (existsSync(entry.backup)) remove(entry.backup);
        if (wasWritten) result.restored++;
      } else if (entry.kind === 'create' && renamed && existsSync(entry.target)) {
        rmSync(entry.target, { force: true });
        result.restored++;
      }
    } catch (error) {
      result.failed.push({ file: entry.target, message: (error as Error).message });
    }
  }
  if (journal.phase === 'done') {
    for (const entry of journal.entries)
      if (entry.kind === 'delete') pruneEmptyDirs(path.dirname(entry.target), journal.root);
  } else {
    for (const dir of [...journal.dirs].reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty (someone else's file) or already gone
      }
    }
  }
  return result;
}

function sameFile(a: string, b: string): boolean {
  const x = statSync(a);
  const y = statSync(b);
  return x.ino === y.ino && x.dev === y.dev;
}

/** Removes folders left empty by a deletion, up to (not including) `stop`. */
export function pruneEmptyDirs(dir: string, stop: string): void {
  while (dir !== stop && dir.startsWith(stop + path.sep)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty
    }
    dir = path.dirname(dir);
  }
}

export type Leftovers =
  | { kind: 'none' }
  /** A run that is still writing (its process is alive): leave its files alone. */
  | { kind: 'busy'; pid: number; journal: string }
  | { kind: 'cleaned'; phase: Phase | null; restored: number; removed: number; failed: Undone['failed'] };

/** Never walked for temp files: nothing of ours is written there. */
const NEVER = new Set(['node_modules', '.git', '.next', '.turbo', '.vercel', '.yarn', '.pnpm-store']);

/**
 * What a killed run left: its journal (undone as above) and any temp file of ours under `roots`
 * without one (left by a run killed before journals existed, or whose journal was removed).
 */
export function cleanLeftovers(journalFile: string, roots: string[]): Leftovers {
  const journal = readJournal(journalFile);
  let undone: Undone = { restored: 0, removed: 0, failed: [] };
  if (journal) {
    if (journal.pid !== process.pid && isAlive(journal.pid))
      return { kind: 'busy', pid: journal.pid, journal: journalFile };
    undone = undoJournal(journal);
    if (undone.failed.length === 0) rmSync(journalFile, { force: true });
  }
  let strays = removeJournalTemps(journalFile);
  for (const root of roots) strays += removeStrayTemps(root);
  if (!journal && strays === 0) return { kind: 'none' };
  return {
    kind: 'cleaned',
    phase: journal?.phase ?? null,
    restored: undone.restored,
    removed: undone.removed + strays,
    failed: undone.failed,
  };
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What setPhase was writing when the run was killed: the journal itself is whole either way. */
function removeJournalTemps(journalFile: string): number {
  const dir = path.dirname(journalFile);
  const name = new RegExp(`^${path.basename(journalFile).replace(/\./g, '\\.')}\\.\\d+\\.tmp$`);
  let count = 0;
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    if (!name.test(f)) continue;
    rmSync(path.join(dir, f), { force: true });
    count++;
  }
  return count;
}

function removeStrayTemps(root: string): number {
  let count = 0;
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!NEVER.has(e.name)) walk(path.join(dir, e.name));
      } else if (e.isFile() && TEMP_NAME.test(e.name)) {
        rmSync(path.join(dir, e.name), { force: true });
        count++;
      }
    }
  };
  if (existsSync(root) && statSync(root).isDirectory()) walk(root);
  return count;
}

/** The one line a run prints after cleaning up, or null when there was nothing to clean. */
export function describeLeftovers(left: Leftovers): string | null {
  if (left.kind !== 'cleaned') return null;
  const temps = `removed ${left.removed} temporary file(s)`;
  if (left.phase === null) return `found temporary files of a killed run; ${temps}.`;
  if (left.phase === 'done') return `a previous run was killed after writing; its migration is complete; ${temps}.`;
  const failed =
    left.failed.length > 0
      ? `; could not restore ${left.failed.map((f) => `${f.file} (${f.message})`).join(', ')}`
      : '';
  return `a previous run was killed while writing; restored ${left.restored} file(s), ${temps}${failed}.`;
}
