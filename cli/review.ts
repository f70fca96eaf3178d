// Interactive review (docs/review.md): summary, a checkbox of what moves, per route the
// delegate/remove/keep choice, then each changed file's diff with y/n/a/q. It only decides:
// the caller writes what this returns, so nothing is written before the person says so.
import { selectionKey, type Change, type RouteMode, type Site } from '../transforms/model/types.js';
import { unifiedDiff } from '../transforms/report.js';
import type { OutStream } from './io.js';
import type { Plan, Selection } from '../runner/run.js';
import { renderDiff, renderSummary, type Colors } from './render.js';
import type { Prompter } from './prompts.js';

export interface ReviewContext {
  command: 'to-action' | 'to-route';
  prompter: Prompter;
  /** Diffs and per-file headers (the terminal). */
  out: OutStream;
  /** Summary and notes. */
  info: OutStream;
  colors: { out: Colors; info: Colors };
  /** The --route flag: the preselected answer per route. */
  defaultRoute: RouteMode;
  /** Site lines the opening summary shows at most (see render.ts summaryLimit). */
  summaryLimit: number;
}

export interface ReviewResult {
  /** The plan the accepted changes belong to (re-planned when the selection narrowed it). */
  plan: Plan;
  accepted: Change[];
  /** The person quit with `q` before the last file. */
  quit: boolean;
  /** Each planned change that was not accepted, with why, in words for the summary. */
  left: Map<string, string>;
  /** Per route file, what the person answered for it (to-action). */
  routeChoices: Record<string, RouteMode>;
}

/** The sites a person picks: route methods for to-action, actions for to-route. */
function selectable(command: ReviewContext['command'], sites: Site[]): Site[] {
  return sites.filter(
    (s) => (command === 'to-action' ? s.kind === 'route' : s.kind === 'action') && s.status === 'planned',
  );
}

/** Sites that stay, shown greyed out with their reason. */
function staying(command: ReviewContext['command'], sites: Site[]): Site[] {
  return sites.filter(
    (s) => (command === 'to-action' ? s.kind === 'fetch-call' : s.kind === 'action') && s.status === 'skipped',
  );
}

function unitLabel(command: ReviewContext['command'], site: Site, sites: Site[]): string {
  if (command === 'to-route')
    return `${site.name}() in ${site.file} -> POST ${site.target}${site.warnings?.length ? ` [${site.warnings.join(', ')}]` : ''}`;
  const callers = sites.filter(
    (s) => s.kind === 'fetch-call' && s.status === 'planned' && s.target === site.file && s.method === site.method,
  ).length;
  return `${site.method} ${site.file} -> ${site.name}() (${callers} call site${callers === 1 ? '' : 's'})`;
}

const ROUTE_CHOICES: Array<{ name: string; value: RouteMode; description: string }> = [
  {
    name: 'delegate',
    value: 'delegate',
    description: 'the route calls the action, so its URL keeps working for outside callers',
  },
  {
    name: 'remove',
    value: 'remove',
    description: 'delete the route (only when every caller moved and nothing else is exported)',
  },
  { name: 'keep', value: 'keep', description: 'leave the route as it is; its logic then lives twice' },
];

/** Changes ordered so that what a change requires comes before it (action modules first). */
export function dependencyOrder(changes: Change[]): Change[] {
  const byFile = new Map(changes.map((c) => [c.file, c]));
  const out: Change[] = [];
  const seen = new Set<string>();
  const visit = (c: Change) => {
    if (seen.has(c.file)) return;
    seen.add(c.file);
    for (const r of c.requires ?? []) {
      const dep = byFile.get(r);
      if (dep) visit(dep);
    }
    out.push(c);
  };
  changes.forEach(visit);
  return out;
}

/** Accepted changes minus those needing a change that was not accepted (repeated until stable). */
export function keepConsistent(
  accepted: Change[],
  all: Change[],
): { kept: Change[]; dropped: Array<{ change: Change; needs: string }> } {
  const changed = new Set(all.map((c) => c.file));
  let kept = accepted;
  const dropped: Array<{ change: Change; needs: string }> = [];
  for (;;) {
    const ok = new Set(kept.map((c) => c.file));
    const next = kept.filter((c) => {
      const missing = (c.requires ?? []).find((r) => changed.has(r) && !ok.has(r));
      if (missing) dropped.push({ change: c, needs: missing });
      return !missing;
    });
    if (next.length === kept.length) return { kept, dropped };
    kept = next;
  }
}

