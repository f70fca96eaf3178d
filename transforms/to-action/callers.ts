// Rewrites every migrated call site of a caller module and imports the actions it now calls.
import type { File } from '@babel/types';
import type { Change, FileError, ProjectSnapshot, ToActionOptions } from '../model/types.js';
import { checkParses, parseErrorMessage, type ParseMemo } from '../ast/parse.js';
import { print } from '../ast/parse.js';
import { boundNames, detectStyle, freshName } from '../ast/nodes.js';
import { PendingImports, removeOrphans, usedNames } from '../shared/imports.js';
import { TextSlots } from '../shared/text-slots.js';
import { importSpecifier } from './import-path.js';
import { actionArguments, rewriteCall } from './rewrite-call.js';
import { rewireForms } from './rewire-form.js';
import { findFetchCalls } from './call-sites.js';
import { matchUrl } from './url.js';
import type { Candidate, Migration, ParsedFiles } from './index.js';
import type { FetchCall } from './call-sites.js';

/** A candidate pointed at its call on the tree being rewritten. */
export type BoundCandidate = Candidate & { call: FetchCall };

export function rewriteCallers(snapshot: ProjectSnapshot, migrations: Migration[], parsed: ParsedFiles, options: ToActionOptions): Change[] {
  const errors = parsed.errors;
  const byFile = new Map<string, Array<{ candidate: Candidate; migration: Migration }>>();
  for (const migration of migrations)
    for (const candidate of migration.candidates) {
      const file = candidate.digest.file;
      byFile.set(file, [...(byFile.get(file) ?? []), { candidate, migration }]);
    }
  const changes: Change[] = [];
  for (const [file, found] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    // Bound once onRecastAst below has found every call again; nothing reads `call` before.
    const entries = found as Array<{ candidate: BoundCandidate; migration: Migration }>;
    try {
      const text = snapshot.files.get(file)!;
      // Call sites were found on a @babel/parser AST; the rewrite needs recast's, which prints
      // untouched code back as it was. The same text gives the same calls in the same order.
      const ast = parsed.parse(file);
      if (!ast) continue;
      if (!onRecastAst(file, ast, entries.map((e) => e.candidate))) {
        leaveUnchanged(errors, file, entries, 'the caller reads differently once parsed for printing', 'the caller could not be rewritten');
        continue;
      }
      const usedBefore = usedNames(ast);
      const taken = boundNames(ast);
      const locals = new Map<Migration, string>();
      const imports = new PendingImports(ast);
      // Imported in the order the file first calls them.
      const byPosition = [...entries].sort((a, b) => (a.candidate.call.call.node.start ?? 0) - (b.candidate.call.call.node.start ?? 0));
      for (const { migration, candidate } of byPosition) {
        if (locals.has(migration)) continue;
        const local = taken.has(migration.name) ? freshName(`${migration.name}Action`, taken) : migration.name;
        taken.add(local);
        locals.set(migration, local);
        imports.add(importSpecifier(candidate.app, file, migration.moduleFile), migration.name, local);
      }
      // Later sites first, so earlier paths stay valid while statements move.
      const ordered = [...entries].sort((a, b) => (b.candidate.call.call.node.start ?? 0) - (a.candidate.call.call.node.start ?? 0));
      for (const { candidate, migration } of ordered) {
        const args = actionArguments(candidate.call, candidate.match, candidate.url, migration.plan.inputs);
        rewriteCall(candidate.call, { local: locals.get(migration)!, inputs: migration.plan.inputs, envelope: migration.envelope }, args);
      }
      const style = detectStyle(text);
      const slots = new TextSlots();
      if (options.form === 'action') {
        const app = entries[0]!.candidate.app;
        rewireForms(
          {
            ast,
            source: text,
            imports,
            react: app.react,
            style,
            typescript: /\.tsx?$/.test(file),
            actions: new Set(locals.values()),
            exprSlot: (t) => slots.expr(t),
            stmtSlot: (t) => slots.stmt(t),
            typeSlot: (t) => slots.type(t),
          },
          entries.map((e) => e.candidate),
        );
      }
      removeOrphans(ast, usedBefore, slots.names());
      const after = imports.apply(slots.fill(print(ast, style)), file, style);
      const broken = parseFailure(file, after, parsed.verified);
      if (broken) {
        // The caller keeps fetching its route, which therefore must stay (remove falls back to delegate).
        leaveUnchanged(errors, file, entries, `the rewritten caller would not parse (${broken})`, 'the rewritten caller did not parse');
        continue;
      }
      changes.push({ file, kind: 'modify', before: text, after, requires: [...new Set(entries.map((e) => e.migration.moduleFile))] });
    } finally {
      release(entries);
    }
  }
  return changes;
}

/** An internal error for the file, and its sites skipped with why: the caller stays as it was. */
function leaveUnchanged(errors: FileError[], file: string, entries: Array<{ candidate: Candidate }>, error: string, why: string): void {
  errors.push({ file, message: `internal error: ${error}; left unchanged` });
  for (const { candidate } of entries) {
    Object.assign(candidate.site, { status: 'skipped', reason: 'unsupported-call', message: why });
    delete candidate.site.name;
  }
}

/**
 * A caller's trees are done with once it is rewritten. A candidate still pointing at its call
 * would keep the whole file's recast lines and tokens alive until the run ends: a thousand
 * callers, a gigabyte. Later steps read only the candidate's site.
 */
function release(entries: Array<{ candidate: Candidate }>): void {
  for (const { candidate } of entries) Reflect.deleteProperty(candidate, 'call');
}

/** Points each candidate at its call on the recast AST: every node the rewrite inserts must come from it. */
function onRecastAst(file: string, ast: File, candidates: Candidate[]): boolean {
  const fresh = findFetchCalls(file, ast, candidates[0]!.app.basePath);
  for (const candidate of candidates) {
    const call = fresh[candidate.index];
    const url = call?.resolution.kind === 'path' ? call.resolution.url : null;
    const match = url && matchUrl(candidate.app, [candidate.match.route], url);
    if (!call || !url || !match) return false;
    Object.assign(candidate, { call, url, match });
  }
  return true;
}

function parseFailure(file: string, text: string, memo: ParseMemo): string | null {
  try {
    checkParses(file, text, memo);
    return null;
  } catch (error) {
    return parseErrorMessage(error);
  }
}
