// Rewrites every migrated call site of a caller module and imports the actions it now calls.
// Everything is text spliced at @babel/parser's offsets, no printer: the calls first, then, on the
// result parsed again, the forms they sit in.
import type { File } from '@babel/types';
import type { Change, FileError, ProjectSnapshot, ToActionOptions } from '../../model/types.js';
import { parseChecked, parseErrorMessage } from '../../ast/parse.js';
import { boundNames, detectStyle, freshName, mayBind, type CodeStyle } from '../../ast/nodes.js';
import { templateLines, TextEdits } from '../../ast/text-edits.js';
import { findAllSpelling } from '../../ast/walk.js';
import { mayOrphan, PendingImports, removeOrphans, removeOrphansText, usedNames } from '../../shared/imports.js';
import { importSpecifier } from '../../shared/import-path.js';
import { actionArguments, rewriteCall, ScopeNames, type ThrownError } from './rewrite-call.js';
import { findFormRewires, rewireForms, type RewiredCall } from './rewire-form.js';
import { findFetchCalls } from '../calls/call-sites.js';
import { matchUrl } from '../calls/route-match.js';
import type { Candidate, Migration, ParsedFiles } from '../migration.js';
import type { FetchCall } from '../calls/fetch-call.js';
import { importedAs } from '../handler/delegates.js';

/** A candidate pointed at its call on the tree being rewritten. */
export type BoundCandidate = Candidate & { call: FetchCall };
type Entry = { candidate: BoundCandidate; migration: Migration };

export function rewriteCallers(
  snapshot: ProjectSnapshot,
  migrations: Migration[],
  parsed: ParsedFiles,
  options: ToActionOptions,
): Change[] {
  const errors = parsed.errors;
  const byFile = new Map<string, Array<{ candidate: Candidate; migration: Migration }>>();
  for (const migration of migrations)
    for (const candidate of migration.candidates) {
      const file = candidate.digest.file;
      byFile.set(file, [...(byFile.get(file) ?? []), { candidate, migration }]);
    }
  const changes: Change[] = [];
  for (const [file, found] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    // Bound once bindCalls below has found every call again; nothing reads `call` before.
    const entries = found as Entry[];
    try {
      const text = snapshot.files.get(file)!;
      // The same text gives the same calls in the same order as the first pass found.
      const ast = parsed.analyse(file);
      if (!ast) continue;
      if (
        !bindCalls(
          file,
          ast,
          text,
          entries.map((e) => e.candidate),
        )
      ) {
        leaveUnchanged(
          errors,
          file,
          entries,
          'the caller reads differently once parsed again',
          'the caller could not be rewritten',
        );
        continue;
      }
      const style = detectStyle(text);
      let after: string;
      let tree: File;
      try {
        const locals = new Map<Migration, string>();
        const edits = new TextEdits(text, templateLines(ast));
        after = rewriteCalls(file, edits, ast, entries, locals, style);
        tree = parseChecked(file, after, parsed.verified);
        let orphaning = mayOrphan(ast.program.body, edits.replacedText());
        if (options.form === 'action') {
          const rewired = rewireFormsIn(file, after, tree, entries, locals, style);
          if (rewired !== null) {
            tree = parseChecked(file, (after = rewired), parsed.verified);
            orphaning = true;
          }
        }
        const orphans = orphaning ? removeOrphans(tree, usedNames(ast)) : [];
        if (orphans.length > 0) {
          const cleanup = new TextEdits(after);
          removeOrphansText(cleanup, orphans);
          parseChecked(file, (after = cleanup.apply()), parsed.verified);
        }
      } catch (error) {
        // The caller keeps fetching its route, which therefore must stay (remove falls back to delegate).
        if (error instanceof SyntaxError)
          leaveUnchanged(
            errors,
            file,
            entries,
            `the rewritten caller would not parse (${parseErrorMessage(error)})`,
            'the rewritten caller did not parse',
          );
        else
          leaveUnchanged(
            errors,
            file,
            entries,
            `the caller could not be rewritten (${(error as Error).message})`,
            'the caller could not be rewritten',
          );
        continue;
      }
      changes.push({
        file,
        kind: 'modify',
        before: text,
        after,
        requires: [...new Set(entries.map((e) => e.migration.moduleFile))],
      });
    } finally {
      release(entries);
    }
  }
  return changes;
}

