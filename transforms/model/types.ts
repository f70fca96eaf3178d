// The shared model every command reads and the report every command returns (docs/report.md).

export type RouterKind = 'app' | 'pages' | 'both';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Stable reason codes (docs/reasons.md). Never reuse one for another meaning. */
export type Reason =
  | 'streaming-response'
  | 'webhook'
  | 'non-json-response'
  | 'custom-response-headers'
  | 'external-callers'
  | 'get-request'
  | 'unresolved-route'
  | 'external-url'
  | 'dynamic-url'
  | 'pages-router-caller'
  | 'response-used-beyond-json'
  | 'unsupported-handler'
  | 'closure-action'
  | 'route-exists'
  | 'inline-action'
  | 'not-client-code'
  | 'unsupported-call'
  | 'no-app-router'
  | 'not-selected'
  | 'file-upload'
  | 'next-version'
  | 'socket-server'
  | 'rsc-only-result'
  | 'open-redirect';

export type Warning =
  | 'unvalidated-input'
  | 'form-resets-after-action'
  | 'body-size-limit'
  | 'exposed-without-caller'
  | 'route-kept-delegated'
  | 'response-headers-dropped'
  | 'serialization-differs'
  | 'module-state-split';

/** What a file looks like to the cheap pre-parse pass: enough for the import graph. */
export interface FileSummary {
  directive: 'use client' | 'use server' | null;
  /** Import/export-from/require specifiers, as written; absent while `source` is kept instead. */
  specifiers?: string[];
  /** Names imported with `import { a, b as c } from 'spec'`, by specifier (`*` for default/namespace). */
  names?: Record<string, string[]>;
  /** The text (or its UTF-8), held until the import graph first asks for its imports (model/snapshot.ts, importsOf). */
  source?: string | Uint8Array;
}

/**
 * Everything a transform may read: file texts keyed by posix path relative to the
 * current directory. Files that cannot matter are summarised, not kept.
 */
export interface ProjectSnapshot {
  /** Full text of every file that can matter (candidates and config files). */
  files: Map<string, string>;
  /** Every source file found, including non-candidates, for the import graph. */
  summaries: Map<string, FileSummary>;
}

export interface PathAlias {
  /** e.g. `@/` for `"@/*"`, or `~lib` for an exact alias. */
  prefix: string;
  wildcard: boolean;
  /** Target directories (or files) relative to cwd, with `/`. */
  targets: string[];
}

export interface App {
  /** Directory of the app's package.json, relative to cwd ('.' for the current one). */
  dir: string;
  router: RouterKind;
  next: string | null;
  react: string | null;
  /** `app` or `src/app` joined with dir, when present. */
  appDir: string | null;
  pagesDir: string | null;
  basePath: string;
  aliases: PathAlias[];
}

export type Segment =
  | { kind: 'static'; value: string }
  | { kind: 'dynamic'; name: string }
  | { kind: 'catch-all'; name: string; optional: boolean };

export interface RouteFile {
  app: App;
  file: string;
  router: 'app' | 'pages';
  /** URL segments after the basePath, route groups removed. */
  segments: Segment[];
}

export interface Project {
  apps: App[];
  routes: RouteFile[];
}

export type SiteKind = 'fetch-call' | 'route' | 'action';
export type SiteStatus = 'migrated' | 'skipped' | 'planned';

export interface Site {
  kind: SiteKind;
  file: string;
  line: number;
  target?: string;
  method?: string;
  name?: string;
  status: SiteStatus;
  reason?: Reason;
  message?: string;
  warnings?: Warning[];
}

export interface Change {
  file: string;
  kind: 'create' | 'modify' | 'delete';
  /** Text before (null for create) and after (null for delete). */
  before: string | null;
  after: string | null;
  /** Files whose changes this one needs (a caller needs its action module); review keeps them together. */
  requires?: string[];
}

export interface FileError {
  file: string;
  message: string;
}

/** What every transform returns: a pure description of what would happen. */
export interface TransformResult {
  apps: App[];
  sites: Site[];
  changes: Change[];
  errors: FileError[];
  filesParsed: number;
}

export type RouteMode = 'delegate' | 'remove' | 'keep';
export type FormMode = 'action' | 'call-only';

export interface ToRouteOptions {
  callers: 'keep' | 'fetch';
  cors: string | null;
  /** Selection keys (`selectionKey`) of actions left out in interactive review. */
  exclude?: string[];
}

export interface ToActionOptions {
  route: RouteMode;
  form: FormMode;
  includeGet: boolean;
  /** Move call sites that upload files too (actions take 1 MB bodies unless the app raises it). */
  includeUploads?: boolean;
  /** Files the run could not read (too large, binary, I/O error): `--route remove` counts them as naming a route's URL. */
  unreadable?: string[];
  /** Selection keys (`selectionKey`) of route methods left out in interactive review. */
  exclude?: string[];
  /** Per route file, a `--route` choice made in interactive review. */
  routeModes?: Record<string, RouteMode>;
  /** `--shard K/N` inside the apps: only the components of files that fall to shard K. */
  shard?: { index: number; count: number };
}

/**
 * What interactive review selects: a route method (to-action; not its action's name, which
 * depends on what else moves) or an action (to-route).
 */
export const selectionKey = (site: Pick<Site, 'kind' | 'file' | 'method' | 'name'>): string =>
  site.kind === 'route' ? `${site.file}#${site.method ?? ''}` : `${site.file}#${site.name ?? ''}`;
