// `to-route --callers fetch` (docs/to-route.md): internal calls of an exposed action become a `fetch` of
// its new route that resolves to the same value and rejects on an error status, as the action
// call did. Uses that hand the action on (`<form action={x}>`, `useActionState(x)`) stay.
import type { CallExpression, File, ImportDeclaration, Node } from '@babel/types';
import type { App, Change, FileError, ProjectSnapshot, Site } from '../model/types.js';
import { ImportGraph } from '../model/import-graph.js';
import { appOf } from '../model/project.js';
import { parseErrorMessage, parseOutput } from '../ast/parse.js';
import { parseForPrint, print } from '../ast/print.js';
import { detectStyle, quoted } from '../ast/nodes.js';
import { findAll, replaceAt } from '../ast/walk.js';
import { removeOrphans, usedNames } from '../shared/imports.js';
import { TextSlots } from '../shared/text-slots.js';
import type { ExposedBody } from '../shared/route-handler.js';

export interface Exposed {
  app: App;
  module: string;
  name: string;
  url: string;
  body: ExposedBody;
  site: Site;
}

/**
 * The files the rewrite needs in full: every module importing an action module. Read off the
 * graph's edges, which it resolves once however often it is asked (the CLI asks before the
 * transform does).
 */
export function importersOfServerModules(
  snapshot: ProjectSnapshot,
  apps: App[],
  graph = new ImportGraph(snapshot, apps),
): string[] {
  const out = new Set<string>();
  for (const [file, summary] of snapshot.summaries)
    if (summary.directive === 'use server') for (const importer of graph.importersOf(file)) out.add(importer);
  return [...out].sort();
}

function fetchExpression(e: Exposed, args: string[], style: ReturnType<typeof detectStyle>): string {
  const q = (v: string) => quoted(v, style);
  const init: string[] = [`method: ${q('POST')}`];
  const b = e.body;
  if (b.kind === 'json' || b.kind === 'json-keyed') {
    init.push(`headers: { ${q('Content-Type')}: ${q('application/json')} }`);
    const value =
      b.kind === 'json'
        ? (args[0] ?? 'undefined')
        : `{ ${b.keys.map((k, i) => (args[i] === k ? k : `${k}: ${args[i] ?? 'undefined'}`)).join(', ')} }`;
    init.push(`body: JSON.stringify(${value})`);
  } else if (b.kind === 'form') init.push(`body: ${args[b.withState ? 1 : 0] ?? 'undefined'}`);
  // Resolves to what the action returned and rejects on an error, as calling the action did.
  return `fetch(${q(e.url)}, { ${init.join(', ')} }).then((res) => (res.ok ? (res.status === 204 ? undefined : res.json()) : Promise.reject(new Error(\`${e.url} answered \${res.status}\`))))`;
}

export function rewriteCallersToFetch(
  snapshot: ProjectSnapshot,
  exposed: Exposed[],
  apps: App[],
  errors: FileError[],
  graph = new ImportGraph(snapshot, apps),
): { changes: Change[]; sites: Site[] } {
  const changes: Change[] = [];
  const sites: Site[] = [];
  for (const file of importersOfServerModules(snapshot, apps, graph)) {
    const text = snapshot.files.get(file);
    if (text === undefined || snapshot.summaries.get(file)?.directive === 'use server') continue;
    let ast: File;
    try {
      ast = parseForPrint(file, text);
    } catch (error) {
      errors.push({ file, message: parseErrorMessage(error) });
      continue;
    }
    const app = appOf(apps, file);
    const style = detectStyle(text);
    const slots = new TextSlots();
    const usedBefore = usedNames(ast);
    const routes = new Set<string>();
    for (const decl of ast.program.body.filter((s): s is ImportDeclaration => s.type === 'ImportDeclaration')) {
      const target = graph.resolve(file, decl.source.value, app);
      for (const spec of decl.specifiers) {
        if (spec.type !== 'ImportSpecifier') continue;
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
        const e = exposed.find((x) => x.module === target && x.name === imported);
        if (!e) continue;
        const local = spec.local.name;
        for (const ref of findAll(ast, 'Identifier').filter(
          (p) =>
            p.node.name === local &&
            p.node !== spec.local &&
            !(p.key === 'property' && p.parent?.node.type === 'MemberExpression'),
        )) {
          const call =
            ref.parent?.node.type === 'CallExpression' && ref.key === 'callee'
              ? (ref.parent as { node: CallExpression })
              : null;
          if (ref.parent?.node.type === 'ImportSpecifier') continue;
          const site = {
            kind: 'fetch-call',
            file,
            line: ref.node.loc?.start.line ?? 0,
            target: e.site.target,
            name: e.name,
            method: 'POST',
          } as const;
          if (!call) {
            sites.push({
              ...site,
              status: 'skipped',
              reason: 'unsupported-call',
              message: 'hands the action on (a form action or useActionState); it keeps calling the action',
            });
            continue;
          }
          const args = call.node.arguments.map((a) => text.slice(a.start!, a.end!));
          replaceAt(ref.parent!, slots.expr(fetchExpression(e, args, style)) as Node);
          sites.push({ ...site, status: 'planned' });
          routes.add(e.site.target!);
        }
      }
    }
    if (routes.size === 0) continue;
    removeOrphans(ast, usedBefore, slots.names());
    const after = slots.fill(print(ast, style));
    try {
      parseOutput(file, after);
      changes.push({ file, kind: 'modify', before: text, after, requires: [...routes] });
    } catch (error) {
      errors.push({
        file,
        message: `internal error: the rewritten caller would not parse (${parseErrorMessage(error)}); left unchanged`,
      });
    }
  }
  return { changes, sites };
}
