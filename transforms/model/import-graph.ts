// Who imports whom, from the cheap summaries: enough to tell client modules without a
// directive of their own and components used only by Pages Router pages (docs/reasons.md).
import type { App, ProjectSnapshot } from './types.js';
import { dirname, isInside, join, SOURCE_EXTENSIONS } from './paths.js';
import { appOf } from './project.js';
import { importsOf } from './snapshot.js';

export type ModuleSide = 'app-client' | 'pages' | 'server' | 'unknown';

export class ImportGraph {
  private edges: { importers: Map<string, string[]>; importedNames: Map<string, Set<string>> } | null = null;

  constructor(
    private readonly snapshot: ProjectSnapshot,
    private readonly apps: App[],
  ) {}

  /**
   * Every import resolved, when first asked for: a run whose call sites are all `'use client'`
   * modules of apps without a pages folder never needs them (sideOf answers from the directive).
   */
  private built(): NonNullable<ImportGraph['edges']> {
    if (this.edges) return this.edges;
    const importers = new Map<string, string[]>();
    const importedNames = new Map<string, Set<string>>();
    // Files of one folder share an app: looked up once per folder.
    const appOfDir = new Map<string, App | null>();
    for (const [file, summary] of this.snapshot.summaries) {
      const dir = dirname(file);
      let app = appOfDir.get(dir);
      if (app === undefined) appOfDir.set(dir, (app = appOf(this.apps, file)));
      const { specifiers, names: namesOf } = importsOf(summary);
      for (const spec of specifiers) {
        const target = this.resolve(file, spec, app);
        if (!target) continue;
        const list = importers.get(target) ?? [];
        list.push(file);
        importers.set(target, list);
        const names = importedNames.get(target) ?? new Set<string>();
        for (const n of namesOf[spec] ?? []) names.add(n);
        importedNames.set(target, names);
      }
    }
    return (this.edges = { importers, importedNames });
  }

  // Thousands of modules import the same few paths; a specifier resolves the same from one folder.
  private readonly resolved = new Map<string, string | null>();

  /** Resolves a relative or aliased specifier to a known source file. */
  resolve(from: string, spec: string, app: App | null): string | null {
    const key = `${app?.dir ?? ''}\0${spec.startsWith('.') ? dirname(from) : ''}\0${spec}`;
    const known = this.resolved.get(key);
    if (known !== undefined) return known;
    const target = this.resolveUncached(from, spec, app);
    this.resolved.set(key, target);
    return target;
  }

  private resolveUncached(from: string, spec: string, app: App | null): string | null {
    const bases: string[] = [];
    if (spec.startsWith('.')) bases.push(join(dirname(from), spec));
    else if (app) {
      for (const alias of app.aliases) {
        if (alias.wildcard ? spec.startsWith(alias.prefix) : spec === alias.prefix)
          for (const t of alias.targets) bases.push(alias.wildcard ? join(t, spec.slice(alias.prefix.length)) : t);
      }
    }
    const known = this.snapshot.summaries;
    for (const base of bases) {
      if (known.has(base)) return base;
      const stripped = base.replace(/\.(js|jsx|mjs)$/, '');
      for (const e of SOURCE_EXTENSIONS) if (known.has(stripped + e)) return stripped + e;
      for (const e of SOURCE_EXTENSIONS) if (known.has(`${base}/index${e}`)) return `${base}/index${e}`;
    }
    return null;
  }

  /** Whether some module imports `name` from `file` (or the whole module, where names are unknown). */
  isImported(file: string, name: string): boolean {
    const names = this.built().importedNames.get(file);
    return names !== undefined && (names.has(name) || names.has('*'));
  }

  /** The modules importing `file` directly. */
  importersOf(file: string): readonly string[] {
    return this.built().importers.get(file) ?? [];
  }

  private upward: UpwardFacts | null = null;

