// The commands, each described once: its name, whether it writes, its options and their
// defaults, what it reads besides the files the cheap filter keeps, its pure transform and its
// run over the disk. The CLI, the library entry (index.ts), the fixture tests and fixture
// blessing all look commands up here (docs/README.md, Layers). Transforms load on demand, so
// a command's run reads only the code it needs.
import type { Report } from '../transforms/report.js';
import type { ProjectModel } from '../transforms/model/model.js';
import type { ProjectSnapshot, ToActionOptions, ToRouteOptions, TransformResult } from '../transforms/model/types.js';
import type { ScanOptions } from '../transforms/scan/index.js';
import { isInside } from '../transforms/model/paths.js';
import { planCommand, textReader, toActionOnSnapshot, type Plan, type RunBase } from './run.js';

export type CommandName = Report['command'];

export const COMMAND_NAMES: readonly CommandName[] = ['to-action', 'to-route', 'scan'];

/** Context files a transform reads besides the cheap filter's, with their texts; `read` gives null for a file it cannot read. */
export type ContextRead = (
  snapshot: ProjectSnapshot,
  read: (file: string) => string | null,
  model?: ProjectModel,
) => Array<[string, string]>;

/** A command's pure part, loaded together: what a fixture runs on a tree in memory. */
export interface CommandCode<O> {
  readsAlso: ContextRead;
  transform(snapshot: ProjectSnapshot, options: O): TransformResult;
}

export interface CommandSpec<O> {
  name: CommandName;
  /** Writes files (to-action, to-route), or only reports (scan). */
  writes: boolean;
  /** The values of its options no one gave; the transform's own defaults (DEFAULT_TO_ACTION_OPTIONS, ...) are the same. */
  defaults: O;
  /** Its own options out of CLI flags or API options; undefined ones take the default. */
  own(given: Partial<O>): Partial<O>;
  load(): Promise<CommandCode<O>>;
  /** One run over the disk (runner/run.ts): discover, read once, transform, report. */
  plan(options: RunBase & O): Promise<Plan>;
}

export interface Options {
  'to-action': ToActionOptions;
  'to-route': ToRouteOptions;
  scan: ScanOptions;
}

/** The modules route handlers reach that may hold module state, which an action would split from the pages reading it (module-state.ts). */
const stateModules = async (): Promise<ContextRead> =>
  (await import('../transforms/to-action/handler/module-state.js')).moduleStateTexts;

/**
 * A second, narrow read the cheap filter passed over: the modules importing actions (their
 * useActionState initial states, `.bind` calls and, with --callers fetch, calls) and the modules
 * actions import (state types, wrappers).
 */
const routeContext = async (): Promise<ContextRead> => {
  const [{ routeContextFiles }, { findApps }] = await Promise.all([
    import('../transforms/to-route/form-state.js'),
    import('../transforms/model/project.js'),
  ]);
  return (snapshot, read, model) =>
    (model
      ? routeContextFiles(snapshot, model.project.apps, model.graph)
      : routeContextFiles(snapshot, findApps(snapshot))
    ).flatMap((file): Array<[string, string]> => {
      if (snapshot.files.has(file)) return [];
      const text = read(file);
      return text === null ? [] : [[file, text]];
    });
};

const pick = <O>(given: Partial<O>, keys: ReadonlyArray<keyof O>): Partial<O> =>
  Object.fromEntries(keys.map((k) => [k, given[k]])) as Partial<O>;

const toAction: CommandSpec<ToActionOptions> = {
  name: 'to-action',
  writes: true,
  defaults: { route: 'delegate', form: 'action', includeGet: false },
  own: (given) =>
    pick(given, ['route', 'form', 'includeGet', 'includeUploads', 'unreadable', 'exclude', 'routeModes', 'shard']),
  async load() {
    const [{ toAction: transform }, readsAlso] = await Promise.all([
      import('../transforms/to-action/index.js'),
      stateModules(),
    ]);
    return { readsAlso, transform: (snapshot, options) => transform(snapshot, options) };
  },
  plan: (options) =>
    planCommand(
      {
        name: 'to-action',
        readBeforeScope: async (snapshot, read) => (await stateModules())(snapshot, read),
        inScope: 'call sites there move',
        shardsItself: true,
        transform: (snapshot, only, selection, pool, unreadable) => {
          const scoped = only !== null;
          // Callers outside the scope are not seen, so "every caller migrated" cannot be known.
          const route = scoped && options.route === 'remove' ? 'delegate' : options.route;
          const notes =
            route !== options.route
              ? ['--route remove needs the whole app in scope; migrated routes are delegated instead.']
              : [];
          const routeModes = Object.fromEntries(
            Object.entries(selection?.routeModes ?? {}).map(
              ([file, mode]) => [file, scoped && mode === 'remove' ? 'delegate' : mode] as const,
            ),
          );
          return toActionOnSnapshot(
            snapshot,
            { ...options, route, exclude: selection?.exclude, routeModes, unreadable },
            pool,
          ).then((result) => ({ result, notes }));
        },
      },
      options,
    ),
};

