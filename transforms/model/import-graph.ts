// Who imports whom, from the cheap summaries: enough to tell client modules without a
// directive of their own and components used only by Pages Router pages (SPEC 6b).
import type { App, ProjectSnapshot } from './types.js';
import { dirname, isInside, join, SOURCE_EXTENSIONS } from './paths.js';
import { appOf } from './project.js';

export type ModuleSide = 'app-client' | 'pages' | 'server' | 'unknown';

export class ImportGraph {
  private readonly importers = new Map<string, string[]>();
  private readonly importedNames = new Map<string, Set<string>>();

  constructor(
    private readonly snapshot: ProjectSnapshot,
    private readonly apps: App[],
  ) {
    // Files of one folder share an app: looked up once per folder.
    const appOfDir = new Map<string, App | null>();
    for (const [file, summary] of snapshot.summaries) {
      const dir = dirname(file);
      let app = appOfDir.get(dir);
      if (app === undefined) appOfDir.set(dir, (app = appOf(apps, file)));
      for (const spec of summary.specifiers) {
        const target = this.resolve(file, spec, app);
        if (!target) continue;
        const list = this.importers.get(target) ?? [];
        list.push(file);
        this.importers.set(target, list);
        const names = this.importedNames.get(target) ?? new Set<string>();
        for (const n of summary.names?.[spec] ?? []) names.add(n);
        this.importedNames.set(target, names);
      }
    }
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
    const names = this.importedNames.get(file);
    return names !== undefined && (names.has(name) || names.has('*'));
  }

  /** Every module that imports `file`, directly or through others. */
  ancestors(file: string): Set<string> {
    const seen = new Set<string>();
    const queue = [file];
    while (queue.length > 0) {
      for (const imp of this.importers.get(queue.pop()!) ?? []) {
        if (!seen.has(imp) && imp !== file) {
          seen.add(imp);
          queue.push(imp);
        }
      }
    }
    return seen;
  }

  /**
   * Which side a module runs on: a `'use client'` module, or one imported through client
   * modules, is App Router client code unless only Pages Router pages use it.
   */
  sideOf(file: string, app: App): ModuleSide {
    const inPages = (f: string) => app.pagesDir !== null && isInside(f, app.pagesDir);
    if (inPages(file)) return 'pages';
    const ancestors = [...this.ancestors(file)];
    const roots = ancestors.filter((f) => (this.importers.get(f) ?? []).length === 0);
    if (roots.length > 0 && roots.every(inPages)) return 'pages';
    const isClient = (f: string) => this.snapshot.summaries.get(f)?.directive === 'use client';
    if (isClient(file) || ancestors.some(isClient)) return 'app-client';
    return ancestors.length > 0 ? 'server' : 'unknown';
  }
}