  /**
   * Which side a module runs on: a `'use client'` module, or one imported through client
   * modules, is App Router client code unless only Pages Router pages use it (every module at
   * the top of its import chains lies in the app's pages folder).
   */
  sideOf(file: string, app: App): ModuleSide {
    const inPages = (f: string) => app.pagesDir !== null && isInside(f, app.pagesDir);
    if (inPages(file)) return 'pages';
    const isClient = this.snapshot.summaries.get(file)?.directive === 'use client';
    // Without a pages folder no importer can make it a Pages Router module.
    if (isClient && app.pagesDir === null) return 'app-client';
    const up = (this.upward ??= new UpwardFacts(
      this.built().importers,
      (f) => this.snapshot.summaries.get(f)?.directive === 'use client',
    )).of(file);
    if (up.tops !== null && inPages(up.tops)) return 'pages';
    if (isClient || up.client) return 'app-client';
    return up.any ? 'server' : 'unknown';
  }
}

/** What a module's importers, direct or through others (itself left out), come to. */
interface Upward {
  /** It has any. */
  any: boolean;
  /** One of them is a `'use client'` module. */
  client: boolean;
  /**
   * The longest folder path (or file path, for one) holding every one of them that nothing
   * imports, the tops of its import chains; null when there are none.
   */
  tops: string | null;
}

/** The longest common path of two, by whole segments. */
function commonPath(a: string, b: string): string {
  if (a === b) return a;
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join('/');
}

/**
 * Upward facts, found when a module is first asked about: strongly connected groups of modules
 * (import cycles) found by Tarjan's algorithm along importer links from that module, each group's
 * facts made from the groups importing it, which the algorithm finishes first. The search's state
 * stays between questions, so each module is visited once however many are asked about. Asking
 * each module for the set of all its importers instead cost modules times importers: a
 * 50,000-file app spent 4 s there.
 */
class UpwardFacts {
  private readonly facts = new Map<string, Upward>();
  private readonly index = new Map<string, number>();
  private readonly low = new Map<string, number>();
  private readonly onStack = new Set<string>();
  private readonly stack: string[] = [];
  private readonly groupOf = new Map<string, number>();
  /** Per finished group: whether it holds a client module, its facts, and its module when that is a lone top. */
  private readonly groups: Array<{ anyClient: boolean; up: Upward; top: string | null }> = [];

  constructor(
    private readonly importers: Map<string, string[]>,
    private readonly isClient: (file: string) => boolean,
  ) {}

  of(file: string): Upward {
    if (!this.index.has(file)) this.search(file);
    return this.facts.get(file)!;
  }

  private search(root: string): void {
    const { importers, index, low, onStack, stack, groupOf, groups } = this;
    // Iterative depth-first search: [module, position in its importer list].
    const work: Array<[string, number]> = [[root, 0]];
    index.set(root, index.size);
    low.set(root, index.get(root)!);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v] = frame;
      const list = importers.get(v) ?? [];
      if (frame[1] < list.length) {
        const u = list[frame[1]++]!;
        if (!index.has(u)) {
          index.set(u, index.size);
          low.set(u, index.get(u)!);
          stack.push(u);
          onStack.add(u);
          work.push([u, 0]);
        } else if (onStack.has(u)) low.set(v, Math.min(low.get(v)!, index.get(u)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) !== index.get(v)) continue;
      // v heads a group: its members are on the stack down to v.
      const members: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
        groupOf.set(w, groups.length);
      } while (w !== v);
      const id = groups.length;
      const up: Upward = { any: members.length > 1, client: false, tops: null };
      let anyClient = false;
      for (const m of members) {
        if (this.isClient(m)) anyClient = true;
        for (const u of importers.get(m) ?? []) {
          const g = groupOf.get(u)!;
          if (g === id) continue;
          const from = groups[g]!;
          up.any = true;
          if (from.anyClient || from.up.client) up.client = true;
          for (const top of [from.top, from.up.tops])
            if (top !== null) up.tops = up.tops === null ? top : commonPath(up.tops, top);
        }
      }
      // A module in a cycle imports itself, through the others: its fellows are its importers.
      if (members.length > 1 && anyClient) up.client = true;
      const top = members.length === 1 && (importers.get(v) ?? []).length === 0 ? v : null;
      groups.push({ anyClient, up, top });
      for (const m of members) this.facts.set(m, up);
    }
  }
}