/** The call sites rewritten and the actions imported, as text edits of the module. */
function rewriteCalls(
  file: string,
  edits: TextEdits,
  ast: File,
  entries: Entry[],
  locals: Map<Migration, string>,
  style: CodeStyle,
): string {
  const text = edits.source;
  let taken: Set<string> | null = null;
  const isTaken = (name: string) => mayBind(text, name) && (taken ??= boundNames(ast)).has(name);
  const chosen = new Set<string>();
  // Imported in the order the file first calls them.
  const imports = new PendingImports(ast, edits);
  for (const { migration, candidate } of byPosition(entries)) {
    if (locals.has(migration)) continue;
    const source = importSpecifier(candidate.app, file, migration.moduleFile);
    // A caller an earlier run rewrote imports the action already: new calls use that import.
    const imported = importedAs(ast, text, source, migration.name);
    let local = imported ?? migration.name;
    if (!imported && (isTaken(local) || chosen.has(local)))
      local = freshName(`${migration.name}Action`, new Set([...(taken ??= boundNames(ast)), ...chosen]));
    chosen.add(local);
    locals.set(migration, local);
    imports.add(source, migration.name, local);
  }
  const names = new ScopeNames();
  for (const { candidate, migration } of entries) {
    const args = actionArguments(candidate.call, candidate.match, candidate.url, migration.plan.inputs, text, style);
    rewriteCall(
      edits,
      candidate.call,
      {
        local: locals.get(migration)!,
        inputs: migration.plan.inputs,
        envelope: migration.envelope,
        throwsOnError: thrownError(candidate, migration),
      },
      args,
      names,
      style,
    );
    // `const url = qs.stringifyUrl(...)` read only by the call: its values now go to the action.
    for (const local of candidate.url.consumed ?? []) edits.removeDeclarator(local.declarator, local.declaration);
  }
  return imports.apply(edits.apply(), file, style);
}

/** What the moved call throws where axios or ky rejected, or false for fetch and routes that answer no error. */
function thrownError(candidate: Candidate, migration: Migration): false | ThrownError {
  const reads = candidate.digest.errorReads;
  if (candidate.digest.client === 'fetch' || !migration.plan.answersError) return false;
  if (reads?.axiosError) return { kind: 'axios-error', local: reads.axiosError };
  return { kind: reads?.response ? 'with-response' : 'plain' };
}

const byPosition = (entries: Entry[]) =>
  [...entries].sort((a, b) => a.candidate.call.call.node.start! - b.candidate.call.call.node.start!);

/**
 * Rewires the forms of the module's migrated calls (docs/caller-rewrite.md), or null when there is none to
 * rewire: a second round of text edits, at the offsets of `tree`, the rewritten text parsed.
 */
function rewireFormsIn(
  file: string,
  text: string,
  tree: File,
  entries: Entry[],
  locals: Map<Migration, string>,
  style: CodeStyle,
): string | null {
  // Only a `<form onSubmit>` is rewired.
  if (!text.includes('onSubmit')) return null;
  const actions = new Set(locals.values());
  const edits = new TextEdits(text, templateLines(tree));
  const imports = new PendingImports(tree, edits);
  const ctx = {
    ast: tree,
    source: text,
    react: entries[0]!.candidate.app.react,
    actions,
    edits,
    imports,
    style,
    typescript: /\.tsx?$/.test(file),
  };
  const rewires = findFormRewires(ctx, actionCalls(tree, text, actions, entries));
  if (rewires.length === 0) return null;
  rewireForms(ctx, rewires);
  return imports.apply(edits.apply(), file, style);
}

/**
 * The action calls the rewrite wrote, paired with their sites: the actions' local names were
 * free in the module, so its calls of them are these, in the order of the fetch calls they replaced.
 */
function actionCalls(ast: File, text: string, actions: Set<string>, entries: Entry[]): RewiredCall[] {
  const calls = findAllSpelling(ast, 'CallExpression', text, actions).filter(
    (p) => p.node.callee.type === 'Identifier' && actions.has(p.node.callee.name),
  );
  const sites = byPosition(entries).map((e) => e.candidate.site);
  if (calls.length !== sites.length) throw new Error(`found ${calls.length} action calls for ${sites.length} sites`);
  return calls.map((at, i) => ({ at, site: sites[i]! }));
}

/** An internal error for the file, and its sites skipped with why: the caller stays as it was. */
function leaveUnchanged(
  errors: FileError[],
  file: string,
  entries: Array<{ candidate: Candidate }>,
  error: string,
  why: string,
): void {
  errors.push({ file, message: `internal error: ${error}; left unchanged` });
  for (const { candidate } of entries) {
    Object.assign(candidate.site, { status: 'skipped', reason: 'unsupported-call', message: why });
    delete candidate.site.name;
  }
}

/**
 * A caller's trees are done with once it is rewritten. A candidate still pointing at its call
 * would keep the whole file's tree alive until the run ends, for every caller at once.
 * Later steps read only the candidate's site.
 */
function release(entries: Array<{ candidate: Candidate }>): void {
  for (const { candidate } of entries) Reflect.deleteProperty(candidate, 'call');
}

/** Points each candidate at its call on the tree the rewrite reads offsets from. */
function bindCalls(file: string, ast: File, text: string, candidates: Candidate[]): boolean {
  const fresh = findFetchCalls(file, ast, text, candidates[0]!.app.basePath);
  for (const candidate of candidates) {
    const call = fresh[candidate.index];
    const url = call?.resolution.kind === 'path' ? call.resolution.url : null;
    const match = url && matchUrl(candidate.app, [candidate.match.route], url);
    if (!call || !url || !match) return false;
    Object.assign(candidate, { call, url, match });
  }
  return true;
}