const toRoute: CommandSpec<ToRouteOptions> = {
  name: 'to-route',
  writes: true,
  defaults: { callers: 'keep', cors: null },
  own: (given) => pick(given, ['callers', 'cors']),
  async load() {
    const [{ toRoute: transform }, readsAlso] = await Promise.all([
      import('../transforms/to-route/index.js'),
      routeContext(),
    ]);
    return { readsAlso, transform: (snapshot, options) => transform(snapshot, options) };
  },
  plan: (options) =>
    planCommand(
      {
        name: 'to-route',
        inScope: 'actions there are exposed',
        transform: async (snapshot, only, selection) => {
          const [{ toRoute: transform }, readsAlso, { ProjectModel }] = await Promise.all([
            import('../transforms/to-route/index.js'),
            routeContext(),
            import('../transforms/model/model.js'),
          ]);
          // Built once for the run. The texts read below do not change it: the cheap filter kept every
          // config and route file already, and the import graph reads only the summaries.
          const model = new ProjectModel(snapshot);
          // What cannot be read was reported by the first pass already.
          for (const [file, text] of readsAlso(snapshot, textReader(options.cwd), model))
            snapshot.files.set(file, text);
          const result = transform(
            snapshot,
            { callers: options.callers, cors: options.cors, exclude: selection?.exclude },
            model,
          );
          if (only) {
            // 'use server' modules outside the given paths were read as context only: they do not move.
            const inScope = (file: string) => only.some((o) => isInside(file, o));
            result.sites = result.sites.filter((s) => inScope(s.file));
            const targets = new Set(result.sites.map((s) => s.target));
            result.changes = result.changes.filter((c) => targets.has(c.file));
          }
          return { result, notes: [] };
        },
      },
      options,
    ),
};

const scan: CommandSpec<ScanOptions> = {
  name: 'scan',
  writes: false,
  defaults: { includeGet: false },
  own: (given) => pick(given, ['includeGet']),
  async load() {
    const [{ scan: transform }, readsAlso] = await Promise.all([import('../transforms/scan/index.js'), stateModules()]);
    return { readsAlso, transform };
  },
  plan: (options) =>
    planCommand(
      {
        name: 'scan',
        readBeforeScope: async (snapshot, read) => (await stateModules())(snapshot, read),
        inScope: 'call sites there move',
        transform: async (snapshot) => {
          const { scan: transform } = await import('../transforms/scan/index.js');
          return { result: transform(snapshot, { includeGet: options.includeGet }), notes: [] };
        },
      },
      options,
    ),
};

export const COMMANDS: { [C in CommandName]: CommandSpec<Options[C]> } = {
  'to-action': toAction,
  'to-route': toRoute,
  scan,
};

/** A command's options: its defaults, then what was given (undefined keeps the default). */
export function optionsOf<C extends CommandName>(command: C, given: Partial<Options[C]>): Options[C] {
  const spec = COMMANDS[command] as CommandSpec<Options[C]>;
  return {
    ...spec.defaults,
    ...Object.fromEntries(Object.entries(spec.own(given)).filter(([, v]) => v !== undefined)),
  } as Options[C];
}

/** One run of `command` over the disk: its defaults, then the options given, then where to look. */
export function planRun<C extends CommandName>(command: C, given: Partial<Options[C]>, run: RunBase): Promise<Plan> {
  const spec = COMMANDS[command] as unknown as CommandSpec<Options[C]>;
  return spec.plan({ ...optionsOf(command, given), ...run });
}