export async function review(first: Plan, ctx: ReviewContext): Promise<ReviewResult> {
  const { prompter, out, info, colors } = ctx;
  info.write(renderSummary(first.report(false), colors.info, false, ctx.summaryLimit) + '\n\n');
  const units = selectable(ctx.command, first.result.sites);
  const nothing = (plan: Plan): ReviewResult => ({
    plan,
    accepted: [],
    quit: false,
    left: new Map(),
    routeChoices: {},
  });
  if (units.length === 0) return nothing(first);

  const stays = staying(ctx.command, first.result.sites);
  const picked = new Set(
    await prompter.checkbox(
      ctx.command === 'to-action' ? 'Which routes should become actions?' : 'Which actions should get a route?',
      [
        ...units.map((s) => ({
          name: unitLabel(ctx.command, s, first.result.sites),
          value: selectionKey(s),
          checked: true,
        })),
        ...stays.map((s) => ({
          name: `${s.file}:${s.line}${s.name ? ` ${s.name}()` : ''}`,
          value: `stays:${s.file}:${s.line}`,
          disabled: `stays: ${s.reason}`,
        })),
      ],
    ),
  );
  const chosen = units.filter((s) => picked.has(selectionKey(s)));
  if (chosen.length === 0) return nothing(first);

  const selection: Selection = {
    exclude: units.filter((s) => !picked.has(selectionKey(s))).map(selectionKey),
    routeModes: {},
  };
  if (ctx.command === 'to-action') {
    for (const file of [...new Set(chosen.map((s) => s.file))]) {
      selection.routeModes[file] = await prompter.select(`After the move, ${file}:`, ROUTE_CHOICES, ctx.defaultRoute);
    }
  }
  const narrowed =
    selection.exclude.length > 0 || Object.values(selection.routeModes).some((m) => m !== ctx.defaultRoute);
  const plan = narrowed ? await first.rerun(selection) : first;

  const ordered = dependencyOrder(plan.result.changes);
  const accepted: Change[] = [];
  const declined = new Set<string>();
  const left = new Map<string, string>();
  let all = false;
  let quit = false;
  for (const [i, change] of ordered.entries()) {
    const needs = (change.requires ?? []).find((r) => declined.has(r));
    if (needs) {
      declined.add(change.file);
      left.set(change.file, `it needs ${needs}, which was not accepted`);
      info.write(colors.info.yellow(`Skipping ${change.file}: it needs ${needs}, which was not accepted.`) + '\n');
      continue;
    }
    if (!all) {
      out.write(
        `\n${colors.out.bold(`(${i + 1}/${ordered.length}) ${change.kind} ${change.file}`)}\n${renderDiff(unifiedDiff(change), colors.out)}\n`,
      );
      const answer = await prompter.fileAnswer(
        `${change.kind === 'create' ? 'Create' : change.kind === 'delete' ? 'Delete' : 'Change'} ${change.file}?`,
      );
      if (answer === 'q') {
        quit = true;
        break;
      }
      if (answer === 'n') {
        declined.add(change.file);
        left.set(change.file, 'you declined its change');
        continue;
      }
      if (answer === 'a') all = true;
    }
    accepted.push(change);
  }
  // After `q`, an accepted change may need one never reviewed; it waits for the next run.
  const { kept, dropped } = keepConsistent(accepted, plan.result.changes);
  for (const d of dropped) {
    left.set(d.change.file, `it needs ${d.needs}, which was not accepted`);
    info.write(colors.info.yellow(`Not writing ${d.change.file}: it needs ${d.needs}, which was not accepted.`) + '\n');
  }
  const writing = new Set(kept);
  for (const change of ordered)
    if (!left.has(change.file) && !writing.has(change)) left.set(change.file, 'review stopped with q before it');
  return { plan, accepted: kept, quit, left, routeChoices: selection.routeModes };
}
